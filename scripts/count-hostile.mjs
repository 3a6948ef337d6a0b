// `npm run hostile`: how many hostile inputs the test suites try, per category, counting only the
// tests that passed. Prints a table on stdout (vitest's progress goes to stderr) and exits 1 when a
// counted test failed, so a count is never quoted from a broken run.
//
// What counts (test/security/README.md explains the convention to test authors):
// - test/security/<category>/<attack>.test.ts: each passed test is one hostile input (each row of an
//   `it.each` table is a test), or N when its title says `(N inputs)`. The category is the folder.
// - test/property/<category>.test.ts: a passed test whose title says `(N inputs)` counts N, the
//   constant passed to fast-check's numRuns (assertProperty in test/support/arbitraries.ts fails
//   an interrupted run, so N inputs really ran); other tests there count nothing.
// - Elsewhere in test/: a passed test whose full name (describe titles and title) says "hostile"
//   counts one, or N with `(N inputs)`; its category comes from ELSEWHERE below, by path. Only files
//   that mention the word are run, filtered to those tests (`-t`), so the CLI suites stay cheap.
// - A test titled `BUG: …` is an `it.fails` documenting a known defect: listed, never counted (the
//   JSON reporter cannot tell an expected failure from a pass; the title can).
// Skipped and todo tests count nothing. Usage: `npm run hostile` (or `node scripts/count-hostile.mjs`).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve, sep } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs')

/** The categories the issue names, in the order the table lists them; others follow, sorted. */
const CATEGORIES = [
  'manifests',
  'configs',
  'policies',
  'metrics',
  'reports',
  'comments',
  'payloads',
  'approvals',
  'actions',
  'bot',
]
/** The categories the goal (≥ 300 hostile inputs) is about. */
const GOAL_CATEGORIES = ['manifests', 'configs', 'policies', 'metrics', 'reports', 'comments', 'payloads']
const GOAL = 300

/** Category of a hostile test outside test/security and test/property, by the start of its path. */
const ELSEWHERE = [
  ['test/unit/manifest/', 'manifests'],
  ['test/unit/yaml/', 'manifests'],
  ['test/cli/validate.test.ts', 'manifests'],
  ['test/unit/config/', 'configs'],
  ['test/unit/policy/', 'policies'],
  ['test/cli/policy.test.ts', 'policies'],
  ['test/unit/metrics/', 'metrics'],
  ['test/unit/gates/', 'metrics'],
  ['test/cli/gate.test.ts', 'metrics'],
  ['test/unit/diff/', 'reports'],
  ['test/unit/report/', 'reports'],
  ['test/cli/diff.test.ts', 'reports'],
  ['test/unit/markdown/', 'comments'],
  ['test/actions/', 'actions'],
  ['test/bot/', 'bot'],
]

const INPUTS = /\((\d+) inputs\)/
const HOSTILE = /hostile/i

/** Runs vitest on `paths` with the JSON reporter and returns its test results. */
function runVitest(paths, extra = []) {
  const folder = mkdtempSync(join(tmpdir(), 'modelgate-hostile-'))
  const output = join(folder, 'results.json')
  try {
    const run = spawnSync(
      process.execPath,
      [vitest, 'run', ...paths, ...extra, '--reporter=dot', '--reporter=json', `--outputFile.json=${output}`],
      { cwd: root, stdio: ['ignore', 2, 2] },
    )
    if (!existsSync(output)) {
      console.error(`count-hostile: vitest wrote no results (exit ${run.status}); see its output above`)
      process.exit(2)
    }
    return JSON.parse(readFileSync(output, 'utf8')).testResults
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

/** Test files under `folder` (repository-relative, `/` separators). */
function testFiles(folder) {
  const absolute = join(root, folder)
  if (!existsSync(absolute)) return []
  return readdirSync(absolute, { recursive: true })
    .map((name) => join(absolute, String(name)))
    .filter((path) => path.endsWith('.test.ts') && statSync(path).isFile())
    .map((path) => relative(root, path).split(sep).join('/'))
}

/** Where a counted test comes from, and its category; undefined when the test counts nothing. */
function classify(file, test) {
  const inputs = INPUTS.exec(test.title)
  const count = inputs ? Number(inputs[1]) : 1
  if (file.startsWith('test/security/'))
    return {
      source: 'security',
      category: /^test\/security\/([^/]+)\//.exec(file)?.[1] ?? 'uncategorised',
      count,
    }
  if (file.startsWith('test/property/'))
    return inputs
      ? {
          source: 'property',
          category: /^test\/property\/([^/]+?)\.test\.ts$/.exec(file)?.[1] ?? 'uncategorised',
          count,
        }
      : undefined
  if (!HOSTILE.test(test.fullName)) return undefined
  return {
    source: 'elsewhere',
    category: ELSEWHERE.find(([prefix]) => file.startsWith(prefix))?.[1] ?? 'other',
    count,
  }
}

const suites = [...testFiles('test/security'), ...testFiles('test/property')]
const elsewhere = testFiles('test').filter(
  (file) =>
    !file.startsWith('test/security/') &&
    !file.startsWith('test/property/') &&
    HOSTILE.test(readFileSync(join(root, file), 'utf8')),
)
const results = [
  ...(suites.length > 0 ? runVitest(suites) : []),
  ...(elsewhere.length > 0 ? runVitest(elsewhere, ['-t', '[Hh]ostile']) : []),
]

const table = new Map()
const knownBugs = []
const failed = []
for (const file of results) {
  const path = relative(root, file.name).split(sep).join('/')
  for (const test of file.assertionResults) {
    const counted = classify(path, test)
    if (/^BUG:/.test(test.title)) {
      if (!counted && !/^test\/(security|property)\//.test(path)) continue
      if (test.status === 'passed') knownBugs.push(`${path} › ${test.title}`)
      // An it.fails that fails means the defect is gone: the test must become an ordinary one.
      else if (test.status === 'failed')
        failed.push(`${path} › ${test.fullName} (fixed? drop it.fails and "BUG:")`)
      continue
    }
    if (!counted) continue
    if (test.status === 'failed') failed.push(`${path} › ${test.fullName}`)
    if (test.status !== 'passed') continue
    const row = table.get(counted.category) ?? { security: 0, property: 0, elsewhere: 0 }
    row[counted.source] += counted.count
    table.set(counted.category, row)
  }
}

const order = [...CATEGORIES, ...[...table.keys()].filter((c) => !CATEGORIES.includes(c)).sort()]
const rows = order.map((category) => {
  const row = table.get(category) ?? { security: 0, property: 0, elsewhere: 0 }
  return [category, row.security, row.property, row.elsewhere, row.security + row.property + row.elsewhere]
})
const totals = [1, 2, 3, 4].map((column) => rows.reduce((sum, row) => sum + row[column], 0))
const lines = [['category', 'security', 'property', 'elsewhere', 'total'], ...rows, ['total', ...totals]]
const widths = lines[0].map((_, column) => Math.max(...lines.map((line) => String(line[column]).length)))
const format = (line) =>
  line
    .map((cell, column) =>
      column === 0 ? String(cell).padEnd(widths[0]) : String(cell).padStart(widths[column]),
    )
    .join('  ')

const inGoal = rows.filter(([category]) => GOAL_CATEGORIES.includes(category))
const goal = inGoal.reduce((sum, row) => sum + row[4], 0)
const written = inGoal.reduce((sum, row) => sum + row[1] + row[3], 0)
console.log('Hostile inputs tried by the test suites (tests that passed), by category:\n')
console.log(format(lines[0]))
for (const line of lines.slice(1, -1)) console.log(format(line))
console.log(format(lines.at(-1)))
console.log(
  `\n${goal} hostile inputs across ${GOAL_CATEGORIES.join(', ')} (goal ≥ ${GOAL}: ${goal >= GOAL ? 'met' : 'not met'}); ` +
    `${written} of them written by hand (security and elsewhere), ${goal - written} generated (property).`,
)
if (knownBugs.length > 0) {
  console.log(`\nKnown bugs documented by it.fails (not counted): ${knownBugs.length}`)
  for (const bug of knownBugs) console.log(`  ${bug}`)
}
if (failed.length > 0) {
  console.log(`\nFailed (not counted): ${failed.length}`)
  for (const test of failed) console.log(`  ${test}`)
  process.exitCode = 1
}

// `npm run demo`: modelgate in a minute. Runs the real CLI on the example repositories and on a
// throwaway git repository, and checks every exit code it shows (so the demo cannot rot silently).
// Last, on the playground (the GitHub emulator with the example repositories and the bot, as
// `npm run playground` starts it): a pull request from opened to approved, then promotions.
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { approvalDemo } from './demo/approval.mjs'
import { promotionDemo } from './demo/promotion.mjs'
import { DemoFailure, withPlayground } from './demo/with-playground.mjs'

const here = resolve(import.meta.dirname, '..')
const cli = join(here, 'bin', 'modelgate.js')
const bold = (text) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text)

// Runs `modelgate args` in cwd after printing the title, any notes under it, and the files it reads.
function step(title, args, cwd, expectedCode, { notes = [], showFiles = [] } = {}) {
  console.log(`\n${bold(`▶ ${title}`)}`)
  for (const note of notes) console.log(`  ${note}`)
  for (const name of showFiles) {
    console.log(`$ cat ${name}\n${readFileSync(join(cwd, name), 'utf8').trimEnd()}`)
  }
  console.log(`$ modelgate ${args.join(' ')}`)
  const { status } = spawnSync(process.execPath, [cli, ...args], { cwd, stdio: 'inherit' })
  if (status !== expectedCode) {
    console.error(`demo: expected exit code ${expectedCode}, got ${status}`)
    process.exit(1)
  }
  console.log(`(exit code ${status})`)
}

// Replaces text in a file, failing loudly if the example no longer contains it.
function edit(file, from, to) {
  const text = readFileSync(file, 'utf8')
  if (!text.includes(from)) {
    console.error(`demo: ${file} no longer contains ${JSON.stringify(from)}`)
    process.exit(1)
  }
  writeFileSync(file, text.replace(from, to))
}

execFileSync(process.execPath, [join(here, 'scripts', 'build.mjs')], { cwd: here, stdio: 'inherit' })

step(
  'A model repository with four valid manifests (low to critical risk)',
  ['validate'],
  join(here, 'examples', 'model-repo'),
  0,
)
step(
  'Mistakes people make, each with its line, column and a fix',
  ['validate'],
  join(here, 'examples', 'broken-model-repo'),
  1,
)
step(
  'The same result as GitHub annotations (what the validate action will post)',
  ['validate', '--format', 'github'],
  join(here, 'examples', 'broken-model-repo'),
  1,
)

// A pull request that swaps the artifact but forgets to bump the version, judged against git.
const repo = mkdtempSync(join(tmpdir(), 'modelgate-demo-'))
process.on('exit', () => rmSync(repo, { recursive: true, force: true })) // also when a step fails
try {
  cpSync(join(here, 'examples', 'model-repo'), repo, { recursive: true })
  const git = (...args) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' })
  const commit = (...args) =>
    git('-c', 'user.name=demo', '-c', 'user.email=demo@example.com', 'commit', '-q', ...args)
  git('init', '-q', '-b', 'main')
  commit('--allow-empty', '-m', 'empty')
  git('add', '.')
  commit('-m', 'models as released')
  const manifest = join(repo, 'models', 'fraud-detector', 'model.yaml')
  const released = readFileSync(manifest, 'utf8')
  const newDigest = `sha256:${'5e'.repeat(32)}`
  writeFileSync(
    manifest,
    released.replace(/digest: sha256:[0-9a-f]{64}\n {2}framework/, `digest: ${newDigest}\n  framework`),
  )
  step(
    'A change swaps the fraud-detector artifact but keeps version 1.4.0',
    ['validate', '--base', 'main'],
    repo,
    1,
  )
  writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('version: 1.4.0', 'version: 1.5.0'))
  step(
    'Bumped to 1.5.0: the change is valid',
    ['validate', '--base', 'main', 'models/fraud-detector'],
    repo,
    0,
  )

  // The same pull request, now with the new model's evaluation: the gates judge it against main.
  git('switch', '-q', '-c', 'fraud-detector-1.5.0')
  edit(manifest, 'uri: s3://acme-models/fraud-detector/1.4.0/', 'uri: s3://acme-models/fraud-detector/1.5.0/')
  edit(manifest, '{ name: auc, value: 0.947,', '{ name: auc, value: 0.951,')
  edit(manifest, '{ name: p95_latency_ms, value: 18.4,', '{ name: p95_latency_ms, value: 22.5,')
  commit('-am', 'fraud-detector 1.5.0')
  step('Gate verdict: fraud-detector 1.5.0 against main', ['gate', '--base', 'main'], repo, 0, {
    notes: [
      'The branch ships the new model: auc 0.947 → 0.951, p95 latency 18.4 → 22.5 ms (under the 25 ms threshold).',
      'With no path, the models that changed since main are judged; the unchanged ones are listed.',
      'It passes: the unchanged recall misses its +1% goal, but that gate is only a warning.',
    ],
  })
  edit(manifest, '{ name: auc, value: 0.951,', '{ name: auc, value: 0.93,')
  step(
    'A regression: a retrain drops auc to 0.93',
    ['gate', '--base', 'main', 'models/fraud-detector'],
    repo,
    1,
    {
      notes: ['0.93 still meets the threshold, but it is 0.017 below main, more than the allowed 0.005.'],
    },
  )
  step(
    'What changed, every moved metric against main, and the gate verdicts',
    ['diff', '--base', 'main', '--format', 'text'],
    repo,
    0,
    {
      notes: [
        'The diff action keeps the same report as ONE sticky Markdown comment on the pull request (--format markdown).',
        'It exits 0 whatever it says: the gate check is what blocks the merge.',
      ],
    },
  )

  // No manifest at all: gates and metrics as plain files, e.g. straight from a training pipeline.
  const files = join(repo, 'pipeline-output')
  mkdirSync(files)
  writeFileSync(
    join(files, 'gates.yaml'),
    [
      'gates:',
      '  - { metric: eval.auc, greaterIsBetter: true, threshold: 0.93, maxAbsoluteRegression: 0.005 }',
      '  - { metric: latency.p95_ms, greaterIsBetter: false, threshold: 25 }',
      '',
    ].join('\n'),
  )
  writeFileSync(join(files, 'baseline.json'), '{ "eval": { "auc": 0.947 }, "latency": { "p95_ms": 18.4 } }\n')
  writeFileSync(join(files, 'metrics.json'), '{ "eval": { "auc": 0.951 }, "latency": { "p95_ms": 26.1 } }\n')
  step(
    'No manifest needed: gates and metrics as plain files',
    ['gate', '--gates', 'gates.yaml', '--candidate', 'metrics.json', '--baseline', 'baseline.json'],
    files,
    1,
    {
      notes: ['E.g. straight from a training pipeline. auc improved, but p95 latency 26.1 ms is over 25 ms.'],
      showFiles: ['gates.yaml', 'baseline.json', 'metrics.json'],
    },
  )
} finally {
  rmSync(repo, { recursive: true, force: true })
}

// The bot as GitHub would run it: the approval check, then promotions (scripts/demo/).
const say = (line) => console.log(line)
try {
  await withPlayground(here, async (playground, harness) => {
    const approved = await approvalDemo(playground, harness, { bold, say })
    await promotionDemo(playground, harness, { bold, say, approved })
  })
} catch (error) {
  console.error(error instanceof DemoFailure ? `demo: ${error.message}` : error)
  process.exit(1)
}
console.log(
  `\n${bold('Done.')} Next: docs/manifest.md (every field and rule), \`modelgate gate --help\`, and \`npm test\`.`,
)

import { cpSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CliResult } from '../support/cli.js'
import {
  linesOf,
  PACKAGE_VERSION,
  PROJECT_ROOT,
  runCli,
  stackTraceLines,
  textProblems,
} from '../support/cli.js'
import type { GitRepo } from '../support/git-repo.js'
import {
  copyIntoGitRepo,
  createGitRepo,
  makeTempDir,
  removeTempDirs,
  writeFiles,
} from '../support/git-repo.js'

const EXAMPLES = join(PROJECT_ROOT, 'examples')
const HOSTILE_FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'hostile')

const digest = (hex: string) => `sha256:${hex.repeat(64).slice(0, 64)}`
const MANIFEST_PATH = 'models/fraud-detector/model.yaml'

interface ManifestOptions {
  name?: string
  version?: string
  riskTier?: string
  artifactDigest?: string
  gateMetric?: string
  /** Digest of the one dataset; `null` leaves the `datasets` section out. */
  datasetDigest?: string | null
}

/**
 * A valid high-tier manifest, shaped like examples/model-repo/models/fraud-detector/model.yaml.
 * Positions the tests rely on (every option keeps them in place; datasets come last):
 *   line 4  `  name: …`           value at column 9
 *   line 5  `  version: 1.4.0`    value at column 12
 *   line 10 `riskTier: high`      value at column 11
 *   line 13 `  digest: sha256:…`  value at column 11
 *   line 20 `    - { metric: auc, … }`  metric value at column 17
 *   line 21 `datasets:`, its value (the list) starts at line 22, column 3
 */
function manifest({
  name = 'fraud-detector',
  version = '1.4.0',
  riskTier = 'high',
  artifactDigest = digest('a'),
  gateMetric = 'auc',
  datasetDigest = digest('b'),
}: ManifestOptions = {}): string {
  const datasets =
    datasetDigest === null
      ? ''
      : `datasets:
  - name: card-transactions-2026q3
    role: train
    uri: s3://acme-data/card-transactions/2026q3/
    digest: ${datasetDigest}
`
  return `apiVersion: modelgate.dev/v1
kind: ModelManifest
metadata:
  name: ${name}
  version: ${version}
  description: Card-not-present fraud scorer for online checkout.
owners:
  team: risk-ml
  maintainers: ['@ana-ortiz']
riskTier: ${riskTier}
artifact:
  uri: s3://acme-models/fraud-detector/1.4.0/
  digest: ${artifactDigest}
  framework: { name: xgboost, version: 2.0.3 }
metrics:
  values:
    - { name: auc, value: 0.947 }
evaluation:
  gates:
    - { metric: ${gateMetric}, greaterIsBetter: true, threshold: 0.93 }
${datasets}`
}

/** The 1-based line of the first line of `text` that starts with `prefix` (to check positions against the YAML). */
function lineStarting(text: string, prefix: string): number {
  const index = text.split('\n').findIndex((line) => line.startsWith(prefix))
  if (index < 0) throw new Error(`no line starts with ${JSON.stringify(prefix)}`)
  return index + 1
}

/** The exit codes and outputs of a user mistake: exit 2, nothing on stdout, one `modelgate: …` message on stderr. */
function expectUsageError(result: CliResult, message: string | RegExp): void {
  expect(result.code, result.stderr).toBe(2)
  expect(result.stdout).toBe('')
  const [first] = linesOf(result.stderr)
  if (typeof message === 'string') expect(first).toBe(`modelgate: ${message}`)
  else expect(first).toMatch(message)
  expect(result.stderr).toMatch(/Run "modelgate (validate )?--help" for usage\.\n$/)
  expect(stackTraceLines(result)).toEqual([])
}

function expectNoStackTrace(result: CliResult): void {
  expect(stackTraceLines(result)).toEqual([])
  expect(result.stderr).not.toContain('internal error')
}

afterAll(removeTempDirs)

describe.concurrent('validate on the valid example repository', () => {
  let repo: GitRepo
  beforeAll(() => {
    repo = copyIntoGitRepo(join(EXAMPLES, 'model-repo'))
  })

  it('exits 0 and reports the four manifests valid', async () => {
    const result = await runCli(['validate'], { cwd: repo.root })
    expect(result).toMatchObject({ code: 0, stdout: '4 files valid (0 errors, 0 warnings)\n', stderr: '' })
  })

  it('finds the repository root (the folder holding .modelgate/) from a subfolder', async () => {
    const result = await runCli(['validate'], { cwd: repo.path('models/fraud-detector') })
    expect(result).toMatchObject({ code: 0, stdout: '4 files valid (0 errors, 0 warnings)\n', stderr: '' })
  })

  it('finds a model repository kept in a subfolder of a git work tree (monorepo) by its .modelgate/', async () => {
    const mono = createGitRepo({ 'README.md': '# monorepo\n' })
    writeFiles(mono.path('ml'), {
      '.modelgate/config.yml': 'apiVersion: modelgate.dev/v1\nkind: Config\n',
      [MANIFEST_PATH]: manifest({ name: 'nope' }),
    })
    const result = await runCli(['validate'], { cwd: mono.path('ml/models') })
    expect(result.code).toBe(1)
    // Paths are relative to the model repository (ml/), not to the git root.
    expect(linesOf(result.stdout)[0]).toBe(
      'models/fraud-detector/model.yaml:4:9: error: metadata.name is "nope" but the manifest is in folder "fraud-detector" [name-matches-folder]',
    )
  })
})

describe.concurrent('validate on the broken example repository', () => {
  let repo: GitRepo
  let result: CliResult
  beforeAll(async () => {
    repo = copyIntoGitRepo(join(EXAMPLES, 'broken-model-repo'))
    result = await runCli(['validate'], { cwd: repo.root })
  })

  it('exits 1 with nothing on stderr and a summary counting both files', () => {
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    expect(linesOf(result.stdout).at(-1)).toBe('2 of 2 files invalid (8 errors, 0 warnings)')
  })

  it('reports each mistake at the line and column of the offending YAML node, with its rule id', () => {
    // Positions checked by hand against examples/broken-model-repo/models/*/model.yaml:
    //   churn:5 `  version: 2.2`                  → the number 2.2 at column 12
    //   churn:12 `  digest: sha256:9F86…`         → the value at column 11
    //   churn:16 `  canary: { trafficPercent: 120 }` → 120 at column 29
    //   fraud:5 `  version: v1.5.0`               → column 12
    //   fraud:8 `  maintainers: [ana-ortiz]`      → the item at column 17
    //   fraud:9 `riskTeir: high`                  → the unknown key at column 1
    //   fraud:12 `  digest: latest`               → column 11
    //   fraud:13 `  framework: { name: xgbost, … }` → xgbost at column 22
    expect(
      linesOf(result.stdout)
        .filter((line) => !line.startsWith('  hint: '))
        .slice(0, -1),
    ).toEqual([
      'models/churn/model.yaml:5:12: error: metadata.version: expected a string, got a number 2.2 [schema/type]',
      'models/churn/model.yaml:12:11: error: artifact.digest: "sha256:9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08" is not a valid sha256 digest [schema/pattern]',
      'models/churn/model.yaml:16:29: error: serving.canary.trafficPercent: 120 is above the maximum 100 [schema/maximum]',
      'models/fraud-detector/model.yaml:5:12: error: metadata.version: "v1.5.0" is not a valid SemVer 2.0 version [schema/pattern]',
      'models/fraud-detector/model.yaml:8:17: error: owners.maintainers[0]: "ana-ortiz" is not a valid GitHub handle [schema/pattern]',
      'models/fraud-detector/model.yaml:9:1: error: unknown key "riskTeir" [schema/additionalProperties]',
      'models/fraud-detector/model.yaml:12:11: error: artifact.digest: "latest" is not a valid sha256 digest [schema/pattern]',
      'models/fraud-detector/model.yaml:13:22: error: artifact.framework.name: "xgbost" is not one of: sklearn, xgboost, lightgbm, tensorflow, pytorch, onnx, triton, huggingface, pmml, paddle, mlflow, custom [schema/enum]',
    ])
  })

  it('spans exactly the offending text in the YAML (json gives the end of each range)', async () => {
    const json = await runCli(['validate', '--format', 'json'], { cwd: repo.root })
    const report = JSON.parse(json.stdout) as {
      files: {
        problems: { file: string; line: number; column: number; endLine: number; endColumn: number }[]
      }[]
    }
    const spans = report.files.flatMap(({ problems }) =>
      problems.map((problem) => {
        expect(problem.endLine).toBe(problem.line)
        const sourceLine = readFileSync(repo.path(problem.file), 'utf8').split('\n')[problem.line - 1]!
        return sourceLine.slice(problem.column - 1, problem.endColumn - 1)
      }),
    )
    expect(spans).toEqual([
      '2.2',
      'sha256:9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08',
      '120',
      'v1.5.0',
      'ana-ortiz',
      'riskTeir',
      'latest',
      'xgbost',
    ])
  })

  it('follows a problem line with its hint', () => {
    const lines = linesOf(result.stdout)
    const after = (prefix: string) => lines[lines.findIndex((line) => line.startsWith(prefix)) + 1]
    expect(after('models/fraud-detector/model.yaml:9:1:')).toBe('  hint: did you mean "riskTier"?')
    expect(after('models/fraud-detector/model.yaml:5:12:')).toBe('  hint: write the full version: 1.5.0')
    expect(after('models/fraud-detector/model.yaml:8:17:')).toBe('  hint: add the "@": @ana-ortiz')
    expect(after('models/churn/model.yaml:5:12:')).toBe(
      '  hint: write the full version: 2.2.0 (YAML read a number here: check the digits, a bare 1.10 reads as 1.1)',
    )
    expect(after('models/churn/model.yaml:12:11:')).toBe(
      '  hint: use lowercase hex: sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    )
  })
})

describe.concurrent('validate --format', () => {
  let repo: GitRepo
  let text: CliResult
  beforeAll(async () => {
    repo = copyIntoGitRepo(join(EXAMPLES, 'broken-model-repo'))
    text = await runCli(['validate'], { cwd: repo.root })
  })

  it('json: valid false, summary counts, and every problem with file, line, column and rule', async () => {
    const result = await runCli(['validate', '--format', 'json'], { cwd: repo.root })
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    const report = JSON.parse(result.stdout) as {
      valid: boolean
      summary: Record<string, number>
      files: { file: string; valid: boolean; problems: Record<string, unknown>[] }[]
    }
    expect(report.valid).toBe(false)
    expect(report.summary).toEqual({ files: 2, invalidFiles: 2, errors: 8, warnings: 0 })
    expect(report.files.map((file) => [file.file, file.valid, file.problems.length])).toEqual([
      ['models/churn/model.yaml', false, 3],
      ['models/fraud-detector/model.yaml', false, 5],
    ])
    expect(report.files[1]!.problems[2]).toMatchObject({
      file: 'models/fraud-detector/model.yaml',
      line: 9,
      column: 1,
      path: 'riskTeir',
      rule: 'schema/additionalProperties',
      severity: 'error',
      message: 'unknown key "riskTeir"',
      hint: 'did you mean "riskTier"?',
    })
    // The same problems, at the same places, as the text format.
    const fromJson = report.files.flatMap((file) =>
      file.problems.map(({ file, line, column, severity, message, rule }) => ({
        file,
        line,
        column,
        severity,
        message,
        rule,
      })),
    )
    expect(fromJson).toEqual(textProblems(text.stdout))
  })

  it('github: one ::error workflow command per problem, placed on file, line and column', async () => {
    const result = await runCli(['validate', '--format', 'github'], { cwd: repo.root })
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    const lines = linesOf(result.stdout)
    expect(lines).toHaveLength(8)
    for (const line of lines)
      expect(line).toMatch(/^::error file=[^,:]+,line=\d+,col=\d+,.*title=modelgate [^:]+::\S/)
    expect(lines).toContain(
      '::error file=models/fraud-detector/model.yaml,line=9,col=1,endLine=9,endColumn=9,title=modelgate schema/additionalProperties::unknown key "riskTeir"%0Ahint: did you mean "riskTier"?',
    )
    const places = lines.map((line) => /file=([^,]+),line=(\d+),col=(\d+)/.exec(line)!.slice(1).join(':'))
    expect(places).toEqual(textProblems(text.stdout).map((p) => `${p.file}:${p.line}:${p.column}`))
  })

  it('sarif: SARIF 2.1.0 with one result per problem, at the same lines as the text format', async () => {
    const result = await runCli(['validate', '--format', 'sarif'], { cwd: repo.root })
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    const sarif = JSON.parse(result.stdout) as {
      version: string
      runs: {
        tool: { driver: { name: string; rules: { id: string }[] } }
        results: {
          ruleId: string
          level: string
          message: { text: string }
          locations: {
            physicalLocation: {
              artifactLocation: { uri: string }
              region: { startLine: number; startColumn: number }
            }
          }[]
        }[]
      }[]
    }
    expect(sarif.version).toBe('2.1.0')
    const run = sarif.runs[0]!
    expect(run.tool.driver.name).toBe('modelgate')
    const expected = textProblems(text.stdout)
    expect(run.results).toHaveLength(expected.length)
    run.results.forEach((sarifResult, index) => {
      const problem = expected[index]!
      expect(sarifResult.ruleId).toBe(problem.rule)
      expect(sarifResult.level).toBe(problem.severity)
      const location = sarifResult.locations[0]!.physicalLocation
      expect(location.artifactLocation.uri).toBe(problem.file)
      expect(location.region.startLine).toBe(problem.line)
      expect(location.region.startColumn).toBe(problem.column)
      expect(run.tool.driver.rules.map((rule) => rule.id)).toContain(problem.rule)
    })
  })

  it('text is the default and can be asked for by name', async () => {
    const result = await runCli(['validate', '--format=text'], { cwd: repo.root })
    expect(result.code).toBe(1)
    expect(result.stdout).toBe(text.stdout)
  })

  it('refuses an unknown format with exit 2, naming the allowed ones', async () => {
    const result = await runCli(['validate', '--format', 'xml'], { cwd: repo.root })
    expectUsageError(result, '--format: "xml" is not a format; use text, json, github or sarif')
  })

  it('a valid repository gives valid: true in json and an empty result list in sarif', async () => {
    const valid = copyIntoGitRepo(join(EXAMPLES, 'model-repo'))
    const [json, sarif, github] = await Promise.all(
      ['json', 'sarif', 'github'].map((format) =>
        runCli(['validate', '--format', format], { cwd: valid.root }),
      ),
    )
    expect(json!.code).toBe(0)
    expect(JSON.parse(json!.stdout)).toMatchObject({
      valid: true,
      summary: { files: 4, invalidFiles: 0, errors: 0, warnings: 0 },
    })
    expect(sarif!.code).toBe(0)
    expect((JSON.parse(sarif!.stdout) as { runs: { results: unknown[] }[] }).runs[0]!.results).toEqual([])
    expect(github!).toMatchObject({ code: 0, stdout: '' })
  })
})

describe.concurrent('validate PATH...', () => {
  let repo: GitRepo
  let outside: string
  const SECRET = 'TOP-SECRET-7f3a9c: do not print me'
  beforeAll(() => {
    repo = copyIntoGitRepo(join(EXAMPLES, 'broken-model-repo'))
    outside = makeTempDir('modelgate-outside-')
    writeFiles(outside, {
      'secret.yaml': `${SECRET}\n`,
      'models/leak/model.yaml': `apiVersion: modelgate.dev/v1\nkind: ${SECRET}\n`,
    })
  })

  const churnSummary = '1 of 1 file invalid (3 errors, 0 warnings)'

  it('checks only the manifest file named', async () => {
    const result = await runCli(['validate', 'models/churn/model.yaml'], { cwd: repo.root })
    expect(result.code).toBe(1)
    const problems = textProblems(result.stdout)
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`)).toEqual([
      'models/churn/model.yaml:5:12 schema/type',
      'models/churn/model.yaml:12:11 schema/pattern',
      'models/churn/model.yaml:16:29 schema/maximum',
    ])
    expect(linesOf(result.stdout).at(-1)).toBe(churnSummary)
  })

  it('checks every model.yaml under a folder named', async () => {
    const result = await runCli(['validate', 'models/fraud-detector'], { cwd: repo.root })
    expect(result.code).toBe(1)
    expect(new Set(textProblems(result.stdout).map((p) => p.file))).toEqual(new Set([MANIFEST_PATH]))
    expect(linesOf(result.stdout).at(-1)).toBe('1 of 1 file invalid (5 errors, 0 warnings)')
  })

  it('checks two paths together, and a file named twice only once', async () => {
    const two = await runCli(['validate', 'models/churn', MANIFEST_PATH], { cwd: repo.root })
    expect(two.code).toBe(1)
    expect(linesOf(two.stdout).at(-1)).toBe('2 of 2 files invalid (8 errors, 0 warnings)')
    const twice = await runCli(['validate', 'models/churn', './models/churn/model.yaml'], { cwd: repo.root })
    expect(linesOf(twice.stdout).at(-1)).toBe(churnSummary)
  })

  it('reads paths relative to the working folder, and reports them relative to the repository root', async () => {
    const result = await runCli(['validate', 'model.yaml'], { cwd: repo.path('models/churn') })
    expect(result.code).toBe(1)
    expect(textProblems(result.stdout)[0]!.file).toBe('models/churn/model.yaml')
    const up = await runCli(['validate', '../churn'], { cwd: repo.path('models/fraud-detector') })
    expect(linesOf(up.stdout).at(-1)).toBe(churnSummary)
  })

  it('exits 2 for a path that does not exist', async () => {
    const result = await runCli(['validate', 'models/nope/model.yaml'], { cwd: repo.root })
    expectUsageError(result, 'models/nope/model.yaml: no such file or folder')
  })

  it('exits 2 for a folder without any model.yaml', async () => {
    const result = await runCli(['validate', '.modelgate'], { cwd: repo.root })
    expectUsageError(result, 'no model.yaml files found in .modelgate')
  })

  it('refuses a ../ path leaving the repository, without reading it', async () => {
    const path = join('..', basename(outside), 'secret.yaml')
    const result = await runCli(['validate', path], { cwd: repo.root })
    expectUsageError(
      result,
      `${path}: outside the repository (${repo.root}); modelgate only reads files inside it (to check a lone manifest, run modelgate in its folder)`,
    )
    expect(result.stderr).not.toContain('TOP-SECRET')
  })

  it('checks a lone manifest in a folder of its own (no repository, no models/<name>/ folder)', async () => {
    const dir = makeTempDir('modelgate-lone-')
    cpSync(join(EXAMPLES, 'model-repo', 'models', 'fraud-detector', 'model.yaml'), join(dir, 'model.yaml'))
    const result = await runCli(['validate', 'model.yaml'], { cwd: dir })
    expect(result).toMatchObject({ code: 0, stdout: '1 file valid (0 errors, 0 warnings)\n' })
  })

  it('refuses an absolute path to a folder outside the repository', async () => {
    const result = await runCli(['validate', join(outside, 'models')], { cwd: repo.root })
    expectUsageError(result, /outside the repository/)
    expect(result.stderr).not.toContain('TOP-SECRET')
  })

  it('refuses a model.yaml that is a symbolic link to a file outside the repository', async () => {
    const linked = copyIntoGitRepo(join(EXAMPLES, 'model-repo'))
    linked.symlink(join(outside, 'secret.yaml'), 'models/leak/model.yaml')
    for (const args of [['validate'], ['validate', 'models/leak/model.yaml'], ['validate', 'models/leak']]) {
      const result = await runCli(args, { cwd: linked.root })
      expectUsageError(result, /^modelgate: .*models\/leak\/model\.yaml: outside the repository \(/)
      expect(result.stderr).not.toContain('TOP-SECRET')
    }
  })

  it('refuses a model folder that is a symbolic link to a folder outside the repository', async () => {
    const linked = copyIntoGitRepo(join(EXAMPLES, 'model-repo'))
    linked.symlink(join(outside, 'models', 'leak'), 'models/leak')
    for (const args of [['validate'], ['validate', 'models/leak'], ['validate', 'models']]) {
      const result = await runCli(args, { cwd: linked.root })
      expectUsageError(result, /^modelgate: .*models\/leak(\/model\.yaml)?: outside the repository \(/)
      expect(result.stderr).not.toContain('TOP-SECRET')
    }
  })

  it('refuses a symbolic link that stays inside the repository, at the link, without reading it (no-symlinks)', async () => {
    const linked = createGitRepo({ 'shared/fraud-detector.yaml': manifest() })
    linked.symlink('../../shared/fraud-detector.yaml', MANIFEST_PATH)
    const result = await runCli(['validate', MANIFEST_PATH], { cwd: linked.root })
    expect(result).toMatchObject({ code: 1, stderr: '' })
    expect(linesOf(result.stdout)).toEqual([
      `${MANIFEST_PATH}:1:1: error: ${MANIFEST_PATH} is a symbolic link; model files are refused behind links, as the approval digest cannot follow a link to the file it names [no-symlinks]`,
      '  hint: commit the file itself in place of the link (git rm the link, then copy the file there)',
      '1 of 1 file invalid (1 error, 0 warnings)',
    ])
  })
})

describe.concurrent('validate --base <ref> (real git history)', () => {
  /** A repository with the base manifest committed on main; returns it and that commit. */
  function repoWithBase(files: Record<string, string> = { [MANIFEST_PATH]: manifest() }) {
    const repo = createGitRepo(files, 'release 1.4.0')
    return { repo, base: repo.head() }
  }

  it('changed artifact digest with the same version → exit 1, version-bumped at metadata.version', async () => {
    const { repo, base } = repoWithBase()
    repo.commitFiles({ [MANIFEST_PATH]: manifest({ artifactDigest: digest('c') }) }, 'retrain')
    const result = await runCli(['validate', '--base', base], { cwd: repo.root })
    expect(lineStarting(manifest(), '  version:')).toBe(5)
    expect(result).toMatchObject({
      code: 1,
      stderr: '',
      stdout: [
        'models/fraud-detector/model.yaml:5:12: error: artifact changed but the version is still 1.4.0 [version-bumped]',
        '  hint: bump metadata.version, e.g. to 1.5.0',
        '1 of 1 file invalid (1 error, 0 warnings)',
        '',
      ].join('\n'),
    })
  })

  it('changed datasets with the same version (uncommitted, base = branch) → released-version-immutable', async () => {
    const { repo } = repoWithBase()
    repo.write({ [MANIFEST_PATH]: manifest({ datasetDigest: digest('d') }) })
    const result = await runCli(['validate', '--base', 'main'], { cwd: repo.root })
    expect(lineStarting(manifest(), 'datasets:')).toBe(21)
    expect(result.code).toBe(1)
    expect(linesOf(result.stdout)).toEqual([
      'models/fraud-detector/model.yaml:22:3: error: datasets of released version 1.4.0 changed; released versions are immutable [released-version-immutable]',
      '  hint: publish the change as a new version (bump metadata.version)',
      '1 of 1 file invalid (1 error, 0 warnings)',
    ])
  })

  it('version lowered 1.4.0 → 1.3.0 → version-not-lowered', async () => {
    const { repo } = repoWithBase()
    repo.commitFiles({ [MANIFEST_PATH]: manifest({ version: '1.3.0' }) })
    const result = await runCli(['validate', '--base', 'HEAD~1'], { cwd: repo.root })
    expect(result.code).toBe(1)
    expect(linesOf(result.stdout)).toEqual([
      'models/fraud-detector/model.yaml:5:12: error: version 1.3.0 is lower than 1.4.0 on the base revision [version-not-lowered]',
      '  hint: use a version above 1.4.0, e.g. 1.5.0',
      '1 of 1 file invalid (1 error, 0 warnings)',
    ])
  })

  it('riskTier lowered high → medium → a risk-tier-lowered warning, and exit 0 (warnings do not fail)', async () => {
    const { repo, base } = repoWithBase()
    repo.write({ [MANIFEST_PATH]: manifest({ riskTier: 'medium' }) })
    const result = await runCli(['validate', '--base', base], { cwd: repo.root })
    expect(lineStarting(manifest(), 'riskTier:')).toBe(10)
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(linesOf(result.stdout)).toEqual([
      'models/fraud-detector/model.yaml:10:11: warning: riskTier lowered from high to medium [risk-tier-lowered]',
      '  hint: approval policies apply the higher tier (high) to this change; make sure the risk owner agrees',
      '1 file valid (0 errors, 1 warning)',
    ])
    const sarif = await runCli(['validate', '--base', base, '--format', 'sarif'], { cwd: repo.root })
    const results = (JSON.parse(sarif.stdout) as { runs: { results: { ruleId: string; level: string }[] }[] })
      .runs[0]!.results
    expect(sarif.code).toBe(0)
    expect(results.map((r) => [r.ruleId, r.level])).toEqual([['risk-tier-lowered', 'warning']])
    const github = await runCli(['validate', '--base', base, '--format', 'github'], { cwd: repo.root })
    expect(github.stdout).toMatch(/^::warning file=models\/fraud-detector\/model\.yaml,line=10,col=11,/)
  })

  it('version bumped together with a changed artifact → exit 0', async () => {
    const { repo, base } = repoWithBase()
    repo.commitFiles({ [MANIFEST_PATH]: manifest({ version: '1.5.0', artifactDigest: digest('c') }) })
    const result = await runCli(['validate', '--base', base], { cwd: repo.root })
    expect(result).toMatchObject({ code: 0, stdout: '1 file valid (0 errors, 0 warnings)\n', stderr: '' })
  })

  it('an unchanged manifest → exit 0', async () => {
    const { repo } = repoWithBase()
    const result = await runCli(['validate', '--base', 'main'], { cwd: repo.root })
    expect(result).toMatchObject({ code: 0, stdout: '1 file valid (0 errors, 0 warnings)\n' })
  })

  it('a model that does not exist at the base revision → exit 0 (nothing to compare)', async () => {
    const { repo, base } = repoWithBase({ 'README.md': '# models\n' })
    repo.commitFiles({ [MANIFEST_PATH]: manifest() }, 'add fraud-detector')
    const result = await runCli(['validate', '--base', base], { cwd: repo.root })
    expect(result).toMatchObject({ code: 0, stdout: '1 file valid (0 errors, 0 warnings)\n', stderr: '' })
  })

  it('a manifest invalid at the base revision → a base-invalid warning, comparisons skipped, exit 0', async () => {
    const { repo, base } = repoWithBase({ [MANIFEST_PATH]: manifest({ artifactDigest: 'latest' }) })
    repo.write({ [MANIFEST_PATH]: manifest() })
    const result = await runCli(['validate', '--base', base], { cwd: repo.root })
    expect(result.code).toBe(0)
    expect(textProblems(result.stdout)).toEqual([
      {
        file: MANIFEST_PATH,
        line: 1,
        column: 1,
        severity: 'warning',
        rule: 'base-invalid',
        message:
          'this manifest is not valid at the base revision, so version and immutability checks were skipped',
      },
    ])
  })

  it('compares each of several models with its own base version', async () => {
    const other = 'models/churn-predictor/model.yaml'
    const { repo, base } = repoWithBase({
      [MANIFEST_PATH]: manifest(),
      [other]: manifest({ name: 'churn-predictor', version: '2.0.0' }),
    })
    repo.write({
      [MANIFEST_PATH]: manifest({ version: '1.5.0', artifactDigest: digest('c') }),
      [other]: manifest({ name: 'churn-predictor', version: '2.0.0', artifactDigest: digest('c') }),
    })
    const result = await runCli(['validate', '--base', base], { cwd: repo.root })
    expect(result.code).toBe(1)
    expect(textProblems(result.stdout).map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`)).toEqual([
      'models/churn-predictor/model.yaml:5:12 version-bumped',
    ])
  })

  it('reads the base version at the right path when the model repository is a subfolder of the git repository', async () => {
    const mono = createGitRepo({
      'ml/.modelgate/config.yml': 'apiVersion: modelgate.dev/v1\nkind: Config\n',
      [`ml/${MANIFEST_PATH}`]: manifest(),
    })
    mono.write({ [`ml/${MANIFEST_PATH}`]: manifest({ artifactDigest: digest('c') }) })
    const result = await runCli(['validate', '--base', 'main'], { cwd: mono.path('ml') })
    expect(result.code).toBe(1)
    expect(textProblems(result.stdout).map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`)).toEqual([
      'models/fraud-detector/model.yaml:5:12 version-bumped',
    ])
  })

  it('an unknown revision → exit 2 with a message saying to fetch it', async () => {
    const { repo } = repoWithBase()
    const result = await runCli(['validate', '--base', 'no-such-branch'], { cwd: repo.root })
    expectUsageError(
      result,
      '--base: unknown git revision "no-such-branch"; fetch it first (git fetch origin no-such-branch, or actions/checkout with fetch-depth: 0)',
    )
  })

  it('an unknown remote-tracking revision (origin/<branch>) suggests fetching <branch> from origin', async () => {
    const { repo } = repoWithBase()
    const result = await runCli(['validate', '--base', 'origin/release'], { cwd: repo.root })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('git fetch origin release')
    expect(result.stderr).not.toContain('git fetch origin origin/release')
  })

  it('a revision starting with "-" is refused before git sees it → exit 2', async () => {
    const { repo } = repoWithBase()
    const asOption = await runCli(['validate', '--base=--output=/tmp/modelgate-pwned'], { cwd: repo.root })
    expectUsageError(asOption, '--base: "--output=/tmp/modelgate-pwned" is not a git revision')
    const separate = await runCli(['validate', '--base', '-x'], { cwd: repo.root })
    expectUsageError(separate, /--base/)
  })

  it('--base outside a git repository → exit 2', async () => {
    const plain = makeTempDir('modelgate-nogit-')
    writeFiles(plain, { [MANIFEST_PATH]: manifest() })
    const env = { GIT_CEILING_DIRECTORIES: join(plain, '..') }
    const result = await runCli(['validate', '--base', 'main'], { cwd: plain, env })
    expectUsageError(result, '--base needs a git repository, and this folder is not in one')
    // Without --base, a folder outside git is fine.
    const without = await runCli(['validate'], { cwd: plain, env })
    expect(without).toMatchObject({ code: 0, stdout: '1 file valid (0 errors, 0 warnings)\n' })
  })
})

describe.concurrent('validate with a repository config', () => {
  const CONFIG = '.modelgate/config.yml'
  const HEADER = 'apiVersion: modelgate.dev/v1\nkind: Config\n'

  async function validateWithConfig(
    config: string,
    files: Record<string, string> = { [MANIFEST_PATH]: manifest() },
  ) {
    const repo = createGitRepo({ [CONFIG]: config, ...files })
    return { repo, result: await runCli(['validate'], { cwd: repo.root }) }
  }

  it('an unknown key in the config → exit 1, located in .modelgate/config.yml; manifests are not checked', async () => {
    const { result } = await validateWithConfig(`${HEADER}frobnicate: true\n`)
    expect(result).toMatchObject({ code: 1, stderr: '' })
    expect(linesOf(result.stdout)).toEqual([
      '.modelgate/config.yml:3:1: error: unknown key "frobnicate" [schema/additionalProperties]',
      // The list of allowed keys follows the config schema; only its shape is pinned here.
      expect.stringMatching(
        /^ {2}hint: allowed keys here: apiVersion, kind, models, .*; your own keys must start with "x-"$/,
      ),
      '1 of 1 file invalid (1 error, 0 warnings)',
    ])
  })

  it('an upstream naming a later environment → environment-order at the upstream value', async () => {
    const config = `${HEADER}environments:
  - name: dev
    upstream: prod
    profile: { namespace: ml-dev }
  - name: prod
    profile: { namespace: ml-prod }
`
    const { result } = await validateWithConfig(config)
    expect(lineStarting(config, '    upstream: prod')).toBe(5)
    expect(result.code).toBe(1)
    expect(linesOf(result.stdout)).toEqual([
      '.modelgate/config.yml:5:15: error: upstream "prod" of "dev" is listed after it [environment-order]',
      '  hint: list environments in promotion order (dev, staging, prod)',
      '1 of 1 file invalid (1 error, 0 warnings)',
    ])
  })

  it('an unknown rule id in validation.rules → known-rule at the key, with a suggestion', async () => {
    const { result } = await validateWithConfig(`${HEADER}validation:\n  rules:\n    datasets-requird: off\n`)
    expect(result.code).toBe(1)
    expect(linesOf(result.stdout)).toEqual([
      '.modelgate/config.yml:5:5: error: unknown rule "datasets-requird" [known-rule]',
      '  hint: did you mean "datasets-required"?',
      '1 of 1 file invalid (1 error, 0 warnings)',
    ])
  })

  it('--config FILE reads that config instead, named as given', async () => {
    const repo = createGitRepo({
      [CONFIG]: HEADER,
      'ci/strict.yml': `${HEADER}validation:\n  rules:\n    no-such-rule: error\n`,
      [MANIFEST_PATH]: manifest(),
    })
    const result = await runCli(['validate', '--config', 'ci/strict.yml'], { cwd: repo.root })
    expect(result.code).toBe(1)
    expect(textProblems(result.stdout).map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`)).toEqual([
      'ci/strict.yml:5:5 known-rule',
    ])
  })

  it('--config with a file that does not exist → exit 2', async () => {
    const repo = createGitRepo({ [MANIFEST_PATH]: manifest() })
    const result = await runCli(['validate', '--config', 'missing.yml'], { cwd: repo.root })
    expectUsageError(result, '--config: missing.yml: no such file')
  })

  it('without a config, a high-tier manifest without datasets fails datasets-required', async () => {
    const repo = createGitRepo({ [MANIFEST_PATH]: manifest({ datasetDigest: null }) })
    const result = await runCli(['validate'], { cwd: repo.root })
    expect(result.code).toBe(1)
    expect(linesOf(result.stdout)).toEqual([
      'models/fraud-detector/model.yaml:10:11: error: riskTier high requires datasets (lineage), and none are listed [datasets-required]',
      '  hint: add datasets: [{ name, role: train, uri, digest }] for the training and evaluation data',
      '1 of 1 file invalid (1 error, 0 warnings)',
    ])
  })

  it('validation.rules { datasets-required: off } turns that rule off', async () => {
    const { result } = await validateWithConfig(
      `${HEADER}validation:\n  rules:\n    datasets-required: off\n`,
      {
        [MANIFEST_PATH]: manifest({ datasetDigest: null }),
      },
    )
    expect(result).toMatchObject({ code: 0, stdout: '1 file valid (0 errors, 0 warnings)\n', stderr: '' })
  })

  it('validation.rules { gate-metric-known: error } turns that warning into an error', async () => {
    const files = { [MANIFEST_PATH]: manifest({ gateMetric: 'aucc' }) }
    const plain = await validateWithConfig(HEADER, files)
    expect(plain.result.code).toBe(0)
    expect(linesOf(plain.result.stdout)).toEqual([
      'models/fraud-detector/model.yaml:20:17: warning: gate on "aucc" but metrics.values has no such metric [gate-metric-known]',
      '  hint: add the metric to metrics.values or fix the name (known: auc)',
      '1 file valid (0 errors, 1 warning)',
    ])
    const strict = await validateWithConfig(
      `${HEADER}validation:\n  rules:\n    gate-metric-known: error\n`,
      files,
    )
    expect(strict.result.code).toBe(1)
    expect(linesOf(strict.result.stdout)).toEqual([
      'models/fraud-detector/model.yaml:20:17: error: gate on "aucc" but metrics.values has no such metric [gate-metric-known]',
      '  hint: add the metric to metrics.values or fix the name (known: auc)',
      '1 of 1 file invalid (1 error, 0 warnings)',
    ])
  })

  it('models.root moves where manifests are looked for', async () => {
    const repo = createGitRepo({
      [CONFIG]: `${HEADER}models:\n  root: registry/models\n`,
      'registry/models/fraud-detector/model.yaml': manifest(),
    })
    const result = await runCli(['validate'], { cwd: repo.root })
    expect(result).toMatchObject({ code: 0, stdout: '1 file valid (0 errors, 0 warnings)\n' })
  })

  it('a .modelgate/config.yml linking outside the repository → exit 2, nothing of the file printed', async () => {
    const outside = makeTempDir('modelgate-outside-')
    writeFiles(outside, { 'config.yml': `${HEADER}TOP-SECRET-config: 1\n` })
    const repo = createGitRepo({ [MANIFEST_PATH]: manifest() })
    repo.symlink(join(outside, 'config.yml'), CONFIG)
    const result = await runCli(['validate'], { cwd: repo.root })
    expectUsageError(result, /outside the repository/)
    expect(result.stderr).not.toContain('TOP-SECRET')
  })

  it('a .modelgate/config.yml linking to a file inside the repository is read', async () => {
    const repo = createGitRepo({ 'shared/modelgate.yml': HEADER, [MANIFEST_PATH]: manifest() })
    repo.symlink('../shared/modelgate.yml', CONFIG)
    const result = await runCli(['validate'], { cwd: repo.root })
    expect(result).toMatchObject({ code: 0, stdout: '1 file valid (0 errors, 0 warnings)\n', stderr: '' })
  })

  it('--config naming a folder → exit 2 without a stack trace', async () => {
    const repo = createGitRepo({ [CONFIG]: HEADER, [MANIFEST_PATH]: manifest() })
    const result = await runCli(['validate', '--config', '.modelgate'], { cwd: repo.root })
    expectUsageError(result, /^modelgate: --config: \.modelgate: /)
  })
})

describe.concurrent('validate on hostile files', () => {
  it('a 2 MiB model.yaml → exit 1, file-too-large at 1:1', async () => {
    const repo = createGitRepo({ 'models/big/model.yaml': `# ${'x'.repeat(2 * 1024 * 1024)}\n` })
    const result = await runCli(['validate'], { cwd: repo.root })
    expect(result.code).toBe(1)
    expectNoStackTrace(result)
    const [problem] = textProblems(result.stdout)
    expect(problem).toMatchObject({
      file: 'models/big/model.yaml',
      line: 1,
      column: 1,
      rule: 'file-too-large',
    })
    expect(problem!.message).toBe('file is larger than the 1048576-byte limit')
    expect(result.stdout.length).toBeLessThan(2000) // the content is not echoed
  })

  it('a file that is not UTF-8 → not-utf8 at the first invalid byte', async () => {
    // "caf\xe9" in Latin-1: byte 70 is on line 4, column 12.
    const bytes = Buffer.from(
      'apiVersion: modelgate.dev/v1\nkind: ModelManifest\nmetadata:\n  name: caf\xe9\n',
      'latin1',
    )
    const repo = createGitRepo({ 'models/latin/model.yaml': bytes })
    const result = await runCli(['validate'], { cwd: repo.root })
    expect(result.code).toBe(1)
    expect(linesOf(result.stdout)).toEqual([
      'models/latin/model.yaml:4:12: error: file is not valid UTF-8 (invalid byte 0xe9 at byte 70) [not-utf8]',
      '  hint: save the file as UTF-8',
      '1 of 1 file invalid (1 error, 0 warnings)',
    ])
  })

  it('a YAML alias bomb → alias-limit, within a few seconds', async () => {
    const bomb = readFileSync(join(HOSTILE_FIXTURES, 'alias-bomb.yaml'))
    const repo = createGitRepo({ 'models/bomb/model.yaml': bomb })
    const result = await runCli(['validate'], { cwd: repo.root, timeoutMs: 15_000 })
    expect(result.code).toBe(1)
    expect(result.durationMs).toBeLessThan(5_000)
    expect(linesOf(result.stdout)).toEqual([
      'models/bomb/model.yaml:4:10: error: aliases expand to more than 100 nodes (an "alias bomb") [alias-limit]',
      '  hint: write the values out instead of nesting aliases',
      '1 of 1 file invalid (1 error, 0 warnings)',
    ])
  })

  it('every hostile fixture (and deep nesting, UTF-16) is reported as a problem, never a crash', async () => {
    const files: Record<string, Uint8Array | string> = {}
    for (const name of readdirSync(HOSTILE_FIXTURES).filter((file) => file.endsWith('.yaml')))
      files[`models/${basename(name, '.yaml')}/model.yaml`] = readFileSync(join(HOSTILE_FIXTURES, name))
    files['models/deep/model.yaml'] =
      `apiVersion: modelgate.dev/v1\nx-deep: ${'['.repeat(5000)}${']'.repeat(5000)}\n`
    files['models/utf16/model.yaml'] = Buffer.from('\ufeffapiVersion: modelgate.dev/v1\n', 'utf16le')
    const repo = createGitRepo(files)
    const result = await runCli(['validate'], { cwd: repo.root })
    expect(result.code).toBe(1)
    expectNoStackTrace(result)
    const rules = Object.fromEntries(textProblems(result.stdout).map((p) => [p.file.split('/')[1], p.rule]))
    expect(rules).toEqual({
      'alias-bomb': 'alias-limit',
      'complex-key': 'invalid-key',
      deep: 'too-deep',
      'duplicate-key': 'duplicate-key',
      empty: 'schema/type',
      'multi-document': 'multi-document',
      'not-a-map': 'schema/type',
      'proto-key': 'forbidden-key',
      'syntax-error': 'yaml-syntax',
      'unknown-tag': 'unknown-tag',
      utf16: 'not-utf8',
    })
    const count = Object.keys(files).length
    expect(linesOf(result.stdout).at(-1)).toBe(
      `${count} of ${count} files invalid (${count} errors, 0 warnings)`,
    )
  })

  it('hostile files are reported the same way in every format, without crashing', async () => {
    const repo = createGitRepo({
      'models/bomb/model.yaml': readFileSync(join(HOSTILE_FIXTURES, 'alias-bomb.yaml')),
      'models/tag/model.yaml': readFileSync(join(HOSTILE_FIXTURES, 'unknown-tag.yaml')),
    })
    const results = await Promise.all(
      ['json', 'github', 'sarif'].map((format) =>
        runCli(['validate', '--format', format], { cwd: repo.root }),
      ),
    )
    for (const result of results) {
      expect(result.code).toBe(1)
      expectNoStackTrace(result)
    }
  })
})

describe.concurrent('validate: usage mistakes', () => {
  it('an unknown option → exit 2, the message on stderr, no stack trace', async () => {
    const repo = copyIntoGitRepo(join(EXAMPLES, 'model-repo'))
    const result = await runCli(['validate', '--frobnicate'], { cwd: repo.root })
    expectUsageError(result, /^modelgate: unknown option --frobnicate; options: --/)
  })

  it('a misspelt option names the one meant and every option the command has', async () => {
    const repo = copyIntoGitRepo(join(EXAMPLES, 'model-repo'))
    const result = await runCli(['validate', '--formt', 'json'], { cwd: repo.root })
    expectUsageError(
      result,
      'unknown option --formt (did you mean --format?); options: --base, --format, --config, --help',
    )
  })

  it('an option missing its value → exit 2', async () => {
    const repo = copyIntoGitRepo(join(EXAMPLES, 'model-repo'))
    const result = await runCli(['validate', '--format'], { cwd: repo.root })
    expectUsageError(result, '--format <value> needs a value')
  })

  it('no models/ folder → exit 2 with a message saying what to do', async () => {
    const repo = createGitRepo({ 'README.md': '# empty\n' })
    const result = await runCli(['validate'], { cwd: repo.root })
    expectUsageError(
      result,
      `no models/ folder in ${repo.root}; pass the manifests to check, or set models.root in .modelgate/config.yml`,
    )
  })

  it('validate --help prints the validate usage and exits 0', async () => {
    const dir = makeTempDir()
    const result = await runCli(['validate', '--help'], { cwd: dir })
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Usage: modelgate validate \[PATH\.\.\.\] \[--base <git-ref>\]/)
    expect(result.stdout).toContain('Exit codes: 0 valid, 1 invalid, 2 usage error.')
  })
})

describe.concurrent('modelgate usage', () => {
  let dir: string
  beforeAll(() => {
    dir = makeTempDir()
  })

  it('no arguments: prints the usage and exits 0', async () => {
    const result = await runCli([], { cwd: dir })
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(linesOf(result.stdout)[0]).toMatch(/^modelgate \d+\.\d+\.\d+: GitOps for ML models$/)
    expect(result.stdout).toContain('Usage: modelgate <command> [options]')
    expect(result.stdout).toContain('  validate [PATH...]')
    expect(result.stdout).toContain('  schema ')
  })

  it('--version prints the version from package.json', async () => {
    const result = await runCli(['--version'], { cwd: dir })
    expect(result).toMatchObject({ code: 0, stdout: `${PACKAGE_VERSION}\n`, stderr: '' })
  })

  it('help validate prints the validate usage', async () => {
    const [help, flag] = await Promise.all([
      runCli(['help', 'validate'], { cwd: dir }),
      runCli(['validate', '-h'], { cwd: dir }),
    ])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage: modelgate validate /)
    expect(help.stdout).toContain('--format <name>')
    expect(flag.stdout).toBe(help.stdout)
  })

  it('an unknown command → exit 2 naming the commands', async () => {
    const result = await runCli(['frobnicate'], { cwd: dir })
    expectUsageError(
      result,
      /^modelgate: unknown command "frobnicate"; commands: validate, gate, diff, policy, \w/,
    )
    expect(result.stderr).toContain('Run "modelgate --help" for usage.')
  })
})

describe.concurrent('the inline base manifest', () => {
  it('is valid on its own, so every problem a test sees comes from what the test changed', async () => {
    const repo = createGitRepo({ [MANIFEST_PATH]: manifest() })
    const result = await runCli(['validate'], { cwd: repo.root })
    expect(result).toMatchObject({ code: 0, stdout: '1 file valid (0 errors, 0 warnings)\n', stderr: '' })
  })
})

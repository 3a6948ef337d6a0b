import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CliResult } from '../support/cli.js'
import { linesOf, PROJECT_ROOT, runCli, stackTraceLines } from '../support/cli.js'
import { liveInferenceService } from '../support/environments-repo.js'
import type { GitRepo } from '../support/git-repo.js'
import {
  copyIntoGitRepo,
  createGitRepo,
  makeTempDir,
  removeTempDirs,
  writeFiles,
} from '../support/git-repo.js'

const MODEL_REPO = join(PROJECT_ROOT, 'examples', 'model-repo')
const FRAUD = 'models/fraud-detector/model.yaml'
const CHURN = 'models/churn-predictor/model.yaml'
const CREDIT = 'models/credit-limit-scorer/model.yaml'
const CREDIT_METRICS = 'models/credit-limit-scorer/metrics.json'
const ROUTER = 'models/support-ticket-router/model.yaml'

/** A file of the example repository, as text. */
const example = (path: string) => readFileSync(join(MODEL_REPO, path), 'utf8')

/** `text` with `from` replaced once; fails loudly when the example no longer holds `from`. */
function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`the example no longer contains ${JSON.stringify(from)}`)
  return text.replace(from, to)
}

/** `modelgate gate ARGS…` run in `cwd`. */
const runGate = (cwd: string, ...args: string[]) => runCli(['gate', ...args], { cwd })

/** Exit `code`, nothing on stderr, and exactly `lines` on stdout. */
function expectOutput(result: CliResult, code: number, lines: string[]): void {
  expect(result).toMatchObject({ code, stderr: '' })
  expect(linesOf(result.stdout)).toEqual(lines)
}

/** A usage mistake: exit 2, nothing on stdout, the message and the pointer to help on stderr, no stack. */
function expectUsageError(result: CliResult, message: string): void {
  expect(result.code, result.stderr).toBe(2)
  expect(result.stdout).toBe('')
  expect(linesOf(result.stderr)).toEqual([`modelgate: ${message}`, 'Run "modelgate gate --help" for usage.'])
  expect(stackTraceLines(result)).toEqual([])
}

afterAll(removeTempDirs)

describe.concurrent('gate on the example repository', () => {
  let repo: GitRepo
  beforeAll(() => {
    repo = copyIntoGitRepo(MODEL_REPO)
  })

  it('gates every model with gates; without a baseline, change checks fail (onMissing: fail) → exit 1', async () => {
    const result = await runGate(repo.root)
    expectOutput(result, 1, [
      'models/churn-predictor/model.yaml (churn-predictor) against none',
      '  ✗ f1 0.71',
      '      maxRelativeRegression cannot be checked: there is no baseline',
      'models/credit-limit-scorer/model.yaml (credit-limit-scorer) against none (evaluation.baseline.environment prod needs the environments repository: pass --environments <checkout> or set environmentsRepo.checkout)',
      '  ✗ test.gini 0.612',
      '      maxAbsoluteRegression cannot be checked: there is no baseline',
      '  ✓ test.ks 0.47',
      '  ✓ fairness.disparate_impact_ratio 0.91',
      // fraud-detector says onMissing: threshold-only, so its change checks are skipped, not failed.
      'models/fraud-detector/model.yaml (fraud-detector) against none (evaluation.baseline.environment prod needs the environments repository: pass --environments <checkout> or set environmentsRepo.checkout)',
      '  ✓ auc 0.947',
      '  ✓ recall_at_1pct_fpr 0.62',
      '  ✓ p95_latency_ms 18.4',
      'models/support-ticket-router/model.yaml (support-ticket-router) against none',
      '  ✓ macro_f1 0.83',
      'FAILED: 6 gates passed, 2 failed, 0 warnings',
    ])
  })

  it('--base HEAD with no path: nothing changed, so nothing is judged and the models are listed', async () => {
    const result = await runGate(repo.root, '--base', 'HEAD')
    expectOutput(result, 0, [
      "not judged, unchanged at the baseline: models/churn-predictor/model.yaml, models/credit-limit-scorer/model.yaml, models/fraud-detector/model.yaml, models/support-ticket-router/model.yaml (name a model's path to judge it anyway)",
      'passed: 0 gates passed, 0 failed, 0 warnings',
    ])
  })

  it('--base HEAD naming a model: unchanged, so change checks are skipped and thresholds still apply', async () => {
    const result = await runGate(repo.root, '--base', 'HEAD', 'models/credit-limit-scorer')
    expectOutput(result, 0, [
      'models/credit-limit-scorer/model.yaml (credit-limit-scorer) against HEAD (unchanged: change checks skipped)',
      '  ✓ test.gini 0.612 (baseline 0.612)',
      '  ✓ test.ks 0.47 (baseline 0.47)',
      '  ✓ fairness.disparate_impact_ratio 0.91 (baseline 0.91)',
      'passed: 3 gates passed, 0 failed, 0 warnings',
    ])
  })

  it('one model by folder → only that model, exit 0', async () => {
    const result = await runGate(repo.root, 'models/support-ticket-router')
    expect(result).toMatchObject({
      code: 0,
      stderr: '',
      stdout:
        'models/support-ticket-router/model.yaml (support-ticket-router) against none\n' +
        '  ✓ macro_f1 0.83\n' +
        'passed: 1 gate passed, 0 failed, 0 warnings\n',
    })
  })

  it('--manifest from a subfolder, --format json → the exact JSON verdict', async () => {
    const folder = repo.path('models/fraud-detector')
    const result = await runGate(folder, '--manifest', 'model.yaml', '--format', 'json')
    expect(result).toMatchObject({ code: 0, stderr: '' })
    const result0 = (metric: string, candidate: number) => ({
      model: 'fraud-detector',
      file: FRAUD,
      metric,
      passed: true,
      severity: metric === 'recall_at_1pct_fpr' ? 'warning' : 'blocking',
      candidate,
      baseline: null,
      reasons: [],
    })
    expect(JSON.parse(result.stdout)).toEqual({
      passed: true,
      results: [result0('auc', 0.947), result0('recall_at_1pct_fpr', 0.62), result0('p95_latency_ms', 18.4)],
      problems: [],
    })
    // Keys in the documented order: the shape, plus model and file.
    expect(Object.keys((JSON.parse(result.stdout) as { results: object[] }).results[0]!)).toEqual([
      'model',
      'file',
      'metric',
      'passed',
      'severity',
      'candidate',
      'baseline',
      'reasons',
    ])
  })

  it('a named model without gates is listed with "no gates" and passes', async () => {
    const manifest = edit(
      example(ROUTER),
      'evaluation:\n  gates:\n    - { metric: macro_f1, greaterIsBetter: true, threshold: 0.8 }\n',
      '',
    )
    const other = createGitRepo({ [ROUTER]: manifest })
    const [named, all] = await Promise.all([runGate(other.root, ROUTER), runGate(other.root)])
    expect(named).toMatchObject({
      code: 0,
      stdout: `${ROUTER} (support-ticket-router) against none\n  no gates\npassed: 0 gates passed, 0 failed, 0 warnings\n`,
    })
    // Without paths, only models that declare gates are gated.
    expect(all).toMatchObject({ code: 0, stdout: 'passed: 0 gates passed, 0 failed, 0 warnings\n' })
  })
})

describe.concurrent('gate against a real earlier commit', () => {
  let repo: GitRepo
  let base: string
  beforeAll(() => {
    repo = copyIntoGitRepo(MODEL_REPO)
    base = repo.head()
    repo.commitFiles(
      {
        // auc falls by 0.017, more than the 0.005 the gate allows.
        [FRAUD]: edit(example(FRAUD), 'value: 0.947', 'value: 0.93'),
        // f1 falls by 2.8%, more than the 2% allowed.
        [CHURN]: edit(example(CHURN), 'value: 0.71 }', 'value: 0.69 }'),
        // A model that did not exist at the base commit.
        'models/new-ranker/model.yaml': edit(
          edit(example(ROUTER), 'name: support-ticket-router', 'name: new-ranker'),
          'threshold: 0.8 }',
          'threshold: 0.8, minAbsoluteChange: 0.01 }',
        ),
      },
      'regress',
    )
  })

  it('finds each model at the base commit and reports the regressions with their reasons', async () => {
    const result = await runGate(repo.root, '--base', base)
    expectOutput(result, 1, [
      `models/churn-predictor/model.yaml (churn-predictor) against ${base}`,
      '  ✗ f1 0.69 (baseline 0.71)',
      '      f1 0.69 regresses by 2.8169% from the baseline 0.71; beyond the allowed 2%',
      `models/fraud-detector/model.yaml (fraud-detector) against ${base}`,
      '  ✗ auc 0.93 (baseline 0.947)',
      '      auc 0.93 regresses by 0.017 from the baseline 0.947; beyond the allowed 0.005',
      '  ! recall_at_1pct_fpr 0.62 (baseline 0.62)',
      '      recall_at_1pct_fpr 0.62 is 0% above the baseline 0.62; needs an improvement of at least 1%',
      '  ✓ p95_latency_ms 18.4 (baseline 18.4)',
      `models/new-ranker/model.yaml (new-ranker) against ${base} (the model is not there)`,
      '  ✗ macro_f1 0.83',
      '      minAbsoluteChange cannot be checked: there is no baseline',
      "not judged, unchanged at the baseline: models/credit-limit-scorer/model.yaml, models/support-ticket-router/model.yaml (name a model's path to judge it anyway)",
      'FAILED: 1 gate passed, 3 failed, 1 warning',
    ])
  })

  it('--format github: each failed gate annotated at its line in the manifest', async () => {
    const result = await runGate(repo.root, FRAUD, '--base', base, '--format', 'github')
    expect(result.code).toBe(1)
    const manifest = readFileSync(join(repo.root, FRAUD), 'utf8').split('\n')
    const auc = manifest.indexOf('    - metric: auc') + 1
    const recall = manifest.indexOf('    - metric: recall_at_1pct_fpr') + 1
    const latency = manifest.indexOf('    - metric: p95_latency_ms') + 1
    expect(auc).toBeGreaterThan(0)
    // A gate's node ends where the next one begins (the YAML parser's range).
    expect(linesOf(result.stdout)).toEqual([
      `::error file=${FRAUD},line=${auc},col=7,endLine=${recall},title=modelgate gate/maxAbsoluteRegression::gate auc: auc 0.93 regresses by 0.017 from the baseline 0.947; beyond the allowed 0.005`,
      `::warning file=${FRAUD},line=${recall},col=7,endLine=${latency},title=modelgate gate/minRelativeChange::gate recall_at_1pct_fpr: recall_at_1pct_fpr 0.62 is 0%25 above the baseline 0.62; needs an improvement of at least 1%25`,
    ])
  })

  it('--format markdown: the job summary the gate action writes', async () => {
    const result = await runGate(repo.root, FRAUD, '--base', base, '--format', 'markdown')
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^## modelgate: evaluation gates\n\n❌ 1 blocking gate failed/)
    expect(result.stdout).toContain('| ❌ | auc | 0.93 | 0.947 |')
  })

  it('a branch name works as the base, and JSON carries both sides', async () => {
    repo.git('branch', '--force', 'before-regress', base)
    const result = await runGate(repo.root, FRAUD, '--base', 'before-regress', '--format', 'json')
    expect(result.code).toBe(1)
    const json = JSON.parse(result.stdout) as { passed: boolean; results: { metric: string }[] }
    expect(json.passed).toBe(false)
    expect(json.results[0]).toEqual({
      model: 'fraud-detector',
      file: FRAUD,
      metric: 'auc',
      passed: false,
      severity: 'blocking',
      candidate: 0.93,
      baseline: 0.947,
      reasons: ['auc 0.93 regresses by 0.017 from the baseline 0.947; beyond the allowed 0.005'],
    })
  })

  it('an unknown revision → exit 2 with how to fetch it', async () => {
    const result = await runGate(repo.root, '--base', 'origin/nope')
    expectUsageError(
      result,
      '--base: unknown git revision "origin/nope"; fetch it first (git fetch origin nope, or actions/checkout with fetch-depth: 0)',
    )
  })

  it('a revision that looks like an option → exit 2', async () => {
    const result = await runGate(repo.root, '--base=--output=x')
    expectUsageError(result, '--base: "--output=x" is not a git revision')
  })
})

describe.concurrent('evaluation.baseline.ref', () => {
  const withRef = (ref: string, f1: string) =>
    edit(
      edit(example(CHURN), 'value: 0.71 }', `value: ${f1} }`),
      'evaluation:\n',
      `evaluation:\n  baseline: { ref: ${ref} }\n`,
    )

  it('is the baseline when no --base is given, and --base overrides it', async () => {
    const repo = createGitRepo({ [CHURN]: withRef('v1', '0.80') })
    repo.git('tag', 'v1')
    repo.commitFiles({ [CHURN]: withRef('v1', '0.75') }, 'better than before, worse than v1')
    const middle = repo.head()
    repo.commitFiles({ [CHURN]: withRef('v1', '0.76') }, 'head')

    const [fromManifest, fromOption] = await Promise.all([
      runGate(repo.root),
      runGate(repo.root, '--base', middle),
    ])
    expectOutput(fromManifest, 1, [
      `${CHURN} (churn-predictor) against v1`,
      '  ✗ f1 0.76 (baseline 0.8)',
      '      f1 0.76 regresses by 5% from the baseline 0.8; beyond the allowed 2%',
      'FAILED: 0 gates passed, 1 failed, 0 warnings',
    ])
    expect(fromOption).toMatchObject({
      code: 0,
      stdout: `${CHURN} (churn-predictor) against ${middle}\n  ✓ f1 0.76 (baseline 0.75)\npassed: 1 gate passed, 0 failed, 0 warnings\n`,
    })
  })

  it('an unknown ref in the manifest → exit 2 naming the manifest and the key, not --base', async () => {
    const repo = createGitRepo({ [CHURN]: withRef('release-9', '0.71') })
    const result = await runGate(repo.root)
    expectUsageError(
      result,
      `${CHURN}: evaluation.baseline.ref: unknown git revision "release-9"; fetch it first (git fetch origin release-9, or actions/checkout with fetch-depth: 0)`,
    )
  })

  it('--baseline FILE takes precedence over the manifest ref (which is then not even resolved)', async () => {
    const repo = createGitRepo({ [CHURN]: withRef('no-such-ref', '0.71'), 'prod.json': '{"f1": 0.70}' })
    const result = await runGate(repo.root, '--baseline', 'prod.json')
    expect(result).toMatchObject({
      code: 0,
      stderr: '',
      stdout: `${CHURN} (churn-predictor) against prod.json\n  ✓ f1 0.71 (baseline 0.7)\npassed: 1 gate passed, 0 failed, 0 warnings\n`,
    })
  })
})

describe.concurrent('gate --baseline FILE on manifests', () => {
  let repo: GitRepo
  beforeAll(() => {
    repo = copyIntoGitRepo(MODEL_REPO)
    writeFiles(repo.root, {
      'ci/prod-metrics.yaml': 'auc: 0.96\nrecall_at_1pct_fpr: 0.6\np95_latency_ms: 20\n',
    })
  })

  it('judges the manifest against the file, named as given', async () => {
    const result = await runGate(repo.root, FRAUD, '--baseline', 'ci/prod-metrics.yaml')
    expectOutput(result, 1, [
      `${FRAUD} (fraud-detector) against ci/prod-metrics.yaml`,
      '  ✗ auc 0.947 (baseline 0.96)',
      '      auc 0.947 regresses by 0.013 from the baseline 0.96; beyond the allowed 0.005',
      '  ✓ recall_at_1pct_fpr 0.62 (baseline 0.6)',
      '  ✓ p95_latency_ms 18.4 (baseline 20)',
      'FAILED: 2 gates passed, 1 failed, 0 warnings',
    ])
  })

  it('a baseline file with a null → located problem, nothing judged, exit 1', async () => {
    writeFiles(repo.root, { 'ci/null.yaml': 'auc: 0.96\nf1: ~\n' })
    const result = await runGate(repo.root, FRAUD, '--baseline', 'ci/null.yaml')
    expectOutput(result, 1, [
      'ci/null.yaml:2:5: error: f1 is null; give it a value or remove it [metrics-file]',
      'FAILED: 0 gates passed, 0 failed, 0 warnings, 1 unreadable file',
    ])
  })
})

describe.concurrent('gate on metrics files', () => {
  /** The example repository with credit-limit-scorer's metrics file (and maybe manifest) replaced. */
  async function gateCredit(metrics: string | null, manifest?: string): Promise<CliResult> {
    const repo = copyIntoGitRepo(MODEL_REPO)
    if (metrics === null) repo.remove(CREDIT_METRICS)
    else repo.write({ [CREDIT_METRICS]: metrics })
    if (manifest !== undefined) repo.write({ [CREDIT]: manifest })
    return runGate(repo.root, CREDIT)
  }

  it('a list in the metrics file → located error file:line:col, exit 1', async () => {
    const result = await gateCredit('{\n  "test": { "gini": [0.6, 0.7], "ks": 0.47 }\n}\n')
    expectOutput(result, 1, [
      `${CREDIT_METRICS}:2:21: error: test.gini is a list; metrics must be single values (use nested keys instead) [metrics-file]`,
      'FAILED: 0 gates passed, 0 failed, 0 warnings, 1 unreadable file',
    ])
  })

  it('a null in the metrics file → located error, exit 1', async () => {
    const result = await gateCredit('{\n  "test": { "gini": 0.6 },\n  "fairness": null\n}\n')
    expect(result.code).toBe(1)
    expect(linesOf(result.stdout)[0]).toBe(
      `${CREDIT_METRICS}:3:15: error: fairness is null; give it a value or remove it [metrics-file]`,
    )
  })

  it('a metrics file disagreeing with metrics.values → metrics-conflict at the file value', async () => {
    const manifest = edit(
      example(CREDIT),
      'metrics:\n  file: metrics.json\n',
      'metrics:\n  file: metrics.json\n  values:\n    - { name: test.ks, value: 0.5 }\n',
    )
    const result = await gateCredit(example(CREDIT_METRICS), manifest)
    expectOutput(result, 1, [
      `${CREDIT_METRICS}:2:34: error: test.ks is 0.47 here but 0.5 in ${CREDIT} (metrics.values) [metrics-conflict]`,
      '  hint: keep each metric in one place, or make the two values agree',
      'FAILED: 0 gates passed, 0 failed, 0 warnings, 1 unreadable file',
    ])
  })

  it('a metrics file that agrees with metrics.values is fine', async () => {
    const manifest = edit(
      example(CREDIT),
      'metrics:\n  file: metrics.json\n',
      'metrics:\n  file: metrics.json\n  values:\n    - { name: test.ks, value: 0.47 }\n',
    )
    const result = await gateCredit(example(CREDIT_METRICS), manifest)
    expect(result.code, result.stdout).toBe(1) // only the missing baseline fails
    expect(linesOf(result.stdout)).toContain('  ✓ test.ks 0.47')
  })

  it('a missing metrics file → a problem naming it, exit 1', async () => {
    const result = await gateCredit(null)
    expectOutput(result, 1, [
      `${CREDIT}:31:9: error: metrics.file: ${CREDIT_METRICS} does not exist at this revision [metrics-file]`,
      '  hint: commit the metrics file next to the manifest, or fix metrics.file',
      'FAILED: 0 gates passed, 0 failed, 0 warnings, 1 unreadable file',
    ])
  })

  it('a .nan metric fails its gate with the reason', async () => {
    const result = await gateCredit(
      'test:\n  gini: 0.6\n  ks: .nan\nfairness:\n  disparate_impact_ratio: 0.9\n',
    )
    expect(linesOf(result.stdout)).toEqual([
      `${CREDIT} (credit-limit-scorer) against none (evaluation.baseline.environment prod needs the environments repository: pass --environments <checkout> or set environmentsRepo.checkout)`,
      '  ✗ test.gini 0.6',
      '      maxAbsoluteRegression cannot be checked: there is no baseline',
      '  ✗ test.ks NaN',
      '      test.ks is NaN, which cannot pass a gate',
      '  ✓ fairness.disparate_impact_ratio 0.9',
      'FAILED: 1 gate passed, 2 failed, 0 warnings',
    ])
  })

  it('a metric named like an Object method is a metric, not a method', async () => {
    const manifest = edit(
      example(CREDIT),
      '    - { metric: test.ks, greaterIsBetter: true, threshold: 0.4 }\n',
      '    - { metric: test.ks, greaterIsBetter: true, threshold: 0.4 }\n' +
        '    - { metric: toString, greaterIsBetter: true, threshold: 0.4 }\n',
    )
    const metrics =
      '{"test": {"gini": 0.6, "ks": 0.47}, "fairness": {"disparate_impact_ratio": 0.9}, "toString": 0.5}'
    const result = await gateCredit(metrics, manifest)
    expect(linesOf(result.stdout)).toContain('  ✓ toString 0.5')
  })

  it('unreadable at the base revision → the problem says where, the model says why it has no baseline', async () => {
    const repo = copyIntoGitRepo(MODEL_REPO)
    repo.commitFiles({ [CREDIT_METRICS]: '{"test": {"gini": [1]}}' }, 'broken metrics')
    const broken = repo.head()
    repo.commitFiles({ [CREDIT_METRICS]: example(CREDIT_METRICS) }, 'fixed')
    const result = await runGate(repo.root, CREDIT, '--base', broken)
    expectOutput(result, 1, [
      `${CREDIT_METRICS}:1:19: error: at ${broken}: test.gini is a list; metrics must be single values (use nested keys instead) [metrics-file]`,
      `${CREDIT} (credit-limit-scorer) against ${broken} (the model could not be read there)`,
      '  ✗ test.gini 0.612',
      '      maxAbsoluteRegression cannot be checked: there is no baseline',
      '  ✓ test.ks 0.47',
      '  ✓ fairness.disparate_impact_ratio 0.91',
      'FAILED: 2 gates passed, 1 failed, 0 warnings, 1 unreadable file',
    ])
  })
})

describe.concurrent('gate --gates FILE --candidate FILE (plain files, no repository)', () => {
  let dir: string
  /** `modelgate gate --gates GATES --candidate CANDIDATE ARGS…` in the folder of plain files. */
  const judge = (gates: string, candidate: string, ...args: string[]) =>
    runGate(dir, '--gates', gates, '--candidate', candidate, ...args)
  beforeAll(() => {
    dir = makeTempDir()
    writeFiles(dir, {
      'gates.yaml': `gates:
  - { metric: eval.auc, greaterIsBetter: true, threshold: 0.85, maxAbsoluteRegression: 0.01 }
  - { metric: eval.latency.p95, greaterIsBetter: false, threshold: 50, maxRelativeRegression: 0.1 }
  - { metric: fairness.dir, greaterIsBetter: true, threshold: 0.8, severity: warning }
`,
      'gates.json': JSON.stringify({
        onMissing: 'threshold-only',
        gates: [{ metric: 'eval.auc', greaterIsBetter: true, threshold: 0.85, minAbsoluteChange: 0.01 }],
      }),
      'candidate.json': JSON.stringify({ eval: { auc: 0.9, latency: { p95: 56 } }, fairness: { dir: 0.75 } }),
      'baseline.yaml': 'eval:\n  auc: 0.905\n  latency: { p95: 40 }\nfairness: { dir: 0.85 }\n',
      'good.json': JSON.stringify({ eval: { auc: 0.91, latency: { p95: 42 } }, fairness: { dir: 0.7 } }),
    })
  })

  it("--format github: annotations at each failed gate's line of the gates file", async () => {
    const result = await judge(
      'gates.yaml',
      'candidate.json',
      '--baseline',
      'baseline.yaml',
      '--format',
      'github',
    )
    expect(result.code).toBe(1)
    expect(linesOf(result.stdout).map((line) => line.replace(/,endLine=.*?,title=/, ',title='))).toEqual([
      '::error file=gates.yaml,line=3,col=5,title=modelgate gate/threshold::gate eval.latency.p95: eval.latency.p95 56 is above the threshold 50; eval.latency.p95 56 regresses by 40%25 from the baseline 40; beyond the allowed 10%25',
      '::warning file=gates.yaml,line=4,col=5,title=modelgate gate/threshold::gate fairness.dir: fairness.dir 0.75 is below the threshold 0.8',
    ])
  })

  it('YAML gates, nested JSON candidate, YAML baseline → the exact JSON verdict, exit 1', async () => {
    const args = ['--baseline', 'baseline.yaml', '--format', 'json']
    const result = await judge('gates.yaml', 'candidate.json', ...args)
    expect(result).toMatchObject({ code: 1, stderr: '' })
    expect(JSON.parse(result.stdout)).toEqual({
      passed: false,
      results: [
        {
          file: 'gates.yaml',
          metric: 'eval.auc',
          passed: true,
          severity: 'blocking',
          candidate: 0.9,
          baseline: 0.905,
          reasons: [],
        },
        {
          file: 'gates.yaml',
          metric: 'eval.latency.p95',
          passed: false,
          severity: 'blocking',
          candidate: 56,
          baseline: 40,
          reasons: [
            'eval.latency.p95 56 is above the threshold 50',
            'eval.latency.p95 56 regresses by 40% from the baseline 40; beyond the allowed 10%',
          ],
        },
        {
          file: 'gates.yaml',
          metric: 'fairness.dir',
          passed: false,
          severity: 'warning',
          candidate: 0.75,
          baseline: 0.85,
          reasons: ['fairness.dir 0.75 is below the threshold 0.8'],
        },
      ],
      problems: [],
    })
  })

  it('the same in text: every line exact', async () => {
    const result = await judge('gates.yaml', 'candidate.json', '--baseline', 'baseline.yaml')
    expectOutput(result, 1, [
      'gates.yaml against baseline.yaml',
      '  ✓ eval.auc 0.9 (baseline 0.905)',
      '  ✗ eval.latency.p95 56 (baseline 40)',
      '      eval.latency.p95 56 is above the threshold 50',
      '      eval.latency.p95 56 regresses by 40% from the baseline 40; beyond the allowed 10%',
      '  ! fairness.dir 0.75 (baseline 0.85)',
      '      fairness.dir 0.75 is below the threshold 0.8',
      'FAILED: 1 gate passed, 1 failed, 1 warning',
    ])
  })

  it('a failing warning gate alone does not fail: exit 0', async () => {
    const result = await judge('gates.yaml', 'good.json', '--baseline', 'baseline.yaml')
    expectOutput(result, 0, [
      'gates.yaml against baseline.yaml',
      '  ✓ eval.auc 0.91 (baseline 0.905)',
      '  ✓ eval.latency.p95 42 (baseline 40)',
      '  ! fairness.dir 0.7 (baseline 0.85)',
      '      fairness.dir 0.7 is below the threshold 0.8',
      'passed: 2 gates passed, 0 failed, 1 warning',
    ])
  })

  it('JSON gates with onMissing: threshold-only and no baseline → change checks skipped, exit 0', async () => {
    const result = await judge('gates.json', 'candidate.json')
    expect(result).toMatchObject({
      code: 0,
      stdout: 'gates.json against none\n  ✓ eval.auc 0.9\npassed: 1 gate passed, 0 failed, 0 warnings\n',
    })
  })

  it('without a baseline (default onMissing: fail) the change checks fail', async () => {
    const result = await judge('gates.yaml', 'good.json')
    expect(result.code).toBe(1)
    expect(linesOf(result.stdout).slice(0, 5)).toEqual([
      'gates.yaml against none',
      '  ✗ eval.auc 0.91',
      '      maxAbsoluteRegression cannot be checked: there is no baseline',
      '  ✗ eval.latency.p95 42',
      '      maxRelativeRegression cannot be checked: there is no baseline',
    ])
  })

  it('a metric missing from the candidate fails with the reason', async () => {
    writeFiles(dir, { 'partial.json': '{"eval": {"auc": 0.9}}' })
    const result = await judge('gates.json', 'partial.json')
    expect(result.code).toBe(0)
    writeFiles(dir, { 'none.json': '{"other": 1}' })
    const missing = await judge('gates.json', 'none.json')
    expectOutput(missing, 1, [
      'gates.json against none',
      '  ✗ eval.auc missing',
      "      eval.auc is missing from the candidate's metrics",
      'FAILED: 0 gates passed, 1 failed, 0 warnings',
    ])
  })

  it('a key given twice (dotted and nested) → located problem, exit 1', async () => {
    writeFiles(dir, { 'twice.yaml': 'eval.auc: 0.7\neval:\n  auc: 0.9\n' })
    const result = await judge('gates.json', 'twice.yaml')
    expectOutput(result, 1, [
      'twice.yaml:3:8: error: eval.auc is given twice (nested keys and a dotted key name the same metric) [metrics-file]',
      '  hint: keep one of the two',
      'FAILED: 0 gates passed, 0 failed, 0 warnings, 1 unreadable file',
    ])
  })

  it('a gate that checks nothing → located gate-has-check problem, exit 1', async () => {
    writeFiles(dir, { 'nothing.yaml': 'gates:\n  - { metric: eval.auc, greaterIsBetter: true }\n' })
    const result = await judge('nothing.yaml', 'good.json')
    expectOutput(result, 1, [
      'nothing.yaml:2:5: error: gate on "eval.auc" checks nothing [gate-has-check]',
      '  hint: set at least one of threshold, minAbsoluteChange, minRelativeChange, maxAbsoluteRegression, maxRelativeRegression',
      'FAILED: 0 gates passed, 0 failed, 0 warnings, 1 unreadable file',
    ])
  })

  it('an unknown key in a gate → located problem with a did-you-mean hint; JSON lists it in problems', async () => {
    writeFiles(dir, {
      'typo.yaml': 'gates:\n  - { metric: eval.auc, greaterIsBetter: true, treshold: 0.8 }\n',
    })
    const [text, json] = await Promise.all(
      ['text', 'json'].map((format) => judge('typo.yaml', 'good.json', '--format', format)),
    )
    expect(text!.code).toBe(1)
    expect(linesOf(text!.stdout)).toEqual([
      'typo.yaml:2:48: error: gates[0]: unknown key "treshold" [schema/additionalProperties]',
      '  hint: did you mean "threshold"?',
      'FAILED: 0 gates passed, 0 failed, 0 warnings, 1 unreadable file',
    ])
    expect(json!.code).toBe(1)
    expect(JSON.parse(json!.stdout)).toEqual({
      passed: false,
      results: [],
      problems: [
        expect.objectContaining({
          file: 'typo.yaml',
          line: 2,
          column: 48,
          path: 'gates[0].treshold',
          rule: 'schema/additionalProperties',
          severity: 'error',
          message: 'gates[0]: unknown key "treshold"',
          hint: 'did you mean "threshold"?',
        }),
      ],
    })
  })
})

describe.concurrent('gate: usage mistakes', () => {
  let repo: GitRepo
  beforeAll(() => {
    repo = copyIntoGitRepo(MODEL_REPO)
    writeFiles(repo.root, {
      'm.json': '{"auc": 1}',
      'g.yaml': 'gates: [{ metric: auc, greaterIsBetter: true, threshold: 0.5 }]\n',
    })
  })

  it.each([
    {
      name: 'both --base and --baseline',
      args: ['--base', 'HEAD', '--baseline', 'm.json'],
      message: 'give either --base (a git revision) or --baseline (a metrics file), not both',
    },
    {
      name: '--gates without --candidate',
      args: ['--gates', 'g.yaml'],
      message: '--gates and --candidate go together: the gates and the metrics they judge',
    },
    {
      name: '--candidate without --gates (even with a missing --baseline)',
      args: ['--candidate', 'm.json', '--baseline', 'missing.json'],
      message: '--gates and --candidate go together: the gates and the metrics they judge',
    },
    {
      name: '--gates with a manifest path',
      args: ['--gates', 'g.yaml', '--candidate', 'm.json', FRAUD],
      message: '--gates/--candidate judge plain files; drop the manifest paths and --base',
    },
    {
      name: '--gates with --base',
      args: ['--gates', 'g.yaml', '--candidate', 'm.json', '--base', 'HEAD'],
      message: '--gates/--candidate judge plain files; drop the manifest paths and --base',
    },
    {
      name: 'an unknown format',
      args: ['--format', 'yaml'],
      message: '--format: "yaml" is not a format; use text, json, github or markdown',
    },
    {
      name: 'a missing candidate file',
      args: ['--gates', 'g.yaml', '--candidate', 'nope.json'],
      message: '--candidate: nope.json: no such file',
    },
    {
      name: 'a missing gates file',
      args: ['--gates', 'nope.yaml', '--candidate', 'm.json'],
      message: '--gates: nope.yaml: no such file',
    },
    {
      name: 'a missing baseline file',
      args: ['--baseline', 'nope.json'],
      message: '--baseline: nope.json: no such file',
    },
    {
      name: 'a folder as the candidate',
      args: ['--gates', 'g.yaml', '--candidate', 'models'],
      message: '--candidate: models: not a file',
    },
    {
      name: 'a manifest path that does not exist',
      args: ['models/nope/model.yaml'],
      message: 'models/nope/model.yaml: no such file or folder',
    },
    {
      name: 'an unknown revision',
      args: ['--base', 'no-such-branch'],
      message:
        '--base: unknown git revision "no-such-branch"; fetch it first (git fetch origin no-such-branch, or actions/checkout with fetch-depth: 0)',
    },
  ])('$name → exit 2 with the exact message', async ({ args, message }) => {
    expectUsageError(await runGate(repo.root, ...args), message)
  })

  it('a manifest path outside the repository → exit 2', async () => {
    const outside = makeTempDir('modelgate-outside-')
    writeFiles(outside, { 'model.yaml': example(FRAUD) })
    expectUsageError(
      await runGate(repo.root, join(outside, 'model.yaml')),
      `${join(outside, 'model.yaml')}: outside the repository (${repo.root}); modelgate only reads files inside it (to check a lone manifest, run modelgate in its folder)`,
    )
  })

  it('an unknown option → exit 2', async () => {
    const result = await runGate(repo.root, '--frobnicate')
    expect(result.code).toBe(2)
    expect(linesOf(result.stderr)[0]).toMatch(/^modelgate: unknown option --frobnicate; options: --/)
    expect(stackTraceLines(result)).toEqual([])
  })

  it('--base outside a git repository → exit 2', async () => {
    const dir = makeTempDir()
    writeFiles(dir, { [ROUTER]: example(ROUTER) })
    expectUsageError(
      await runGate(dir, '--base', 'main'),
      '--base needs a git repository, and this folder is not in one',
    )
  })

  it('--help prints the usage and exits 0', async () => {
    const result = await runGate(repo.root, '--help')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      /^Usage: modelgate gate \[PATH\.\.\.\] \[--base <git-ref> \| --baseline FILE\]/,
    )
    expect(result.stdout).toContain(
      "Exit codes: 0 every blocking gate passed, 1 a gate failed or a model's files could not be read,\n" +
        '2 usage error (unknown option, or a named file or revision that does not exist).\n',
    )
  })
})

describe.concurrent('gate: evaluation.baseline.environment reads the version live there', () => {
  /** An environments checkout where credit-limit-scorer runs in prod, rendered from `sourceCommit`. */
  function environmentsWith(inferenceService: string | undefined): string {
    const dir = makeTempDir()
    writeFiles(dir, {
      'README.md': 'environments\n',
      ...(inferenceService === undefined
        ? {}
        : { 'environments/prod/credit-limit-scorer/inferenceservice.yaml': inferenceService }),
    })
    return dir
  }
  const liveFrom = (sourceCommit: string, version = '2.9.0') =>
    liveInferenceService({ model: 'credit-limit-scorer', namespace: 'ml-prod', version, sourceCommit })

  /** The model repository: the live version's metrics committed first, then a candidate that regresses. */
  function modelRepoWithRegression(): { repo: GitRepo; live: string } {
    const repo = copyIntoGitRepo(MODEL_REPO)
    const live = repo.head()
    repo.commitFiles(
      {
        [CREDIT_METRICS]: '{"test": {"gini": 0.6, "ks": 0.47}, "fairness": {"disparate_impact_ratio": 0.91}}',
      },
      'candidate',
    )
    return { repo, live }
  }

  it('compares with the metrics of the commit the live version was rendered from: a regression fails', async () => {
    const { repo, live } = modelRepoWithRegression()
    const result = await runGate(repo.root, CREDIT, '--environments', environmentsWith(liveFrom(live)))
    expectOutput(result, 1, [
      `${CREDIT} (credit-limit-scorer) against prod (2.9.0 from ${live.slice(0, 12)})`,
      '  ✗ test.gini 0.6 (baseline 0.612)',
      '      test.gini 0.6 regresses by 0.012 from the baseline 0.612; beyond the allowed 0',
      '  ✓ test.ks 0.47 (baseline 0.47)',
      '  ✓ fairness.disparate_impact_ratio 0.91 (baseline 0.91)',
      'FAILED: 2 gates passed, 1 failed, 0 warnings',
    ])
  })

  it("the config's environmentsRepo.checkout is used when --environments is not given", async () => {
    const { repo, live } = modelRepoWithRegression()
    const checkout = join(repo.root, 'env-checkout')
    writeFiles(checkout, { 'environments/prod/credit-limit-scorer/inferenceservice.yaml': liveFrom(live) })
    const config = edit(
      example('.modelgate/config.yml'),
      '  path: environments\n',
      '  path: environments\n  checkout: env-checkout\n',
    )
    repo.write({ '.modelgate/config.yml': config })
    const result = await runGate(repo.root, CREDIT)
    expect(linesOf(result.stdout)[0]).toBe(
      `${CREDIT} (credit-limit-scorer) against prod (2.9.0 from ${live.slice(0, 12)})`,
    )
    expect(result.code).toBe(1)
  })

  it('--base wins over the environment', async () => {
    const { repo, live } = modelRepoWithRegression()
    const result = await runGate(
      repo.root,
      CREDIT,
      '--base',
      'HEAD',
      '--environments',
      environmentsWith(liveFrom(live)),
    )
    expect(linesOf(result.stdout)[0]).toBe(
      `${CREDIT} (credit-limit-scorer) against HEAD (unchanged: change checks skipped)`,
    )
    expect(result.code).toBe(0)
  })

  it.each([
    {
      name: 'not live in the environment',
      file: undefined,
      reason: 'credit-limit-scorer is not live in prod',
    },
    {
      name: 'a hand-written file without modelgate annotations',
      file: 'apiVersion: serving.kserve.io/v1beta1\nkind: InferenceService\nmetadata: { name: x }\n',
      reason:
        'environments/prod/credit-limit-scorer/inferenceservice.yaml has no modelgate.dev/version, modelgate.dev/artifact-digest and modelgate.dev/source-commit annotations (not rendered by modelgate, or edited by hand)',
    },
    {
      name: 'a live version rendered from a commit this clone lacks',
      file: liveFrom('0123456789abcdef0123456789abcdef01234567'),
      reason:
        'prod (2.9.0 from 0123456789ab): this clone lacks that commit; fetch the history (actions/checkout with fetch-depth: 0)',
    },
  ])('$name → no baseline, and the change check fails closed with the reason', async ({ file, reason }) => {
    const { repo } = modelRepoWithRegression()
    const result = await runGate(repo.root, CREDIT, '--environments', environmentsWith(file))
    expectOutput(result, 1, [
      `${CREDIT} (credit-limit-scorer) against none (${reason})`,
      '  ✗ test.gini 0.6',
      '      maxAbsoluteRegression cannot be checked: there is no baseline',
      '  ✓ test.ks 0.47',
      '  ✓ fairness.disparate_impact_ratio 0.91',
      'FAILED: 2 gates passed, 1 failed, 0 warnings',
    ])
  })

  it('--environments naming a missing folder → usage error, exit 2', async () => {
    const { repo } = modelRepoWithRegression()
    const result = await runGate(repo.root, CREDIT, '--environments', 'no-such-dir')
    expect(result.code).toBe(2)
    expect(linesOf(result.stderr)[0]).toBe(
      'modelgate: --environments: no-such-dir: no such folder; check out the environments repository there',
    )
    expect(stackTraceLines(result)).toEqual([])
  })
})

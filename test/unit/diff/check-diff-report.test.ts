import { describe, expect, it } from 'vitest'
import { checkDiffReport } from '../../../core/diff/check-diff-report.js'
import { diffModel } from '../../../core/diff/diff-model.js'
import type { DiffReport } from '../../../core/diff/diff-report.js'
import type { ModelManifest } from '../../../core/manifest/manifest.js'
import { snapshotModel } from '../../../core/model/model-snapshot.js'
import { diffReport, unreadable } from './diff-fixtures.js'

const FILE = 'diff-report.json'
const HINT = 'produce it with `modelgate diff --format json` from the same modelgate version'

function manifest(version: string, auc: number, overrides: Partial<ModelManifest> = {}): ModelManifest {
  return {
    apiVersion: 'modelgate.dev/v1',
    kind: 'ModelManifest',
    metadata: { name: 'fraud-detector', version },
    owners: { team: '@acme/risk-ml', maintainers: ['@alice'] },
    riskTier: 'high',
    artifact: {
      uri: `s3://models/fraud/${version}/model.bst`,
      digest: `sha256:${'a'.repeat(64)}`,
      framework: { name: 'xgboost' },
    },
    datasets: [{ name: 'eval', role: 'evaluation', uri: `s3://data/eval/${version}` }],
    metrics: { values: [{ name: 'auc', value: auc }] },
    evaluation: {
      gates: [
        { metric: 'auc', greaterIsBetter: true, threshold: 0.95 },
        { metric: 'p95_ms', greaterIsBetter: false, maxRelativeRegression: 0.1, severity: 'warning' },
      ],
    },
    ...overrides,
  }
}

/** A report as `modelgate diff` builds it: real snapshots, diffed and gated by core. */
function builtReport(): DiffReport {
  const file = 'models/fraud/model.yaml'
  const base = snapshotModel(file, manifest('1.2.0', 0.9), { p95_ms: 20, stage: 'rc', calibrated: true })
  const head = snapshotModel(file, manifest('1.3.0', 0.93, { riskTier: 'critical' }), {
    p95_ms: 25,
    stage: 'ga',
    f1: 0.8,
  })
  return diffReport({
    base: { ref: 'main', sha: 'abcdef0123456789abcdef0123456789abcdef01' },
    head: { ref: 'refs/pull/7/merge' },
    models: [diffModel(base, head), diffModel(undefined, head), diffModel(base, undefined)],
    problems: [unreadable({ hint: 'put the value in quotes' })],
  })
}

/** The built report as JSON, changed by `edit`. */
function edited(edit: (report: any) => void): string {
  const report: any = JSON.parse(JSON.stringify(builtReport()))
  edit(report)
  return JSON.stringify(report)
}

const refused = (message: string, path = '', line = 1, column = 1, hint = HINT) => ({
  file: FILE,
  line,
  column,
  path,
  rule: 'diff-report',
  severity: 'error',
  message,
  hint,
})

describe('checkDiffReport', () => {
  it('accepts a report built by diffModel after a JSON round trip', () => {
    const report = builtReport()
    expect(report.models[0]!.verdict?.results).toHaveLength(2) // the schema sees gate results and checks
    const { report: checked, problems } = checkDiffReport(JSON.stringify(report, null, 2), FILE)
    expect(problems).toEqual([])
    expect(checked).toEqual(report)
  })

  it('accepts an empty report', () => {
    const text = '{"schemaVersion":1,"base":{"ref":"main"},"head":{"ref":"x"},"models":[],"problems":[]}'
    expect(checkDiffReport(text, FILE)).toEqual({
      report: { schemaVersion: 1, base: { ref: 'main' }, head: { ref: 'x' }, models: [], problems: [] },
      problems: [],
    })
  })

  it.each([
    {
      name: 'an oversized file, before parsing it',
      text: `{${' '.repeat(100)}`,
      maxBytes: 100,
      problem: refused('is over 100 bytes, the most a diff report may have'),
    },
    {
      name: 'a file that is oversized only in UTF-8 bytes',
      text: `"${'é'.repeat(40)}"`,
      maxBytes: 81,
      problem: refused('is over 81 bytes, the most a diff report may have'),
    },
    {
      name: 'invalid JSON, at its position',
      text: '{\n  "schemaVersion": 1,\n  "models": [1 2]\n}',
      problem: refused('is not valid JSON', '', 3, 16),
    },
    {
      name: 'a schemaVersion from another modelgate',
      text: edited((r) => (r.schemaVersion = 2)),
      problem: refused(
        'schemaVersion: 2 is not supported; this modelgate reads schemaVersion 1',
        'schemaVersion',
        1,
        1,
        `${HINT}: the job that wrote the report and the job that reads it must use one modelgate version`,
      ),
    },
    {
      name: 'a missing schemaVersion',
      text: edited((r) => delete r.schemaVersion),
      problem: refused(
        'schemaVersion is missing; this modelgate reads schemaVersion 1',
        'schemaVersion',
        1,
        1,
        `${HINT}: the job that wrote the report and the job that reads it must use one modelgate version`,
      ),
    },
    {
      name: 'a document that is not an object',
      text: '[1, 2]',
      problem: refused('must be object'),
    },
    {
      name: 'an extra key',
      text: edited((r) => (r.models[1].comment = 'hi')),
      problem: refused(
        'models[1]: unknown key "comment"; allowed keys here: model, file, status, fields, metrics, evaluation, verdict',
        'models[1]',
      ),
    },
    {
      name: 'a __proto__ key at the top',
      text: edited((r) => r).replace(/^\{/, '{"__proto__":{"polluted":true},'),
      problem: refused(
        'unknown key "__proto__"; allowed keys here: schemaVersion, base, head, models, problems',
      ),
    },
    {
      name: 'a __proto__ key deep inside',
      text: edited((r) => r).replace(
        '"metric":"auc","passed"',
        '"metric":"auc","__proto__":{"x":1},"passed"',
      ),
      problem: refused(
        'models[0].verdict.results[0]: unknown key "__proto__"; allowed keys here: metric, passed, severity, candidate, baseline, reasons, checks',
        'models[0].verdict.results[0]',
      ),
    },
    {
      name: 'a metric name that is not text',
      text: edited((r) => (r.models[0].metrics[0].metric = 3)),
      problem: refused('models[0].metrics[0].metric: must be string', 'models[0].metrics[0].metric'),
    },
    {
      name: 'a metric value that is an object',
      text: edited((r) => (r.models[0].metrics[1].head = { x: 1 })),
      problem: refused(
        'models[0].metrics[1].head: must be a number, string, boolean or null',
        'models[0].metrics[1].head',
      ),
    },
    {
      name: 'an unknown status',
      text: edited((r) => (r.models[2].status = 'deleted')),
      problem: refused(
        'models[2].status: "deleted" is not one of: added, removed, modified, unchanged',
        'models[2].status',
      ),
    },
    {
      name: 'a field that modelgate does not diff',
      text: edited((r) => (r.models[0].fields[0].field = 'metadata.description')),
      problem: refused(
        'models[0].fields[0].field: must match pattern "^(version|artifact\\.uri|artifact\\.digest|riskTier|owners|gates|datasets\\..+)$"',
        'models[0].fields[0].field',
      ),
    },
    {
      name: 'a missing gate reason list',
      text: edited((r) => delete r.models[0].verdict.results[1].reasons),
      problem: refused(
        'models[0].verdict.results[1]: missing required key "reasons"',
        'models[0].verdict.results[1]',
      ),
    },
    {
      name: 'an overlong problem message',
      text: edited((r) => (r.problems[0].message = 'x'.repeat(1001))),
      problem: refused('problems[0].message: must NOT have more than 1000 characters', 'problems[0].message'),
    },
  ])('refuses $name', ({ text, maxBytes, problem }) => {
    expect(checkDiffReport(text, FILE, maxBytes)).toEqual({ problems: [problem] })
  })

  it('leaves Object.prototype alone and returns no report for a __proto__ key', () => {
    const result = checkDiffReport(edited((r) => r).replace(/^\{/, '{"__proto__":{"polluted":true},'), FILE)
    expect(result.report).toBeUndefined()
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('reports at most 20 problems, then how many more', () => {
    const text = edited((r) => {
      r.models = Array.from({ length: 30 }, () => ({ ...r.models[0], status: 'gone' }))
    })
    const { problems } = checkDiffReport(text, FILE)
    expect(problems).toHaveLength(21)
    expect(problems[19]?.path).toBe('models[19].status')
    expect(problems[20]).toEqual(refused('and 10 more problems like these'))
  })
})

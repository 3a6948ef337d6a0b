import { describe, expect, it } from 'vitest'
import type { ModelChange } from '../../../core/diff/diff-model.js'
import { diffModel } from '../../../core/diff/diff-model.js'
import type { Gate, ModelManifest } from '../../../core/manifest/manifest.js'
import type { MetricReading } from '../../../core/metrics/flatten-metrics.js'
import type { ModelSnapshot } from '../../../core/model/model-snapshot.js'
import { snapshotModel } from '../../../core/model/model-snapshot.js'

const FILE = 'models/fraud-detector/model.yaml'
const DIGEST = `sha256:${'a'.repeat(64)}`
/** The base manifest's one gate. */
const AUC_GATE: Gate = { metric: 'auc', greaterIsBetter: true, threshold: 0.85, maxAbsoluteRegression: 0.01 }
const AUC_GATE_TEXT = 'auc (higher is better): threshold 0.85, maxAbsoluteRegression 0.01'

function baseManifest(): ModelManifest {
  return {
    apiVersion: 'modelgate.dev/v1',
    kind: 'ModelManifest',
    metadata: { name: 'fraud-detector', version: '1.4.0', description: 'Fraud scorer.' },
    owners: { team: 'risk-ml', maintainers: ['@ana-ortiz'] },
    riskTier: 'high',
    artifact: { uri: 's3://models/fraud/1.4.0/', digest: DIGEST, framework: { name: 'xgboost' } },
    datasets: [{ name: 'cards-q3', role: 'train', uri: 's3://data/cards/q3/', digest: DIGEST }],
    metrics: {
      values: [
        { name: 'auc', value: 0.9 },
        { name: 'p95_ms', value: 20, greaterIsBetter: false },
      ],
    },
    evaluation: {
      gates: [{ ...AUC_GATE }],
    },
  }
}

/** A snapshot of the base manifest with `change` applied (and extra metrics as from a metrics file). */
function snapshot(
  change: (manifest: ModelManifest) => void = () => {},
  fileMetrics: Record<string, MetricReading> = {},
): ModelSnapshot {
  const manifest = baseManifest()
  change(manifest)
  return snapshotModel(FILE, manifest, fileMetrics)
}

const setGates = (gates: Gate[]) => (m: ModelManifest) => {
  m.evaluation = { gates }
}

interface Case {
  name: string
  /** Default: {@link snapshot} unchanged. */
  base?: ModelSnapshot
  head: ModelSnapshot
  status: ModelChange['status']
  fields: ModelChange['fields']
}

const cases: Case[] = [
  { name: 'nothing changed', head: snapshot(), status: 'unchanged', fields: [] },
  {
    name: 'a version bump',
    head: snapshot((m) => (m.metadata.version = '1.5.0')),
    status: 'modified',
    fields: [{ field: 'version', base: '1.4.0', head: '1.5.0' }],
  },
  {
    name: 'a description alone is not a reviewed field',
    head: snapshot((m) => (m.metadata.description = 'New words.')),
    status: 'unchanged',
    fields: [],
  },
  {
    name: 'a metric moved: modified without field changes',
    head: snapshot((m) => (m.metrics!.values![0]!.value = 0.91)),
    status: 'modified',
    fields: [],
  },
  {
    name: 'artifact uri and digest',
    head: snapshot((m) => {
      m.artifact.uri = 's3://models/fraud/1.5.0/'
      m.artifact.digest = `sha256:${'b'.repeat(64)}`
    }),
    status: 'modified',
    fields: [
      { field: 'artifact.uri', base: 's3://models/fraud/1.4.0/', head: 's3://models/fraud/1.5.0/' },
      { field: 'artifact.digest', base: DIGEST, head: `sha256:${'b'.repeat(64)}` },
    ],
  },
  {
    name: 'risk tier and owners',
    head: snapshot((m) => {
      m.riskTier = 'low'
      m.owners = { team: 'growth', maintainers: ['@ana-ortiz', '@li-na'] }
    }),
    status: 'modified',
    fields: [
      { field: 'riskTier', base: 'high', head: 'low' },
      { field: 'owners', base: 'risk-ml, @ana-ortiz', head: 'growth, @ana-ortiz, @li-na' },
    ],
  },
  {
    name: 'datasets matched by name: one repointed, one added, one removed',
    head: snapshot((m) => {
      m.datasets = [
        { name: 'cards-q4', role: 'evaluation', uri: 's3://data/cards/q4/', version: '2' },
        { name: 'cards-q3', role: 'train', uri: 's3://data/cards/q3-fixed/', digest: DIGEST },
      ]
    }),
    status: 'modified',
    fields: [
      {
        field: 'datasets.cards-q3',
        base: `train s3://data/cards/q3/ ${DIGEST}`,
        head: `train s3://data/cards/q3-fixed/ ${DIGEST}`,
      },
      { field: 'datasets.cards-q4', base: null, head: 'evaluation s3://data/cards/q4/ 2' },
    ],
  },
  {
    name: 'a loosened gate shows',
    head: snapshot(setGates([{ ...AUC_GATE, threshold: 0.8 }])),
    status: 'modified',
    fields: [
      {
        field: 'gates',
        base: AUC_GATE_TEXT,
        head: 'auc (higher is better): threshold 0.8, maxAbsoluteRegression 0.01',
      },
    ],
  },
  {
    name: 'a gate turned into a warning, and a gate removed entirely',
    head: snapshot(setGates([{ ...AUC_GATE, severity: 'warning' }])),
    status: 'modified',
    fields: [
      {
        field: 'gates',
        base: AUC_GATE_TEXT,
        head: 'auc (higher is better, warning): threshold 0.85, maxAbsoluteRegression 0.01',
      },
    ],
  },
  {
    name: 'the same gate with its keys in another order is not a change',
    head: snapshot(
      setGates([{ maxAbsoluteRegression: 0.01, threshold: 0.85, greaterIsBetter: true, metric: 'auc' }]),
    ),
    status: 'unchanged',
    fields: [],
  },
  {
    name: 'an x- note on a gate is not a change',
    head: snapshot(setGates([{ ...AUC_GATE, ...{ 'x-reason': 'agreed with risk' } }])),
    status: 'unchanged',
    fields: [],
  },
  {
    name: 'a text metric that changed',
    base: snapshot(() => {}, { device: 'cpu' }),
    head: snapshot(() => {}, { device: 'gpu' }),
    status: 'modified',
    fields: [],
  },
]

describe('diffModel: status and reviewed fields', () => {
  it.each(cases)('$name', ({ base = snapshot(), head, status, fields }) => {
    const change = diffModel(base, head)
    expect(change.status).toBe(status)
    expect(change.fields).toEqual(fields)
    expect(change.model).toBe('fraud-detector')
    expect(change.file).toBe(FILE)
  })
})

describe('diffModel: metrics and verdict', () => {
  it('rows read with the direction the manifest gives, and the verdict judges head against base', () => {
    const head = snapshot((m) => {
      m.metrics!.values = [
        { name: 'auc', value: 0.88 },
        { name: 'p95_ms', value: 25, greaterIsBetter: false },
      ]
    })
    const change = diffModel(snapshot(), head)
    expect(change.metrics).toEqual([
      {
        metric: 'auc',
        base: 0.9,
        head: 0.88,
        delta: expect.closeTo(-0.02, 9) as number,
        deltaPercent: expect.closeTo(-2.2222, 3) as number,
        movement: 'worse',
      },
      { metric: 'p95_ms', base: 20, head: 25, delta: 5, deltaPercent: 25, movement: 'worse' },
    ])
    expect(change.verdict).toEqual({
      passed: false,
      results: [
        expect.objectContaining({
          metric: 'auc',
          passed: false,
          reasons: ['auc 0.88 regresses by 0.02 from the baseline 0.9; beyond the allowed 0.01'],
        }),
      ],
    })
  })

  it('an added model: every field added, metrics added, gates judged with no baseline', () => {
    const change = diffModel(undefined, snapshot())
    expect(change.status).toBe('added')
    expect(change.fields.map((f) => [f.field, f.base])).toEqual([
      ['version', null],
      ['artifact.uri', null],
      ['artifact.digest', null],
      ['riskTier', null],
      ['owners', null],
      ['gates', null],
      ['datasets.cards-q3', null],
    ])
    expect(change.metrics.map((row) => row.movement)).toEqual(['added', 'added'])
    expect(change.verdict?.results[0]?.reasons).toEqual([
      'maxAbsoluteRegression cannot be checked: there is no baseline',
    ])
  })

  it('a removed model: every field removed, no verdict', () => {
    const change = diffModel(snapshot(), undefined)
    expect(change.status).toBe('removed')
    expect(change.fields.every((f) => f.head === null && f.base !== null)).toBe(true)
    expect(change.metrics.map((row) => row.movement)).toEqual(['removed', 'removed'])
    expect(change).not.toHaveProperty('verdict')
  })

  it('a model without gates has no verdict', () => {
    const change = diffModel(snapshot(setGates([])), snapshot(setGates([])))
    expect(change).not.toHaveProperty('verdict')
  })

  it('a metric named like an Object method is read as a metric on both sides', () => {
    const change = diffModel(
      snapshot(() => {}, { toString: 1 }),
      snapshot(() => {}, { toString: 2, constructor: 3 }),
    )
    expect(change.metrics.filter((row) => ['toString', 'constructor'].includes(row.metric))).toEqual([
      { metric: 'constructor', base: null, head: 3, delta: null, deltaPercent: null, movement: 'added' },
      { metric: 'toString', base: 1, head: 2, delta: 1, deltaPercent: 100, movement: 'better' },
    ])
  })
})

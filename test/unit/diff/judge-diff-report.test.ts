import { describe, expect, it } from 'vitest'
import { diffModel } from '../../../core/diff/diff-model.js'
import type { ModelChange } from '../../../core/diff/diff-model.js'
import { judgeDiffReport } from '../../../core/diff/judge-diff-report.js'
import type { ModelManifest } from '../../../core/manifest/manifest.js'
import { snapshotModel } from '../../../core/model/model-snapshot.js'
import { diffReport } from './diff-fixtures.js'

const manifest = (auc: number): ModelManifest => ({
  apiVersion: 'modelgate.dev/v1',
  kind: 'ModelManifest',
  metadata: { name: 'fraud', version: '1.0.0' },
  owners: { team: '@acme/ml', maintainers: ['@ana'] },
  riskTier: 'high',
  artifact: { uri: 's3://m/1', digest: `sha256:${'a'.repeat(64)}`, framework: { name: 'xgboost' } },
  metrics: { values: [{ name: 'auc', value: auc }] },
  evaluation: {
    gates: [{ metric: 'auc', greaterIsBetter: true, maxAbsoluteRegression: 0.01, 'x-note': 'n' } as never],
  },
})

/** A regression (auc 0.95 → 0.90) as diffModel judges it: failed. */
const regression = (): ModelChange =>
  diffModel(snapshotModel('m.yaml', manifest(0.95)), snapshotModel('m.yaml', manifest(0.9)))

describe('judgeDiffReport', () => {
  it('carries the gates without x- keys, and judges an honest report as diffModel did', () => {
    const honest = regression()
    expect(honest.evaluation).toEqual({
      gates: [{ metric: 'auc', greaterIsBetter: true, maxAbsoluteRegression: 0.01 }],
      onMissingBaseline: 'fail',
    })
    expect(judgeDiffReport(diffReport({ models: [honest] })).models[0]).toEqual(honest)
  })

  it.each<[string, (model: ModelChange) => void]>([
    ['a verdict that says passed', (m) => (m.verdict = { passed: true, results: [] })],
    ['no verdict at all', (m) => delete m.verdict],
    ['the regression called better', (m) => (m.metrics[0]!.movement = 'better')],
  ])('judges the numbers again over %s', (_, forge) => {
    const forged = regression()
    forge(forged)
    const [judged] = judgeDiffReport(diffReport({ models: [forged] })).models
    expect(judged).toEqual(regression())
    expect(judged!.verdict!.passed).toBe(false)
  })

  it('gives a model without gates no verdict, whatever the file says', () => {
    const forged = { ...regression(), evaluation: undefined }
    delete forged.evaluation
    expect(judgeDiffReport(diffReport({ models: [forged] })).models[0]!.verdict).toBeUndefined()
  })
})

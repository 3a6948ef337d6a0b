import { describe, expect, it } from 'vitest'
import type { ModelManifest } from '../../../core/index.js'
import { gateModel, modelUnchanged, snapshotModel } from '../../../core/index.js'
import { baseManifest } from '../../support/manifests.js'

const FILE = 'models/fraud-detector/model.yaml'
const manifest = (auc = 0.94): ModelManifest => {
  const m = baseManifest()
  m.metrics = { values: [{ name: 'auc', value: auc }] }
  m.evaluation = {
    gates: [{ metric: 'auc', greaterIsBetter: true, threshold: 0.95, minRelativeChange: 0.01 }],
  }
  return m as ModelManifest
}

describe('modelUnchanged and gateModel(…, unchanged)', () => {
  it.each([
    {
      name: 'same manifest, same metrics',
      head: snapshotModel(FILE, manifest()),
      base: snapshotModel(FILE, manifest()),
      unchanged: true,
    },
    {
      name: 'a metric moved',
      head: snapshotModel(FILE, manifest(0.96)),
      base: snapshotModel(FILE, manifest()),
      unchanged: false,
    },
    {
      name: 'only the metrics file moved',
      head: snapshotModel(FILE, manifest(), { f1: 0.8 }),
      base: snapshotModel(FILE, manifest(), { f1: 0.7 }),
      unchanged: false,
    },
    {
      name: 'no baseline (a new model)',
      head: snapshotModel(FILE, manifest()),
      base: undefined,
      unchanged: false,
    },
  ])('$name → unchanged: $unchanged', ({ head, base, unchanged }) => {
    expect(modelUnchanged(head, base)).toBe(unchanged)
  })

  it('an unchanged model skips its change checks and still fails its threshold', () => {
    const candidate = snapshotModel(FILE, manifest())
    const verdict = gateModel(candidate, candidate.metrics, true)
    expect(verdict.passed).toBe(false)
    expect(verdict.results[0]!.checks.map((c) => [c.check, c.passed, c.message])).toEqual([
      ['threshold', false, 'auc 0.94 is below the threshold 0.95'],
      ['minRelativeChange', true, 'minRelativeChange skipped: the model is unchanged against the baseline'],
    ])
  })
})

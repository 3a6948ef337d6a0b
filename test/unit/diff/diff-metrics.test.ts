import { describe, expect, it } from 'vitest'
import { diffMetrics } from '../../../core/diff/diff-metrics.js'

describe('diffMetrics', () => {
  it('gives every metric on either side, by name, with delta, percentage and direction', () => {
    const rows = diffMetrics(
      { auc: 0.9, p95_ms: 20, old: 1, zero: 0, stage: 'rc' },
      { auc: 0.93, p95_ms: 25, new: 2, zero: 0.5, stage: 'ga' },
      { p95_ms: false },
    )
    expect(
      rows.map((r) => [
        r.metric,
        r.movement,
        r.delta === null ? null : Number(r.delta.toFixed(6)),
        r.deltaPercent === null ? null : Number(r.deltaPercent.toFixed(4)),
      ]),
    ).toEqual([
      ['auc', 'better', 0.03, 3.3333],
      ['new', 'added', null, null],
      ['old', 'removed', null, null],
      ['p95_ms', 'worse', 5, 25],
      ['stage', 'changed', null, null],
      ['zero', 'better', 0.5, null],
    ])
  })

  it('marks equal values unchanged, numbers and text alike', () => {
    expect(diffMetrics({ auc: 0.9, note: 'x' }, { auc: 0.9, note: 'x' }).map((r) => r.movement)).toEqual([
      'unchanged',
      'unchanged',
    ])
  })
})

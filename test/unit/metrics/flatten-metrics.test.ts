import { describe, expect, it } from 'vitest'
import { flattenMetrics } from '../../../core/metrics/flatten-metrics.js'

describe('flattenMetrics', () => {
  it('joins nested keys with dots, as DVC does, keeping text and booleans for display', () => {
    expect(
      flattenMetrics({ test: { gini: 0.61, ks: 0.47 }, fairness: { ratio: 0.91, ok: true }, note: 'v2' }),
    ).toEqual({
      ok: true,
      metrics: {
        'test.gini': 0.61,
        'test.ks': 0.47,
        'fairness.ratio': 0.91,
        'fairness.ok': true,
        note: 'v2',
      },
    })
  })

  it.each([
    [
      'a list',
      { test: { scores: [0.9, 0.8] } },
      'test.scores',
      'test.scores is a list; metrics must be single values (use nested keys instead)',
    ],
    ['a null', { test: { auc: null } }, 'test.auc', 'test.auc is null; give it a value or remove it'],
    ['a document that is not a map', [1, 2], '', 'a metrics file is a map of metric names to values'],
  ])('refuses %s, naming the key', (_, document, path, message) => {
    expect(flattenMetrics(document)).toEqual({
      ok: false,
      path,
      keyPath: path ? path.split('.') : [],
      message,
    })
  })
})

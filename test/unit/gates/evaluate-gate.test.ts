import { describe, expect, it } from 'vitest'
import type { Gate } from '../../../core/manifest/manifest.js'
import { evaluateGate, formatNumber } from '../../../core/gates/evaluate-gate.js'
import { evaluateGates } from '../../../core/gates/evaluate-gates.js'

const up = (checks: Partial<Gate>): Gate => ({ metric: 'auc', greaterIsBetter: true, ...checks })
const down = (checks: Partial<Gate>): Gate => ({ metric: 'p95_ms', greaterIsBetter: false, ...checks })

interface Case {
  name: string
  gate: Gate
  candidate: number | string | undefined
  baseline?: number | string
  onMissing?: 'fail' | 'threshold-only'
  passed: boolean
  reasons: string[]
}

const cases: Case[] = [
  {
    name: 'threshold is inclusive',
    gate: up({ threshold: 0.85 }),
    candidate: 0.85,
    passed: true,
    reasons: [],
  },
  {
    name: 'below the threshold fails',
    gate: up({ threshold: 0.85 }),
    candidate: 0.849,
    passed: false,
    reasons: ['auc 0.849 is below the threshold 0.85'],
  },
  {
    name: 'a candidate just below the threshold shows the digits that differ',
    gate: up({ threshold: 0.85 }),
    candidate: 0.8499999,
    passed: false,
    reasons: ['auc 0.8499999 is below the threshold 0.85'],
  },
  {
    name: 'a candidate just below the baseline shows the digits that differ',
    gate: up({ maxAbsoluteRegression: 0 }),
    candidate: 0.91999999,
    baseline: 0.92,
    passed: false,
    reasons: ['auc 0.91999999 regresses by 1e-8 from the baseline 0.92; beyond the allowed 0'],
  },
  {
    name: 'lower-is-better threshold',
    gate: down({ threshold: 25 }),
    candidate: 30,
    passed: false,
    reasons: ['p95_ms 30 is above the threshold 25'],
  },
  {
    name: 'lower-is-better threshold met',
    gate: down({ threshold: 25 }),
    candidate: 25,
    passed: true,
    reasons: [],
  },
  {
    name: '0.80 + 0.05 passes a candidate of 0.85 (floating-point tolerance)',
    gate: up({ minAbsoluteChange: 0.05 }),
    candidate: 0.85,
    baseline: 0.8,
    passed: true,
    reasons: [],
  },
  {
    name: 'minAbsoluteChange not met',
    gate: up({ minAbsoluteChange: 0.02 }),
    candidate: 0.91,
    baseline: 0.9,
    passed: false,
    reasons: ['auc 0.91 is 0.01 above the baseline 0.9; needs an improvement of at least 0.02'],
  },
  {
    name: 'minRelativeChange is relative to |baseline|',
    gate: up({ minRelativeChange: 0.02 }),
    candidate: -0.98,
    baseline: -1,
    passed: true,
    reasons: [],
  },
  {
    name: 'minRelativeChange not met',
    gate: up({ minRelativeChange: 0.05 }),
    candidate: 0.93,
    baseline: 0.9,
    passed: false,
    reasons: ['auc 0.93 is 3.33333% above the baseline 0.9; needs an improvement of at least 5%'],
  },
  {
    name: 'a zero baseline with a relative change needs a strict improvement',
    gate: up({ minRelativeChange: 0.1 }),
    candidate: 0,
    baseline: 0,
    passed: false,
    reasons: ['auc 0 does not improve on the baseline 0; needs a strict improvement on a zero baseline'],
  },
  {
    name: 'a zero baseline is beaten by any improvement',
    gate: up({ minRelativeChange: 0.1 }),
    candidate: 0.001,
    baseline: 0,
    passed: true,
    reasons: [],
  },
  {
    name: 'non-inferiority: may regress by at most the allowed amount',
    gate: up({ maxAbsoluteRegression: 0.005 }),
    candidate: 0.944,
    baseline: 0.947,
    passed: true,
    reasons: [],
  },
  {
    name: 'non-inferiority: a larger regression fails',
    gate: up({ maxAbsoluteRegression: 0.005 }),
    candidate: 0.94,
    baseline: 0.947,
    passed: false,
    reasons: ['auc 0.94 regresses by 0.007 from the baseline 0.947; beyond the allowed 0.005'],
  },
  {
    name: 'relative non-inferiority on a lower-is-better metric',
    gate: down({ maxRelativeRegression: 0.1 }),
    candidate: 23,
    baseline: 20,
    passed: false,
    reasons: ['p95_ms 23 regresses by 15% from the baseline 20; beyond the allowed 10%'],
  },
  {
    name: 'NaN fails',
    gate: up({ threshold: 0.5 }),
    candidate: NaN,
    passed: false,
    reasons: ['auc is NaN, which cannot pass a gate'],
  },
  {
    name: 'Infinity fails',
    gate: down({ threshold: 5 }),
    candidate: -Infinity,
    passed: false,
    reasons: ['p95_ms is -Infinity, which cannot pass a gate'],
  },
  {
    name: 'a missing candidate metric fails',
    gate: up({ threshold: 0.5 }),
    candidate: undefined,
    passed: false,
    reasons: ["auc is missing from the candidate's metrics"],
  },
  {
    name: 'a non-numeric candidate fails',
    gate: up({ threshold: 0.5 }),
    candidate: 'n/a',
    passed: false,
    reasons: ['auc is "n/a", not a number'],
  },
  {
    name: 'a change check without a baseline fails by default',
    gate: up({ threshold: 0.9, minAbsoluteChange: 0.01 }),
    candidate: 0.95,
    passed: false,
    reasons: ['minAbsoluteChange cannot be checked: there is no baseline'],
  },
  {
    name: 'threshold-only skips change checks when there is no baseline',
    gate: up({ threshold: 0.9, minAbsoluteChange: 0.01 }),
    candidate: 0.95,
    onMissing: 'threshold-only',
    passed: true,
    reasons: [],
  },
  {
    name: 'all failures are reported together, in the fixed order',
    gate: up({
      maxRelativeRegression: 0.01,
      threshold: 0.95,
      minAbsoluteChange: 0.01,
      maxAbsoluteRegression: 0.001,
      minRelativeChange: 0.01,
    }),
    candidate: 0.9,
    baseline: 0.92,
    passed: false,
    reasons: [
      'auc 0.9 is below the threshold 0.95',
      'auc 0.9 is 0.02 below the baseline 0.92; needs an improvement of at least 0.01',
      'auc 0.9 is 2.17391% below the baseline 0.92; needs an improvement of at least 1%',
      'auc 0.9 regresses by 0.02 from the baseline 0.92; beyond the allowed 0.001',
      'auc 0.9 regresses by 2.17391% from the baseline 0.92; beyond the allowed 1%',
    ],
  },
]

describe('evaluateGate', () => {
  it.each(cases)('$name', ({ gate, candidate, baseline, onMissing, passed, reasons }) => {
    const result = evaluateGate(gate, candidate, baseline, onMissing)
    expect(result.reasons).toEqual(reasons)
    expect(result.passed).toBe(passed)
  })

  it('explains passing checks too, for the report', () => {
    expect(evaluateGate(up({ threshold: 0.9 }), 0.947, undefined).checks).toEqual([
      { check: 'threshold', passed: true, message: 'auc 0.947 meets the threshold 0.9' },
    ])
  })

  it('formats numbers without floating-point noise', () => {
    expect([
      formatNumber(0.1 + 0.2),
      formatNumber(1 / 3),
      formatNumber(1e-7),
      formatNumber(123456789),
    ]).toEqual(['0.3', '0.333333', '1e-7', '123457000'])
  })
})

describe('evaluateGates', () => {
  it('fails on a blocking gate, not on a warning gate', () => {
    const gates: Gate[] = [
      up({ threshold: 0.9 }),
      { metric: 'f1', greaterIsBetter: true, threshold: 0.9, severity: 'warning' },
    ]
    const warningOnly = evaluateGates(gates, { auc: 0.95, f1: 0.5 }, undefined)
    expect([warningOnly.passed, warningOnly.results.map((r) => [r.metric, r.passed, r.severity])]).toEqual([
      true,
      [
        ['auc', true, 'blocking'],
        ['f1', false, 'warning'],
      ],
    ])
    expect(evaluateGates(gates, { auc: 0.5, f1: 0.95 }, undefined).passed).toBe(false)
  })

  it('reads the baseline per metric', () => {
    const verdict = evaluateGates([up({ maxAbsoluteRegression: 0.01 })], { auc: 0.9 }, { auc: 0.95 })
    expect(verdict.results[0]).toMatchObject({ candidate: 0.9, baseline: 0.95, passed: false })
  })
})

import type { Gate } from '../manifest/manifest.js'
import type { MetricReading } from '../metrics/flatten-metrics.js'
import type { GateResult, OnMissingBaseline } from './evaluate-gate.js'
import { evaluateGate } from './evaluate-gate.js'

export interface GateVerdict {
  /** No blocking gate failed (warning gates report but do not fail). */
  passed: boolean
  results: GateResult[]
}

/**
 * Judges a candidate's metrics against every gate, in the order the gates are declared. The
 * baseline is the same model's metrics at the base revision or in the target environment;
 * `undefined` when there is none (a first version). `unchanged`: the model is the same as its
 * baseline, so change checks are skipped (see `evaluateGate`).
 */
export function evaluateGates(
  gates: readonly Gate[],
  candidate: Readonly<Record<string, MetricReading>>,
  baseline: Readonly<Record<string, MetricReading>> | undefined,
  onMissing: OnMissingBaseline = 'fail',
  unchanged = false,
): GateVerdict {
  const results = gates.map((gate) =>
    evaluateGate(gate, candidate[gate.metric], baseline?.[gate.metric], onMissing, unchanged),
  )
  return { passed: results.every((result) => result.passed || result.severity === 'warning'), results }
}

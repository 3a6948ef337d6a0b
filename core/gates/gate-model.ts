import type { MetricReading } from '../metrics/flatten-metrics.js'
import type { ModelSnapshot } from '../model/model-snapshot.js'
import type { GateVerdict } from './evaluate-gates.js'
import { evaluateGates } from './evaluate-gates.js'

/**
 * Judges a model's candidate metrics against its own gates (from the candidate manifest: the
 * change under review declares how it is judged, and a loosened gate shows in the diff) and the
 * baseline's metrics, honouring `evaluation.baseline.onMissing`.
 */
export function gateModel(
  candidate: ModelSnapshot,
  baseline: Readonly<Record<string, MetricReading>> | undefined,
): GateVerdict {
  const { evaluation } = candidate.manifest
  return evaluateGates(
    evaluation?.gates ?? [],
    candidate.metrics,
    baseline,
    evaluation?.baseline?.onMissing ?? 'fail',
  )
}

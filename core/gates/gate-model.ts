import type { MetricReading } from '../metrics/flatten-metrics.js'
import { sameValue } from '../manifest/rules.js'
import type { ModelSnapshot } from '../model/model-snapshot.js'
import type { GateVerdict } from './evaluate-gates.js'
import { evaluateGates } from './evaluate-gates.js'

/**
 * Judges a model's candidate metrics against its own gates (from the candidate manifest: the
 * change under review declares how it is judged, and a loosened gate shows in the diff) and the
 * baseline's metrics, honouring `evaluation.baseline.onMissing`. A model `unchanged` against its
 * baseline (see {@link modelUnchanged}) is judged by its thresholds only.
 */
export function gateModel(
  candidate: ModelSnapshot,
  baseline: Readonly<Record<string, MetricReading>> | undefined,
  unchanged = false,
): GateVerdict {
  const { evaluation } = candidate.manifest
  return evaluateGates(
    evaluation?.gates ?? [],
    candidate.metrics,
    baseline,
    evaluation?.baseline?.onMissing ?? 'fail',
    unchanged,
  )
}

/**
 * The model is the same at the baseline revision: same manifest, same metrics (inline and from
 * its metrics file). A push or merge group that did not touch it must not fail its change gates.
 */
export function modelUnchanged(candidate: ModelSnapshot, baseline: ModelSnapshot | undefined): boolean {
  return (
    baseline !== undefined &&
    sameValue(candidate.manifest, baseline.manifest) &&
    sameValue({ ...candidate.metrics }, { ...baseline.metrics })
  )
}

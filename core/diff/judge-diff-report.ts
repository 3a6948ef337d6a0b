import { evaluateGates } from '../gates/evaluate-gates.js'
import type { MetricReading } from '../metrics/flatten-metrics.js'
import type { MetricRow } from './diff-metrics.js'
import { diffMetrics } from './diff-metrics.js'
import type { ModelChange } from './diff-model.js'
import type { DiffReport } from './diff-report.js'

/**
 * Judges a diff report again from its numbers, for a report that comes from a job a fork controls:
 * every verdict in the file is dropped, and each model's verdict is recomputed with the core gate
 * engine from its metrics (head against base) and the gates it carries in `evaluation`; each
 * metric row's delta, percentage and movement are recomputed from its two readings. A model with
 * no gates has no verdict. What this cannot do is check the numbers and gates themselves against
 * the repository: the rendered verdict always agrees with the numbers shown, never with a claim.
 * @example judgeDiffReport(untrusted).models[0]?.verdict?.passed // from the numbers, not the file
 */
export function judgeDiffReport(report: DiffReport): DiffReport {
  return { ...report, models: report.models.map(judgeModel) }
}

function judgeModel(claimed: ModelChange): ModelChange {
  const { verdict: _ignored, ...model } = claimed
  const base = readings(claimed.metrics, 'base')
  const head = readings(claimed.metrics, 'head')
  const directions = Object.assign(
    Object.create(null) as Record<string, boolean>,
    claimedDirections(claimed.metrics),
  )
  for (const gate of claimed.evaluation?.gates ?? []) directions[gate.metric] = gate.greaterIsBetter
  const metrics = diffMetrics(base, head, directions)
  const gates = claimed.evaluation?.gates ?? []
  if (gates.length === 0) return { ...model, metrics }
  // A model that is new has no baseline, as when diffModel judged it.
  const baseline = claimed.status === 'added' ? undefined : base
  return {
    ...model,
    metrics,
    verdict: evaluateGates(gates, head, baseline, claimed.evaluation?.onMissingBaseline ?? 'fail'),
  }
}

/** One side's readings by metric, in a map without a prototype (a metric may be named `toString`). */
function readings(rows: readonly MetricRow[], side: 'base' | 'head'): Record<string, MetricReading> {
  const map = Object.create(null) as Record<string, MetricReading>
  for (const row of rows) {
    const reading = row[side]
    if (reading !== null) map[row.metric] = reading
  }
  return map
}

/**
 * The direction an ungated metric was shown with (lower is better when a fall was called
 * "better"): only cosmetic, since no verdict depends on an ungated metric.
 */
function claimedDirections(rows: readonly MetricRow[]): Record<string, boolean> {
  const directions: Record<string, boolean> = Object.create(null) as Record<string, boolean>
  for (const { metric, base, head, movement } of rows) {
    if (typeof base !== 'number' || typeof head !== 'number' || head === base) continue
    if (movement === 'better' || movement === 'worse')
      directions[metric] = head > base === (movement === 'better')
  }
  return directions
}

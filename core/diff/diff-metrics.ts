import type { MetricReading } from '../metrics/flatten-metrics.js'

/** How a metric moved, read with its direction (a lower latency is better). */
export type Movement = 'better' | 'worse' | 'unchanged' | 'added' | 'removed' | 'changed'

export interface MetricRow {
  metric: string
  base: MetricReading | null
  head: MetricReading | null
  /** head − base, for numbers on both sides. */
  delta: number | null
  /** delta / |base| × 100; `null` when base is 0 or not a number. */
  deltaPercent: number | null
  movement: Movement
}

/**
 * Base vs head for every metric present on either side, sorted by name, as `dvc metrics diff`
 * users expect: numbers get a delta and a percentage; added and removed metrics are marked; a
 * non-numeric value that differs is `changed`. `greaterIsBetter` (by metric, default true) decides
 * whether a move is better or worse.
 */
export function diffMetrics(
  base: Readonly<Record<string, MetricReading>>,
  head: Readonly<Record<string, MetricReading>>,
  greaterIsBetter: Readonly<Record<string, boolean>> = {},
): MetricRow[] {
  const names = [...new Set([...Object.keys(base), ...Object.keys(head)])].sort()
  return names.map((metric) => {
    const before = base[metric] ?? null
    const after = head[metric] ?? null
    const row = { metric, base: before, head: after, delta: null, deltaPercent: null }
    if (before === null) return { ...row, movement: 'added' }
    if (after === null) return { ...row, movement: 'removed' }
    if (typeof before !== 'number' || typeof after !== 'number')
      return { ...row, movement: before === after ? 'unchanged' : 'changed' }
    const delta = after - before
    const deltaPercent = before === 0 ? null : (delta / Math.abs(before)) * 100
    const improved = (greaterIsBetter[metric] ?? true) ? delta > 0 : delta < 0
    const movement: Movement = delta === 0 ? 'unchanged' : improved ? 'better' : 'worse'
    return { ...row, delta, deltaPercent, movement }
  })
}

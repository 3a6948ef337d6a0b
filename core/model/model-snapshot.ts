import type { ModelManifest } from '../manifest/manifest.js'
import type { MetricReading } from '../metrics/flatten-metrics.js'

/** One model as it is at one revision: its manifest and every metric it reports. */
export interface ModelSnapshot {
  /** `metadata.name`. */
  name: string
  /** Repository-relative path of the manifest. */
  file: string
  manifest: ModelManifest
  /** `metrics.values` and the metrics file, flattened into one map by name. */
  metrics: Record<string, MetricReading>
}

/**
 * The repository-relative path of a manifest's metrics file (`metrics.file` is relative to the
 * manifest's folder; the schema already refuses `..` and absolute paths), or `undefined`.
 * @example metricsFileOf('models/fraud/model.yaml', manifest) // 'models/fraud/eval/metrics.json'
 */
export function metricsFileOf(file: string, manifest: ModelManifest): string | undefined {
  const relative = manifest.metrics?.file
  if (relative === undefined) return undefined
  const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : ''
  return `${folder}${relative.replace(/^(\.\/)+/, '')}`.replace(/\/(\.\/)+/g, '/')
}

/**
 * The manifest's inline `metrics.values` by name (what a metrics file must agree with), in a map
 * without a prototype, so a metric named `toString` is looked up as a metric, never a method.
 */
export function inlineMetrics(manifest: ModelManifest): Record<string, number> {
  return withoutPrototype(
    Object.fromEntries((manifest.metrics?.values ?? []).map(({ name, value }) => [name, value])),
  )
}

/**
 * Builds a snapshot from a valid manifest and its parsed metrics file (if it has one); the
 * manifest's `metrics.values` win over the file (the two must agree, see `parseMetricsFile`).
 */
export function snapshotModel(
  file: string,
  manifest: ModelManifest,
  fileMetrics: Readonly<Record<string, MetricReading>> = {},
): ModelSnapshot {
  return {
    name: manifest.metadata.name,
    file,
    manifest,
    metrics: withoutPrototype({ ...fileMetrics, ...inlineMetrics(manifest) }),
  }
}

/** The same entries in an object without a prototype: `metrics[name]` then finds only metrics. */
function withoutPrototype<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries)
}

/**
 * Which way is better for each metric the manifest knows about: gates say it first, then
 * `metrics.values[].greaterIsBetter`; anything else reads as "greater is better".
 */
export function metricDirections(manifest: ModelManifest): Record<string, boolean> {
  const directions = withoutPrototype<boolean>({})
  for (const { name, greaterIsBetter } of manifest.metrics?.values ?? [])
    if (greaterIsBetter !== undefined) directions[name] = greaterIsBetter
  for (const { metric, greaterIsBetter } of manifest.evaluation?.gates ?? [])
    directions[metric] = greaterIsBetter
  return directions
}

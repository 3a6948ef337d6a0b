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

/** The manifest's inline `metrics.values` by name (what a metrics file must agree with). */
export function inlineMetrics(manifest: ModelManifest): Record<string, number> {
  return Object.fromEntries((manifest.metrics?.values ?? []).map(({ name, value }) => [name, value]))
}

/** Builds a snapshot from a valid manifest and its parsed metrics file (if it has one). */
export function snapshotModel(
  file: string,
  manifest: ModelManifest,
  fileMetrics: Readonly<Record<string, MetricReading>> = {},
): ModelSnapshot {
  return {
    name: manifest.metadata.name,
    file,
    manifest,
    metrics: { ...fileMetrics, ...inlineMetrics(manifest) },
  }
}

/**
 * Which way is better for each metric the manifest knows about: gates say it first, then
 * `metrics.values[].greaterIsBetter`; anything else reads as "greater is better".
 */
export function metricDirections(manifest: ModelManifest): Record<string, boolean> {
  const directions: Record<string, boolean> = {}
  for (const { name, greaterIsBetter } of manifest.metrics?.values ?? [])
    if (greaterIsBetter !== undefined) directions[name] = greaterIsBetter
  for (const { metric, greaterIsBetter } of manifest.evaluation?.gates ?? [])
    directions[metric] = greaterIsBetter
  return directions
}

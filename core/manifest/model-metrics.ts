import type { MetricReading } from '../metrics/flatten-metrics.js'
import { parseMetricsFile } from '../metrics/parse-metrics-file.js'
import { inlineMetrics, metricsFileOf, snapshotModel } from '../model/model-snapshot.js'
import type { Problem } from '../problem.js'
import { locateInSource } from '../yaml/locate-in-source.js'
import type { ModelManifest } from './manifest.js'

/** A model's metrics at one revision, or why they cannot be read there. */
export type ModelMetrics = { metrics: Record<string, MetricReading> } | { problems: Problem[] }

/**
 * Every metric a valid manifest reports: its `metrics.values` and, when it names one, its metrics
 * file (looked up in `files`, the files read at the same revision by repository-relative path),
 * flattened into one map. A metrics file that is absent or unusable is a located problem, never
 * an empty map: nothing is judged on half its data.
 * @example modelMetrics('models/fraud/model.yaml', source, manifest, files) // { metrics: { auc: 0.94 } }
 */
export function modelMetrics(
  file: string,
  source: Uint8Array,
  manifest: ModelManifest,
  files: ReadonlyMap<string, Uint8Array>,
): ModelMetrics {
  const metricsFile = metricsFileOf(file, manifest)
  if (metricsFile === undefined) return { metrics: snapshotModel(file, manifest).metrics }
  const metricsSource = files.get(metricsFile)
  if (!metricsSource) return { problems: [missingMetricsFile(file, source, metricsFile)] }
  const parsed = parseMetricsFile(metricsFile, metricsSource, inlineMetrics(manifest), file)
  return parsed.metrics
    ? { metrics: snapshotModel(file, manifest, parsed.metrics).metrics }
    : { problems: parsed.problems }
}

function missingMetricsFile(file: string, source: Uint8Array, metricsFile: string): Problem {
  return locateInSource(file, source, {
    path: ['metrics', 'file'],
    target: 'value',
    rule: 'metrics-file',
    severity: 'error',
    message: `metrics.file: ${metricsFile} does not exist at this revision`,
    hint: 'commit the metrics file next to the manifest, or fix metrics.file',
  })
}

import type { Finding, KeyPath, Problem } from '../problem.js'
import { preview } from '../text.js'
import { checkYamlFile } from '../yaml/check-yaml-file.js'
import type { MetricReading } from './flatten-metrics.js'
import { flattenMetrics } from './flatten-metrics.js'

export interface MetricsFileReport {
  /** The flattened metrics (a map without a prototype), when the file is usable. */
  metrics?: Record<string, MetricReading>
  problems: Problem[]
}

/**
 * The most a metrics file may hold, as the diff report schema (`schemas/diff-report.schema.json`)
 * bounds them: a report built from a bigger file would be refused by the job that renders it.
 */
export const METRICS_FILE_LIMITS = { metrics: 1000, nameLength: 200, textLength: 1000 } as const

/**
 * Reads a DVC-style metrics file (JSON or YAML; JSON is read as YAML 1.2, which it is) with the
 * same hostile-input limits as manifests, and flattens nested keys with `.`. Lists, nulls, two keys
 * that flatten to one name (`a.b` and `a: { b }`), sizes beyond {@link METRICS_FILE_LIMITS}, and a
 * value that contradicts the manifest's own `metrics.values` are located errors.
 * @param inline the manifest's `metrics.values` by name, which the file must agree with
 * @example parseMetricsFile('models/fraud/metrics.json', bytes).metrics // { 'test.auc': 0.91 }
 */
export function parseMetricsFile(
  file: string,
  source: Uint8Array,
  inline: Readonly<Record<string, number>> = {},
  manifestFile = 'the manifest',
): MetricsFileReport {
  let metrics: Record<string, MetricReading> | undefined
  const checked = checkYamlFile(file, source, (value): Finding[] => {
    const flattened = flattenMetrics(value)
    if (!flattened.ok) return [metricsFinding(flattened.keyPath, clipMessage(flattened.message))]
    metrics = Object.assign(Object.create(null) as Record<string, MetricReading>, flattened.metrics)
    return checkLeaves(leavesOf(value), inline, manifestFile)
  })
  return checked.problems.length === 0 && metrics ? { metrics, problems: [] } : { problems: checked.problems }
}

/** Every single value of the document, with its flattened name and its real key path. */
function leavesOf(document: unknown, path: KeyPath = []): { name: string; path: KeyPath; value: unknown }[] {
  if (document !== null && typeof document === 'object')
    return Object.entries(document).flatMap(([key, value]) => leavesOf(value, [...path, key]))
  return [{ name: path.join('.'), path, value: document }]
}

function checkLeaves(
  leaves: readonly { name: string; path: KeyPath; value: unknown }[],
  inline: Readonly<Record<string, number>>,
  manifestFile: string,
): Finding[] {
  const { metrics: maxMetrics, nameLength, textLength } = METRICS_FILE_LIMITS
  if (leaves.length > maxMetrics)
    return [metricsFinding([], `the file holds ${leaves.length} metrics; at most ${maxMetrics} are read`)]
  const seen = new Set<string>()
  return leaves.flatMap(({ name, path, value }): Finding[] => {
    if (name.length > nameLength)
      return [
        {
          ...metricsFinding(path, `metric name ${preview(name)} is longer than ${nameLength} characters`),
          target: 'key',
        },
      ]
    if (seen.has(name))
      return [
        {
          ...metricsFinding(
            path,
            `${name} is given twice (nested keys and a dotted key name the same metric)`,
          ),
          hint: 'keep one of the two',
        },
      ]
    seen.add(name)
    if (typeof value === 'string' && value.length > textLength)
      return [metricsFinding(path, `${name} is text longer than ${textLength} characters`)]
    if (Object.hasOwn(inline, name) && !sameReading(inline[name]!, value))
      return [
        {
          path,
          target: 'value',
          rule: 'metrics-conflict',
          severity: 'error',
          message: `${name} is ${preview(value)} here but ${String(inline[name])} in ${manifestFile} (metrics.values)`,
          hint: 'keep each metric in one place, or make the two values agree',
        },
      ]
    return []
  })
}

/** Equal readings; NaN equals NaN (both sides say the same thing, however useless). */
function sameReading(inline: number, value: unknown): boolean {
  return inline === value || (Number.isNaN(inline) && typeof value === 'number' && Number.isNaN(value))
}

function metricsFinding(path: KeyPath, message: string): Finding {
  return { path, target: 'value', rule: 'metrics-file', severity: 'error', message }
}

/** Flattening messages quote the key path, which a hostile file can make arbitrarily long. */
function clipMessage(message: string): string {
  return message.length > 500 ? `${message.slice(0, 499)}…` : message
}

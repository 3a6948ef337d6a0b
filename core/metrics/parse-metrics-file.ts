import type { Finding, Problem } from '../problem.js'
import { checkYamlFile } from '../yaml/check-yaml-file.js'
import type { MetricReading } from './flatten-metrics.js'
import { flattenMetrics } from './flatten-metrics.js'

export interface MetricsFileReport {
  /** The flattened metrics, when the file is usable. */
  metrics?: Record<string, MetricReading>
  problems: Problem[]
}

/**
 * Reads a DVC-style metrics file (JSON or YAML; JSON is read as YAML 1.2, which it is) with the
 * same hostile-input limits as manifests, and flattens nested keys with `.`. Lists, nulls, and a
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
    if (!flattened.ok) {
      return [
        {
          path: flattened.keyPath,
          target: 'value',
          rule: 'metrics-file',
          severity: 'error',
          message: flattened.message,
        },
      ]
    }
    metrics = flattened.metrics
    return Object.entries(flattened.metrics).flatMap(([name, value]): Finding[] =>
      name in inline && inline[name] !== value
        ? [
            {
              path: name.split('.'),
              target: 'value',
              rule: 'metrics-conflict',
              severity: 'error',
              message: `${name} is ${JSON.stringify(value)} here but ${inline[name]} in ${manifestFile} (metrics.values)`,
              hint: 'keep each metric in one place, or make the two values agree',
            },
          ]
        : [],
    )
  })
  return checked.problems.length === 0 && metrics ? { metrics, problems: [] } : { problems: checked.problems }
}

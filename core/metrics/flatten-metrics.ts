import type { KeyPath } from '../problem.js'
import { formatKeyPath } from '../problem.js'

/** A metric value: numbers are gated and diffed; text and booleans are shown, as `dvc metrics diff` does. */
export type MetricReading = number | string | boolean

export type FlattenedMetrics =
  | { ok: true; metrics: Record<string, MetricReading> }
  | { ok: false; path: string; keyPath: KeyPath; message: string }

/**
 * Flattens a DVC-style metrics document (JSON or YAML, already parsed): nested keys are joined
 * with `.` (`{ test: { auc: 0.9 } }` → `test.auc`). Lists and nulls have no single value to gate on,
 * so they are refused with the key that holds them.
 * @example flattenMetrics({ test: { auc: 0.91, f1: 0.8 } }) // { ok: true, metrics: { 'test.auc': 0.91, 'test.f1': 0.8 } }
 */
export function flattenMetrics(document: unknown): FlattenedMetrics {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    return { ok: false, path: '', keyPath: [], message: 'a metrics file is a map of metric names to values' }
  }
  const metrics: Record<string, MetricReading> = {}
  const stack: [KeyPath, unknown][] = [[[], document]]
  while (stack.length > 0) {
    const [path, value] = stack.pop()!
    const name = formatKeyPath(path).replace(/\[(\d+)\]/g, '.$1')
    if (value === null)
      return {
        ok: false,
        path: name,
        keyPath: path,
        message: `${name} is null; give it a value or remove it`,
      }
    if (Array.isArray(value))
      return {
        ok: false,
        path: name,
        keyPath: path,
        message: `${name} is a list; metrics must be single values (use nested keys instead)`,
      }
    if (typeof value === 'object') {
      for (const key of Object.keys(value).reverse())
        stack.push([[...path, key], (value as Record<string, unknown>)[key]])
    } else if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
      metrics[name] = value
    } else {
      return { ok: false, path: name, keyPath: path, message: `${name} is not a number, text or boolean` }
    }
  }
  return { ok: true, metrics }
}

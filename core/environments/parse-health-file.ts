import type { Health } from '../promotion/promotion-facts.js'
import { loadFast } from '../yaml/load-fast.js'

/** One (environment, model)'s health as a health file states it. */
export interface HealthEntry {
  status: Health
  since?: string
}

export interface HealthFile {
  /** environment → model → health. */
  health: Map<string, Map<string, HealthEntry>>
  problems: string[]
}

/** At most this many entries are read (environments × models). */
export const MAX_HEALTH_ENTRIES = 10_000

/** Argo CD's names (any case) map onto the planner's; Suspended serves nothing, so it is degraded. */
const STATUSES: Record<string, Health> = {
  healthy: 'healthy',
  progressing: 'progressing',
  degraded: 'degraded',
  suspended: 'degraded',
  missing: 'missing',
  unknown: 'unknown',
}

/**
 * Reads a health file, for offline planning (`modelgate plan --health FILE`, `modelgate status
 * --health FILE`): JSON or YAML mapping environment → model → `{ status, since }`.
 *
 * ```yaml
 * staging:
 *   fraud-detector: { status: healthy, since: "2026-12-01T10:00:00Z" }
 * prod:
 *   fraud-detector: { status: progressing }
 * ```
 *
 * `status` is healthy, progressing, degraded, missing or unknown, or Argo CD's names for them
 * (`Healthy`, `Suspended`…, any case); `since` (optional) is shown as is. A pair the file does
 * not name has unknown health, which blocks promotions out of that environment.
 */
export function parseHealthFile(text: string, name = 'health file'): HealthFile {
  const health = new Map<string, Map<string, HealthEntry>>()
  const problems: string[] = []
  const loaded = loadFast(text)
  if (!loaded.ok || loaded.value === null || typeof loaded.value !== 'object' || Array.isArray(loaded.value))
    return {
      health,
      problems: [`${name} must be a JSON or YAML mapping: environment → model → { status, since }`],
    }
  let count = 0
  for (const [environment, models] of Object.entries(loaded.value)) {
    if (models === null || typeof models !== 'object' || Array.isArray(models)) {
      problems.push(`${name}: ${environment} must map model names to { status, since }`)
      continue
    }
    const byModel = new Map<string, HealthEntry>()
    health.set(environment, byModel)
    for (const [model, entry] of Object.entries(models as Record<string, unknown>)) {
      if (++count > MAX_HEALTH_ENTRIES) {
        problems.push(`${name}: more than ${MAX_HEALTH_ENTRIES} entries`)
        return { health, problems }
      }
      const { status, since } = (entry ?? {}) as { status?: unknown; since?: unknown }
      const known = typeof status === 'string' ? STATUSES[status.toLowerCase()] : undefined
      if (known === undefined) {
        problems.push(
          `${name}: ${environment}.${model}.status is ${JSON.stringify(status) ?? 'missing'}; expected healthy, progressing, degraded, missing or unknown`,
        )
        continue
      }
      byModel.set(model, { status: known, ...(typeof since === 'string' && since !== '' ? { since } : {}) })
    }
  }
  return { health, problems }
}

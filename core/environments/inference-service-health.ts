import type { Health } from '../promotion/promotion-facts.js'

/** Argo CD's health statuses, as its built-in check for InferenceService reports them. */
export type ArgoHealthStatus = 'Healthy' | 'Progressing' | 'Degraded' | 'Suspended'

export interface InferenceServiceHealth {
  status: ArgoHealthStatus
  message: string
  /** `lastTransitionTime` of the `Ready` condition, when reported: since when it has this health. */
  since?: string
}

interface Condition {
  type?: unknown
  status?: unknown
  reason?: unknown
  message?: unknown
  lastTransitionTime?: unknown
}

/** Model loading states that never recover on their own (KServe `modelStatus.transitionStatus`). */
const FAILED_TRANSITIONS = new Set(['BlockedByFailedLoad', 'InvalidSpec'])

/** At most this many conditions are read; a status is a handful, so more is not a real object. */
const MAX_CONDITIONS = 64

const text = (value: unknown) => (typeof value === 'string' ? value : undefined)

/**
 * Judges an InferenceService (as read from the cluster, with `status`) the way Argo CD's built-in
 * health check for `serving.kserve.io/InferenceService` does, so `--health` files written from
 * `kubectl get isvc -o yaml` agree with what Argo CD shows:
 * - a `Stopped` condition that is True → Suspended ("InferenceService is Stopped");
 * - `status.modelStatus.transitionStatus` BlockedByFailedLoad or InvalidSpec → Degraded, even
 *   when every condition is True (the model failed to load);
 * - `transitionStatus` InProgress → Progressing, even with False conditions (still loading);
 * - otherwise any False condition → Degraded, any Unknown → Progressing, no status yet →
 *   Progressing, and Healthy once every condition (except `Stopped`) is True.
 * The message lists each condition that is not True as `i: Type | Status | Reason | Message`,
 * after `0: transitionStatus | <value>` when there is one (Argo CD's format, which its test
 * fixtures pin).
 */
export function inferenceServiceHealth(object: unknown): InferenceServiceHealth {
  const status = (
    object as { status?: { conditions?: unknown; modelStatus?: { transitionStatus?: unknown } } } | null
  )?.status
  const conditions: Condition[] = Array.isArray(status?.conditions)
    ? (status.conditions as unknown[])
        .slice(0, MAX_CONDITIONS)
        .filter((c): c is Condition => c !== null && typeof c === 'object')
    : []
  const transition = text(status?.modelStatus?.transitionStatus)
  const ready = conditions.find((condition) => condition.type === 'Ready')
  const since = text(ready?.lastTransitionTime)
  const at = since === undefined ? {} : { since }
  if (conditions.some((condition) => condition.type === 'Stopped' && condition.status === 'True'))
    return { status: 'Suspended', message: 'InferenceService is Stopped', ...at }

  const parts: string[] = [transition === undefined ? '' : `0: transitionStatus | ${transition}`]
  let falses = 0
  let unknowns = 0
  conditions.forEach((condition, index) => {
    if (condition.type === 'Stopped' || condition.status === 'True') return
    if (condition.status === 'False') falses++
    else unknowns++
    const fields = [`${index + 1}: ${String(condition.type)}`, String(condition.status)]
    const reason = text(condition.reason)
    const message = text(condition.message)
    if (reason) fields.push(reason)
    if (message) fields.push(message)
    parts.push(fields.join(' | '))
  })
  // Without a transitionStatus the first part is empty, so Argo CD's message starts with " | ".
  const message = parts.join(' | ')
  if (transition !== undefined && FAILED_TRANSITIONS.has(transition))
    return { status: 'Degraded', message, ...at }
  if (transition === 'InProgress') return { status: 'Progressing', message, ...at }
  if (falses > 0) return { status: 'Degraded', message, ...at }
  if (unknowns > 0 || conditions.length === 0 || ready === undefined)
    return {
      status: 'Progressing',
      message: conditions.length === 0 ? 'Waiting for status update.' : message,
      ...at,
    }
  return { status: 'Healthy', message: 'InferenceService is healthy.', ...at }
}

/**
 * The planner's health from Argo CD's: a stopped (Suspended) InferenceService serves nothing, so
 * it counts as degraded — a version is never promoted past a stopped copy of it.
 */
export function healthOf(status: ArgoHealthStatus): Health {
  switch (status) {
    case 'Healthy':
      return 'healthy'
    case 'Progressing':
      return 'progressing'
    case 'Degraded':
    case 'Suspended':
      return 'degraded'
  }
}

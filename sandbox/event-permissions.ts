/**
 * The repository permission an App needs to receive each webhook event, as GitHub's webhook
 * reference states it ("To subscribe to this event, a GitHub App must have at least read-level
 * access for the … repository permission"). GitHub delivers an event to an App only when the
 * installation grants one of these, at read level or above, whatever the App subscribed to; so
 * the emulator does the same, and an App registered from a manifest that forgot a permission
 * misses its events in a test instead of in production.
 * `installation` and `installation_repositories` need none: every App receives them.
 */
export const EVENT_PERMISSIONS: Readonly<Record<string, readonly string[]>> = {
  check_run: ['checks'],
  check_suite: ['checks'],
  issue_comment: ['issues'],
  issues: ['issues'],
  label: ['issues'],
  merge_group: ['merge_queues'],
  pull_request: ['pull_requests'],
  pull_request_review: ['pull_requests'],
  pull_request_review_comment: ['pull_requests'],
  pull_request_review_thread: ['pull_requests'],
  push: ['contents'],
  create: ['contents'],
  delete: ['contents'],
  deployment: ['deployments'],
  deployment_status: ['deployments'],
  status: ['statuses'],
  workflow_run: ['actions'],
  workflow_job: ['actions'],
  installation: [],
  installation_repositories: [],
}

const LEVELS = new Set(['read', 'write', 'admin'])

/**
 * Whether an App holding `permissions` receives `event`; `undefined` for an event the table does
 * not know (the caller records it as a problem rather than guess).
 */
export function receivesEvent(
  permissions: Readonly<Record<string, string>>,
  event: string,
): boolean | undefined {
  const needed = Object.hasOwn(EVENT_PERMISSIONS, event) ? EVENT_PERMISSIONS[event] : undefined
  if (!needed) return undefined
  return needed.length === 0 || needed.some((permission) => LEVELS.has(permissions[permission] ?? ''))
}

import type { PromotionKind } from './promotion-facts.js'

/**
 * What a promotion pull request remembers about its request, in a hidden HTML comment at the end
 * of its body: the thread to report back to and the requester, whom the approval check must never
 * count as an approver. Anyone can write such a comment into a pull request, so adapters trust it
 * only in pull requests this App opened on a `modelgate/` branch.
 */
export interface PromotionMarker {
  kind: PromotionKind
  model: string
  environment: string
  version?: string
  /** GitHub login of the person who asked. */
  requester: string
  /** Their account id: the commits of a follow-up (the next retirement) are authored as them. */
  requesterId?: number
  /** Where the command was given: `owner/name`, issue or pull request number. */
  thread?: { repository: string; number: number }
  /** The model repository commit the version was rendered from (the Deployment's ref). */
  sourceCommit?: string
}

const PREFIX = '<!-- modelgate:promotion '
const SUFFIX = ' -->'
const NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/
const VERSION = /^[0-9A-Za-z.+-]{1,100}$/
const SHA = /^[0-9a-f]{40}$/

/** The marker line; JSON with `<`, `>` and `-` escaped so no value can end the comment early. */
export function formatPromotionMarker(marker: PromotionMarker): string {
  const json = JSON.stringify(marker).replace(
    /[<>-]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
  return `${PREFIX}${json}${SUFFIX}`
}

/** The marker of a pull request body, strictly checked; `undefined` when absent or malformed. */
export function parsePromotionMarker(body: string | null | undefined): PromotionMarker | undefined {
  if (!body) return undefined
  const start = body.lastIndexOf(PREFIX)
  if (start < 0) return undefined
  const end = body.indexOf(SUFFIX, start + PREFIX.length)
  if (end < 0) return undefined
  let value: unknown
  try {
    value = JSON.parse(body.slice(start + PREFIX.length, end))
  } catch {
    return undefined
  }
  return isMarker(value) ? value : undefined
}

function isMarker(value: unknown): value is PromotionMarker {
  if (value === null || typeof value !== 'object') return false
  const m = value as Record<string, unknown>
  const optional = (key: string, pattern: RegExp) =>
    m[key] === undefined || (typeof m[key] === 'string' && pattern.test(m[key]))
  const thread = m.thread as { repository?: unknown; number?: unknown } | undefined
  return (
    (m.kind === 'promote' || m.kind === 'rollback' || m.kind === 'retire') &&
    typeof m.model === 'string' &&
    NAME.test(m.model) &&
    typeof m.environment === 'string' &&
    NAME.test(m.environment) &&
    typeof m.requester === 'string' &&
    LOGIN.test(m.requester) &&
    optional('version', VERSION) &&
    (m.requesterId === undefined || (Number.isSafeInteger(m.requesterId) && (m.requesterId as number) > 0)) &&
    optional('sourceCommit', SHA) &&
    (thread === undefined ||
      (typeof thread === 'object' &&
        thread !== null &&
        typeof thread.repository === 'string' &&
        REPOSITORY.test(thread.repository) &&
        Number.isSafeInteger(thread.number) &&
        (thread.number as number) > 0))
  )
}

/**
 * The shape check of every webhook payload the bot acts on, before any handler reads it. A
 * delivery is signed by GitHub, but the signature proves only who sent it, not what is in it: a
 * payload with `repository: null`, `base: {}` or `labels: "bug"` used to reach the handlers and
 * end in a TypeError (500) or, worse, in a check named `modelgate/approval (undefined)` that passed.
 *
 * Narrow and ours, not `@octokit/openapi-webhooks`: that description is a development dependency
 * (about 20 MB, absent from `npm ci --omit=dev`), and it describes every field GitHub sends, when
 * what must hold is the handful of fields the handlers read. Each check is linear in the payload's
 * size and never reads a value it has not first checked the type of.
 */

/** Why a value has the wrong shape (`pull_request.base.sha: expected a 40-hex commit SHA`), or `undefined`. */
type Check = (value: unknown, path: string) => string | undefined

/** The verdict on one delivery. */
export type PayloadVerdict =
  /** An event and action the bot handles, with every field it reads of the right type. */
  | { kind: 'handled' }
  /** A known event whose action the bot does not act on (a closed pull request, a ping). */
  | { kind: 'ignored' }
  /** An event name GitHub does not send to this App, or a payload the bot cannot read. */
  | { kind: 'malformed'; problem: string }

const where = (path: string) => path || 'the payload'

const string: Check = (value, path) =>
  typeof value === 'string' ? undefined : `${where(path)}: expected a string`
const name: Check = (value, path) =>
  typeof value === 'string' && value.length > 0 && value.length <= 1_000
    ? undefined
    : `${where(path)}: expected a non-empty string of at most 1000 characters`
const id: Check = (value, path) =>
  Number.isSafeInteger(value) && (value as number) > 0
    ? undefined
    : `${where(path)}: expected a positive integer`
const sha: Check = (value, path) =>
  typeof value === 'string' && /^[0-9a-f]{40}$/.test(value)
    ? undefined
    : `${where(path)}: expected a 40-hex commit SHA`
const fullName: Check = (value, path) =>
  typeof value === 'string' && /^[A-Za-z0-9-]{1,39}\/(?!\.\.?$)[\w.-]{1,100}$/.test(value)
    ? undefined
    : `${where(path)}: expected "<owner>/<repository>" as GitHub spells them`

const isBoolean: Check = (value, path) =>
  typeof value === 'boolean' ? undefined : `${where(path)}: expected true or false`

const nullable =
  (check: Check): Check =>
  (value, path) =>
    value === null ? undefined : check(value, path)
const optional =
  (check: Check): Check =>
  (value, path) =>
    value === undefined ? undefined : check(value, path)

function object(fields: Record<string, Check>): Check {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return `${where(path)}: expected an object`
    for (const [key, check] of Object.entries(fields)) {
      const field = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined
      const problem = check(field, path ? `${path}.${key}` : key)
      if (problem) return problem
    }
    return undefined
  }
}

function array(item: Check): Check {
  return (value, path) => {
    if (!Array.isArray(value)) return `${where(path)}: expected an array`
    for (let index = 0; index < value.length; index++) {
      const problem = item(value[index], `${path}[${index}]`)
      if (problem) return problem
    }
    return undefined
  }
}

const repository = object({ name, owner: object({ login: name }), default_branch: optional(name) })
const installation = object({ id })
const pullRequest = object({
  number: id,
  state: string,
  user: nullable(object({ login: string })),
  base: object({ ref: name, sha }),
  head: object({ sha }),
  labels: optional(array(object({ name: string }))),
})
const pullEvent = object({ repository, installation, pull_request: pullRequest })
const commentEvent = object({
  repository,
  installation,
  issue: object({ number: id, state: string, pull_request: optional(nullable(object({}))) }),
  comment: object({
    id,
    body: string,
    html_url: string,
    user: nullable(object({ type: string, login: string, id })),
  }),
})
/** A promotion pull request closing in the environments repository (the commands app). */
const closedEvent = object({
  repository: object({ name, owner: object({ login: name }), full_name: fullName, default_branch: name }),
  installation,
  pull_request: object({
    number: id,
    html_url: string,
    body: nullable(string),
    merged: optional(nullable(isBoolean)),
    merge_commit_sha: optional(nullable(sha)),
    merged_by: optional(nullable(object({ login: name, id }))),
    user: nullable(object({ login: string })),
    base: object({ ref: name, sha }),
    head: object({ ref: name }),
  }),
})
const pulls = array(object({ number: id }))
const app = nullable(object({ id }))

/** The events and actions the bot acts on, each with the shape of what its handler reads. */
export const PAYLOAD_SHAPES = {
  'pull_request.opened': pullEvent,
  'pull_request.synchronize': pullEvent,
  'pull_request.reopened': pullEvent,
  'pull_request.edited': pullEvent,
  'pull_request.ready_for_review': pullEvent,
  'pull_request.labeled': pullEvent,
  'pull_request.unlabeled': pullEvent,
  'pull_request_review.submitted': pullEvent,
  'pull_request_review.dismissed': pullEvent,
  'pull_request_review.edited': pullEvent,
  'issue_comment.created': commentEvent,
  'issue_comment.edited': commentEvent,
  'pull_request.closed': closedEvent,
  status: object({
    repository: object({ name, owner: object({ login: name }), full_name: fullName }),
    installation,
    sha,
    state: name,
    context: name,
    description: optional(nullable(string)),
    target_url: optional(nullable(string)),
  }),
  'check_run.completed': object({
    repository,
    installation,
    check_run: object({ name: string, app, pull_requests: pulls }),
  }),
  'check_suite.completed': object({
    repository,
    installation,
    check_suite: object({ app, pull_requests: pulls }),
  }),
  'merge_group.checks_requested': object({
    repository,
    installation,
    merge_group: object({ head_ref: name, head_sha: sha, base_ref: name }),
  }),
  'installation.created': object({
    installation,
    repositories: optional(array(object({ full_name: fullName }))),
  }),
  'installation_repositories.added': object({
    installation,
    repositories_added: array(object({ full_name: fullName })),
  }),
} satisfies Record<string, Check>

/** An event and action the bot handles (`pull_request.opened`). */
export type HandledEvent = keyof typeof PAYLOAD_SHAPES

/**
 * Events GitHub may send this App that the bot does not act on: the other actions of the events
 * it subscribes to (app.yml), the App-level events GitHub always sends, and `ping`.
 */
const EVENTS_WITH_ACTIONS = new Set(
  Object.keys(PAYLOAD_SHAPES)
    .filter((key) => key.includes('.'))
    .map((key) => key.split('.')[0]!),
)
const KNOWN_EVENTS = new Set([
  ...Object.keys(PAYLOAD_SHAPES).map((key) => key.split('.')[0]!),
  'installation_target',
  'github_app_authorization',
  'ping',
])

/**
 * Whether the bot may act on a signed delivery of `event` carrying `payload` (parsed JSON).
 * Never throws, whatever the payload. An event name GitHub does not send this App (`error`, a
 * typo, an event app.yml does not subscribe to) is malformed; a known event with an action the
 * bot ignores is ignored, whatever its payload, since nothing reads it.
 * @example checkPayload('pull_request', { action: 'opened', repository: null }) // malformed: 'repository: expected an object'
 */
export function checkPayload(event: string, payload: unknown): PayloadVerdict {
  if (!KNOWN_EVENTS.has(event))
    return {
      kind: 'malformed',
      problem: `event ${JSON.stringify(event.slice(0, 100))} is not one this App receives`,
    }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
    return { kind: 'malformed', problem: 'the payload: expected an object' }
  const action = Object.hasOwn(payload, 'action') ? (payload as { action: unknown }).action : undefined
  if (EVENTS_WITH_ACTIONS.has(event) && typeof action !== 'string')
    return { kind: 'malformed', problem: 'action: expected a string' }
  const key = typeof action === 'string' ? `${event}.${action}` : event
  const shape = Object.hasOwn(PAYLOAD_SHAPES, key) ? PAYLOAD_SHAPES[key as HandledEvent] : undefined
  if (!shape) return { kind: 'ignored' }
  const problem = shape(payload, '')
  return problem ? { kind: 'malformed', problem } : { kind: 'handled' }
}

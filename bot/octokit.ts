import { AsyncLocalStorage } from 'node:async_hooks'
import type { Octokit } from '@octokit/core'
import { ProbotOctokit } from 'probot'
import { messageOf, statusOf } from './github-reader.js'

/**
 * How the bot talks to GitHub: retries and write pacing in one small request hook, in place of
 * Probot's `@octokit/plugin-throttling` and `@octokit/plugin-retry`. Both schedule every request
 * through Bottleneck, which costs ~15 ms of latency and ~6 ms of CPU per request (measured against
 * the emulator: 17 ms → 1 ms per `GET`); an evaluation chains four rounds of reads, so they were
 * most of its time. What they did that matters is kept:
 *
 * - **Retries**: a 5xx or an unanswered request is retried after 0.5 s, 1 s, 2 s; a rate limit
 *   (429, or 403 with `retry-after` or an exhausted quota) after the time GitHub names, when that
 *   fits in `maxWaitMs` (GitHub gives up on a webhook after 10 s) — otherwise the error stands and
 *   the evaluation fails closed ("could not evaluate").
 * - **Writes paced per installation**: GitHub asks for writes of one client to be serial and a
 *   second apart (secondary rate limits). Plugin-throttling kept one queue for the whole process,
 *   whatever the installation; this one keeps one per installation. Reads are not paced.
 */
export interface RequestPolicyOptions {
  /** Retries after the first attempt (default 3). */
  retries?: number
  /** All the waits of one request outside an evaluation, together (default `MAX_RETRY_WAIT_MS`). */
  maxWaitMs?: number
  /** How long one attempt may go unanswered (default `REQUEST_TIMEOUT_MS`; 0: no limit). */
  timeoutMs?: number
  /** Gap between two writes of one installation (default 1 s). */
  writeSpacingMs?: number
  /** Tests: a clock and a sleep. */
  now?: () => number
  sleep?: (ms: number) => Promise<void>
}

/**
 * The retry budget: the most time one evaluation spends waiting to retry GitHub, all retries
 * together (the request hook's and the evaluation's), and the most one request outside an
 * evaluation waits. Retries were nested (the evaluation × each request, ≈ 76 s against an
 * unreachable GitHub); now every wait draws on one deadline, and when it is spent the error stands.
 */
export const MAX_RETRY_WAIT_MS = 8_000
/** How long one attempt of a request may go unanswered (a black-holed host would hang for minutes). */
export const REQUEST_TIMEOUT_MS = 10_000

/** The deadline of the evaluation running in this async context, when there is one. */
const retryDeadline = new AsyncLocalStorage<number>()

/**
 * Runs `work` under one retry deadline: every retry wait inside it, in any request, must end by
 * `deadline` (a `Date.now()` value); after that, errors stand.
 */
export function withRetryDeadline<T>(deadline: number, work: () => Promise<T>): Promise<T> {
  return retryDeadline.run(deadline, work)
}
const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])
/** Installations whose last write time is kept (the oldest is forgotten beyond this). */
const PACED_INSTALLATIONS = 10_000

interface Logger {
  warn(message: string): void
}

/** GitHub's installation-token route (`POST /app/installations/{id}/access_tokens`). */
const TOKEN_URL = /\/app\/installations\/[^/]+\/access_tokens$/

/** When each installation's next write may start: a chain of turns, and the last write's end. */
const writeQueues = new Map<string, { turn: Promise<void>; lastEnd: number }>()

/** The Octokit plugin: `Octokit.plugin(requestPolicy)`; options under `requestPolicy`. */
export function requestPolicy(
  octokit: Octokit,
  options: { requestPolicy?: RequestPolicyOptions; auth?: unknown },
): void {
  const policy = options.requestPolicy ?? {}
  const retries = policy.retries ?? 3
  const maxWaitMs = policy.maxWaitMs ?? MAX_RETRY_WAIT_MS
  const spacing = policy.writeSpacingMs ?? 1_000
  const now = policy.now ?? Date.now
  const sleep = policy.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const installation = (options.auth as { installationId?: number | string } | undefined)?.installationId
  const queueKey = installation === undefined ? 'app' : `installation ${installation}`
  const log = (octokit as unknown as { log?: Logger }).log

  octokit.hook.wrap('request', async (request, endpoint) => {
    const send = async () => {
      const deadline = retryDeadline.getStore() ?? now() + maxWaitMs
      for (let attempt = 0; ; attempt++) {
        try {
          const signal =
            policy.timeoutMs === 0 ? undefined : AbortSignal.timeout(policy.timeoutMs ?? REQUEST_TIMEOUT_MS)
          return await request(signal ? { ...endpoint, request: { ...endpoint.request, signal } } : endpoint)
        } catch (error) {
          const wait = attempt < retries ? retryWaitMs(error, attempt, now()) : undefined
          if (wait === undefined || now() + wait > deadline) throw error
          log?.warn(
            `${endpoint.method} ${endpoint.url}: ${describeFailure(error)}; retry ${attempt + 1} of ${retries} in ${wait} ms`,
          )
          await sleep(wait)
        }
      }
    }
    // An installation token is fetched by the auth hook inside the first request's turn: pacing it
    // in the same queue would wait for that request, which waits for the token (a deadlock).
    if (!isWrite(endpoint) || TOKEN_URL.test(endpoint.url)) return send()
    return paced(queueKey, spacing, now, sleep, send)
  })
}

/** A write by its method, except a GraphQL query (a POST that only reads; a mutation writes). */
function isWrite(endpoint: { method: string; url: string; query?: unknown }): boolean {
  if (!WRITE_METHODS.has(endpoint.method)) return false
  if (!endpoint.url.endsWith('/graphql')) return true
  return typeof endpoint.query !== 'string' || /^\s*mutation\b/.test(endpoint.query)
}

/** Runs `send` after every earlier write of `key` ended, `spacing` ms after the last one. */
async function paced<T>(
  key: string,
  spacing: number,
  now: () => number,
  sleep: (ms: number) => Promise<void>,
  send: () => Promise<T>,
): Promise<T> {
  const queue = writeQueues.get(key) ?? { turn: Promise.resolve(), lastEnd: -Infinity }
  writeQueues.delete(key) // re-inserted last: the map's order is least recently used first
  if (writeQueues.size >= PACED_INSTALLATIONS) writeQueues.delete(writeQueues.keys().next().value!)
  const previous = queue.turn
  let release!: () => void
  queue.turn = new Promise<void>((resolve) => (release = resolve))
  writeQueues.set(key, queue)
  await previous
  try {
    const wait = queue.lastEnd + spacing - now()
    if (wait > 0) await sleep(wait)
    return await send()
  } finally {
    queue.lastEnd = now()
    release()
  }
}

/** How long to wait before retrying `error`, or `undefined` when a retry cannot help. */
export function retryWaitMs(error: unknown, attempt: number, now: number): number | undefined {
  const status = statusOf(error)
  const headers =
    (error as { response?: { headers?: Record<string, string | number | undefined> } }).response?.headers ??
    {}
  const backoff = 500 * 2 ** attempt
  if (status === undefined) return isUnanswered(error) ? backoff : undefined
  if (status >= 500) return backoff
  if (status !== 403 && status !== 429) return undefined
  // GitHub's advice: retry-after when given; else the quota's reset when it is exhausted; else a minute.
  const retryAfter = headers['retry-after'] === undefined ? NaN : Number(headers['retry-after'])
  if (Number.isFinite(retryAfter) && retryAfter >= 0) return retryAfter * 1000
  if (String(headers['x-ratelimit-remaining']) === '0') {
    const reset = Number(headers['x-ratelimit-reset'])
    return Number.isFinite(reset) ? Math.max(0, reset * 1000 - now) : 60_000
  }
  // A 403 without those is a rate limit only when it says so; otherwise a permission GitHub refuses.
  return status === 429 || /rate limit/i.test(messageOf(error)) ? 60_000 : undefined
}

/** A request that got no answer: a dropped connection or a refused one, not a bug in the caller. */
function isUnanswered(error: unknown): boolean {
  if (networkFailure(error)) return true
  const cause = (error as { cause?: unknown }).cause
  const text = `${String(error)} ${cause instanceof Error ? cause.message : ''}`
  return /fetch failed|socket|ECONN|EPIPE|terminated|other side closed/i.test(text)
}

const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused to',
  ECONNRESET: 'connection reset by',
  ENOTFOUND: 'no such host:',
  EAI_AGAIN: 'could not resolve',
  ETIMEDOUT: 'connection timed out to',
  EHOSTUNREACH: 'host unreachable:',
  ENETUNREACH: 'network unreachable for',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out to',
  UND_ERR_SOCKET: 'connection dropped by',
}

/** What went wrong on the network, found in an error's causes: `connection refused to 127.0.0.1:9`. */
function networkFailure(error: unknown): string | undefined {
  let host = ''
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const { code, name, address, port, hostname, request } = current as {
      code?: unknown
      name?: unknown
      address?: unknown
      port?: unknown
      hostname?: unknown
      request?: { url?: unknown }
    }
    if (typeof request?.url === 'string') host ||= URL.canParse(request.url) ? new URL(request.url).host : ''
    const where = typeof address === 'string' ? `${address}${typeof port === 'number' ? `:${port}` : ''}` : ''
    const named = where || (typeof hostname === 'string' ? hostname : '') || host
    if (typeof code === 'string' && NETWORK_CODES[code]) return `${NETWORK_CODES[code]} ${named || 'GitHub'}`
    if (name === 'TimeoutError' || name === 'AbortError') return `no answer from ${host || 'GitHub'} in time`
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}

/**
 * An error as one line that says what actually failed: `connection refused to 127.0.0.1:9` for a
 * request that never reached GitHub (Octokit reports those as "HTTP 500"), else `messageOf`'s
 * `HTTP 502: Bad Gateway`.
 */
export function describeFailure(error: unknown): string {
  return networkFailure(error) ?? messageOf(error)
}

/**
 * Probot's Octokit without its Bottleneck-based throttling and retry plugins, with
 * `requestPolicy` in their place. A function default, so it also applies to the installation
 * clients Probot derives from the App's (its factory passes the App client's options on).
 */
export const BotOctokit = ProbotOctokit.plugin(requestPolicy).defaults(
  (options: Record<string, unknown>) => ({
    ...options,
    throttle: { ...(options.throttle as object | undefined), enabled: false },
    retry: { enabled: false },
  }),
)

import { describe, expect, it } from 'vitest'
import { createServer } from 'node:net'
import { BotOctokit, describeFailure, retryWaitMs, withRetryDeadline } from '../../bot/octokit.js'

/*
 * The bot's request policy (bot/octokit.ts) on the real Octokit stack Probot builds, with a fake
 * `fetch` standing in for GitHub and a fake clock: which failures are retried and after how long,
 * which stand, and how writes of one installation are spaced while other installations' are not.
 */

const error = (status: number, message = 'x', headers: Record<string, string> = {}) =>
  Object.assign(new Error(message), { status, response: { headers } })

describe('retryWaitMs', () => {
  const now = 1_700_000_000_000
  it.each([
    ['a 502', error(502), 0, 500],
    ['a 503 on the third attempt', error(503), 2, 2000],
    ['a 429 with retry-after', error(429, 'slow down', { 'retry-after': '3' }), 0, 3000],
    [
      'a secondary rate limit with retry-after',
      error(403, 'You have exceeded a secondary rate limit', { 'retry-after': '1' }),
      0,
      1000,
    ],
    [
      'a secondary rate limit without it: a minute, as GitHub asks',
      error(403, 'You have exceeded a secondary rate limit'),
      0,
      60_000,
    ],
    [
      'an exhausted quota: until its reset',
      error(403, 'API rate limit exceeded', {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(now / 1000 + 5),
      }),
      0,
      5000,
    ],
    ['a permission GitHub refuses', error(403, 'Resource not accessible by integration'), 0, undefined],
    ['a 404', error(404), 0, undefined],
    ['a 422', error(422), 0, undefined],
    [
      'a dropped connection',
      new TypeError('fetch failed', { cause: new Error('other side closed') }),
      1,
      1000,
    ],
    ['a bug in the caller', new TypeError('x is undefined'), 0, undefined],
  ])('%s', (_name, failure, attempt, expected) => {
    expect(retryWaitMs(failure, attempt, now)).toBe(expected)
  })
})

/** A fake GitHub: answers from `script` in order (a status, or a thrown error), records every call. */
function fakeGitHub(script: (number | { status: number; headers?: Record<string, string> } | Error)[]) {
  const calls: { method: string; url: string; at: number }[] = []
  let clock = 0
  const sleeps: number[] = []
  const fetch = (url: string, init: { method: string }) => {
    calls.push({ method: init.method, url: String(url), at: clock })
    const next = script.shift() ?? 200
    if (next instanceof Error) return Promise.reject(next)
    const { status, headers = {} } = typeof next === 'number' ? { status: next } : next
    return Promise.resolve(
      new Response(
        status === 204 ? null : JSON.stringify(status < 400 ? { ok: true } : { message: `HTTP ${status}` }),
        {
          status,
          headers: { 'content-type': 'application/json', ...headers },
        },
      ),
    )
  }
  const warnings: string[] = []
  const client = (installationId?: number) =>
    new BotOctokit({
      auth: { token: 'ghs_test', ...(installationId ? { installationId } : {}) },
      baseUrl: 'https://api.github.invalid',
      request: { fetch },
      log: { debug() {}, info() {}, warn: (message: string) => warnings.push(message), error() {} },
      requestPolicy: {
        now: () => clock,
        sleep: (ms: number) => {
          sleeps.push(ms)
          clock += ms
          return Promise.resolve()
        },
      },
    })
  return { calls, sleeps, warnings, client, advance: (ms: number) => (clock += ms) }
}

describe('BotOctokit', () => {
  it('retries a 5xx after 0.5 s and 1 s, then answers', async () => {
    const github = fakeGitHub([502, 503, 200])
    const { status } = await github.client(1).request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' })
    expect(status).toBe(200)
    expect(github.calls).toHaveLength(3)
    expect(github.sleeps).toEqual([500, 1000])
    expect(github.warnings[0]).toMatch(
      /^GET \/repos\/\{owner\}\/\{repo\}: HTTP 502: .*; retry 1 of 3 in 500 ms$/,
    )
  })

  it('gives up after three retries with the last error', async () => {
    const github = fakeGitHub([500, 500, 500, 500, 200])
    await expect(github.client(1).request('GET /zen')).rejects.toMatchObject({ status: 500 })
    expect(github.calls).toHaveLength(4)
  })

  it('waits out a rate limit GitHub names, but not one longer than a delivery can wait', async () => {
    const short = fakeGitHub([{ status: 429, headers: { 'retry-after': '2' } }, 200])
    await short.client(1).request('GET /zen')
    expect(short.sleeps).toEqual([2000])
    const long = fakeGitHub([{ status: 429, headers: { 'retry-after': '30' } }, 200])
    await expect(long.client(1).request('GET /zen')).rejects.toMatchObject({ status: 429 })
    expect(long.calls).toHaveLength(1)
  })

  it('never retries a refusal: 403 without a rate limit, 404, 422', async () => {
    for (const status of [403, 404, 422]) {
      const github = fakeGitHub([status, 200])
      await expect(github.client(1).request('GET /zen')).rejects.toMatchObject({ status })
      expect(github.calls).toHaveLength(1)
    }
  })

  it('spaces the writes of one installation a second apart, and not those of another', async () => {
    const github = fakeGitHub([])
    const [a, b] = [github.client(7), github.client(8)]
    await Promise.all([
      a.request('POST /repos/o/r/check-runs'),
      a.request('PATCH /repos/o/r/check-runs/1'),
      b.request('POST /repos/o/r/check-runs'),
      a.request('GET /repos/o/r'),
    ])
    const at = (method: string, path: string) =>
      github.calls.filter((call) => call.method === method && call.url.endsWith(path)).map((call) => call.at)
    expect(at('POST', '/check-runs')).toEqual([0, 0]) // installations 7 and 8: no wait between them
    expect(at('PATCH', '/check-runs/1')).toEqual([1000]) // installation 7's second write
    expect(at('GET', '/repos/o/r')).toEqual([0]) // reads are never paced
  })

  it('paces a GraphQL mutation as a write, never a GraphQL query (a POST that only reads)', async () => {
    const github = fakeGitHub([])
    const client = github.client(31)
    await client.request('POST /repos/o/r/check-runs')
    await client.graphql('query { viewer { login } }')
    expect(github.sleeps).toEqual([]) // right after a write: a query does not wait its turn
    await client.graphql('mutation { addStar(input: { starrableId: "x" }) { clientMutationId } }')
    expect(github.sleeps).toEqual([1000])
  })

  it('draws every retry wait on one deadline: an evaluation near its end retries no more', async () => {
    const github = fakeGitHub([502, 502, 502, 502, 200])
    await expect(withRetryDeadline(1_200, () => github.client(1).request('GET /zen'))).rejects.toMatchObject({
      status: 502,
    })
    expect(github.sleeps).toEqual([500]) // a second wait (1 s) would end after the deadline
    expect(github.calls).toHaveLength(2)
  })

  it('outside an evaluation, the waits of one request together stay within the budget', async () => {
    const github = fakeGitHub([
      { status: 429, headers: { 'retry-after': '5' } },
      { status: 429, headers: { 'retry-after': '5' } },
      200,
    ])
    await expect(github.client(1).request('GET /zen')).rejects.toMatchObject({ status: 429 })
    expect(github.sleeps).toEqual([5000]) // 5 s + 5 s is over the 8 s budget
  })
})

describe('describeFailure', () => {
  it('says "connection refused to <host>" for a GitHub nobody listens at, not "HTTP 500"', async () => {
    const server = createServer()
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    const { port } = server.address() as { port: number }
    await new Promise((done) => server.close(done))
    const octokit = new BotOctokit({
      auth: 'ghs_test',
      baseUrl: `http://127.0.0.1:${port}`,
      requestPolicy: { retries: 0 },
    })
    const failure = await octokit.request('GET /zen').catch((error: unknown) => error)
    expect(describeFailure(failure)).toBe(`connection refused to 127.0.0.1:${port}`)
  })

  it('keeps GitHub’s own answers as they are', () => {
    expect(describeFailure(error(502, 'Bad Gateway'))).toBe('HTTP 502: Bad Gateway')
  })
})

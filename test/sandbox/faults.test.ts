import { Octokit } from '@octokit/rest'
import { ProbotOctokit } from 'probot'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { Emulator } from '../../sandbox/emulator.js'
import type { FaultRule } from '../../sandbox/faults.js'

const owner = 'acme'
const name = 'models'
const emulators: Emulator[] = []
const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }
let gh: Emulator
let token: string

/** An emulator with one seeded repository that `ana` may write to. */
async function emulator(seed?: number): Promise<{ gh: Emulator; token: string }> {
  const started = await Emulator.start(seed === undefined ? {} : { seed })
  emulators.push(started)
  const repo = started.createRepo(owner, name, { seed: 'examples/model-repo' })
  started.grant(repo, 'ana', 'write')
  return { gh: started, token: started.tokenFor('ana') }
}

const REF = `/repos/${owner}/${name}/git/ref/heads/main`

/** `GET …/git/ref/heads/main` (git/get-ref) with plain fetch; resolves to the status (or `'dropped'`). */
async function getRef(target: Emulator, auth: string): Promise<number | 'dropped'> {
  try {
    const response = await fetch(`${target.url}${REF}`, {
      headers: { authorization: `token ${auth}`, accept: 'application/vnd.github+json' },
    })
    await response.arrayBuffer()
    return response.status
  } catch {
    return 'dropped'
  }
}

/** The same mixed sequence of requests: git/get-ref, the API root and an unknown path. */
async function sequence(target: Emulator, auth: string, length: number): Promise<void> {
  for (let i = 0; i < length; i++) {
    const path = [REF, '/', `/repos/${owner}/${name}/no-such-thing`][i % 3]!
    const response = await fetch(`${target.url}${path}`, { headers: { authorization: `token ${auth}` } })
    await response.arrayBuffer()
  }
}

beforeAll(async () => {
  ;({ gh, token } = await emulator())
})
afterEach(() => gh.faults.clear())
afterAll(async () => {
  await Promise.all(emulators.map((e) => e.stop()))
})

describe('fault injection', () => {
  it('is deterministic: the same seed and requests fail the same requests', async () => {
    const rule: FaultRule = { kind: 'server-error', rate: 0.4 }
    const runs = await Promise.all(
      [7, 7, 8].map(async (seed) => {
        const { gh: target, token: auth } = await emulator(seed)
        target.faults.add(rule)
        await sequence(target, auth, 30)
        return target.requests.map((r) => r.fault ?? null)
      }),
    )
    const [first, again, otherSeed] = runs as [(string | null)[], (string | null)[], (string | null)[]]
    expect(first).toHaveLength(30)
    expect(again).toEqual(first)
    // Not trivially all or nothing …
    const failed = first.filter((fault) => fault === 'server-error').length
    expect(failed).toBeGreaterThan(3)
    expect(failed).toBeLessThan(27)
    // … and the seed matters.
    expect(otherSeed).not.toEqual(first)
  })

  it('replays the same pattern after clear(seed)', async () => {
    gh.faults.clear(99)
    gh.faults.add({ kind: 'server-error', rate: 0.5 })
    const from = gh.requests.length
    await sequence(gh, token, 12)
    const first = gh.requests.slice(from).map((r) => r.status)
    gh.faults.clear(99)
    gh.faults.add({ kind: 'server-error', rate: 0.5 })
    await sequence(gh, token, 12)
    expect(gh.requests.slice(from + 12).map((r) => r.status)).toEqual(first)
    expect(first).toContain(502)
  })

  it('nth fails exactly the chosen ordinals among the matching requests', async () => {
    gh.faults.add({ kind: 'server-error', match: { operationId: 'git/get-ref' }, nth: [2, 4] })
    const statuses: (number | 'dropped')[] = []
    for (let i = 0; i < 5; i++) {
      statuses.push(await getRef(gh, token))
      // Requests the rule does not match do not count towards its ordinals.
      expect((await fetch(`${gh.url}/`)).status).toBe(200)
    }
    expect(statuses).toEqual([200, 502, 200, 502, 200])
  })

  it('matches by method and template too', async () => {
    gh.faults.add({
      kind: 'server-error',
      match: { method: 'GET', template: '/repos/{owner}/{repo}/git/ref/{ref}' },
    })
    expect(await getRef(gh, token)).toBe(502)
    expect((await fetch(`${gh.url}/`)).status).toBe(200)
  })

  it('times caps how many requests fail, and status picks the 5xx', async () => {
    gh.faults.add({ kind: 'server-error', status: 503, times: 2 })
    const statuses = []
    for (let i = 0; i < 4; i++) statuses.push(await getRef(gh, token))
    expect(statuses).toEqual([503, 503, 200, 200])
  })

  it('the remover returned by add() turns a rule off', async () => {
    const remove = gh.faults.add({ kind: 'server-error' })
    expect(await getRef(gh, token)).toBe(502)
    remove()
    expect(await getRef(gh, token)).toBe(200)
  })

  it('server-error answers GitHub’s error shape', async () => {
    gh.faults.add({ kind: 'server-error', times: 1 })
    const octokit = new Octokit({ auth: token, baseUrl: gh.url, request: { retries: 0 }, log: silent })
    await expect(octokit.rest.git.getRef({ owner, repo: name, ref: 'heads/main' })).rejects.toMatchObject({
      status: 502,
      response: { data: { message: 'Server Error', documentation_url: expect.any(String) } },
    })
    expect(gh.requests.at(-1)).toMatchObject({
      operationId: 'git/get-ref',
      status: 502,
      fault: 'server-error',
    })
  })

  it('secondary-rate-limit answers 403 with retry-after and GitHub’s message', async () => {
    gh.faults.add({ kind: 'secondary-rate-limit', retryAfterSeconds: 7, times: 1 })
    const response = await fetch(`${gh.url}${REF}`, {
      headers: { authorization: `token ${token}` },
    })
    expect(response.status).toBe(403)
    expect(response.headers.get('retry-after')).toBe('7')
    expect(await response.json()).toEqual({
      message: expect.stringMatching(/^You have exceeded a secondary rate limit\./),
      documentation_url: expect.stringContaining('docs.github.com'),
    })
  })

  it('secondary-rate-limit is recognised by Probot’s throttling plugin, with its retry-after', async () => {
    gh.faults.add({ kind: 'secondary-rate-limit', retryAfterSeconds: 7, times: 1 })
    const seen: number[] = []
    const octokit = new ProbotOctokit({
      auth: { token },
      baseUrl: gh.url,
      log: silent,
      retry: { enabled: false },
      throttle: {
        onSecondaryRateLimit: (retryAfter: number) => {
          seen.push(retryAfter)
          return false // do not wait 7 s: fail instead
        },
        onRateLimit: () => false,
      },
    })
    await expect(octokit.rest.git.getRef({ owner, repo: name, ref: 'heads/main' })).rejects.toMatchObject({
      status: 403,
    })
    expect(seen).toEqual([7])
  })

  it('rate-limit answers 429 with retry-after', async () => {
    gh.faults.add({ kind: 'rate-limit', retryAfterSeconds: 3, times: 1 })
    const octokit = new Octokit({ auth: token, baseUrl: gh.url, request: { retries: 0 }, log: silent })
    const error = await octokit.rest.git
      .getRef({ owner, repo: name, ref: 'heads/main' })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 429, response: { headers: { 'retry-after': '3' } } })
    expect(await getRef(gh, token)).toBe(200)
  })

  /*
   * GitHub's primary rate limit is a 403 or 429 with `x-ratelimit-remaining: 0` (and
   * `x-ratelimit-reset`), message "API rate limit exceeded for …". Octokit's throttling plugin (in
   * Probot) recognises it only by those headers, so the fault sends them: clients back off until the
   * reset instead of retrying.
   */
  it('rate-limit is recognised by Probot’s throttling plugin as a primary rate limit', async () => {
    gh.faults.add({ kind: 'rate-limit', times: 1 })
    const seen: number[] = []
    const octokit = new ProbotOctokit({
      auth: { token },
      baseUrl: gh.url,
      log: silent,
      retry: { enabled: false },
      throttle: {
        onSecondaryRateLimit: () => false,
        onRateLimit: (retryAfter: number) => {
          seen.push(retryAfter)
          return false
        },
      },
    })
    const error = await octokit.rest.git
      .getRef({ owner, repo: name, ref: 'heads/main' })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 429, response: { headers: { 'x-ratelimit-remaining': '0' } } })
    expect(seen).toHaveLength(1)
  })

  it('drop closes the connection without an answer (fetch rejects)', async () => {
    gh.faults.add({ kind: 'drop', match: { operationId: 'git/get-ref' }, times: 1 })
    await expect(fetch(`${gh.url}${REF}`, { headers: { authorization: `token ${token}` } })).rejects.toThrow(
      TypeError,
    )
    expect(gh.requests.at(-1)).toMatchObject({ operationId: 'git/get-ref', fault: 'drop', status: 0 })
    expect(await getRef(gh, token)).toBe(200)
  })

  it('latency delays the answer, which is otherwise normal', async () => {
    gh.faults.add({ kind: 'latency', latencyMs: 300, match: { operationId: 'git/get-ref' } })
    const started = performance.now()
    expect(await getRef(gh, token)).toBe(200)
    expect(performance.now() - started).toBeGreaterThanOrEqual(290)
    expect(gh.requests.at(-1)).toMatchObject({ operationId: 'git/get-ref', status: 200, fault: 'latency' })
    // A request the rule does not match is not delayed.
    const quick = performance.now()
    expect((await fetch(`${gh.url}/`)).status).toBe(200)
    expect(performance.now() - quick).toBeLessThan(250)
  })

  it('latency: a request whose client went away meanwhile is never acted on (it never reached GitHub)', async () => {
    const response = await fetch(`${gh.url}${REF}`, { headers: { authorization: `token ${token}` } })
    const { object } = (await response.json()) as { object: { sha: string } }
    gh.faults.add({ kind: 'latency', latencyMs: 300, match: { operationId: 'git/create-ref' } })
    const gone = new AbortController()
    const sent = fetch(`${gh.url}/repos/${owner}/${name}/git/refs`, {
      method: 'POST',
      body: JSON.stringify({ ref: 'refs/heads/never', sha: object.sha }),
      headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
      signal: gone.signal,
    })
    setTimeout(() => gone.abort(), 50)
    await expect(sent).rejects.toThrow()
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(gh.requests.at(-1)).toMatchObject({ operationId: 'git/create-ref', fault: 'latency', status: 0 })
    const never = await fetch(`${gh.url}/repos/${owner}/${name}/git/ref/heads/never`, {
      headers: { authorization: `token ${token}` },
    })
    expect(never.status).toBe(404)
  })

  it('leaves no recorded problems behind', () => {
    expect(gh.problems).toEqual([])
  })
})

import { sign } from '@octokit/webhooks-methods'
import { Octokit } from '@octokit/rest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RecordedRequest } from '../../sandbox/emulator.js'
import { Emulator } from '../../sandbox/emulator.js'
import type { Repo } from '../../sandbox/state.js'
import type { Bot } from '../support/bot-harness.js'
import { startBot, waitFor } from '../support/bot-harness.js'

/*
 * The real Probot server (`probot run test/fixtures/bot/app.js`, a child process) against the
 * emulator in GHE mode. The fixture app marks every push with a `seen/<sha12>` branch after reading
 * the repository, so each delivery makes exactly: (token exchange, once) → repos/get → git/create-ref.
 */

const owner = 'acme'
const name = 'models'
let gh: Emulator
let repo: Repo
let bot: Bot
let ana: Octokit
let anaToken: string

beforeAll(async () => {
  gh = await Emulator.start()
  repo = gh.createRepo(owner, name, { seed: 'examples/model-repo' })
  gh.grant(repo, 'ana', 'write')
  anaToken = gh.tokenFor('ana')
  ana = new Octokit({ auth: anaToken, baseUrl: gh.url, request: { retries: 0 } })
  bot = await startBot({ appPath: 'test/fixtures/bot/app.js', emulator: gh })
  gh.install(bot.app, owner)
})

afterAll(async () => {
  await bot?.stop()
  await gh?.stop()
})

/** A new commit on top of `main`, written straight into the bare repository (no webhook). */
function commitOnMain(file: string): { before: string; after: string } {
  const before = repo.git.resolve('refs/heads/main')!
  const blob = repo.git.writeBlob(Buffer.from(`${file}\n`))
  const tree = repo.git.writeTree(repo.git.readCommit(before)!.tree, [
    { path: `notes/${file}.txt`, mode: '100644', sha: blob },
  ])
  const signature = { name: 'Ana', email: 'ana@example.com', date: '2026-03-01T12:00:00Z' }
  const after = repo.git.commitTree(tree, [before], `Add ${file}`, signature, signature)
  repo.git.updateRef('refs/heads/main', after, false)
  return { before, after }
}

const seen = (sha: string) => repo.git.resolve(`refs/heads/seen/${sha.slice(0, 12)}`)
/** Requests the bot made (not the test's own, which carry ana's token), from index `from` on. */
const botRequests = (from: number): RecordedRequest[] =>
  gh.requests.slice(from).filter((r) => r.headers.authorization !== `token ${anaToken}`)
const operations = (requests: RecordedRequest[]) => requests.map((r) => `${r.operationId} ${r.status}`)

/** A push payload the bot would act on, for hand-made deliveries (the emulator's own, with a new `after`). */
function pushPayload(after: string): Record<string, unknown> {
  const template = gh.webhooks.deliveries.find((d) => d.event === 'push')
  expect(template, 'an emulator push delivery to copy').toBeDefined()
  return { ...template!.payload, ref: 'refs/heads/main', after }
}

describe('a real Probot server driven by the emulator', () => {
  it('starts listening and logs JSON lines', () => {
    expect(bot.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/github\/webhooks$/)
    expect(bot.app.webhookUrl).toBe(bot.url)
    expect(bot.logs()).toContainEqual(
      expect.objectContaining({
        level: 30,
        msg: expect.stringMatching(/^Listening on http:\/\/127\.0\.0\.1:/),
      }),
    )
  })

  it('turns an emulated push into a seen/ ref: JWT → installation token → repos/get → git/create-ref', async () => {
    const from = gh.requests.length
    const { before, after } = commitOnMain('first')
    gh.events.push(repo, 'refs/heads/main', before, after, false, gh.createUser('ana'))

    expect(await waitFor(() => seen(after), { message: 'the seen/ ref' })).toBe(after)
    await gh.webhooks.settled()
    expect(gh.webhooks.deliveries.at(-1)).toMatchObject({ event: 'push', app: bot.app.slug, status: 200 })

    const requests = botRequests(from)
    expect(operations(requests)).toEqual([
      'apps/create-installation-access-token 201',
      'repos/get 200',
      'git/create-ref 201',
    ])
    // The exchange is signed with the App's JWT (RS256, iss = App id) …
    const [exchange, get, create] = requests as [RecordedRequest, RecordedRequest, RecordedRequest]
    const jwt = /^bearer (\S+)$/i.exec(String(exchange.headers.authorization))?.[1]
    expect(jwt?.split('.')).toHaveLength(3)
    const [header, claims] = jwt!
      .split('.')
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()))
    expect(header).toMatchObject({ alg: 'RS256' })
    expect(String(claims.iss)).toBe(String(bot.app.id))
    const installation = gh.state.installations.find((i) => i.app === bot.app)!
    expect(exchange.path).toBe(`/app/installations/${installation.id}/access_tokens`)
    // … and the next calls use the installation token it minted.
    const token = /^token (ghs_\w+)$/.exec(String(get.headers.authorization))?.[1]
    expect(gh.state.tokens.get(token!)).toMatchObject({
      kind: 'installation',
      installation: { id: installation.id },
    })
    expect(create.headers.authorization).toBe(get.headers.authorization)
    expect(create.body).toEqual({ ref: `refs/heads/seen/${after.slice(0, 12)}`, sha: after })
    // Probot reached the emulator in GHE mode (…/api/v3), as its request log shows.
    const logged = `GitHub request: GET ${gh.url}/api/v3/repos/${owner}/${name} - 200`
    await waitFor(() => bot.logs().find((line) => line.msg === logged), { message: logged })
  })

  it('reacts to a ref update made through the API (the emulator emits the push), reusing its token', async () => {
    const from = gh.requests.length
    const { data: head } = await ana.rest.git.getRef({ owner, repo: name, ref: 'heads/main' })
    const { data: commit } = await ana.rest.git.getCommit({ owner, repo: name, commit_sha: head.object.sha })
    const { data: tree } = await ana.rest.git.createTree({
      owner,
      repo: name,
      base_tree: commit.tree.sha,
      tree: [{ path: 'notes/api.txt', mode: '100644', type: 'blob', content: 'through the API\n' }],
    })
    const { data: next } = await ana.rest.git.createCommit({
      owner,
      repo: name,
      message: 'Add a note through the API',
      tree: tree.sha,
      parents: [head.object.sha],
    })
    await ana.rest.git.updateRef({ owner, repo: name, ref: 'heads/main', sha: next.sha })

    expect(await waitFor(() => seen(next.sha))).toBe(next.sha)
    await gh.webhooks.settled()
    // Probot caches installation tokens: no second exchange.
    expect(operations(botRequests(from))).toEqual(['repos/get 200', 'git/create-ref 201'])
  })

  it('rejects a delivery with a wrong signature with HTTP 400 and makes no API call', async () => {
    const { after } = commitOnMain('forged')
    const payload = pushPayload(after)
    const from = gh.requests.length

    const forged = await bot.deliver('push', payload, {
      signature: await sign('not-the-secret', JSON.stringify(payload)),
    })
    expect(forged.status).toBe(400)
    expect(await forged.json()).toEqual({
      error: expect.stringContaining('signature does not match event payload and secret'),
    })
    // Signed for another body (the payload was tampered with after signing).
    const tampered = await bot.deliver('push', payload, {
      signature: await sign(bot.secret, JSON.stringify({ ...payload, after: '0'.repeat(40) })),
    })
    expect(tampered.status).toBe(400)
    await tampered.arrayBuffer()
    // Probot answers only after its handlers ran, so nothing can still be in flight.
    expect(gh.requests.length).toBe(from)
    expect(seen(after)).toBeUndefined()
    // Probot logs the rejection; stdout may reach us after the HTTP answer, so wait for it.
    await waitFor(() =>
      bot.logs().find((line) => line.level === 50 && String(line.msg).includes('signature does not match')),
    )

    // The control: the very same payload, correctly signed, does act.
    const genuine = await bot.deliver('push', payload)
    expect(genuine.status).toBe(200)
    expect(await genuine.text()).toBe('ok\n')
    expect(seen(after)).toBe(after)
    expect(operations(botRequests(from))).toEqual(['repos/get 200', 'git/create-ref 201'])
  })

  it('rejects an unsigned delivery', async () => {
    const { after } = commitOnMain('unsigned')
    const from = gh.requests.length
    const response = await bot.deliver('push', pushPayload(after), { signature: false })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ error: 'Required headers missing: x-hub-signature-256' })
    expect(gh.requests.length).toBe(from)
    expect(seen(after)).toBeUndefined()
  })

  /*
   * Probot's Octokit includes @octokit/plugin-retry 8.1.1, which retries every status >= 400 except
   * 400, 401, 403, 404, 410, 422 and 451, whatever the method: a POST that failed with 502 is sent
   * again after (retryCount + 1)² × 1 s. (GitHub answers a 5xx before or after doing the work, so a
   * retried create-ref may meet 422 "Reference already exists"; here the fault answers before the
   * handler runs, so the retry is the first real attempt.)
   */
  it('still creates the ref when the first git/create-ref fails with 502 (plugin-retry retries POST)', async () => {
    const removeFault = gh.faults.add({
      kind: 'server-error',
      match: { operationId: 'git/create-ref' },
      times: 1,
    })
    try {
      const from = gh.requests.length
      const { before, after } = commitOnMain('retried')
      gh.events.push(repo, 'refs/heads/main', before, after, false, gh.createUser('ana'))
      expect(await waitFor(() => seen(after), { timeoutMs: 15_000 })).toBe(after)
      await gh.webhooks.settled()
      expect(gh.webhooks.deliveries.at(-1)?.status).toBe(200)
      const requests = botRequests(from)
      expect(operations(requests)).toEqual(['repos/get 200', 'git/create-ref 502', 'git/create-ref 201'])
      expect(requests.map((r) => r.fault)).toEqual([undefined, 'server-error', undefined])
      // The same request again (the emulator records no body for a request a fault answered).
      expect(requests[2]!.path).toBe(requests[1]!.path)
      expect(requests[2]!.body).toEqual({ ref: `refs/heads/seen/${after.slice(0, 12)}`, sha: after })
    } finally {
      removeFault()
    }
  })

  it('ignores pushes to its own seen/ branches', async () => {
    const from = gh.requests.length
    const { after } = commitOnMain('own-branch')
    const response = await bot.deliver('push', { ...pushPayload(after), ref: 'refs/heads/seen/abc' })
    expect(response.status).toBe(200)
    await response.arrayBuffer()
    expect(gh.requests.length).toBe(from)
  })
})

describe('the emulator at the end of the bot run', () => {
  it('recorded no differences from GitHub’s descriptions (requests, responses, webhook payloads)', () => {
    expect(gh.problems).toEqual([])
  })
})

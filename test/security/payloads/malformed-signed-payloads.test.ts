import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Emulator } from '../../../sandbox/emulator.js'
import { openPullRequest } from '../../../sandbox/scenarios/pulls.js'
import type { Repo } from '../../../sandbox/state.js'
import type { Bot } from '../../support/bot-harness.js'
import { startBot, waitFor } from '../../support/bot-harness.js'

/*
 * Attack: deliveries signed with the App's secret (a leaked secret, a replayed and edited
 * delivery, or GitHub sending a shape the bot did not expect) whose fields the handlers read have
 * the wrong type. They used to reach the handlers: `repository: null` or `labels: "bug"` ended in a
 * TypeError (500, and a stack in the log), and `base: {}` wrote a check named
 * `modelgate/approval (undefined)` with conclusion success. Each one must now be answered 400 before
 * any handler runs: no request to GitHub at all (so no check run), one log line, no 500.
 */

let gh: Emulator
let repo: Repo
let bot: Bot
/** A genuine `pull_request.opened` payload, as the emulator delivered it. */
let opened: Record<string, unknown>

beforeAll(async () => {
  gh = await Emulator.start()
  repo = gh.createRepo('acme', 'models', { seed: 'examples/model-repo' })
  bot = await startBot({ appPath: 'lib/bot/main.js', emulator: gh, slug: 'modelgate', manifest: 'app.yml' })
  gh.install(bot.app, 'acme')
  openPullRequest(gh, {
    repo,
    as: 'ana',
    head: 'bump',
    title: 'Bump the router',
    files: { 'models/support-ticket-router/notes.md': 'notes\n' },
  })
  await gh.webhooks.settled()
  opened = structuredClone(gh.webhooks.deliveries.find((d) => d.event === 'pull_request')!.payload)
}, 60_000)

afterAll(async () => {
  await bot?.stop()
  await gh?.stop()
})

type Json = Record<string, unknown>
const pull = () => structuredClone(opened.pull_request) as Json
const common = () => ({ repository: structuredClone(opened.repository), installation: opened.installation })
const pullEvent = (action: string, change: (payload: Json) => void) => {
  const payload = { ...structuredClone(opened), action }
  change(payload)
  return payload
}
const withPull = (change: (pr: Json) => void) =>
  pullEvent('opened', (payload) => change(payload.pull_request as Json))
const comment = (change: (payload: Json) => void) => {
  const payload: Json = {
    action: 'created',
    issue: { number: pull().number, state: 'open', pull_request: { url: 'x' } },
    comment: { id: 1, body: '/approve', user: { login: 'mo', type: 'User' } },
    ...common(),
  }
  change(payload)
  return payload
}
const checkRun = (change: (run: Json) => void) => {
  const run: Json = { name: 'ci/evaluation', app: { id: 999 }, pull_requests: [{ number: pull().number }] }
  change(run)
  return { action: 'completed', check_run: run, ...common() }
}
const mergeGroup = (change: (payload: Json) => void) => {
  const payload: Json = {
    action: 'checks_requested',
    merge_group: {
      head_sha: 'a'.repeat(40),
      head_ref: `refs/heads/gh-readonly-queue/main/pr-${String(pull().number)}-${'b'.repeat(40)}`,
      base_ref: 'refs/heads/main',
    },
    ...common(),
  }
  change(payload)
  return payload
}

/** One row per hostile delivery: [what, event, payload, raw body?]. */
const MALFORMED: [string, string, () => unknown, string?][] = [
  ['repository: null', 'pull_request', () => pullEvent('opened', (p) => (p.repository = null))],
  [
    'repository without a name',
    'pull_request',
    () => pullEvent('opened', (p) => (p.repository = { owner: { login: 'acme' } })),
  ],
  [
    'repository.owner: null',
    'pull_request',
    () => pullEvent('opened', (p) => ((p.repository as Json).owner = null)),
  ],
  ['pull_request: null', 'pull_request', () => pullEvent('synchronize', (p) => (p.pull_request = null))],
  ['pull_request.labels: "bug"', 'pull_request', () => withPull((pr) => (pr.labels = 'bug'))],
  ['pull_request.labels: [null]', 'pull_request', () => withPull((pr) => (pr.labels = [null]))],
  ['pull_request.labels: [{ name: 7 }]', 'pull_request', () => withPull((pr) => (pr.labels = [{ name: 7 }]))],
  ['pull_request.base: {}', 'pull_request', () => withPull((pr) => (pr.base = {}))],
  ['pull_request.base.ref: ""', 'pull_request', () => withPull((pr) => ((pr.base as Json).ref = ''))],
  ['pull_request.base.sha: "main"', 'pull_request', () => withPull((pr) => ((pr.base as Json).sha = 'main'))],
  ['pull_request.head: null', 'pull_request', () => withPull((pr) => (pr.head = null))],
  [
    'pull_request.head.sha: 40 × "G"',
    'pull_request',
    () => withPull((pr) => ((pr.head as Json).sha = 'G'.repeat(40))),
  ],
  ['pull_request.number: "7"', 'pull_request', () => withPull((pr) => (pr.number = String(pr.number)))],
  ['pull_request.number: -1', 'pull_request', () => withPull((pr) => (pr.number = -1))],
  ['pull_request.number: 1.5', 'pull_request', () => withPull((pr) => (pr.number = 1.5))],
  ['pull_request.user: "ana"', 'pull_request', () => withPull((pr) => (pr.user = 'ana'))],
  ['pull_request.state: 1', 'pull_request', () => withPull((pr) => (pr.state = 1))],
  ['installation: null', 'pull_request', () => pullEvent('opened', (p) => (p.installation = null))],
  ['installation.id: "1"', 'pull_request', () => pullEvent('opened', (p) => (p.installation = { id: '1' }))],
  ['action: 42', 'pull_request', () => pullEvent('opened', (p) => (p.action = 42))],
  ['no action', 'pull_request', () => pullEvent('opened', (p) => delete p.action)],
  ['a body of null', 'pull_request', () => null],
  ['a body of 42', 'pull_request', () => 42],
  ['a body of "opened"', 'pull_request', () => 'opened'],
  ['a body that is an array', 'pull_request', () => [opened]],
  ['a body that is not JSON', 'pull_request', () => undefined, '{"action":"opened",'],
  ['an event named "error"', 'error', () => pullEvent('opened', () => {})],
  ['an event named "__proto__"', '__proto__', () => pullEvent('opened', () => {})],
  ['an event named "pull_request.opened"', 'pull_request.opened', () => pullEvent('opened', () => {})],
  [
    'review: pull_request.base.ref: null',
    'pull_request_review',
    () => pullEvent('submitted', (p) => ((p.pull_request as Json).base = { ref: null, sha: 'a'.repeat(40) })),
  ],
  ['review: repository: []', 'pull_request_review', () => pullEvent('submitted', (p) => (p.repository = []))],
  ['comment: issue: null', 'issue_comment', () => comment((p) => (p.issue = null))],
  ['comment: comment.user: "mo"', 'issue_comment', () => comment((p) => ((p.comment as Json).user = 'mo'))],
  ['comment: issue.number: null', 'issue_comment', () => comment((p) => ((p.issue as Json).number = null))],
  ['check_run.name: null', 'check_run', () => checkRun((run) => (run.name = null))],
  ['check_run.pull_requests: {}', 'check_run', () => checkRun((run) => (run.pull_requests = {}))],
  [
    'check_run.pull_requests: [{ number: "1" }]',
    'check_run',
    () => checkRun((run) => (run.pull_requests = [{ number: '1' }])),
  ],
  ['check_run.app: 5', 'check_run', () => checkRun((run) => (run.app = 5))],
  ['check_suite: null', 'check_suite', () => ({ action: 'completed', check_suite: null, ...common() })],
  ['merge_group: repository: null', 'merge_group', () => mergeGroup((p) => (p.repository = null))],
  [
    'merge_group.head_sha: "HEAD"',
    'merge_group',
    () => mergeGroup((p) => ((p.merge_group as Json).head_sha = 'HEAD')),
  ],
  ['merge_group.base_ref: 7', 'merge_group', () => mergeGroup((p) => ((p.merge_group as Json).base_ref = 7))],
  [
    'installation.created: repositories: [{ full_name: 42 }]',
    'installation',
    () => ({ action: 'created', installation: opened.installation, repositories: [{ full_name: 42 }] }),
  ],
  [
    'installation.created: repositories: "all"',
    'installation',
    () => ({ action: 'created', installation: opened.installation, repositories: 'all' }),
  ],
  [
    'installation_repositories.added: repositories_added: null',
    'installation_repositories',
    () => ({ action: 'added', installation: opened.installation, repositories_added: null }),
  ],
  [
    'installation_repositories.added: full_name "../.."',
    'installation_repositories',
    () => ({
      action: 'added',
      installation: opened.installation,
      repositories_added: [{ full_name: '../..' }],
    }),
  ],
]

describe('signed deliveries with a malformed payload', () => {
  it.each(MALFORMED)(
    '%s: 400, no request to GitHub, no check, one log line',
    async (_, event, payloadOf, rawBody) => {
      const id = crypto.randomUUID()
      const from = gh.requests.length
      const logsFrom = bot.logs().length
      const response = await bot.deliver(event, payloadOf(), {
        id,
        ...(rawBody === undefined ? {} : { rawBody }),
      })
      expect(response.status).toBe(400)
      expect(await response.text()).toMatch(/^\{"error":"(malformed payload|the body is not JSON)/)
      expect(gh.requests.slice(from).map((r) => r.operationId)).toEqual([])
      await waitFor(() =>
        bot
          .logs()
          .slice(logsFrom)
          .some((line) => line.delivery === id),
      )
      const lines = bot.logs().slice(logsFrom)
      expect(lines.filter((line) => line.delivery === id)).toHaveLength(1)
      expect(lines.filter((line) => line.level >= 50)).toEqual([])
    },
  )

  it('a genuine delivery of the same pull request is still evaluated (the rows above are refused for their shape alone)', async () => {
    expect(gh.state.checkRuns.map((run) => run.name)).toContain('modelgate/approval (main)')
    const from = gh.requests.length
    const response = await bot.deliver('pull_request', { ...opened, action: 'synchronize' })
    expect(response.status).toBe(200)
    expect(gh.requests.slice(from).map((r) => r.operationId)).toContain('checks/list-for-ref')
  })

  it('arbitrary JSON, signed, under any event the bot handles: never a 500, never a request to GitHub', async () => {
    const events = [
      'pull_request',
      'pull_request_review',
      'issue_comment',
      'check_run',
      'check_suite',
      'merge_group',
    ]
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...events), fc.jsonValue({ maxDepth: 4 }), async (event, payload) => {
        const from = gh.requests.length
        const response = await bot.deliver(event, payload)
        await response.arrayBuffer()
        expect([200, 400]).toContain(response.status)
        expect(gh.requests.length).toBe(from)
      }),
      { numRuns: 40 },
    )
  }, 60_000)
})

describe('the emulator at the end', () => {
  it('saw only what GitHub describes, and no check run named after an undefined base', () => {
    expect(gh.problems).toEqual([])
    const names = gh.state.checkRuns.map((run) => run.name)
    expect(names.filter((name) => name.includes('undefined'))).toEqual([])
  })
})

import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RecordedRequest } from '../../sandbox/emulator.js'
import { Emulator } from '../../sandbox/emulator.js'
import { openPullRequest, pushToBranch, review } from '../../sandbox/scenarios/pulls.js'
import type { CheckRun, PullRequest, Repo } from '../../sandbox/state.js'
import type { Bot } from '../support/bot-harness.js'
import { startBot, waitFor } from '../support/bot-harness.js'

/*
 * The real Probot server (`probot run lib/bot/index.js`, built by the global setup) against the
 * emulator: one pull request changing a critical model, walked from opened to approved, with the
 * request counts of each evaluation. The App holds app.yml's permissions, not the emulator's broad
 * defaults, so a call outside least privilege would fail the test.
 */

const owner = 'acme'
const name = 'models'
const CHECK = 'modelgate/approval (main)'
const MANIFEST = 'models/credit-limit-scorer/model.yaml'
const METRICS = 'models/credit-limit-scorer/metrics.json'
const POLICY = `
policy:
  rules:
    - name: risk-review
      if: { riskTiers: [high, critical] }
      requires:
        distinct:
          - { teams: [acme/risk], count: 1 }
          - { teams: [acme/ml-leads], count: 1 }
    - name: low-risk
      if: { riskTiers: [low, medium] }
      requires: { count: 1, teams: [acme/ml] }
  approval:
    - or: [risk-review, low-risk]
`

let gh: Emulator
let repo: Repo
let bot: Bot
let pull: PullRequest

beforeAll(async () => {
  gh = await Emulator.start()
  repo = gh.createRepo(owner, name, { seed: 'examples/model-repo' })
  for (const login of ['ana', 'carl', 'rita', 'leo']) gh.grant(repo, login, 'write')
  gh.addTeamMember(owner, 'risk', 'rita')
  gh.addTeamMember(owner, 'risk', 'carl')
  gh.addTeamMember(owner, 'ml-leads', 'leo')
  commitOnMain({
    '.modelgate/config.yml': `${withoutPolicy(readFileSync('examples/model-repo/.modelgate/config.yml', 'utf8'))}${POLICY}`,
  })
  bot = await startBot({
    appPath: 'lib/bot/index.js',
    emulator: gh,
    slug: 'modelgate',
    env: { LOG_LEVEL: 'info' },
  })
  // app.yml's default_permissions: least privilege.
  bot.app.permissions = {
    checks: 'write',
    contents: 'read',
    pull_requests: 'read',
    members: 'read',
    metadata: 'read',
  }
  gh.install(bot.app, owner)
})

afterAll(async () => {
  await bot?.stop()
  await gh?.stop()
})

/** The example config without its own policy (the test brings a smaller one). */
function withoutPolicy(config: string): string {
  const at = config.search(/^(# .*\n)?policy:/m)
  return at === -1 ? config : config.slice(0, at)
}

/** A commit on `main` written straight into the bare repository (no webhook): the default branch's policy. */
function commitOnMain(files: Record<string, string>): string {
  const before = repo.git.resolve('refs/heads/main')!
  const entries = Object.entries(files).map(([path, content]) => ({
    path,
    mode: '100644',
    sha: repo.git.writeBlob(Buffer.from(content)),
  }))
  const tree = repo.git.writeTree(repo.git.readCommit(before)!.tree, entries)
  const signature = { name: 'Admin', email: 'admin@example.com', date: '2026-03-01T12:00:00Z' }
  const after = repo.git.commitTree(tree, [before], 'Add the approval policy', signature, signature)
  repo.git.updateRef('refs/heads/main', after, false)
  return after
}

function fileOnMain(path: string): string {
  return repo.git.readFile(repo.git.resolve('refs/heads/main')!, path)!.content.toString('utf8')
}

const runsOf = (sha: string): CheckRun[] =>
  gh.state.checkRuns.filter((run) => run.repo === repo && run.headSha === sha && run.name === CHECK)

/** Waits for every delivery to be answered, then returns the one approval check run of `sha`. */
async function settledCheck(sha: string): Promise<CheckRun> {
  await waitFor(() => runsOf(sha).length > 0, { timeoutMs: 20_000, message: `a check run on ${sha}` })
  await gh.webhooks.settled()
  const runs = runsOf(sha)
  expect(runs, 'exactly one approval check run per head commit').toHaveLength(1)
  return runs[0]!
}

const operations = (requests: RecordedRequest[]) => requests.map((r) => `${r.operationId} ${r.status}`)
/** The same, sorted: reads within a round run in parallel and may reach the emulator in any order. */
const sortedOperations = (requests: RecordedRequest[]) => operations(requests).sort()
const reads = (requests: RecordedRequest[]) =>
  requests.filter((r) => r.method === 'GET' && !r.operationId?.startsWith('checks/'))
/** The bot's requests since `from` (the test drives the emulator without HTTP). */
const since = (from: number) => gh.requests.slice(from)
/** Every conclusion the bot wrote for `sha` since `from` (creates name the commit; updates, the run). */
const writtenConclusions = (from: number, sha: string) => {
  const ids = new Set(runsOf(sha).map((run) => `/check-runs/${run.id}`))
  return since(from)
    .filter((r) => r.status < 300)
    .filter(
      (r) =>
        (r.operationId === 'checks/create' && (r.body as { head_sha?: string }).head_sha === sha) ||
        (r.operationId === 'checks/update' && [...ids].some((id) => r.path.endsWith(id))),
    )
    .map((r) => (r.body as { conclusion?: string }).conclusion)
}

describe('the approval check on a pull request changing a critical model', () => {
  it('opens pending, explaining which rule needs whom, in one check run named for the base branch', async () => {
    const from = gh.requests.length
    const manifest = fileOnMain(MANIFEST).replace('version: 3.0.0', 'version: 3.1.0')
    pull = openPullRequest(gh, {
      repo,
      as: 'ana',
      head: 'raise-limit',
      title: 'credit-limit-scorer 3.1.0',
      files: { [MANIFEST]: manifest },
    })
    const run = await settledCheck(pull.head.sha)
    expect(run).toMatchObject({ status: 'completed', conclusion: 'action_required' })
    expect(run.output.title).toBe('Approval pending')
    expect(run.output.summary).toContain('still pending: risk\\-review')
    expect(run.output.text).toContain('risk\\-review')
    expect(run.output.text).toMatch(/still needed: .*acme\/risk/)
    expect(run.output.text).toContain('low\\-risk')

    const requests = since(from)
    expect(requests.every((r) => r.status < 400)).toBe(true)
    // Gathering: config, files, reviews, head tree, head manifest blob, base manifest = 6 reads.
    expect(reads(requests).length).toBeLessThanOrEqual(6)
    expect(sortedOperations(requests)).toEqual(
      [
        'apps/create-installation-access-token 201',
        'repos/get-content 200', // .modelgate/config.yml on main
        'pulls/list-files 200',
        'pulls/list-reviews 200',
        'git/get-tree 200', // head tree: governed digest, head manifest blob id
        'repos/get-content 200', // the manifest at the base commit
        'git/get-blob 200', // the manifest at the head
        'checks/list-for-ref 200',
        'checks/create 201',
      ].sort(),
    )
  })

  it('does not count the approval of a commit contributor, and the author cannot approve at all', async () => {
    const sha = pushToBranch(gh, {
      repo,
      branch: 'raise-limit',
      as: 'carl',
      files: { 'docs/credit-limit.md': 'Why the limit moves.\n' },
      message: 'Document the change',
    })
    await settledCheck(sha)
    expect(() => review(gh, { repo, pull, as: 'ana', state: 'APPROVED' })).toThrow()
    review(gh, { repo, pull, as: 'carl', state: 'APPROVED' })
    await gh.webhooks.settled()
    const run = await settledCheck(sha)
    expect(run.conclusion).toBe('action_required')
    // Logins are escaped against @-mentions (a zero-width space after the @).
    expect(run.output.text).toMatch(/ignored: @\u200b?carl \(author of commit [0-9a-f]{7}\)/)
  })

  it('turns success once a member of each required team approved, with reads of the policy, files, reviews, commits and memberships only', async () => {
    review(gh, { repo, pull, as: 'rita', state: 'APPROVED' })
    await gh.webhooks.settled()
    expect((await settledCheck(pull.head.sha)).conclusion).toBe('action_required')

    const from = gh.requests.length
    review(gh, { repo, pull, as: 'leo', state: 'APPROVED' })
    const run = await settledCheck(pull.head.sha)
    expect(run.conclusion).toBe('success')
    expect(run.output.title).toBe('Approved')
    expect(run.output.text).toMatch(/counted: .*rita/)
    expect(run.output.text).toMatch(/counted: .*leo/)

    const requests = since(from)
    expect(
      requests.every((r) => r.status < 400 || r.operationId === 'teams/get-membership-for-user-in-org'),
    ).toBe(true)
    // Trees and manifests come from the caches (immutable, by SHA).
    expect(sortedOperations(requests)).toEqual(
      [
        'repos/get-content 200',
        'pulls/list-files 200',
        'pulls/list-reviews 200',
        'pulls/list-commits 200',
        // Each judged voter (rita, leo) in each team of the rule that applies (risk, ml-leads); acme/ml
        // belongs to a skipped rule and is not looked up.
        'teams/get-membership-for-user-in-org 200',
        'teams/get-membership-for-user-in-org 404',
        'teams/get-membership-for-user-in-org 404',
        'teams/get-membership-for-user-in-org 200',
        'checks/list-for-ref 200',
        'checks/update 200',
      ].sort(),
    )
  })

  it('goes back to pending when a push changes the metrics (approvals are for the content they saw)', async () => {
    const from = gh.requests.length
    const metrics = fileOnMain(METRICS).replace(/\d\.\d+/, (value) => String(Number(value) + 0.001))
    const sha = pushToBranch(gh, {
      repo,
      branch: 'raise-limit',
      as: 'ana',
      files: { [METRICS]: metrics },
      message: 'New metrics',
    })
    const run = await settledCheck(sha)
    expect(run.conclusion).toBe('action_required')
    expect(run.output.text).toMatch(/governed files changed since/)
    expect(writtenConclusions(from, sha)).not.toContain('success')
  })

  it('stays success after a push that leaves the governed files identical', async () => {
    review(gh, { repo, pull, as: 'rita', state: 'APPROVED' })
    review(gh, { repo, pull, as: 'leo', state: 'APPROVED' })
    await gh.webhooks.settled()
    expect((await settledCheck(pull.head.sha)).conclusion).toBe('success')

    const sha = pushToBranch(gh, {
      repo,
      branch: 'raise-limit',
      as: 'ana',
      files: { 'docs/credit-limit.md': 'Why the limit moves, reworded.\n' },
      message: 'Reword the notes',
    })
    const run = await settledCheck(sha)
    expect(run.conclusion).toBe('success')
    expect(run.output.text).not.toMatch(/governed files changed since/)
  })
})

describe('deliveries the bot must refuse or survive', () => {
  it('rejects a delivery with a wrong signature (400) and writes no check', async () => {
    const template = gh.webhooks.deliveries.find((d) => d.event === 'pull_request')!
    const from = gh.requests.length
    const response = await bot.deliver('pull_request', template.payload, {
      signature: `sha256=${'0'.repeat(64)}`,
    })
    expect(response.status).toBe(400)
    await response.arrayBuffer()
    expect(gh.requests.length).toBe(from)
  })

  it('converges despite 5xx and rate-limit faults, and never writes a false success', async () => {
    const removers = [
      gh.faults.add({ kind: 'server-error', match: { operationId: 'pulls/list-reviews' }, times: 1 }),
      gh.faults.add({
        kind: 'rate-limit',
        match: { operationId: 'pulls/list-files' },
        times: 1,
        retryAfterSeconds: 1,
      }),
      gh.faults.add({
        kind: 'secondary-rate-limit',
        match: { operationId: 'repos/get-content' },
        times: 1,
        retryAfterSeconds: 1,
      }),
    ]
    try {
      const from = gh.requests.length
      const metrics = fileOnMain(METRICS).replace(/\d\.\d+/, (value) => String(Number(value) + 0.002))
      const sha = pushToBranch(gh, {
        repo,
        branch: 'raise-limit',
        as: 'ana',
        files: { [METRICS]: metrics },
        message: 'Metrics again',
      })
      const run = await settledCheck(sha)
      expect(run.conclusion).toBe('action_required')
      expect(since(from).filter((r) => r.fault).length).toBe(3)
      expect(writtenConclusions(from, sha)).not.toContain('success')
    } finally {
      removers.forEach((remove) => remove())
    }
  })

  it('fails closed with "could not evaluate" when a read keeps failing, then recovers on the next event', async () => {
    // A permission GitHub no longer grants (403): not retried, so the check must say so and fail.
    const remove = gh.faults.add({
      kind: 'server-error',
      status: 403,
      match: { operationId: 'pulls/list-reviews' },
    })
    const sha = pull.head.sha
    try {
      // Approvals exist for this content, so only the fault stands between the pull request and success.
      review(gh, { repo, pull, as: 'rita', state: 'APPROVED' })
      review(gh, { repo, pull, as: 'leo', state: 'APPROVED' })
      await gh.webhooks.settled()
      const run = await waitFor(() => runsOf(sha).find((r) => r.conclusion === 'failure'))
      expect(run.output.summary).toContain('could not evaluate')
      expect(run.output.text).toContain('HTTP 403')
    } finally {
      remove()
    }
    review(gh, { repo, pull, as: 'leo', state: 'COMMENTED', body: 'still fine' })
    await gh.webhooks.settled()
    expect((await settledCheck(sha)).conclusion).toBe('success')
  })
})

describe('the emulator at the end of the bot run', () => {
  it('recorded no differences from GitHub’s descriptions', () => {
    expect(gh.problems).toEqual([])
  })
})

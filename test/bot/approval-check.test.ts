import { readFileSync } from 'node:fs'
import { Octokit } from '@octokit/rest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RecordedRequest } from '../../sandbox/emulator.js'
import { Emulator } from '../../sandbox/emulator.js'
import { installApp } from '../../sandbox/scenarios/apps.js'
import { comment, edit } from '../../sandbox/scenarios/comments.js'
import { enqueue } from '../../sandbox/scenarios/merge-queue.js'
import { branchMoved, openPullRequest, pushToBranch, review } from '../../sandbox/scenarios/pulls.js'
import type { CheckRun, PullRequest, Repo } from '../../sandbox/state.js'
import { appJwt, generateAppKey } from '../support/app-auth.js'
import type { Bot } from '../support/bot-harness.js'
import { startBot, waitFor } from '../support/bot-harness.js'

/*
 * The real Probot server (its production entry `lib/bot/main.js`, built by the global setup)
 * against the emulator: one pull request changing a critical model, walked from opened to approved,
 * rebased and faulted; one changing a low-risk model (the typical evaluation: a review, one team);
 * one that edits the policy; in a second repository, a rule waiting for another App's check and a
 * retarget; in a third, approvals by comment. Each evaluation's requests are asserted exactly. The
 * App holds app.yml's permissions, not the emulator's broad defaults, so a call outside least
 * privilege would fail the test.
 */

const owner = 'acme'
const name = 'models'
const CHECK = 'modelgate/approval (main)'
const MANIFEST = 'models/credit-limit-scorer/model.yaml'
const METRICS = 'models/credit-limit-scorer/metrics.json'
const LOW_RISK_MANIFEST = 'models/support-ticket-router/model.yaml'
const CONFIG = '.modelgate/config.yml'
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
    - name: platform
      requires: { count: 1, teams: [acme/platform] }
  approval:
    - or: [risk-review, low-risk]
  require:
    policyChange: platform
`
/**
 * The second repository's policy: one team, and another App's check that must succeed. The rule is
 * for prod: a change in the model repository can reach every configured environment by promotion,
 * so it applies (skipping it would leave every rule skipped, an error). Pull requests into `release`
 * also need pat's sign-off.
 */
const GATED_POLICY = `
policy:
  rules:
    - name: evaluated
      if: { environments: [prod] }
      requires: { count: 1, teams: [acme/ml] }
      conditions: { checks: [ci/evaluation] }
    - name: release-signoff
      if: { targetBranches: [release] }
      requires: { count: 1, users: [pat] }
  approval: [evaluated, release-signoff]
`

/** The third repository's policy: approval by an `/approve` comment of an acme/ml member, reviews aside. */
const COMMENT_POLICY = `
policy:
  rules:
    - name: approved-by-comment
      requires: { count: 1, teams: [acme/ml] }
      options: { methods: { reviews: false, comments: [/approve] } }
  approval: [approved-by-comment]
`

let gh: Emulator
let repo: Repo
let bot: Bot
let pull: PullRequest
/** A second repository, whose policy waits for another App's check. */
let serving: Repo
/** A third, whose policy approves by comment. */
let commented: Repo

beforeAll(async () => {
  gh = await Emulator.start()
  repo = gh.createRepo(owner, name, { seed: 'examples/model-repo' })
  for (const login of ['ana', 'carl', 'rita', 'leo']) gh.grant(repo, login, 'write')
  gh.addTeamMember(owner, 'risk', 'rita')
  gh.addTeamMember(owner, 'risk', 'carl')
  gh.addTeamMember(owner, 'ml-leads', 'leo')
  gh.addTeamMember(owner, 'ml', 'mo')
  gh.addTeamMember(owner, 'platform', 'pat')
  for (const login of ['mo', 'pat']) gh.grant(repo, login, 'write')
  commitOnMain({ [CONFIG]: configWith(POLICY) })
  // Created before the bot's first token: the emulator scopes a token to the repositories that exist when it is minted.
  serving = gh.createRepo(owner, 'serving', { seed: 'examples/model-repo' })
  for (const login of ['ana', 'mo']) gh.grant(serving, login, 'write')
  commitOnMain({ [CONFIG]: configWith(GATED_POLICY) }, serving)
  commented = gh.createRepo(owner, 'commented', { seed: 'examples/model-repo' })
  for (const login of ['mo', 'ana', 'max']) gh.grant(commented, login, 'write')
  gh.addTeamMember(owner, 'ml', 'max')
  commitOnMain({ [CONFIG]: configWith(COMMENT_POLICY) }, commented)
  bot = await startBot({
    appPath: 'lib/bot/main.js',
    emulator: gh,
    slug: 'modelgate',
    // The App exactly as app.yml registers it: its least-privilege permissions, and only the events
    // it subscribes to (the emulator sends an App no other), so every scenario also proves app.yml.
    manifest: 'app.yml',
    env: { LOG_LEVEL: 'info' },
  })
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

/** The example config with `policy` instead of its own. */
function configWith(policy: string): string {
  return `${withoutPolicy(readFileSync(`examples/model-repo/${CONFIG}`, 'utf8'))}${policy}`
}

/** A commit on `main` written straight into the bare repository (no webhook): the default branch's policy. */
function commitOnMain(files: Record<string, string>, target: Repo = repo): string {
  const before = target.git.resolve('refs/heads/main')!
  const entries = Object.entries(files).map(([path, content]) => ({
    path,
    mode: '100644',
    sha: target.git.writeBlob(Buffer.from(content)),
  }))
  const tree = target.git.writeTree(target.git.readCommit(before)!.tree, entries)
  const signature = { name: 'Admin', email: 'admin@example.com', date: '2026-03-01T12:00:00Z' }
  const after = target.git.commitTree(tree, [before], 'Update main', signature, signature)
  target.git.updateRef('refs/heads/main', after, false)
  return after
}

function fileOnMain(path: string): string {
  return repo.git.readFile(repo.git.resolve('refs/heads/main')!, path)!.content.toString('utf8')
}

/** ana pushes to the critical pull request's branch a metrics file whose first value moved by `delta`. */
const pushMetricsChange = (delta: number, message: string) =>
  pushToBranch(gh, {
    repo,
    branch: 'raise-limit',
    as: 'ana',
    files: { [METRICS]: fileOnMain(METRICS).replace(/\d\.\d+/, (value) => String(Number(value) + delta)) },
    message,
  })

/** The low-risk support-ticket-router manifest (0.9.2 on main) at `version`. */
const routerAt = (version: string) =>
  fileOnMain(LOW_RISK_MANIFEST).replace('version: 0.9.2', `version: ${version}`)

/** `as` opens a pull request on branch `router-<version>` raising the support-ticket-router to `version`. */
function openRouterBump(target: Repo, as: string, version: string): PullRequest {
  return openPullRequest(gh, {
    repo: target,
    as,
    head: `router-${version}`,
    title: `support-ticket-router ${version}`,
    files: { [LOW_RISK_MANIFEST]: routerAt(version) },
  })
}

/**
 * `git rebase main` of a pull request's branch, as `as` would push it with `--force`: each commit
 * replayed on the current `main` (its author kept, `as` the committer), the branch moved, and the
 * `push` (forced) and `pull_request.synchronize` webhooks sent. Returns the new head.
 */
function rebaseOntoMain(target: PullRequest, as: string): string {
  const { git } = repo
  const ref = `refs/heads/${target.head.ref}`
  const before = git.resolve(ref)!
  const blobs = (commit: string) =>
    new Map(
      git
        .readTree(git.readCommit(commit)!.tree, true)
        .filter((entry) => entry.type === 'blob')
        .map((entry) => [entry.path, entry] as const),
    )
  const committer = { name: as, email: `${as}@users.noreply.emulator.invalid`, date: '2026-03-02T12:00:00Z' }
  let head = git.resolve('refs/heads/main')!
  for (const sha of git.commitsBetween(target.base.sha, before)) {
    const commit = git.readCommit(sha)!
    const [was, now] = [blobs(commit.parents[0]!), blobs(sha)]
    const changes = [
      ...[...now.values()]
        .filter((entry) => was.get(entry.path)?.sha !== entry.sha)
        .map(({ path, mode, sha: blob }) => ({ path, mode, sha: blob })),
      ...[...was.keys()]
        .filter((path) => !now.has(path))
        .map((path) => ({ path, mode: '100644', sha: null })),
    ]
    const tree = git.writeTree(git.readCommit(head)!.tree, changes)
    head = git.commitTree(tree, [head], commit.message, commit.author, committer)
  }
  git.updateRef(ref, head, true)
  const user = gh.createUser(as)
  gh.events.push(repo, ref, before, head, true, user)
  branchMoved(gh, repo, ref, before, head, user)
  return head
}

/** Waits into the next whole second of the clock (GitHub's timestamps have seconds). */
const nextSecond = () => new Promise((resolve) => setTimeout(resolve, 1010 - (Date.now() % 1000)))

const runsOf = (sha: string, target: Repo = repo): CheckRun[] =>
  gh.state.checkRuns.filter((run) => run.repo === target && run.headSha === sha && run.name === CHECK)

/** Waits for every delivery to be answered, then returns the one approval check run of `sha`. */
async function settledCheck(sha: string, target: Repo = repo): Promise<CheckRun> {
  await waitFor(() => runsOf(sha, target).length > 0, { timeoutMs: 20_000, message: `a check run on ${sha}` })
  await gh.webhooks.settled()
  const runs = runsOf(sha, target)
  expect(runs, 'exactly one approval check run per head commit').toHaveLength(1)
  return runs[0]!
}

/** The lines of a rule in the check output: its own line and its counted / ignored / still-needed lines. */
function ruleLines(text: string | null, rule: string): string[] {
  const lines = (text ?? '').split('\n')
  const at = lines.findIndex((line) => line.includes(`**${rule.replaceAll('-', '\\-')}**`))
  if (at === -1) return []
  const indent = lines[at]!.search(/\S/)
  const detail = lines.slice(at + 1).findIndex((line) => !line.startsWith(`${' '.repeat(indent + 2)}- `))
  return lines.slice(at, detail === -1 ? undefined : at + 1 + detail).map((line) => line.trim())
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
    // Logins are escaped against @-mentions and short SHAs against commit links (a zero-width space).
    expect(run.output.text).toMatch(/ignored: @\u200b?carl \(author of commit [0-9a-f]{6}\u200b?[0-9a-f]\)/)
  })

  it('turns success once a member of each required team approved, with reads of the policy, files, reviews and one member list per team only', async () => {
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
    expect(requests.every((r) => r.status < 400)).toBe(true)
    // Trees, manifests and the changed files come from the caches (immutable, by SHA), and so do the
    // commits: rita's review listed them for this base and head. 6 requests (12 when each voter was
    // looked up in each team and the files listed again).
    expect(sortedOperations(requests)).toEqual(
      [
        'repos/get-content 200',
        'pulls/list-reviews 200',
        // One list per team of the rule that applies (risk, ml-leads), whatever the number of voters;
        // acme/ml and acme/platform belong to skipped rules and are not read.
        'teams/list-members-in-org 200',
        'teams/list-members-in-org 200',
        'checks/list-for-ref 200',
        'checks/update 200',
      ].sort(),
    )
    expect(ruleLines(run.output.text, 'risk-review')).toEqual([
      expect.stringMatching(/^- ✓ \*\*risk\\-review\*\*: /),
      expect.stringMatching(/^- counted: @\u200b?rita \(approved[^)]*\), @\u200b?leo \(approved[^)]*\)$/),
      expect.stringMatching(/^- ignored: @\u200b?carl \(author of commit [0-9a-f]{6}\u200b?[0-9a-f]\)$/),
    ])
  })

  it('goes back to pending when a push changes the metrics (approvals are for the content they saw)', async () => {
    const from = gh.requests.length
    const sha = pushMetricsChange(0.001, 'New metrics')
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

  it('stays success after a rebase onto a moved main that leaves the governed files identical', async () => {
    commitOnMain({ 'docs/release-process.md': 'How we release.\n' })
    const before = pull.head.sha
    const from = gh.requests.length
    const sha = rebaseOntoMain(pull, 'ana')
    expect(sha).not.toBe(before)
    expect(repo.git.isAncestor(before, sha), 'a rebase, not a fast-forward').toBe(false)
    const run = await settledCheck(sha)
    expect(run.conclusion).toBe('success')
    expect(run.output.text).not.toMatch(/governed files changed since/)
    expect(writtenConclusions(from, sha)).toEqual(['success'])
    // The approvals were given on the old head; they still count because the governed files match.
    expect(ruleLines(run.output.text, 'risk-review')[1]).toMatch(/counted: .*rita.*leo|counted: .*leo.*rita/)
  })
})

describe('a pull request changing a low-risk model: the typical evaluation', () => {
  let lowRisk: PullRequest

  it('opens pending for one team; the first vote on the head (by a non-member, ignored with the reason) costs 6 requests', async () => {
    lowRisk = openRouterBump(repo, 'ana', '0.9.3')
    expect((await settledCheck(lowRisk.head.sha)).conclusion).toBe('action_required')
    const from = gh.requests.length
    review(gh, { repo, pull: lowRisk, as: 'leo', state: 'APPROVED' })
    await gh.webhooks.settled()
    const run = await settledCheck(lowRisk.head.sha)
    expect(run.conclusion).toBe('action_required')
    expect(sortedOperations(since(from))).toEqual(
      [
        'repos/get-content 200',
        // the changed files: cached since the pull request was opened (same base and head)
        'pulls/list-reviews 200',
        'pulls/list-commits 200', // the first vote on this head: cached from now on
        'teams/list-members-in-org 200',
        'checks/list-for-ref 200',
        'checks/update 200',
      ].sort(),
    )
    expect(ruleLines(run.output.text, 'low-risk')).toEqual([
      expect.stringMatching(/^- … \*\*low\\-risk\*\*: 0\/1/),
      expect.stringMatching(/^- ignored: @\u200b?leo \(not .*acme\/ml.*\)$/),
      expect.stringMatching(/^- still needed: .*acme\/ml/),
    ])
  })

  it('turns success on a review by a team member with 5 requests: policy, reviews, one member list, the check', async () => {
    await gh.webhooks.settled()
    const from = gh.requests.length
    review(gh, { repo, pull: lowRisk, as: 'mo', state: 'APPROVED' })
    const run = await settledCheck(lowRisk.head.sha)
    expect(run.conclusion).toBe('success')
    const requests = since(from)
    expect(requests.every((r) => r.status < 400)).toBe(true)
    expect(sortedOperations(requests)).toEqual(
      [
        'repos/get-content 200', // the policy on main
        'pulls/list-reviews 200',
        // files and commits: cached by base..head; trees and manifests: cached by SHA
        'teams/list-members-in-org 200', // acme/ml, once for leo and mo
        'checks/list-for-ref 200',
        'checks/update 200',
      ].sort(),
    )
    expect(ruleLines(run.output.text, 'low-risk')).toEqual([
      expect.stringMatching(/^- ✓ \*\*low\\-risk\*\*: 1\/1/),
      expect.stringMatching(/^- counted: @\u200b?mo \(approved[^)]*\)$/),
      expect.stringMatching(/^- ignored: @\u200b?leo \(not .*acme\/ml.*\)$/),
    ])
  })
})

describe('a pull request that edits the policy', () => {
  it('is judged by the default branch’s policy, not its own, and its proposed policy is linted in the output', async () => {
    // The proposed policy would approve anything at once, and names a rule it does not define.
    const proposed = configWith(`
policy:
  rules:
    - name: anyone
      requires: { count: 0 }
  approval: [anyone, ghost]
`)
    const edit = openPullRequest(gh, {
      repo,
      as: 'ana',
      head: 'loosen-policy',
      title: 'Loosen the policy',
      files: { [CONFIG]: proposed },
    })
    const run = await settledCheck(edit.head.sha)
    expect(run.conclusion).toBe('action_required')
    const text = run.output.text ?? ''
    // Under main's policy: the model rules are skipped, `platform` is required for a policy change.
    expect(ruleLines(text, 'platform')).toEqual([
      expect.stringMatching(
        /^- … \*\*platform\*\*: required because the pull request edits the approval policy; 0\/1/,
      ),
      expect.stringMatching(/^- still needed: .*acme\/platform/),
    ])
    expect(text).not.toContain('**anyone**')
    expect(text).toContain('### The policy in this pull request')
    expect(text).toMatch(/^- ✗ .*config.*:\d+:\d+ policy.*approval.*: rule "ghost" is not defined/m)
    expect(text).toMatch(
      /^- ⚠ .*config.*:\d+:\d+ policy.*rules.*requires: rule "anyone" requires no approval/m,
    )

    review(gh, { repo, pull: edit, as: 'pat', state: 'APPROVED' })
    await gh.webhooks.settled()
    const approved = await settledCheck(edit.head.sha)
    expect(approved.conclusion).toBe('success')
    expect(approved.output.text).toContain('### The policy in this pull request')
  })
})

describe('a rule that waits for another App’s check run', () => {
  let ci: Octokit
  let gated: PullRequest

  beforeAll(async () => {
    // A CI App without a webhook URL: it only writes check runs, whose webhooks reach the bot.
    const { privateKey, publicKey } = generateAppKey()
    const app = gh.registerApp({ slug: 'ci', publicKey, permissions: { checks: 'write', metadata: 'read' } })
    const installation = gh.install(app, owner)
    const asApp = new Octokit({ auth: appJwt(app.id, privateKey), baseUrl: gh.url, request: { retries: 0 } })
    const { data } = await asApp.rest.apps.createInstallationAccessToken({ installation_id: installation.id })
    ci = new Octokit({ auth: data.token, baseUrl: gh.url, request: { retries: 0 } })
  })

  it('stays pending until the check succeeds, then re-evaluates on check_run.completed and passes', async () => {
    gated = openRouterBump(serving, 'ana', '1.0.0')
    const sha = gated.head.sha
    await settledCheck(sha, serving)
    review(gh, { repo: serving, pull: gated, as: 'mo', state: 'APPROVED' })
    await gh.webhooks.settled()
    let run = await settledCheck(sha, serving)
    expect(run.conclusion).toBe('action_required')
    expect(ruleLines(run.output.text, 'evaluated')).toEqual([
      expect.stringMatching(
        /^- … \*\*evaluated\*\*: 1\/1 .*waiting for check "ci\/evaluation" \\\(not run\\\)$/,
      ),
      expect.stringMatching(/^- counted: @\u200b?mo \(approved[^)]*\)$/),
      expect.stringMatching(/^- still needed: check "ci\/evaluation" \\\(not run\\\) to succeed$/),
    ])

    const { data: started } = await ci.rest.checks.create({
      owner,
      repo: 'serving',
      name: 'ci/evaluation',
      head_sha: sha,
      status: 'in_progress',
    })
    await gh.webhooks.settled()
    const from = gh.requests.length
    await ci.rest.checks.update({
      owner,
      repo: 'serving',
      check_run_id: started.id,
      conclusion: 'success',
      output: { title: 'Evaluated', summary: 'macro_f1 0.84' },
    })
    run = await waitFor(() => runsOf(sha, serving).find((r) => r.conclusion === 'success'), {
      message: 'the approval check turned success after ci/evaluation',
    })
    await gh.webhooks.settled()
    expect(runsOf(sha, serving)).toHaveLength(1)
    expect(ruleLines(run.output.text, 'evaluated')[0]).toMatch(/^- ✓ \*\*evaluated\*\*: 1\/1/)
    const requests = since(from)
    expect(sortedOperations(requests)).toEqual(
      [
        'checks/update 200', // the CI App's own update, which fired check_run.completed
        'repos/get-content 200', // the policy: does a rule wait for ci/evaluation?
        'pulls/get 200', // the pull request named by the check run
        'pulls/list-reviews 200',
        // The head's check runs, for the condition and for the write: one list serves both.
        'checks/list-for-ref 200',
        'teams/list-members-in-org 200',
        'checks/update 200',
      ].sort(),
    )
  })

  it('earns no pass when retargeted: the new base gets its own check, judged under its own rules', async () => {
    const sha = gated.head.sha
    const [mainRun] = runsOf(sha, serving)
    expect(mainRun?.conclusion).toBe('success')
    serving.git.createRef('refs/heads/release', serving.git.resolve('refs/heads/main')!)
    const ana = new Octokit({ auth: gh.tokenFor('ana'), baseUrl: gh.url, request: { retries: 0 } })
    await ana.rest.pulls.update({ owner, repo: 'serving', pull_number: gated.number, base: 'release' })
    await gh.webhooks.settled()
    const release = await waitFor(
      () =>
        gh.state.checkRuns.find(
          (r) => r.repo === serving && r.headSha === sha && r.name.endsWith('(release)'),
        ),
      { message: 'a check run named for the new base' },
    )
    expect(release.name).toBe('modelgate/approval (release)')
    expect(release.conclusion).toBe('action_required')
    expect(ruleLines(release.output.text, 'release-signoff')).toContainEqual(
      expect.stringMatching(/^- still needed: .*pat/),
    )
    // The pass earned against main stays where it was, under main's name: branch protection on
    // release requires the (release) check, which no approval for main can satisfy.
    expect(runsOf(sha, serving)).toEqual([
      expect.objectContaining({ id: mainRun!.id, conclusion: 'success' }),
    ])
  })
})

describe('a policy that approves by comment', () => {
  it('ignores the author’s, an outsider’s and an edited comment, and counts a member’s new one', async () => {
    // mo, a member of acme/ml, opens the pull request: their own /approve must not count.
    const opened = openRouterBump(commented, 'mo', '0.9.4')
    const sha = opened.head.sha
    await settledCheck(sha, commented)
    comment(gh, { repo: commented, issue: opened.number, as: 'mo', body: '/approve' })
    comment(gh, { repo: commented, issue: opened.number, as: 'ana', body: '/approve' })
    const second = comment(gh, {
      repo: commented,
      issue: opened.number,
      as: 'max',
      body: 'one question first',
    })
    await gh.webhooks.settled()
    // An edit is told by `updated_at` differing from `created_at`, both in whole seconds: edit later.
    await nextSecond()
    edit(gh, { comment: second, as: 'max', body: '/approve' })
    await gh.webhooks.settled()
    let run = await settledCheck(sha, commented)
    expect(run.conclusion).toBe('action_required')
    const lines = ruleLines(run.output.text, 'approved-by-comment')
    expect(lines[0]).toMatch(/^- … \*\*approved\\-by\\-comment\*\*: 0\/1/)
    const ignored = lines.find((line) => line.startsWith('- ignored: '))
    expect(ignored).toMatch(/@\u200b?mo \(author of the pull request\)/)
    expect(ignored).toMatch(/@\u200b?ana \(not .*acme\/ml.*\)/)
    expect(ignored).toMatch(/@\u200b?max \(comment was edited\)/)

    // GitHub's times have whole seconds, and a comment in the second the head's check run started is
    // judged as possibly older than the head: people comment later than that.
    await nextSecond()
    comment(gh, { repo: commented, issue: opened.number, as: 'max', body: '/approve' })
    await gh.webhooks.settled()
    run = await waitFor(() => runsOf(sha, commented).find((r) => r.conclusion === 'success'), {
      message: 'the approval check turned success after a member’s /approve',
    })
    expect(ruleLines(run.output.text, 'approved-by-comment')).toContainEqual(
      expect.stringMatching(/^- counted: @\u200b?max \(approved/),
    )
    // A comment that changes nothing: evaluated, and the check, which already says so, is not rewritten.
    const from = gh.requests.length
    comment(gh, { repo: commented, issue: opened.number, as: 'ana', body: 'thanks!' })
    await gh.webhooks.settled()
    expect(operations(since(from))).toContain('checks/list-for-ref 200')
    expect(operations(since(from)).filter((operation) => operation.startsWith('checks/update'))).toEqual([])

    // A push: a comment names no commit, so one made before the new head arrived no longer counts.
    await nextSecond()
    const pushed = pushToBranch(gh, {
      repo: commented,
      branch: 'router-0.9.4',
      as: 'mo',
      files: { [LOW_RISK_MANIFEST]: routerAt('0.9.5') },
      message: 'Bump again',
    })
    run = await settledCheck(pushed, commented)
    expect(run.conclusion).toBe('action_required')
    expect(ruleLines(run.output.text, 'approved-by-comment')).toContainEqual(
      expect.stringMatching(/@\u200b?max \(approved by comment, governed files may have changed since\)/),
    )
  })
})

describe('an installation on an account with open pull requests', () => {
  it('evaluates them on installation.created, without waiting for their next event', async () => {
    const globex = gh.createRepo('globex', 'models', { seed: 'examples/model-repo' })
    gh.grant(globex, 'ana', 'write')
    const policy = `
policy:
  rules:
    - name: reviewed
      requires: { count: 1, users: [pat] }
  approval: [reviewed]
`
    commitOnMain({ [CONFIG]: configWith(policy) }, globex)
    const opened = openRouterBump(globex, 'ana', '0.9.6')
    await gh.webhooks.settled()
    expect(runsOf(opened.head.sha, globex)).toEqual([]) // the App is not installed on globex yet

    installApp(gh, { app: bot.app, account: 'globex', as: 'gina' })
    const run = await settledCheck(opened.head.sha, globex)
    expect(run.conclusion).toBe('action_required')
    expect(ruleLines(run.output.text, 'reviewed')).toContainEqual(
      expect.stringMatching(/^- still needed: .*pat/),
    )
    const delivery = gh.webhooks.deliveries.findLast((d) => d.event === 'installation')
    expect(delivery).toMatchObject({ app: 'modelgate', action: 'created', status: 200 })
  })
})

describe('a merge queue', () => {
  it('gives a queued pull request’s group commit the result the pull request earns, approved or not', async () => {
    // The low-risk pull request is approved; its group commit gets the check, named for the base.
    const [approved] = gh.state.pulls.filter((p) => p.repo === repo && p.head.ref === 'router-0.9.3')
    const group = enqueue(gh, { pull: approved!, as: 'mo' })
    expect(group.headRef).toBe(
      `refs/heads/gh-readonly-queue/main/pr-${approved!.number}-${approved!.head.sha}`,
    )
    const run = await settledCheck(group.headSha)
    expect(run.conclusion).toBe('success')
    expect(run.output.summary).toMatch(new RegExp(`^merge group of #${approved!.number}: `))

    // The pull request that approves by comment lost its approval to a push: its group fails to pass.
    const [stale] = gh.state.pulls.filter((p) => p.repo === commented && p.head.ref === 'router-0.9.4')
    const staleGroup = enqueue(gh, { pull: stale!, as: 'mo' })
    expect((await settledCheck(staleGroup.headSha, commented)).conclusion).toBe('action_required')
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
      const sha = pushMetricsChange(0.002, 'Metrics again')
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

import { readFileSync } from 'node:fs'
import { expect } from 'vitest'
import { Emulator } from '../../sandbox/emulator.js'
import type { GitSignature } from '../../sandbox/git-store.js'
import { branchMoved } from '../../sandbox/events-pulls.js'
import { createPull } from '../../sandbox/routes/pulls.js'
import { review } from '../../sandbox/scenarios/pulls.js'
import type { CheckRun, PullRequest, Repo } from '../../sandbox/state.js'
import type { Bot } from './bot-harness.js'
import { startBot, waitFor } from './bot-harness.js'

/*
 * The approval check's attack scenarios: the real bot (`lib/bot/main.js`, registered with app.yml's
 * permissions and events) against the emulator, on a repository seeded from examples/model-repo
 * whose default branch holds {@link ATTACK_POLICY} (or another). Commits are written straight into
 * the emulator's git, so a test can stage what `git push` can: any mode (links, submodules), any
 * author and committer, thousands of files; the webhooks are those GitHub sends for a push.
 */

export const owner = 'acme'
export const CONFIG = '.modelgate/config.yml'
export const CHECK = 'modelgate/approval (main)'
export const CRITICAL_MANIFEST = 'models/credit-limit-scorer/model.yaml'
export const CRITICAL_METRICS = 'models/credit-limit-scorer/metrics.json'
export const LOW_RISK_MANIFEST = 'models/support-ticket-router/model.yaml'

/**
 * One maintainer (acme/ml: mo, max) for every change; a critical model also needs a risk reviewer
 * (acme/risk: rita) and compliance (acme/compliance: carl), two different people.
 */
export const ATTACK_POLICY = `
policy:
  rules:
    - name: maintainers
      requires: { count: 1, teams: [acme/ml] }
    - name: critical-two-person
      if: { riskTiers: [critical] }
      requires:
        distinct:
          - { teams: [acme/risk], count: 1 }
          - { teams: [acme/compliance], count: 1 }
  approval: [maintainers, critical-two-person]
`

/** A tree change: a file's content (`string`), a raw entry (mode and object id), or a deletion (`null`). */
export type Change = string | { mode: string; sha: string } | null

export interface ApprovalScenario {
  gh: Emulator
  repo: Repo
  bot: Bot
  /** Writes `changes` on `main` without a webhook (the default branch's state). */
  commitOnMain(changes: Record<string, Change>): string
  /** The content of a file on `main`. */
  fileOnMain(path: string): string
  /** A commit of `changes` on `parent`, by `who` (author and committer, or each given). */
  commit(parent: string, changes: Record<string, Change>, who: Identity, message?: string): string
  /** `as` opens a pull request from a new branch `head` holding `commits` (each a set of changes) on `main`. */
  openPull(options: {
    as: string
    head: string
    commits: Record<string, Change>[]
    who?: Identity
  }): PullRequest
  /**
   * Pushes commits onto `pull`'s branch as `as`, in one push, with the webhooks: each authored and
   * committed by `who` (default `as`), or by its own `who`.
   */
  push(pull: PullRequest, as: string, commits: Commit[], who?: Identity): string
  /** `as` approves (or not) the pull request's current head. */
  review(pull: PullRequest, as: string, state?: 'APPROVED' | 'CHANGES_REQUESTED'): void
  /** Waits for the deliveries (up to `timeoutMs`, default 60 s), then returns the one approval check run of `sha`. */
  settledCheck(sha: string, timeoutMs?: number): Promise<CheckRun>
  /** Every conclusion the bot wrote on `sha`. */
  conclusionsOn(sha: string): (string | undefined)[]
  stop(): Promise<void>
}

/** A commit's changes, or its changes with its own author and committer. */
export type Commit = Record<string, Change> | { changes: Record<string, Change>; who: Identity }

function isOwnCommit(entry: Commit): entry is { changes: Record<string, Change>; who: Identity } {
  return typeof entry.changes === 'object' && entry.changes !== null && 'who' in entry
}

/** An author and committer: a login's linked e-mail, or any name and e-mail. */
export type Identity =
  string | { author: { name: string; email: string }; committer: { name: string; email: string } }

export interface ApprovalScenarioOptions {
  /** The repository's name (one per test file keeps emulators apart). */
  name: string
  /** The `policy:` section (default {@link ATTACK_POLICY}). */
  policy?: string
  /** Edits the example config's text before the policy is appended (e.g. another `models.root`). */
  config?: (text: string) => string
  /** Commits `pulls/list-commits` lists at most (GitHub's 250 unless lowered). */
  pullCommitsListed?: number
  /** More files on `main` before the bot starts. */
  files?: Record<string, Change>
  /** The entry the bot runs from (default `lib/bot/main.js`; see `StartBotOptions.appPath`). */
  appPath?: string
}

/** The example config with `policy` instead of its own, its other sections edited by `edit`. */
export function configWith(policy: string, edit: (text: string) => string = (text) => text): string {
  const example = readFileSync(`examples/model-repo/${CONFIG}`, 'utf8')
  return `${edit(example.slice(0, example.search(/^(# .*\n)?policy:/m)))}${policy}`
}

export async function startApprovalScenario(options: ApprovalScenarioOptions): Promise<ApprovalScenario> {
  const gh = await Emulator.start(
    options.pullCommitsListed === undefined ? {} : { pullCommitsListed: options.pullCommitsListed },
  )
  const repo = gh.createRepo(owner, options.name, { seed: 'examples/model-repo' })
  for (const login of ['ana', 'mo', 'max', 'rita', 'carl']) gh.grant(repo, login, 'write')
  for (const login of ['mo', 'max']) gh.addTeamMember(owner, 'ml', login)
  gh.addTeamMember(owner, 'risk', 'rita')
  gh.addTeamMember(owner, 'compliance', 'carl')
  const { git } = repo
  /** The tree of each commit this scenario wrote. */
  const trees = new Map<string, string>()
  const signatureOf = (who: Identity, role: 'author' | 'committer'): GitSignature => {
    const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
    if (typeof who !== 'string') return { ...who[role], date }
    const user = gh.createUser(who)
    return { name: user.login, email: user.email ?? `${who}@users.noreply.emulator.invalid`, date }
  }
  const commit = (
    parent: string,
    changes: Record<string, Change>,
    who: Identity,
    message = 'Change',
  ): string => {
    const entries = Object.entries(changes).map(([path, change]) =>
      change === null
        ? { path, mode: '100644', sha: null }
        : typeof change === 'string'
          ? { path, mode: '100644', sha: git.writeBlob(Buffer.from(change)) }
          : { path, ...change },
    )
    // No changes: an empty commit on the parent's tree (one git call, for tests that need hundreds).
    const base = trees.get(parent) ?? git.readCommit(parent)!.tree
    const tree = entries.length === 0 ? base : git.writeTree(base, entries)
    const sha = git.commitTree(
      tree,
      [parent],
      message,
      signatureOf(who, 'author'),
      signatureOf(who, 'committer'),
    )
    trees.set(sha, tree)
    return sha
  }
  const commitOnMain = (changes: Record<string, Change>) => {
    const after = commit(git.resolve('refs/heads/main')!, changes, {
      author: { name: 'Admin', email: 'admin@example.com' },
      committer: { name: 'Admin', email: 'admin@example.com' },
    })
    git.updateRef('refs/heads/main', after, false)
    return after
  }
  commitOnMain({ [CONFIG]: configWith(options.policy ?? ATTACK_POLICY, options.config), ...options.files })
  const bot = await startBot({
    appPath: options.appPath ?? 'lib/bot/main.js',
    emulator: gh,
    slug: 'modelgate',
    manifest: 'app.yml',
    env: { LOG_LEVEL: 'info' },
  })
  gh.install(bot.app, owner)

  const runsOf = (sha: string) =>
    gh.state.checkRuns.filter((run) => run.repo === repo && run.headSha === sha && run.name === CHECK)
  return {
    gh,
    repo,
    bot,
    commitOnMain,
    fileOnMain: (path) => git.readFile(git.resolve('refs/heads/main')!, path)!.content.toString('utf8'),
    commit,
    openPull({ as, head: name, commits, who = as }) {
      // A test may name the branch after its case: keep what a ref name allows.
      const head = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/-+$/, '')
      let sha = git.resolve('refs/heads/main')!
      for (const changes of commits) sha = commit(sha, changes, who)
      git.createRef(`refs/heads/${head}`, sha)
      return createPull(gh, repo, gh.createUser(as), { title: head, head, base: 'main', body: null })
    },
    push(pull, as, commits, who = as) {
      const ref = `refs/heads/${pull.head.ref}`
      const before = git.resolve(ref)!
      let sha = before
      for (const entry of commits)
        sha = isOwnCommit(entry) ? commit(sha, entry.changes, entry.who) : commit(sha, entry, who)
      git.updateRef(ref, sha, false)
      const user = gh.createUser(as)
      gh.events.push(repo, ref, before, sha, false, user)
      branchMoved(gh, repo, ref, before, sha, user)
      return sha
    },
    review(pull, as, state = 'APPROVED') {
      review(gh, { repo, pull, as, state })
    },
    async settledCheck(sha, timeoutMs = 60_000) {
      await waitFor(() => runsOf(sha).length > 0, { timeoutMs, message: `a check run on ${sha}` })
      await gh.webhooks.settled()
      const runs = runsOf(sha)
      expect(runs, 'exactly one approval check run per head commit').toHaveLength(1)
      return runs[0]!
    },
    conclusionsOn(sha) {
      const ids = new Set(runsOf(sha).map((run) => `/check-runs/${run.id}`))
      return gh.requests
        .filter((r) => r.status < 300)
        .filter(
          (r) =>
            (r.operationId === 'checks/create' && (r.body as { head_sha?: string }).head_sha === sha) ||
            (r.operationId === 'checks/update' && [...ids].some((id) => r.path.endsWith(id))),
        )
        .map((r) => (r.body as { conclusion?: string }).conclusion)
    },
    async stop() {
      await bot.stop()
      await gh.stop()
    },
  }
}

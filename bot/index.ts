import type { Context, Probot } from 'probot'
import type { TreeEntry } from '../core/index.js'
import { CHECK_NAME_PREFIX, failureOutcome, writeCheckRun } from './approval/check-run.js'
import type { CheckOutcome } from './approval/check-run.js'
import { evaluatePullRequest, readDefaultConfig } from './approval/evaluate-pull-request.js'
import type { BotCaches, DefaultConfig } from './approval/evaluate-pull-request.js'
import type { PullSnapshot } from './approval/gather-facts.js'
import { GitHubReader } from './github-reader.js'
import type { CommitData, FileData } from './github-reader.js'
import { LruCache } from './lru-cache.js'
import { policyNeeds } from './approval/policy-needs.js'
import { serializeByKey } from './serialize-by-key.js'

export interface ApprovalAppOptions {
  /** This App's id: its own check runs and suites never trigger an evaluation. */
  appId?: number
  /** Attempts of an evaluation when GitHub fails transiently (default 3). */
  attempts?: number
}

/** The pull request fields every payload that carries one has (webhook and REST shapes alike). */
interface PullPayload {
  number: number
  state: string
  user: { login: string } | null
  base: { ref: string; sha: string }
  head: { sha: string }
  labels?: { name?: string }[]
  /** Counted by `pull_request` payloads and REST answers, not by review payloads. */
  changed_files?: number
  commits?: number
}

interface RepositoryPayload {
  name: string
  owner: { login: string }
  default_branch?: string
}

const MB = 1024 * 1024
/** What one cached object costs beyond its strings (keys, SHAs, the object itself), roughly. */
const ENTRY_BYTES = 160

const PULL_REQUEST_EVENTS = [
  'pull_request.opened',
  'pull_request.synchronize',
  'pull_request.reopened',
  'pull_request.edited',
  'pull_request.ready_for_review',
  'pull_request.labeled',
  'pull_request.unlabeled',
  'pull_request_review.submitted',
  'pull_request_review.dismissed',
  'pull_request_review.edited',
] as const

/**
 * The approval-policy App. Every event that can change a decision re-evaluates the pull request
 * and rewrites its one `modelgate/approval (<base>)` check run. Deliveries already handled (GitHub
 * redelivers with the same id) are skipped, as an optimisation only: evaluation is idempotent.
 * The only state is caches: immutable git trees, files, commit and changed-file lists by SHA,
 * parsed configs and manifests by content, and delivery ids.
 */
export function createApprovalApp(options: ApprovalAppOptions = {}) {
  return (app: Probot): void => {
    // Bounded by bytes as well as by count: one replica's caches stay under about 200 MB together.
    const caches: BotCaches = {
      trees: new LruCache<string, TreeEntry[]>(500, {
        maxBytes: 64 * MB,
        sizeOf: (tree) => tree.reduce((sum, entry) => sum + ENTRY_BYTES + 2 * entry.path.length, 0),
      }),
      files: new LruCache<string, Uint8Array | null>(2000, {
        maxBytes: 96 * MB,
        sizeOf: (file) => ENTRY_BYTES + (file?.byteLength ?? 0),
      }),
      commits: new LruCache<string, CommitData[]>(500, {
        maxBytes: 16 * MB,
        sizeOf: (commits) => commits.length * 4 * ENTRY_BYTES,
      }),
      changedFiles: new LruCache<string, FileData[]>(500, {
        maxBytes: 16 * MB,
        sizeOf: (files) => files.reduce((sum, file) => sum + ENTRY_BYTES + 2 * file.filename.length, 0),
      }),
    }
    const handled = new LruCache<string, true>(10_000)
    const serialize = serializeByKey()

    /** Runs a delivery once: a redelivery of a delivery that completed is skipped. */
    const once = async (context: Context, work: () => Promise<void>): Promise<void> => {
      if (handled.has(context.id)) {
        context.log.debug({ delivery: context.id }, 'delivery already handled')
        return
      }
      await work()
      handled.set(context.id, true)
    }

    const evaluate = (
      context: Context,
      repository: RepositoryPayload,
      pull: PullPayload,
      config?: DefaultConfig,
    ): Promise<CheckOutcome | undefined> => {
      if (pull.state !== 'open') {
        context.log.debug({ pull: pull.number }, 'pull request is closed: not evaluated')
        return Promise.resolve(undefined)
      }
      const owner = repository.owner.login
      const snapshot: PullSnapshot = {
        number: pull.number,
        author: pull.user?.login ?? 'ghost',
        baseRef: pull.base.ref,
        baseSha: pull.base.sha,
        headSha: pull.head.sha,
        labels: (pull.labels ?? []).flatMap((label) => (label.name ? [label.name] : [])),
        ...(typeof pull.changed_files === 'number' ? { changedFiles: pull.changed_files } : {}),
        ...(typeof pull.commits === 'number' ? { commits: pull.commits } : {}),
      }
      return serialize(`${owner}/${repository.name}#${pull.number}`, async () => {
        const outcome = await evaluatePullRequest({
          octokit: context.octokit,
          log: context.log,
          owner,
          repo: repository.name,
          defaultBranch: repository.default_branch ?? 'main',
          pull: snapshot,
          caches,
          ...(config ? { config } : {}),
          ...(options.attempts !== undefined ? { attempts: options.attempts } : {}),
          ...(options.appId !== undefined ? { appId: options.appId } : {}),
        })
        context.log.info(
          { pull: pull.number, head: pull.head.sha, conclusion: outcome.conclusion },
          `approval check ${outcome.conclusion}`,
        )
        return outcome
      })
    }

    /** Pull requests named by number (check events, comments): fetched, then evaluated if open. */
    const evaluateNumbers = async (
      context: Context,
      repository: RepositoryPayload,
      numbers: readonly number[],
      config: DefaultConfig,
    ) => {
      for (const number of new Set(numbers)) {
        const { data } = await context.octokit.rest.pulls.get({
          owner: repository.owner.login,
          repo: repository.name,
          pull_number: number,
        })
        await evaluate(context, repository, data, config)
      }
    }

    const readConfig = (context: Context, repository: RepositoryPayload) =>
      readDefaultConfig(
        new GitHubReader(context.octokit, repository.owner.login, repository.name, caches),
        repository.default_branch ?? 'main',
      )

    app.on([...PULL_REQUEST_EVENTS], (context) =>
      once(context, async () => {
        await evaluate(context, context.payload.repository, context.payload.pull_request)
      }),
    )

    // Comments matter only to policies that approve by comment: read the policy first (one request).
    app.on(['issue_comment.created', 'issue_comment.edited'], (context) =>
      once(context, async () => {
        const { issue, comment, repository } = context.payload
        if (!issue.pull_request || issue.state !== 'open' || comment.user?.type === 'Bot') return
        const config = await readConfig(context, repository)
        if ('policy' in config && !policyNeeds(config.policy).comments) return
        await evaluateNumbers(context, repository, [issue.number], config)
      }),
    )

    /**
     * Another App's check (`name`) or check suite (no name) finished on pull requests: only rules
     * with `conditions` care, so the policy is read first (one request) and decides.
     */
    const afterCheck = async (
      context: Context,
      repository: RepositoryPayload,
      pulls: readonly { number: number }[],
      name?: string,
    ) => {
      if (pulls.length === 0) return
      const config = await readConfig(context, repository)
      if ('policy' in config) {
        const { checks } = policyNeeds(config.policy)
        if (name === undefined ? checks.length === 0 : !checks.includes(name)) return
      }
      await evaluateNumbers(
        context,
        repository,
        pulls.map((pull) => pull.number),
        config,
      )
    }

    // Never about the bot's own runs and suites.
    app.on('check_run.completed', (context) =>
      once(context, async () => {
        const { check_run: run, repository } = context.payload
        if (run.name.startsWith(CHECK_NAME_PREFIX) || run.app?.id === options.appId) return
        await afterCheck(context, repository, run.pull_requests, run.name)
      }),
    )
    app.on('check_suite.completed', (context) =>
      once(context, async () => {
        const { check_suite: suite, repository } = context.payload
        if (suite.app?.id === options.appId) return
        await afterCheck(context, repository, suite.pull_requests)
      }),
    )

    // A pull request entered a merge queue: the group's commit needs the check too, or the queue
    // waits for it and drops the pull request. The group holds the base, the pull requests ahead
    // (each checked in its own group) and this one, named by its head ref: this pull request is
    // evaluated afresh, and the group's commit gets the same result, never a pass it did not earn.
    app.on('merge_group.checks_requested', (context) =>
      once(context, async () => {
        const { merge_group: group, repository } = context.payload
        if (!repository) return // a merge group is always of a repository; the type allows none
        const [owner, repo] = [repository.owner.login, repository.name]
        const queued = parseQueueRef(group.head_ref)
        let outcome: CheckOutcome | undefined
        if (queued) {
          const { data: pull } = await context.octokit.rest.pulls.get({
            owner,
            repo,
            pull_number: queued.number,
          })
          outcome =
            pull.head.sha === queued.headSha
              ? await evaluate(context, repository, pull)
              : failureOutcome(
                  `#${queued.number}'s head moved after it was queued (now ${pull.head.sha.slice(0, 7)})`,
                )
        }
        outcome ??= failureOutcome(`merge group ${group.head_ref} does not name an open pull request`)
        await writeCheckRun({
          octokit: context.octokit,
          owner,
          repo,
          headSha: group.head_sha,
          baseRef: group.base_ref.replace(/^refs\/heads\//, ''),
          outcome: {
            ...outcome,
            summary: `merge group of #${queued?.number ?? '?'}: ${outcome.summary}`,
          },
        })
      }),
    )

    /** Every open pull request of `owner/name`, evaluated one after another under one read of the policy. */
    const evaluateOpenPulls = async (context: Context, fullName: string) => {
      const [owner = '', name = ''] = fullName.split('/')
      const pulls = await context.octokit.paginate(context.octokit.rest.pulls.list, {
        owner,
        repo: name,
        state: 'open',
        per_page: 100,
      })
      if (pulls.length === 0) return
      const repository = { name, owner: { login: owner }, default_branch: pulls[0]!.base.repo.default_branch }
      const config = await readConfig(context, repository)
      for (const pull of pulls) await evaluate(context, repository, pull, config)
    }

    // Installed on repositories (a new installation, or repositories added to one): their open pull
    // requests get their check now, or branch protection would wait for each one's next event.
    app.on(['installation.created', 'installation_repositories.added'], (context) =>
      once(context, async () => {
        const { payload } = context
        const repositories =
          'repositories_added' in payload ? payload.repositories_added : (payload.repositories ?? [])
        context.log.info(
          {
            action: payload.action,
            installation: payload.installation.id,
            repositories: repositories.length,
          },
          `installation ${payload.action}: evaluating the open pull requests`,
        )
        for (const repository of repositories) {
          try {
            await evaluateOpenPulls(context, repository.full_name)
          } catch (error) {
            // One repository's refusal must not keep the others from their checks.
            context.log.warn(
              { err: error, repository: repository.full_name },
              'could not list open pull requests',
            )
          }
        }
      }),
    )
  }
}

/** The pull request a merge group's head ref names: `refs/heads/gh-readonly-queue/<base>/pr-<number>-<head sha>`. */
export function parseQueueRef(ref: string): { number: number; headSha: string } | undefined {
  const found = /^refs\/heads\/gh-readonly-queue\/.+\/pr-(\d+)-([0-9a-f]{40})$/.exec(ref)
  return found ? { number: Number(found[1]), headSha: found[2]! } : undefined
}

/**
 * `probot run lib/bot/index.js` is refused: Probot's own server reads a webhook body of any size
 * before checking its signature, hands malformed payloads to the handlers and accepts the secret
 * "development". `node lib/bot/main.js` guards all three (see `webhook-guard.ts`).
 */
export default (): void => {
  process.stderr.write(
    'modelgate bot: `probot run lib/bot/index.js` is not supported (its server reads any body before checking the signature): run `node lib/bot/main.js`\n',
  )
  process.exit(1)
}

import type { Context } from 'probot'
import { parsePromotionMarker } from '../../core/promotion/promotion-marker.js'
import { GitHubReader } from '../github-reader.js'
import type { SerializeByKey } from '../serialize-by-key.js'
import type { CheckOutcome } from './check-run.js'
import { evaluatePullRequest, readDefaultConfig } from './evaluate-pull-request.js'
import type { BotCaches, DefaultConfig } from './evaluate-pull-request.js'
import type { PullSnapshot } from './gather-facts.js'

export interface ApprovalAppOptions {
  /** This App's id: its own check runs and suites never trigger an evaluation. */
  appId?: number
  /** Attempts of an evaluation when GitHub fails transiently (default 3). */
  attempts?: number
}

/** What every approval handler shares: the options, the caches and the per-pull-request queue. */
export interface ApprovalContext {
  options: ApprovalAppOptions
  caches: BotCaches
  serialize: SerializeByKey
  /** This App's bot login: a promotion pull request it opened names its requester (see `promotionRequester`). */
  botLogin?: () => Promise<string>
}

/** The pull request fields every payload that carries one has (webhook and REST shapes alike). */
export interface PullPayload {
  number: number
  state: string
  user: { login: string; type?: string } | null
  body?: string | null
  base: { ref: string; sha: string }
  head: { sha: string; ref?: string }
  labels?: { name?: string }[]
  /** Counted by `pull_request` payloads and REST answers, not by review payloads. */
  changed_files?: number
  commits?: number
}

export interface RepositoryPayload {
  name: string
  owner: { login: string }
  default_branch?: string
}

/**
 * Evaluates an open pull request and rewrites its check run, one evaluation at a time per pull
 * request; a closed one is left alone (`undefined`). `config` is the default branch's config when
 * the handler already read it.
 */
export function evaluate(
  approval: ApprovalContext,
  context: Context,
  repository: RepositoryPayload,
  pull: PullPayload,
  config?: DefaultConfig,
): Promise<CheckOutcome | undefined> {
  if (pull.state !== 'open') {
    context.log.debug({ pull: pull.number }, 'pull request is closed: not evaluated')
    return Promise.resolve(undefined)
  }
  const { options } = approval
  const owner = repository.owner.login
  return approval.serialize(`${owner}/${repository.name}#${pull.number}`, async () => {
    const snapshot = toPullSnapshot(pull, await promotionRequester(approval, pull))
    const outcome = await evaluatePullRequest({
      octokit: context.octokit,
      log: context.log,
      owner,
      repo: repository.name,
      defaultBranch: repository.default_branch ?? 'main',
      pull: snapshot,
      caches: approval.caches,
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
export async function evaluateNumbers(
  approval: ApprovalContext,
  context: Context,
  repository: RepositoryPayload,
  numbers: readonly number[],
  config: DefaultConfig,
): Promise<void> {
  for (const number of new Set(numbers)) {
    const { data } = await context.octokit.rest.pulls.get({
      owner: repository.owner.login,
      repo: repository.name,
      pull_number: number,
    })
    await evaluate(approval, context, repository, data, config)
  }
}

/** The default branch's config (one request; its parse is cached): handlers that filter by policy read it first. */
export function readConfig(
  approval: ApprovalContext,
  context: Context,
  repository: RepositoryPayload,
): Promise<DefaultConfig> {
  return readDefaultConfig(
    new GitHubReader(context.octokit, repository.owner.login, repository.name, approval.caches),
    repository.default_branch ?? 'main',
  )
}

/** What the payload already says about the pull request: reused, never fetched again. */
/**
 * The person who asked for a promotion pull request this App opened (its marker's requester): the
 * policy judges them as its author, so they never count as its approver (separation of duties).
 * A marker in anyone else's pull request is ignored: anyone can write one.
 */
async function promotionRequester(approval: ApprovalContext, pull: PullPayload): Promise<string | undefined> {
  if (pull.user?.type !== 'Bot' || !pull.head.ref?.startsWith('modelgate/') || !approval.botLogin)
    return undefined
  if (pull.user.login !== (await approval.botLogin())) return undefined
  return typeof pull.body === 'string' ? parsePromotionMarker(pull.body)?.requester : undefined
}

function toPullSnapshot(pull: PullPayload, requester?: string): PullSnapshot {
  return {
    number: pull.number,
    author: requester ?? pull.user?.login ?? 'ghost',
    baseRef: pull.base.ref,
    baseSha: pull.base.sha,
    headSha: pull.head.sha,
    labels: (pull.labels ?? []).flatMap((label) => (label.name ? [label.name] : [])),
    ...(typeof pull.changed_files === 'number' ? { changedFiles: pull.changed_files } : {}),
    ...(typeof pull.commits === 'number' ? { commits: pull.commits } : {}),
  }
}

import type { ProbotOctokit } from 'probot'
import type { Logger } from 'probot'
import type { Policy } from '../../core/index.js'
import { evaluatePolicy, lintPolicy } from '../../core/index.js'
import { loadFast } from '../../core/yaml/load-fast.js'
import type { CheckOutcome } from './check-run.js'
import { decisionOutcome, failureOutcome, writeCheckRun } from './check-run.js'
import { CONFIG_PATH, gatherFacts } from './gather-facts.js'
import { LruCache } from '../lru-cache.js'
import { describeFailure, MAX_RETRY_WAIT_MS, retryWaitMs, withRetryDeadline } from '../octokit.js'
import type { PullSnapshot } from './gather-facts.js'
import { GitHubReader } from '../github-reader.js'
import type { CheckRunData, ReaderCaches } from '../github-reader.js'

export type BotCaches = ReaderCaches

export interface EvaluatePullRequestOptions {
  octokit: ProbotOctokit
  log: Logger
  owner: string
  repo: string
  defaultBranch: string
  pull: PullSnapshot
  caches: BotCaches
  /** The default branch's config when the caller already read it (events that first check the policy). */
  config?: DefaultConfig
  /** Attempts of the whole evaluation when GitHub fails transiently (default 3). */
  attempts?: number
  /** This App's id (its own check runs date the head for comment approvals). */
  appId?: number
  /** Waits between attempts (default: `setTimeout`); tests make it instant. */
  sleep?: (ms: number) => Promise<void>
}

/** The default branch's `.modelgate/config.yml`: its policy, or why there is none. */
export type DefaultConfig =
  { policy: Policy; modelsRoot: string; environments: string[] } | { problem: string; details: string[] }

/**
 * One evaluation, as a recipe: read the default branch's policy → gather the facts → decide →
 * write the one check run. Idempotent: it reads everything afresh, so a redelivery or a
 * re-evaluation converges on the same check. Transient GitHub failures (5xx, rate limits, dropped
 * connections) that Octokit's own retries did not absorb retry the whole evaluation; when every
 * attempt fails the check says "could not evaluate" and fails, so a fault never reads as a pass.
 * Every retry wait, the requests' and the evaluation's, draws on one budget of
 * `MAX_RETRY_WAIT_MS` (see `withRetryDeadline`).
 */
export function evaluatePullRequest(options: EvaluatePullRequestOptions): Promise<CheckOutcome> {
  const deadline = Date.now() + MAX_RETRY_WAIT_MS
  return withRetryDeadline(deadline, () => evaluateWithinBudget(options, deadline))
}

async function evaluateWithinBudget(
  options: EvaluatePullRequestOptions,
  deadline: number,
): Promise<CheckOutcome> {
  const { octokit, log, pull } = options
  const reader = new GitHubReader(octokit, options.owner, options.repo, options.caches)
  const attempts = options.attempts ?? 3
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  let outcome: CheckOutcome | undefined
  let checkRuns: CheckRunData[] | undefined
  for (let attempt = 1; outcome === undefined; attempt++) {
    try {
      const config =
        (attempt === 1 ? options.config : undefined) ??
        (await readDefaultConfig(reader, options.defaultBranch))
      if ('problem' in config) {
        outcome = failureOutcome(config.problem, config.details)
        break
      }
      const gathered = await gatherFacts({
        reader,
        pull,
        ...config,
        ...(options.appId !== undefined ? { appId: options.appId } : {}),
      })
      const { facts, proposedPolicyProblems } = gathered
      checkRuns = gathered.checkRuns
      const decision = evaluatePolicy(config.policy, facts)
      log.debug({ pull: pull.number, head: pull.headSha, state: decision.state }, `policy ${decision.state}`)
      outcome = decisionOutcome(decision, proposedPolicyProblems)
    } catch (error) {
      const wait = retryWaitMs(error, attempt - 1, Date.now())
      const retryable = wait !== undefined && Date.now() + wait <= deadline && attempt < attempts
      const reason = describeFailure(error)
      log.warn({ attempt, retryable, reason }, `could not gather facts for #${pull.number}: ${reason}`)
      if (!retryable) outcome = failureOutcome(reason)
      else await sleep(wait)
    }
  }
  try {
    await writeCheckRun({
      octokit,
      owner: options.owner,
      repo: options.repo,
      headSha: pull.headSha,
      baseRef: pull.baseRef,
      outcome,
      // The gathering listed the head's check runs for a rule's conditions: the write reuses that list.
      ...(checkRuns ? { listed: checkRuns } : {}),
    })
  } catch (error) {
    // The delivery fails (500) and the previous check stands; the log says what actually failed.
    throw new Error(`could not write the check run of #${pull.number}: ${describeFailure(error)}`, {
      cause: error,
    })
  }
  return outcome
}

/**
 * Reads and lints `.modelgate/config.yml` on the default branch (never the pull request's head: a
 * pull request must not approve itself). A missing file, a missing policy or a policy with errors
 * is a problem the check reports as a failure.
 */
export async function readDefaultConfig(reader: GitHubReader, defaultBranch: string): Promise<DefaultConfig> {
  const source = await reader.readFileAt(defaultBranch, CONFIG_PATH)
  if (!source)
    return {
      problem: `${CONFIG_PATH} does not exist on ${defaultBranch}, so there is no approval policy`,
      details: ['add a policy: section to it on the default branch (see docs/policy.md)'],
    }
  const text = Buffer.from(source).toString('utf8')
  const key = `${defaultBranch}\0${text}`
  let config = parsedConfigs.get(key)
  if (!config) parsedConfigs.set(key, (config = parseDefaultConfig(source, text, defaultBranch)))
  return config
}

/** Configs linted and parsed, by branch and text: the same policy is read on every delivery. */
const parsedConfigs = new LruCache<string, DefaultConfig>(32)

function parseDefaultConfig(source: Uint8Array, text: string, defaultBranch: string): DefaultConfig {
  const report = lintPolicy(CONFIG_PATH, source)
  if (!report.policy)
    return {
      problem: `the approval policy on ${defaultBranch} has errors`,
      details: report.problems
        .filter((problem) => problem.severity === 'error')
        .map(
          (problem) =>
            `${problem.file}:${problem.line}:${problem.column} ${problem.message}${problem.hint ? ` (${problem.hint})` : ''}`,
        ),
    }
  const loaded = loadFast(text)
  const config = loaded.ok
    ? (loaded.value as { models?: { root?: unknown }; environments?: { name?: unknown }[] } | null)
    : null
  const root = config?.models?.root
  const environments = (config?.environments ?? []).flatMap((environment) =>
    typeof environment.name === 'string' ? [environment.name] : [],
  )
  return { policy: report.policy, modelsRoot: typeof root === 'string' ? root : 'models', environments }
}

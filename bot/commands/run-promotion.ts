import type { ModelgateConfig } from '../../core/config/config.js'
import type { EnvironmentsRepo } from '../../core/environments/environments-repo.js'
import { formatPlanReply } from '../../core/promotion/format-command-reply.js'
import { planPromotion } from '../../core/promotion/plan-promotion.js'
import type { PromotionKind, PromotionRequest } from '../../core/promotion/promotion-facts.js'
import { formatPromotionMarker } from '../../core/promotion/promotion-marker.js'
import type { PromotionPlan } from '../../core/promotion/promotion-plan.js'
import { decisionOf } from '../../core/promotion/promotion-plan.js'
import type { EnvironmentsReader } from './environments-reader.js'
import type { Thread, Verdict } from './feedback.js'
import { writeProgress } from './feedback.js'
import { gatherPromotion } from './gather-promotion.js'
import type { ModelReader } from './model-reader.js'
import type { Heads } from './read-heads.js'
import { readHeads } from './read-heads.js'
import { writePromotion } from './write-promotion.js'

export interface PromotionCommand {
  kind: Exclude<PromotionKind, 'retire'>
  model: string
  environment: string
  version?: string
  /** The canonical command text, shown in replies. */
  text: string
}

export interface RunPromotionOptions {
  thread: Thread
  /** `owner/name` of the model repository (where the thread is). */
  repository: string
  command: PromotionCommand
  requester: { login: string; id: number }
  requestUrl: string
  config: ModelgateConfig
  model: ModelReader
  modelHead: string
  environments: EnvironmentsReader
  environmentsRepo: EnvironmentsRepo
}

/** What the command came to: the verdict's reaction, and the reply when it is not the status comment. */
export interface CommandResult {
  verdict: Verdict
  reply?: string
}

/**
 * `/promote` and `/rollback`: gather the facts through the API, let the planner decide, and when
 * it allows, write the one commit and pull request (see `writePromotion`); the thread's status
 * comment then says "pull request opened" and is kept up to date after the merge.
 */
export async function runPromotion(options: RunPromotionOptions): Promise<CommandResult> {
  const { command, config, model, environments } = options
  const request: PromotionRequest = {
    kind: command.kind,
    model: command.model,
    environment: command.environment,
    requester: options.requester.login,
    requestUrl: options.requestUrl,
    ...(command.version === undefined ? {} : { version: command.version }),
  }
  const gathered = await gatherPromotion({
    request,
    config,
    model,
    environments,
    modelHead: options.modelHead,
  })
  const plan = withCheckProblems(planPromotion(gathered.facts), gathered.checkProblems)
  const open = gathered.facts.states[0]?.openPromotion
  if (plan.decision !== 'allow' || plan.writes === undefined) {
    const onlyOpen =
      open !== undefined && plan.reasons.every((r) => r.effect !== 'refuse' || r.rule === 'no-open-promotion')
    return {
      verdict: plan.decision === 'noop' || onlyOpen ? 'done' : 'refused',
      reply: formatPlanReply(command.text, plan),
    }
  }
  const manifest = gathered.facts.manifest!
  const version = manifest.manifest.metadata.version
  let read: Promise<Heads> | undefined
  const heads = () => (read ??= readHeads(options.thread.octokit, model, environments))
  const outcome = await writePromotion({
    octokit: options.thread.octokit,
    owner: environments.owner,
    repo: environments.repo,
    base: options.environmentsRepo.branch,
    writes: plan.writes,
    ...environments.baseFor(gathered.environments, command.environment, command.model),
    author: {
      name: options.requester.login,
      email: `${options.requester.id}+${options.requester.login}@users.noreply.github.com`,
    },
    marker: formatPromotionMarker({
      kind: command.kind,
      model: command.model,
      environment: command.environment,
      version,
      requester: options.requester.login,
      requesterId: options.requester.id,
      thread: { repository: options.repository, number: options.thread.issue },
      sourceCommit: manifest.commit,
    }),
    reviewers: reviewersOf(config, command.environment, options.requester.login),
    // Time of use: both heads in one request, shared by the version's recheck and the base.
    tip: async () => (await heads()).environments,
    recheck: async () => recheckVersion(options, version, manifest.commit, (await heads()).model),
  })
  if (outcome.kind === 'stopped')
    return { verdict: 'refused', reply: formatPlanReply(command.text, stoppedPlan(plan, outcome.reason)) }
  if (outcome.kind === 'exists')
    return {
      verdict: 'done',
      reply: formatPlanReply(command.text, {
        ...plan,
        decision: 'noop',
        reasons: [
          {
            rule: 'no-open-promotion',
            effect: 'noop',
            message: `a promotion of ${command.model} to ${command.environment} is already open: #${outcome.number}`,
            url: outcome.url,
          },
        ],
      }),
    }
  await writeProgress(options.thread, {
    command: command.text,
    model: command.model,
    environment: command.environment,
    stage: 'opened',
    requester: options.requester.login,
    pullRequest: {
      number: outcome.number,
      url: outcome.url,
      repository: options.environmentsRepo.repository,
    },
    ...(outcome.warnings.length > 0 ? { detail: outcome.warnings.join('; ') } : {}),
  })
  return { verdict: 'opened' }
}

/** The config's required checks that did not pass refuse the promotion, like the planner's rules. */
function withCheckProblems(plan: PromotionPlan, problems: readonly string[]): PromotionPlan {
  if (problems.length === 0) return plan
  const reasons = [
    ...plan.reasons,
    ...problems.map((message) => ({
      rule: 'required-checks',
      effect: 'refuse' as const,
      message,
      hint: 'wait for the checks to pass on the default branch (or fix them), then ask again',
    })),
  ]
  const decision = decisionOf(reasons)
  const { writes: _writes, ...rest } = plan
  return decision === 'allow' ? plan : { ...rest, decision, reasons }
}

function stoppedPlan(plan: PromotionPlan, reason: string): PromotionPlan {
  return {
    title: plan.title,
    decision: 'refuse',
    reasons: [
      { rule: 'time-of-use', effect: 'refuse', message: reason, hint: 'nothing was written; ask again' },
    ],
  }
}

/**
 * Time of check = time of use: the version must still be at the commit it was pinned to when the
 * command arrived (a changed manifest of the same version is a different release).
 */
async function recheckVersion(
  options: RunPromotionOptions,
  version: string,
  pinnedCommit: string,
  head: string,
): Promise<string | undefined> {
  if (head === options.modelHead) return undefined
  const modelsRoot = options.config.models?.root ?? 'models'
  const again = await options.model.versions(head, modelsRoot, options.command.model, version)
  const now = again.versions.find((entry) => entry.version === version)
  if (now?.commit === pinnedCommit) return undefined
  return now === undefined
    ? `${options.command.model} ${version} is no longer on the default branch (it moved while the promotion was prepared)`
    : `${options.command.model} ${version} changed on the default branch while the promotion was prepared (now at ${now.commit.slice(0, 7)})`
}

/** The environment's approvers, as review requests; the requester never reviews their own promotion. */
export function reviewersOf(
  config: ModelgateConfig,
  environment: string,
  requester: string,
): { users: string[]; teams: string[] } {
  const approvers = config.environments?.find((entry) => entry.name === environment)?.approvers ?? []
  const names = approvers.map((entry) => entry.replace(/^@/, ''))
  return {
    users: names.filter((name) => !name.includes('/') && name.toLowerCase() !== requester.toLowerCase()),
    teams: names.filter((name) => name.includes('/')).map((name) => name.split('/')[1]!),
  }
}

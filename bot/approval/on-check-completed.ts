import type { Context } from 'probot'
import type { ApprovalContext, RepositoryPayload } from './approval-context.js'
import { evaluateNumbers, readConfig } from './approval-context.js'
import { CHECK_NAME_PREFIX } from './check-run.js'
import { policyNeeds } from './policy-needs.js'

/** Another App's check run finished (never this App's own runs). */
export async function onCheckRunCompleted(
  approval: ApprovalContext,
  context: Context<'check_run.completed'>,
): Promise<void> {
  const { check_run: run, repository } = context.payload
  if (run.name.startsWith(CHECK_NAME_PREFIX) || run.app?.id === approval.options.appId) return
  await afterCheck(approval, context, repository, run.pull_requests, run.name)
}

/** Another App's check suite finished (never this App's own suites). */
export async function onCheckSuiteCompleted(
  approval: ApprovalContext,
  context: Context<'check_suite.completed'>,
): Promise<void> {
  const { check_suite: suite, repository } = context.payload
  if (suite.app?.id === approval.options.appId) return
  await afterCheck(approval, context, repository, suite.pull_requests)
}

/**
 * Another App's check (`name`) or check suite (no name) finished on pull requests: only rules
 * with `conditions` care, so the policy is read first (one request) and decides.
 */
async function afterCheck(
  approval: ApprovalContext,
  context: Context,
  repository: RepositoryPayload,
  pulls: readonly { number: number }[],
  name?: string,
): Promise<void> {
  if (pulls.length === 0) return
  const config = await readConfig(approval, context, repository)
  if ('policy' in config) {
    const { checks } = policyNeeds(config.policy)
    if (name === undefined ? checks.length === 0 : !checks.includes(name)) return
  }
  await evaluateNumbers(
    approval,
    context,
    repository,
    pulls.map((pull) => pull.number),
    config,
  )
}

import type { Context } from 'probot'
import type { ApprovalContext } from './approval-context.js'
import { evaluateNumbers, readConfig } from './approval-context.js'
import { policyNeeds } from './policy-needs.js'

export const ISSUE_COMMENT_EVENTS = ['issue_comment.created', 'issue_comment.edited'] as const

/**
 * A person commented on an open pull request: comments matter only to policies that approve by
 * comment, so the policy is read first (one request) and decides whether to evaluate.
 */
export async function onIssueComment(
  approval: ApprovalContext,
  context: Context<(typeof ISSUE_COMMENT_EVENTS)[number]>,
): Promise<void> {
  const { issue, comment, repository } = context.payload
  if (!issue.pull_request || issue.state !== 'open' || comment.user?.type === 'Bot') return
  const config = await readConfig(approval, context, repository)
  if ('policy' in config && !policyNeeds(config.policy).comments) return
  await evaluateNumbers(approval, context, repository, [issue.number], config)
}

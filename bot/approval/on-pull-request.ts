import type { Context } from 'probot'
import type { ApprovalContext } from './approval-context.js'
import { evaluate } from './approval-context.js'

/** Everything that happens to a pull request or its reviews and can change its decision. */
export const PULL_REQUEST_EVENTS = [
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

/** The pull request in the payload is evaluated (if open) and its check rewritten. */
export async function onPullRequest(
  approval: ApprovalContext,
  context: Context<(typeof PULL_REQUEST_EVENTS)[number]>,
): Promise<void> {
  await evaluate(approval, context, context.payload.repository, context.payload.pull_request)
}

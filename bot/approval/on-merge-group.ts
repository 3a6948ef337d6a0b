import type { Context } from 'probot'
import type { ApprovalContext } from './approval-context.js'
import { evaluate } from './approval-context.js'
import { failureOutcome, writeCheckRun } from './check-run.js'
import type { CheckOutcome } from './check-run.js'
import { parseQueueRef } from './parse-queue-ref.js'

/**
 * A pull request entered a merge queue: the group's commit needs the check too, or the queue
 * waits for it and drops the pull request. The group holds the base, the pull requests ahead
 * (each checked in its own group) and this one, named by its head ref: this pull request is
 * evaluated afresh, and the group's commit gets the same result, never a pass it did not earn.
 */
export async function onMergeGroup(
  approval: ApprovalContext,
  context: Context<'merge_group.checks_requested'>,
): Promise<void> {
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
        ? await evaluate(approval, context, repository, pull)
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
}

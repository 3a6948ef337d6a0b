import { UsageError } from '../../local/errors.js'
import type { ActionContext } from '../shared/action-context.js'
import { logInfo } from '../shared/step-log.js'

interface WorkflowRunPayload {
  event: string
  head_sha: string
  head_branch: string | null
  head_repository: { owner: { login: string } } | null
  pull_requests: { number: number; head: { sha: string } }[]
}

/**
 * The pull request a finished `pull_request` workflow run belongs to, taken from the event GitHub
 * sent (never from the untrusted results file). For a fork, `pull_requests` is empty, so the open
 * pull request is looked up by the fork's owner and branch and must point at the run's exact commit.
 */
export async function pullRequestOfWorkflowRun(context: ActionContext): Promise<number | undefined> {
  const run = context.payload.workflow_run as WorkflowRunPayload | undefined
  if (context.eventName !== 'workflow_run' || !run)
    throw new UsageError(
      'report-file is for workflow_run jobs; on pull_request, let the action compute the report',
    )
  if (run.event !== 'pull_request' && run.event !== 'pull_request_target') {
    logInfo(`the run was triggered by ${run.event}, not a pull request: nothing to comment on`)
    return undefined
  }
  const listed = run.pull_requests.find((pull) => pull.head.sha === run.head_sha)
  if (listed) return listed.number
  if (!run.head_repository || !run.head_branch) return undefined
  const { data } = await (
    await context.octokit()
  ).rest.pulls.list({
    owner: context.owner,
    repo: context.repo,
    state: 'open',
    head: `${run.head_repository.owner.login}:${run.head_branch}`,
    per_page: 100,
  })
  const pull = data.find((candidate) => candidate.head.sha === run.head_sha)
  if (!pull) logInfo(`no open pull request has head ${run.head_sha}: nothing to comment on`)
  return pull?.number
}

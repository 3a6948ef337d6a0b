import type { Context } from 'probot'
import type { ApprovalContext } from './approval-context.js'
import { evaluate, readConfig } from './approval-context.js'

export const INSTALLATION_EVENTS = ['installation.created', 'installation_repositories.added'] as const

/**
 * Installed on repositories (a new installation, or repositories added to one): their open pull
 * requests get their check now, or branch protection would wait for each one's next event.
 */
export async function onInstallation(
  approval: ApprovalContext,
  context: Context<(typeof INSTALLATION_EVENTS)[number]>,
): Promise<void> {
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
      await evaluateOpenPulls(approval, context, repository.full_name)
    } catch (error) {
      // One repository's refusal must not keep the others from their checks.
      context.log.warn({ err: error, repository: repository.full_name }, 'could not list open pull requests')
    }
  }
}

/** Every open pull request of `owner/name`, evaluated one after another under one read of the policy. */
async function evaluateOpenPulls(
  approval: ApprovalContext,
  context: Context,
  fullName: string,
): Promise<void> {
  const [owner = '', name = ''] = fullName.split('/')
  const pulls = await context.octokit.paginate(context.octokit.rest.pulls.list, {
    owner,
    repo: name,
    state: 'open',
    per_page: 100,
  })
  if (pulls.length === 0) return
  const repository = { name, owner: { login: owner }, default_branch: pulls[0]!.base.repo.default_branch }
  const config = await readConfig(approval, context, repository)
  for (const pull of pulls) await evaluate(approval, context, repository, pull, config)
}

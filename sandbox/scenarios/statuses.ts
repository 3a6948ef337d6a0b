import type { Emulator } from '../emulator.js'
import { createCommitStatus } from '../routes/checks.js'
import type { CommitStatus, Repo } from '../state.js'
import { repoOf } from './repo-of.js'

/**
 * `as` posts a commit status on `sha` (a SHA, branch or tag), as Argo CD's notifications do after a
 * sync: the same code as `repos/create-commit-status`, so `status` reaches subscribed Apps.
 */
export function postStatus(
  emulator: Emulator,
  options: {
    repo: Repo | string
    sha: string
    state: CommitStatus['state']
    context: string
    description?: string
    targetUrl?: string
    as: string
  },
): CommitStatus {
  return createCommitStatus(
    emulator,
    repoOf(emulator, options.repo),
    options.sha,
    emulator.createUser(options.as),
    {
      state: options.state,
      context: options.context,
      description: options.description ?? null,
      target_url: options.targetUrl ?? null,
    },
  )
}

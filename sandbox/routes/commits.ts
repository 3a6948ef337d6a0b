import { commitBody } from '../commit-body.js'
import { refreshPull } from '../events-pulls.js'
import { HttpError } from '../http-error.js'
import type { PullRequest } from '../state.js'
import type { Handler } from './context.js'
import { paginate, repoFor } from './context.js'
import { pullBody } from './pulls.js'

/**
 * The commits API over the repository's real git: history by branch or SHA and by path (`git log`),
 * the pull requests a commit belongs to, and branches. Not emulated: `author`, `committer`,
 * `since` and `until` on `repos/list-commits` (ignored).
 */

/** The commits of a pull request, as `git rev-list base..head` (base and head as it last knew them). */
function pullCommits(pull: PullRequest): string[] {
  refreshPull(pull)
  return pull.repo.git.commitsBetween(pull.base.sha, pull.head.sha)
}

export const commitsRoutes: Record<string, Handler> = {
  /** From `sha` (a branch or SHA; the default branch by default), newest first, only commits touching `path` when given. */
  'repos/list-commits': (context) => {
    const repo = repoFor(context)
    if (repo.git.listRefs('refs/heads/').length === 0) throw new HttpError(409, 'Git Repository is empty.')
    const start = context.query.get('sha') ?? repo.defaultBranch
    const sha = repo.git.resolveCommit(start)
    if (!sha) throw new HttpError(404, `No commit found for SHA: ${start}`)
    const path = context.query.get('path')?.replace(/^\/+|\/+$/g, '') || undefined
    const { page, headers } = paginate(context, repo.git.log(sha, path))
    return {
      status: 200,
      body: repo.git.readCommits(page).map((commit, n) => commitBody(context, repo, page[n]!, commit)),
      headers,
    }
  },

  /**
   * Pull requests a commit belongs to (as head, merge commit or one of their commits): once the
   * commit is on the default branch only the merged ones that brought it there, otherwise merged
   * and open ones, as GitHub answers. Oldest first; paginated.
   */
  'repos/list-pull-requests-associated-with-commit': (context) => {
    const repo = repoFor(context)
    const sha = repo.git.resolveCommit(context.params.commit_sha!)
    if (!sha) throw new HttpError(422, `No commit found for SHA: ${context.params.commit_sha ?? ''}`)
    const defaultHead = repo.git.resolveCommit(`refs/heads/${repo.defaultBranch}`)
    const landed = defaultHead !== undefined && repo.git.isAncestor(sha, defaultHead)
    const pulls = context.emulator.state.pulls.filter(
      (pull) =>
        pull.repo === repo &&
        (pull.merged || (pull.state === 'open' && !landed)) &&
        (pull.head.sha === sha || pull.mergeCommitSha === sha || pullCommits(pull).includes(sha)),
    )
    const { page, headers } = paginate(context, pulls)
    return { status: 200, body: page.map((pull) => pullBody(context, pull, true)), headers }
  },

  /** A branch and its head commit; the emulator has no branch protection. */
  'repos/get-branch': (context) => {
    const repo = repoFor(context)
    const name = context.params.branch!
    const sha = repo.git.resolveCommit(`refs/heads/${name}`)
    if (!sha) throw new HttpError(404, 'Branch not found')
    const url = `${context.baseUrl}/repos/${repo.fullName}/branches/${name}`
    return {
      status: 200,
      body: {
        name,
        commit: commitBody(context, repo, sha),
        _links: { self: url, html: `${context.baseUrl}/${repo.fullName}/tree/${name}` },
        protected: false,
        protection: {
          enabled: false,
          required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] },
        },
        protection_url: `${url}/protection`,
      },
    }
  },
}

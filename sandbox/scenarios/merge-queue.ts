import type { Emulator } from '../emulator.js'
import { HttpError } from '../http-error.js'
import { signatureOf } from '../routes/pulls.js'
import type { PullRequest } from '../state.js'

export interface MergeGroup {
  headSha: string
  /** `refs/heads/gh-readonly-queue/<base>/pr-<number>-<head sha>`. */
  headRef: string
  baseSha: string
  baseRef: string
}

/**
 * `as` adds a pull request to its base branch's merge queue, alone in its group: GitHub merges its
 * head into the base on a read-only `gh-readonly-queue/…` branch and sends `merge_group`
 * (`checks_requested`) for that commit, whose required checks decide whether the queue merges it.
 */
export function enqueue(emulator: Emulator, options: { pull: PullRequest; as: string }): MergeGroup {
  const { pull } = options
  const { repo } = pull
  const user = emulator.createUser(options.as)
  const baseRef = `refs/heads/${pull.base.ref}`
  const baseSha = repo.git.resolveCommit(baseRef)
  const tree = baseSha && repo.git.mergeTrees(baseSha, pull.head.sha)
  if (!baseSha || !tree) throw new HttpError(409, 'The pull request cannot be merged into its base')
  const signature = signatureOf(user)
  const message = `Merge pull request #${pull.number} from ${pull.head.ref}\n\n${pull.title}`
  const headSha = repo.git.commitTree(tree, [baseSha, pull.head.sha], message, signature, signature)
  const headRef = `refs/heads/gh-readonly-queue/${pull.base.ref}/pr-${pull.number}-${pull.head.sha}`
  repo.git.createRef(headRef, headSha)
  const commit = repo.git.readCommit(headSha)!
  const example = emulator.events.example('merge_group', 'checks_requested', repo)
  emulator.webhooks.emit('merge_group', repo, {
    ...example,
    action: 'checks_requested',
    merge_group: {
      head_sha: headSha,
      head_ref: headRef,
      base_sha: baseSha,
      base_ref: baseRef,
      head_commit: {
        id: headSha,
        tree_id: commit.tree,
        message: commit.message,
        timestamp: commit.committer.date,
        author: { name: commit.author.name, email: commit.author.email },
        committer: { name: commit.committer.name, email: commit.committer.email },
      },
    },
    // The example's repository says `homepage: ""`, which its own schema refuses (a URI or null).
    repository: { ...emulator.events.repository(repo, example.repository), homepage: null },
    sender: emulator.events.user(user),
  })
  return { headSha, headRef, baseSha, baseRef }
}

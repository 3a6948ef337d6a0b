import type { Emulator } from '../emulator.js'
import { HttpError } from '../http-error.js'
import { signatureOf } from '../routes/pulls.js'
import type { MergeGroup } from '../events.js'
import type { PullRequest } from '../state.js'

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
  const group = { headSha, headRef, baseSha, baseRef }
  emulator.webhooks.emit('merge_group', repo, emulator.events.mergeGroup(repo, group, user))
  return group
}

import type { Emulator } from '../emulator.js'
import { branchMoved } from '../events-pulls.js'
import { HttpError } from '../http-error.js'
import { createPull, mergePull, submitReview, updatePull } from '../routes/pulls.js'
import { now } from '../shapes.js'
import type { PullRequest, Repo, Review, User } from '../state.js'
import { repoOf } from './repo-of.js'

/**
 * "Act as a named user" controls for tests and the demo, without HTTP: open a pull request, push to
 * its branch, review it, merge it. They go through the same code as the REST routes, so the same
 * rules apply (422/405/409 as {@link HttpError}s) and the same webhooks fire.
 */

export { branchMoved }

/** Files to write (`string`, UTF-8) or delete (`null`), by path. */
export type FileChanges = Record<string, string | null>

function pullOf(emulator: Emulator, repo: Repo, pull: PullRequest | number): PullRequest {
  if (typeof pull !== 'number') return pull
  const found = emulator.state.pull(repo, pull)
  if (!found) throw new Error(`no pull request #${pull} in ${repo.fullName}`)
  return found
}

/** One commit of `files` on top of `parent`, authored and committed by `user`. */
function commitFiles(repo: Repo, parent: string, user: User, files: FileChanges, message: string): string {
  const { git } = repo
  const base = git.readCommit(parent)!.tree
  const written = Object.entries(files)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([path, content]) => ({ path, mode: '100644', sha: git.writeBlob(Buffer.from(content, 'utf8')) }))
  const deleted = new Set(Object.keys(files).filter((path) => files[path] === null))
  // GitStore.writeTree deletes with `update-index --force-remove`, which git refuses in a bare
  // repository; so with deletions, write the whole tree from scratch instead.
  const tree =
    deleted.size === 0
      ? git.writeTree(base, written)
      : git.writeTree(undefined, [
          ...git
            .readTree(base, true)
            .filter((entry) => entry.type !== 'tree' && !deleted.has(entry.path) && !(entry.path in files))
            .map(({ path, mode, sha }) => ({ path, mode, sha })),
          ...written,
        ])
  const signature = {
    name: user.login,
    email: user.email ?? `${user.login}@users.noreply.emulator.invalid`,
    date: now(),
  }
  return git.commitTree(tree, [parent], message, signature, signature)
}

/**
 * Commits `files` onto a new branch `head` from `base` (the default branch by default) as `as`,
 * then opens a pull request from it (webhook `pull_request.opened`).
 */
export function openPullRequest(
  emulator: Emulator,
  options: {
    repo: Repo | string
    as: string
    head: string
    base?: string
    title: string
    body?: string
    files: FileChanges
    message?: string
    draft?: boolean
  },
): PullRequest {
  const repo = repoOf(emulator, options.repo)
  const user = emulator.createUser(options.as)
  const base = options.base ?? repo.defaultBranch
  const parent = repo.git.resolveCommit(`refs/heads/${base}`)
  if (!parent) throw new HttpError(422, `Branch ${base} not found`)
  const sha = commitFiles(repo, parent, user, options.files, options.message ?? options.title)
  repo.git.createRef(`refs/heads/${options.head}`, sha)
  return createPull(emulator, repo, user, {
    title: options.title,
    head: options.head,
    base,
    body: options.body ?? null,
    ...(options.draft !== undefined ? { draft: options.draft } : {}),
  })
}

/**
 * Commits `files` onto `branch` as `as` (fast-forward), sending `push` and
 * `pull_request.synchronize` for open pull requests headed there. Returns the new commit's SHA.
 */
export function pushToBranch(
  emulator: Emulator,
  options: { repo: Repo | string; branch: string; as: string; files: FileChanges; message: string },
): string {
  const repo = repoOf(emulator, options.repo)
  const user = emulator.createUser(options.as)
  const ref = `refs/heads/${options.branch}`
  const before = repo.git.resolveCommit(ref)
  if (!before) throw new HttpError(422, `Branch ${options.branch} not found`)
  const after = commitFiles(repo, before, user, options.files, options.message)
  repo.git.updateRef(ref, after, false)
  emulator.events.push(repo, ref, before, after, false, user)
  branchMoved(emulator, repo, ref, before, after, user)
  return after
}

/** Reviews a pull request as `as` (webhook `pull_request_review.submitted`); the author may not approve. */
export function review(
  emulator: Emulator,
  options: {
    repo: Repo | string
    pull: PullRequest | number
    as: string
    state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED'
    body?: string
  },
): Review {
  const repo = repoOf(emulator, options.repo)
  const event = (
    { APPROVED: 'APPROVE', CHANGES_REQUESTED: 'REQUEST_CHANGES', COMMENTED: 'COMMENT' } as const
  )[options.state]
  return submitReview(emulator, pullOf(emulator, repo, options.pull), emulator.createUser(options.as), {
    event,
    // GitHub requires a body to request changes or comment; give one when the caller did not.
    body: options.body ?? (event === 'APPROVE' ? '' : `${options.state.toLowerCase()} by ${options.as}`),
  })
}

/** Merges a pull request as `as` with a merge commit; returns the merge commit's SHA. */
export function mergePullRequest(
  emulator: Emulator,
  options: { repo: Repo | string; pull: PullRequest | number; as: string },
): string {
  const repo = repoOf(emulator, options.repo)
  return mergePull(emulator, pullOf(emulator, repo, options.pull), emulator.createUser(options.as))
}

/** Closes a pull request without merging it, as `as` (webhook `pull_request.closed`, `merged: false`). */
export function closePullRequest(
  emulator: Emulator,
  options: { repo: Repo | string; pull: PullRequest | number; as: string },
): void {
  const repo = repoOf(emulator, options.repo)
  updatePull(emulator, pullOf(emulator, repo, options.pull), emulator.createUser(options.as), {
    state: 'closed',
  })
}

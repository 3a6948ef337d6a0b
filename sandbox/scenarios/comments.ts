import type { Emulator } from '../emulator.js'
import { createComment, createIssue, editComment } from '../routes/issues.js'
import type { Issue, IssueComment, Repo } from '../state.js'
import { repoOf } from './repo-of.js'

/* Acting as a named user without HTTP: the same code as the routes, so webhooks fire the same way. */

/** `as` comments on an issue or pull request (sends issue_comment.created). */
export function comment(
  emulator: Emulator,
  options: { repo: Repo | string; issue: number; as: string; body: string },
): IssueComment {
  return createComment(
    emulator,
    repoOf(emulator, options.repo),
    options.issue,
    emulator.createUser(options.as),
    options.body,
  )
}

/** `as` edits a comment (sends issue_comment.edited). */
export function edit(emulator: Emulator, options: { comment: IssueComment; as: string; body: string }): void {
  editComment(emulator, options.comment, options.body, emulator.createUser(options.as))
}

/** `as` opens an issue (sends issues.opened). */
export function openIssue(
  emulator: Emulator,
  options: { repo: Repo | string; as: string; title: string; body?: string },
): Issue {
  return createIssue(
    emulator,
    repoOf(emulator, options.repo),
    emulator.createUser(options.as),
    options.title,
    options.body ?? null,
  )
}

import type { ProbotOctokit } from 'probot'
import type { PromotionProgress } from '../../core/promotion/format-command-reply.js'
import {
  formatPromotionProgress,
  mayShowProgress,
  statusCommentKey,
} from '../../core/promotion/format-command-reply.js'

/** The reactions a command gets: 👀 on receipt, then one verdict. */
export const REACTIONS = {
  received: 'eyes',
  opened: 'rocket',
  done: '+1',
  refused: '-1',
  invalid: 'confused',
} as const

export type Verdict = Exclude<keyof typeof REACTIONS, 'received'>

/** Where a command was given: a comment on an issue or pull request of the model repository. */
export interface Thread {
  octokit: ProbotOctokit
  owner: string
  repo: string
  issue: number
  comment: number
  /** This App's id: only its own comments are ever rewritten. */
  appId?: number
}

export async function react(thread: Thread, reaction: keyof typeof REACTIONS): Promise<void> {
  await thread.octokit.rest.reactions.createForIssueComment({
    owner: thread.owner,
    repo: thread.repo,
    comment_id: thread.comment,
    content: REACTIONS[reaction],
  })
}

/**
 * 👀 on receipt, and whether this App had already answered the comment: GitHub says 200 instead
 * of 201 when the reaction exists, so only a delivery that reached us before (a redelivery, on any
 * replica) pays one more request, to look for a verdict. Without one, the earlier attempt died
 * midway and this one carries on (the write's lock keeps it to one pull request).
 */
export async function acknowledge(thread: Thread): Promise<{ answeredBefore: boolean }> {
  const { status, data } = await thread.octokit.rest.reactions.createForIssueComment({
    owner: thread.owner,
    repo: thread.repo,
    comment_id: thread.comment,
    content: REACTIONS.received,
  })
  if (status !== 200) return { answeredBefore: false }
  const us = data.user?.login
  const verdicts = new Set<string>(
    Object.values(REACTIONS).filter((content) => content !== REACTIONS.received),
  )
  const reactions = await thread.octokit.paginate(thread.octokit.rest.reactions.listForIssueComment, {
    owner: thread.owner,
    repo: thread.repo,
    comment_id: thread.comment,
    per_page: 100,
  })
  return {
    answeredBefore: reactions.some((entry) => entry.user?.login === us && verdicts.has(entry.content)),
  }
}

/** The verdict's reaction and one reply saying why or what next. */
export async function answer(thread: Thread, verdict: Verdict, body: string): Promise<void> {
  await reply(thread, body)
  await react(thread, verdict)
}

export async function reply(thread: Thread, body: string): Promise<void> {
  await thread.octokit.rest.issues.createComment({
    owner: thread.owner,
    repo: thread.repo,
    issue_number: thread.issue,
    body,
  })
}

/**
 * Writes the one comment of the thread that starts with `key` and was written by this App,
 * creating it when there is none. A comment by anyone else that starts with the key is never
 * touched: an App may edit any comment, so authorship is checked, not assumed.
 */
export async function upsertComment(
  target: Omit<Thread, 'comment'>,
  key: string,
  body: string,
  /** Whether the comment found may be replaced (default: always). */
  mayReplace: (current: string) => boolean = () => true,
): Promise<void> {
  const { octokit, owner, repo, issue } = target
  let found: { id: number; body: string } | undefined
  await octokit.paginate(
    octokit.rest.issues.listComments,
    { owner, repo, issue_number: issue, per_page: 100 },
    (response, done) => {
      const ours = response.data.find(
        (comment) =>
          comment.body?.startsWith(key) === true &&
          target.appId !== undefined &&
          comment.performed_via_github_app?.id === target.appId,
      )
      if (ours !== undefined) {
        found = { id: ours.id, body: ours.body ?? '' }
        done()
      }
      return []
    },
  )
  if (found === undefined) await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body })
  else if (mayReplace(found.body))
    await octokit.rest.issues.updateComment({ owner, repo, comment_id: found.id, body })
}

/**
 * Writes the thread's status comment of a promotion, never moving it back to an earlier stage. The
 * first one, "opened", is written right after this bot created the pull request, so the thread
 * has no comment of it yet: it is created without listing the thread.
 */
export async function writeProgress(
  target: Omit<Thread, 'comment'>,
  progress: PromotionProgress,
): Promise<void> {
  if (progress.stage === 'opened') return reply({ ...target, comment: 0 }, formatPromotionProgress(progress))
  return upsertComment(
    target,
    statusCommentKey(progress.environment, progress.model, progress.pullRequest.number),
    formatPromotionProgress(progress),
    (current) => mayShowProgress(current, progress),
  )
}

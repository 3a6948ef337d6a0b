import type { ProbotOctokit } from 'probot'

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
): Promise<void> {
  const { octokit, owner, repo, issue } = target
  let found: number | undefined
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
        found = ours.id
        done()
      }
      return []
    },
  )
  if (found === undefined) await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body })
  else await octokit.rest.issues.updateComment({ owner, repo, comment_id: found, body })
}

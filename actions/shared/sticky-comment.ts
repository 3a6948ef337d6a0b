import type { ActionContext } from './action-context.js'
import { logInfo } from './step-log.js'

/** The login `GITHUB_TOKEN` comments as; App tokens comment as `<app-slug>[bot]`. */
const ACTIONS_BOT = 'github-actions[bot]'

export interface StickyComment {
  id: number
  url: string
  action: 'created' | 'updated' | 'unchanged'
}

/**
 * The hidden first line that marks our comment, one per key (workflow and job by default), so
 * two jobs keep two comments. The key is reduced to safe characters: it must never close the
 * HTML comment or carry Markdown.
 */
export function stickyMarker(kind: string, key: string): string {
  const safeKey = key.replace(/[^A-Za-z0-9._/ -]/g, '_').slice(0, 200)
  return `<!-- modelgate:${kind} key=${safeKey} -->`
}

/**
 * Posts or updates ONE comment per pull request and marker: it pages through every comment,
 * takes only those that carry the marker AND were written by this token's own identity (another
 * bot may copy our marker; a user may quote it), updates the oldest in place (or leaves it when
 * the body is identical) and deletes any duplicates a past race left. Requests: one identity
 * lookup (none when `author` is given), one per page of 100 comments, at most one write.
 */
export async function upsertStickyComment(
  context: ActionContext,
  options: { issueNumber: number; marker: string; body: string; author?: string },
): Promise<StickyComment> {
  const octokit = await context.octokit()
  const { owner, repo } = context
  const { issueNumber, marker, body } = options
  const author = (options.author || (await tokenIdentity(context))).toLowerCase()

  const ours: { id: number; html_url: string; body?: string }[] = []
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issueNumber,
    per_page: 100,
  })) {
    for (const comment of page.data) {
      const first = comment.body?.split('\n', 1)[0]
      if (first === marker && comment.user?.login.toLowerCase() === author) ours.push(comment)
    }
  }

  const [existing, ...duplicates] = ours
  for (const duplicate of duplicates)
    await octokit.rest.issues.deleteComment({ owner, repo, comment_id: duplicate.id })
  if (existing && existing.body === body)
    return { id: existing.id, url: existing.html_url, action: 'unchanged' }
  if (existing) {
    const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body })
    return { id: data.id, url: data.html_url, action: 'updated' }
  }
  const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body })
  return { id: data.id, url: data.html_url, action: 'created' }
}

/**
 * Who this token comments as: a personal token's user, else (an installation token, which may not
 * read `/user`) the Actions bot. An App's token should name its bot with the `comment-author` input.
 */
async function tokenIdentity(context: ActionContext): Promise<string> {
  try {
    const { data } = await (await context.octokit()).rest.users.getAuthenticated()
    return data.login
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status !== 403) throw error
    logInfo(
      `the token cannot read its own user (an installation token): looking for comments by ${ACTIONS_BOT}; set comment-author for a GitHub App's token`,
    )
    return ACTIONS_BOT
  }
}

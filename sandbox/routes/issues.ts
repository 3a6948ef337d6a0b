import type { Emulator } from '../emulator.js'
import { labelBody } from '../events-pulls.js'
import { HttpError } from '../http-error.js'
import { instantiate, nodeId, now, simpleUser } from '../shapes.js'
import type { Issue, IssueComment, Reaction, Repo, User } from '../state.js'
import type { Handler, RequestContext } from './context.js'
import { paginate, repoFor } from './context.js'
import { actingUser } from './git.js'

const REACTIONS = ['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes'] as const

/** `OWNER`, `COLLABORATOR`, `CONTRIBUTOR`-less view of how a user relates to a repository. */
function association(repo: Repo, user: User): string {
  if (repo.owner === user) return 'OWNER'
  return repo.permissions.has(user.login.toLowerCase()) ? 'COLLABORATOR' : 'NONE'
}

function example(
  emulator: Emulator,
  method: string,
  path: string,
  status: number,
  baseUrl: string,
  repo: Repo,
): Record<string, unknown> {
  return instantiate(
    emulator.api.example(emulator.api.match(method, path)!, status),
    baseUrl,
    repo,
  ) as Record<string, unknown>
}

/** An issue, or the issue view of a pull request (with `pull_request`), as REST answers it. */
export function issueBody(
  emulator: Emulator,
  baseUrl: string,
  repo: Repo,
  number: number,
): Record<string, unknown> {
  const pull = emulator.state.pull(repo, number)
  const issue:
    | Pick<Issue, 'id' | 'title' | 'body' | 'user' | 'state' | 'labels' | 'createdAt' | 'updatedAt'>
    | undefined = pull ?? emulator.state.issue(repo, number)
  if (!issue) throw new HttpError(404, 'Not Found')
  const api = `${baseUrl}/repos/${repo.fullName}/issues/${number}`
  const html = `${baseUrl}/${repo.fullName}/${pull ? 'pull' : 'issues'}/${number}`
  const template = example(emulator, 'GET', '/repos/o/r/issues/1', 200, baseUrl, repo)
  for (const key of [
    'assignee',
    'assignees',
    'milestone',
    'closed_by',
    'sub_issues_summary',
    'issue_dependencies_summary',
    'type',
    'pinned_comment',
  ])
    delete template[key]
  return {
    ...template,
    id: issue.id,
    node_id: nodeId('I', issue.id),
    number,
    title: issue.title,
    body: issue.body,
    user: simpleUser(issue.user, baseUrl),
    labels: issue.labels.map((name) => labelBody(repo, name, baseUrl)),
    state: issue.state,
    locked: false,
    assignee: null,
    assignees: [],
    milestone: null,
    comments: emulator.state.comments.filter((c) => c.repo === repo && c.issueNumber === number).length,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.state === 'closed' ? issue.updatedAt : null,
    author_association: association(repo, issue.user),
    url: api,
    html_url: html,
    repository_url: `${baseUrl}/repos/${repo.fullName}`,
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    timeline_url: `${api}/timeline`,
    reactions: rollup(api, []),
    ...(pull
      ? {
          pull_request: {
            url: `${baseUrl}/repos/${repo.fullName}/pulls/${number}`,
            html_url: html,
            diff_url: `${html}.diff`,
            patch_url: `${html}.patch`,
            merged_at: pull.mergedAt,
          },
        }
      : {}),
  }
}

function rollup(url: string, reactions: readonly Reaction[]): Record<string, unknown> {
  const counts = Object.fromEntries(
    REACTIONS.map((content) => [content, reactions.filter((r) => r.content === content).length]),
  )
  return { url: `${url}/reactions`, total_count: reactions.length, ...counts }
}

/** An issue comment as REST answers it. */
export function commentBody(
  emulator: Emulator,
  baseUrl: string,
  comment: IssueComment,
): Record<string, unknown> {
  const { repo } = comment
  const url = `${baseUrl}/repos/${repo.fullName}/issues/comments/${comment.id}`
  const app =
    comment.appId === undefined
      ? undefined
      : emulator.state.apps.find((candidate) => candidate.id === comment.appId)
  return {
    id: comment.id,
    node_id: nodeId('IC', comment.id),
    url,
    html_url: `${baseUrl}/${repo.fullName}/issues/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${baseUrl}/repos/${repo.fullName}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: simpleUser(comment.user, baseUrl),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: association(repo, comment.user),
    performed_via_github_app: app ? emulator.appBody(app, baseUrl) : null,
    reactions: rollup(url, comment.reactions),
  }
}

function reactionBody(baseUrl: string, reaction: Reaction): Record<string, unknown> {
  return {
    id: reaction.id,
    node_id: nodeId('REA', reaction.id),
    user: simpleUser(reaction.user, baseUrl),
    content: reaction.content,
    created_at: reaction.createdAt,
  }
}

/** Sends `issue_comment.<action>` for a comment, built from a real example delivery. */
function emitComment(
  emulator: Emulator,
  action: 'created' | 'edited' | 'deleted',
  comment: IssueComment,
  sender: User,
  changes?: object,
): void {
  const { repo } = comment
  const payload = emulator.events.example('issue_comment', action, repo)
  const issue = issueBody(emulator, emulator.url, repo, comment.issueNumber)
  emulator.webhooks.emit('issue_comment', repo, {
    ...payload,
    action,
    ...(changes ? { changes } : {}),
    issue: {
      ...(payload.issue as object),
      ...issue,
      active_lock_reason: null,
      performed_via_github_app: null,
    },
    comment: { ...(payload.comment as object), ...commentBody(emulator, emulator.url, comment) },
    repository: emulator.events.repository(repo, payload.repository),
    sender: simpleUser(sender, emulator.url),
  })
}

/** Writes a comment on an issue or pull request and sends `issue_comment.created` (routes and scenarios share it). */
export function createComment(
  emulator: Emulator,
  repo: Repo,
  issueNumber: number,
  user: User,
  body: string,
  appId?: number,
): IssueComment {
  if (!emulator.state.pull(repo, issueNumber) && !emulator.state.issue(repo, issueNumber))
    throw new HttpError(404, 'Not Found')
  const at = now()
  const comment: IssueComment = {
    id: emulator.state.id(),
    repo,
    issueNumber,
    user,
    body,
    createdAt: at,
    updatedAt: at,
    reactions: [],
    ...(appId !== undefined ? { appId } : {}),
  }
  emulator.state.comments.push(comment)
  emitComment(emulator, 'created', comment, user)
  return comment
}

/** Edits a comment and sends `issue_comment.edited` with the old body in `changes`. */
export function editComment(emulator: Emulator, comment: IssueComment, body: string, sender: User): void {
  const old = comment.body
  comment.body = body
  comment.updatedAt = now()
  emitComment(emulator, 'edited', comment, sender, { body: { from: old } })
}

/** Opens an issue (numbered in the repository's shared issue/PR sequence) and sends `issues.opened`. */
export function createIssue(
  emulator: Emulator,
  repo: Repo,
  user: User,
  title: string,
  body: string | null,
): Issue {
  const at = now()
  const issue: Issue = {
    id: emulator.state.id(),
    number: repo.nextNumber++,
    repo,
    title,
    body,
    user,
    state: 'open',
    labels: [],
    createdAt: at,
    updatedAt: at,
  }
  emulator.state.issues.push(issue)
  const payload = emulator.events.example('issues', 'opened', repo)
  emulator.webhooks.emit('issues', repo, {
    ...payload,
    action: 'opened',
    issue: {
      ...(payload.issue as object),
      ...issueBody(emulator, emulator.url, repo, issue.number),
      active_lock_reason: null,
      performed_via_github_app: null,
    },
    repository: emulator.events.repository(repo, payload.repository),
    sender: simpleUser(user, emulator.url),
  })
  return issue
}

function commentFor(context: RequestContext, repo: Repo): IssueComment {
  const comment = context.emulator.state.comments.find(
    (c) => c.repo === repo && String(c.id) === context.params.comment_id,
  )
  if (!comment) throw new HttpError(404, 'Not Found')
  return comment
}

function appIdOf(context: RequestContext): number | undefined {
  return context.actor?.kind === 'installation' ? context.actor.installation.app.id : undefined
}

/** Only the author, or someone with write access, may change a comment. */
function mayChange(context: RequestContext, repo: Repo, comment: IssueComment): void {
  if (comment.user !== actingUser(context)) repoFor(context, 'write')
  void repo
}

export const issuesRoutes: Record<string, Handler> = {
  'issues/create': (context) => {
    const repo = repoFor(context)
    const { title, body = null } = context.body as { title: string | number; body?: string | null }
    const issue = createIssue(context.emulator, repo, actingUser(context), String(title), body)
    return { status: 201, body: issueBody(context.emulator, context.baseUrl, repo, issue.number) }
  },

  'issues/get': (context) => {
    const repo = repoFor(context)
    return {
      status: 200,
      body: issueBody(context.emulator, context.baseUrl, repo, Number(context.params.issue_number)),
    }
  },

  'issues/list-comments': (context) => {
    const repo = repoFor(context)
    const number = Number(context.params.issue_number)
    if (!context.emulator.state.pull(repo, number) && !context.emulator.state.issue(repo, number))
      throw new HttpError(404, 'Not Found')
    const since = context.query.get('since')
    const comments = context.emulator.state.comments.filter(
      (c) => c.repo === repo && c.issueNumber === number && (!since || c.updatedAt >= since),
    )
    const { page, headers } = paginate(context, comments)
    return { status: 200, body: page.map((c) => commentBody(context.emulator, context.baseUrl, c)), headers }
  },

  'issues/create-comment': (context) => {
    const repo = repoFor(context)
    const { body } = context.body as { body: string }
    const comment = createComment(
      context.emulator,
      repo,
      Number(context.params.issue_number),
      actingUser(context),
      body,
      appIdOf(context),
    )
    return {
      status: 201,
      body: commentBody(context.emulator, context.baseUrl, comment),
      headers: { location: `${context.baseUrl}/repos/${repo.fullName}/issues/comments/${comment.id}` },
    }
  },

  'issues/get-comment': (context) => {
    const repo = repoFor(context)
    return { status: 200, body: commentBody(context.emulator, context.baseUrl, commentFor(context, repo)) }
  },

  'issues/update-comment': (context) => {
    const repo = repoFor(context)
    const comment = commentFor(context, repo)
    mayChange(context, repo, comment)
    editComment(context.emulator, comment, (context.body as { body: string }).body, actingUser(context))
    return { status: 200, body: commentBody(context.emulator, context.baseUrl, comment) }
  },

  'issues/delete-comment': (context) => {
    const repo = repoFor(context)
    const comment = commentFor(context, repo)
    mayChange(context, repo, comment)
    const { comments } = context.emulator.state
    comments.splice(comments.indexOf(comment), 1)
    emitComment(context.emulator, 'deleted', comment, actingUser(context))
    return { status: 204 }
  },

  /** 201 for a new reaction; 200 with the existing one when the user already reacted so. */
  'reactions/create-for-issue-comment': (context) => {
    const repo = repoFor(context)
    const comment = commentFor(context, repo)
    const user = actingUser(context)
    const content = (context.body as { content: Reaction['content'] }).content
    const existing = comment.reactions.find((r) => r.user === user && r.content === content)
    if (existing) return { status: 200, body: reactionBody(context.baseUrl, existing) }
    const reaction: Reaction = { id: context.emulator.state.id(), user, content, createdAt: now() }
    comment.reactions.push(reaction)
    return { status: 201, body: reactionBody(context.baseUrl, reaction) }
  },

  'reactions/list-for-issue-comment': (context) => {
    const repo = repoFor(context)
    const content = context.query.get('content')
    const reactions = commentFor(context, repo).reactions.filter((r) => !content || r.content === content)
    const { page, headers } = paginate(context, reactions)
    return { status: 200, body: page.map((r) => reactionBody(context.baseUrl, r)), headers }
  },

  'issues/add-labels': (context) => {
    const repo = repoFor(context, 'triage')
    const number = Number(context.params.issue_number)
    const target = context.emulator.state.pull(repo, number) ?? context.emulator.state.issue(repo, number)
    if (!target) throw new HttpError(404, 'Not Found')
    const given = context.body as { labels?: (string | { name: string })[] } | string[]
    const names = (Array.isArray(given) ? given : (given.labels ?? [])).map((label) =>
      typeof label === 'string' ? label : label.name,
    )
    for (const name of names) {
      if (!repo.labels.has(name.toLowerCase()))
        repo.labels.set(name.toLowerCase(), {
          id: context.emulator.state.id(),
          name,
          color: 'ededed',
          // GitHub's description of a pull request's labels (pull-request-simple) has no null
          description: '',
        })
      if (!target.labels.some((existing) => existing.toLowerCase() === name.toLowerCase()))
        target.labels.push(name)
    }
    return { status: 200, body: target.labels.map((name) => labelBody(repo, name, context.baseUrl)) }
  },

  'issues/remove-label': (context) => {
    const repo = repoFor(context, 'triage')
    const number = Number(context.params.issue_number)
    const target = context.emulator.state.pull(repo, number) ?? context.emulator.state.issue(repo, number)
    const index =
      target?.labels.findIndex((name) => name.toLowerCase() === context.params.name!.toLowerCase()) ?? -1
    if (!target || index === -1) throw new HttpError(404, 'Label does not exist')
    target.labels.splice(index, 1)
    return { status: 200, body: target.labels.map((name) => labelBody(repo, name, context.baseUrl)) }
  },

  'issues/list-labels-on-issue': (context) => {
    const repo = repoFor(context)
    const number = Number(context.params.issue_number)
    const target = context.emulator.state.pull(repo, number) ?? context.emulator.state.issue(repo, number)
    if (!target) throw new HttpError(404, 'Not Found')
    const { page, headers } = paginate(context, target.labels)
    return { status: 200, body: page.map((name) => labelBody(repo, name, context.baseUrl)), headers }
  },
}

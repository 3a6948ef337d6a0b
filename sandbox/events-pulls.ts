import type { Emulator } from './emulator.js'
import { nodeId, now, simpleUser, withoutContact } from './shapes.js'
import { teamBody } from './team-body.js'
import type { Label, PullRequest, Repo, Review, User } from './state.js'

/**
 * Pull requests as GitHub shows them, in REST answers and in webhooks: the fields both share
 * (computed live from git), and the `pull_request` / `pull_request_review` deliveries, built from
 * GitHub's real example deliveries with our objects substituted.
 */

const ZERO = '0'.repeat(40)

/** What git says about a pull request right now. */
export interface PullFacts {
  headSha: string
  baseSha: string
  /** `null` once closed, as GitHub answers. */
  mergeable: boolean | null
  mergeableState: string
  commits: number
  additions: number
  deletions: number
  changedFiles: number
  comments: number
}

/** Brings an open pull request's head and base SHAs up to date with its branches; closed ones keep theirs. */
export function refreshPull(pull: PullRequest): void {
  if (pull.state !== 'open') return
  const head = pull.head.repo.git.resolveCommit(`refs/heads/${pull.head.ref}`)
  const base = pull.repo.git.resolveCommit(`refs/heads/${pull.base.ref}`)
  if (head) pull.head.sha = head
  if (base) pull.base.sha = base
}

/**
 * Head and base SHAs, mergeability and diff stats of a pull request. With `detailed: false` (list
 * answers, which do not show them) only the SHAs are read and the rest is left zero.
 */
export function pullFacts(emulator: Emulator, pull: PullRequest, detailed = true): PullFacts {
  refreshPull(pull)
  const open = pull.state === 'open'
  const facts: PullFacts = {
    headSha: pull.head.sha,
    baseSha: pull.base.sha,
    mergeable: null,
    mergeableState: 'unknown',
    commits: 0,
    additions: 0,
    deletions: 0,
    changedFiles: 0,
    comments: 0,
  }
  if (!detailed) return facts
  const { git } = pull.repo
  const mergeBase = git.mergeBase(pull.base.sha, pull.head.sha)
  const files = mergeBase ? git.diffFiles(mergeBase, pull.head.sha) : []
  const mergeable = open ? git.mergeTrees(pull.base.sha, pull.head.sha) !== undefined : null
  return {
    ...facts,
    mergeable,
    mergeableState: !open ? 'unknown' : pull.draft ? 'draft' : mergeable ? 'clean' : 'dirty',
    commits: git.commitsBetween(pull.base.sha, pull.head.sha).length,
    additions: files.reduce((sum, file) => sum + file.additions, 0),
    deletions: files.reduce((sum, file) => sum + file.deletions, 0),
    changedFiles: files.length,
    comments: emulator.state.comments.filter(
      (comment) => comment.repo === pull.repo && comment.issueNumber === pull.number,
    ).length,
  }
}

/** `OWNER`, `COLLABORATOR` or `NONE`: how a user relates to the repository. */
export function authorAssociation(repo: Repo, user: User): string {
  if (repo.owner === user) return 'OWNER'
  return repo.permissions.has(user.login.toLowerCase()) ? 'COLLABORATOR' : 'NONE'
}

/** A repository label by name (any case), as GitHub shows it. */
export function labelBody(repo: Repo, name: string, baseUrl: string): Record<string, unknown> {
  const label: Label = repo.labels.get(name) ??
    repo.labels.get(name.toLowerCase()) ??
    [...repo.labels.values()].find((candidate) => candidate.name.toLowerCase() === name.toLowerCase()) ?? {
      id: 0,
      name,
      color: 'ededed',
      description: '',
    }
  return {
    id: label.id,
    node_id: nodeId('LA', label.id),
    url: `${baseUrl}/repos/${repo.fullName}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    default: false,
    description: label.description,
  }
}

/**
 * The fields a pull request has both in REST answers and in webhooks. `head.repo` and `base.repo`
 * are left to the caller: the REST and webhook repository shapes differ.
 */
export function pullFields(
  emulator: Emulator,
  baseUrl: string,
  pull: PullRequest,
  facts: PullFacts,
): Record<string, unknown> & { head: Record<string, unknown>; base: Record<string, unknown> } {
  const { repo, number } = pull
  const api = `${baseUrl}/repos/${repo.fullName}`
  const html = `${baseUrl}/${repo.fullName}`
  const links = {
    self: `${api}/pulls/${number}`,
    html: `${html}/pull/${number}`,
    issue: `${api}/issues/${number}`,
    comments: `${api}/issues/${number}/comments`,
    review_comments: `${api}/pulls/${number}/comments`,
    review_comment: `${api}/pulls/comments{/number}`,
    commits: `${api}/pulls/${number}/commits`,
    statuses: `${api}/statuses/${facts.headSha}`,
  }
  return {
    url: links.self,
    id: pull.id,
    node_id: nodeId('PR', pull.id),
    html_url: links.html,
    diff_url: `${links.html}.diff`,
    patch_url: `${links.html}.patch`,
    issue_url: links.issue,
    commits_url: links.commits,
    review_comments_url: links.review_comments,
    review_comment_url: links.review_comment,
    comments_url: links.comments,
    statuses_url: links.statuses,
    number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: simpleUser(pull.user, baseUrl),
    body: pull.body,
    labels: pull.labels.map((name) => labelBody(repo, name, baseUrl)),
    milestone: null,
    active_lock_reason: null,
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    closed_at: pull.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    assignee: null,
    assignees: [],
    // Without name and email: in a webhook a reviewer with a name would also read as a team.
    requested_reviewers: pull.requestedReviewers.map((user) => withoutContact(simpleUser(user, baseUrl))),
    requested_teams: pull.requestedTeams.map((slug) =>
      teamBody(emulator.state, baseUrl, repo.owner.login, slug),
    ),
    head: {
      label: `${pull.head.repo.owner.login}:${pull.head.ref}`,
      ref: pull.head.ref,
      sha: facts.headSha,
      user: simpleUser(pull.head.repo.owner, baseUrl),
    },
    base: {
      label: `${repo.owner.login}:${pull.base.ref}`,
      ref: pull.base.ref,
      sha: facts.baseSha,
      user: simpleUser(repo.owner, baseUrl),
    },
    _links: Object.fromEntries(Object.entries(links).map(([name, href]) => [name, { href }])),
    author_association: authorAssociation(repo, pull.user),
    auto_merge: null,
    draft: pull.draft,
    merged: pull.merged,
    mergeable: facts.mergeable,
    rebaseable: facts.mergeable,
    mergeable_state: facts.mergeableState,
    merged_by: pull.mergedBy ? simpleUser(pull.mergedBy, baseUrl) : null,
    comments: facts.comments,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: facts.commits,
    additions: facts.additions,
    deletions: facts.deletions,
    changed_files: facts.changedFiles,
  }
}

/** The `pull_request` object of a webhook payload: the example delivery's, with ours substituted. */
export function webhookPullRequest(
  emulator: Emulator,
  pull: PullRequest,
  template: unknown,
): Record<string, unknown> {
  const example = template as { head: { repo: unknown }; base: { repo: unknown } }
  const fields = pullFields(emulator, emulator.url, pull, pullFacts(emulator, pull))
  return {
    ...(template as Record<string, unknown>),
    ...fields,
    head: { ...fields.head, repo: emulator.events.repository(pull.head.repo, example.head.repo) },
    base: { ...fields.base, repo: emulator.events.repository(pull.repo, example.base.repo) },
  }
}

export type PullRequestAction =
  'opened' | 'edited' | 'closed' | 'reopened' | 'synchronize' | 'labeled' | 'unlabeled' | 'review_requested'

/**
 * Sends `pull_request` with `action` about `pull`, by `sender`. `extra` adds the action's own
 * fields: `changes` for edited, `before`/`after` for synchronize, `label` for (un)labeled.
 */
export function emitPullRequest(
  emulator: Emulator,
  action: PullRequestAction,
  pull: PullRequest,
  sender: User,
  extra: Record<string, unknown> = {},
): void {
  // There is no example delivery of `edited`; Events.example falls back to the first (`opened`).
  // The example's requested reviewer is not ours: `extra` gives the one requested, if any.
  const {
    requested_reviewer: _reviewer,
    requested_team: _team,
    ...example
  } = emulator.events.example('pull_request', action, pull.repo)
  emulator.webhooks.emit('pull_request', pull.repo, {
    ...example,
    action,
    number: pull.number,
    pull_request: webhookPullRequest(emulator, pull, example.pull_request),
    repository: emulator.events.repository(pull.repo, example.repository),
    sender: simpleUser(sender, emulator.url),
    ...extra,
  })
}

/** `pull_request.review_requested`, one per requested reviewer or team, as GitHub sends them. */
export function emitReviewRequested(
  emulator: Emulator,
  pull: PullRequest,
  requested: { user: User } | { team: string },
  sender: User,
): void {
  emitPullRequest(
    emulator,
    'review_requested',
    pull,
    sender,
    'user' in requested
      ? { requested_reviewer: withoutContact(simpleUser(requested.user, emulator.url)) }
      : { requested_team: teamBody(emulator.state, emulator.url, pull.repo.owner.login, requested.team) },
  )
}

/** `pull_request.labeled` / `unlabeled`: call after changing `pull.labels`. */
export function emitPullRequestLabel(
  emulator: Emulator,
  action: 'labeled' | 'unlabeled',
  pull: PullRequest,
  label: string,
  sender: User,
): void {
  emitPullRequest(emulator, action, pull, sender, {
    label: labelBody(pull.repo, label, emulator.url),
  })
}

/** `pull_request.edited`, with what changed. */
export function emitPullRequestEdited(
  emulator: Emulator,
  pull: PullRequest,
  sender: User,
  changes: { title?: string; body?: string | null; base?: { ref: string; sha: string } },
): void {
  emitPullRequest(emulator, 'edited', pull, sender, {
    changes: {
      ...(changes.title !== undefined ? { title: { from: changes.title } } : {}),
      ...(changes.body !== undefined ? { body: { from: changes.body ?? '' } } : {}),
      ...(changes.base ? { base: { ref: { from: changes.base.ref }, sha: { from: changes.base.sha } } } : {}),
    },
  })
}

/** `pull_request_review.submitted` / `dismissed`. */
export function emitPullRequestReview(
  emulator: Emulator,
  action: 'submitted' | 'dismissed',
  pull: PullRequest,
  review: Review,
  sender: User,
): void {
  const example = emulator.events.example('pull_request_review', action, pull.repo)
  const base = emulator.url
  const htmlUrl = `${base}/${pull.repo.fullName}/pull/${pull.number}#pullrequestreview-${review.id}`
  const pullUrl = `${base}/repos/${pull.repo.fullName}/pulls/${pull.number}`
  emulator.webhooks.emit('pull_request_review', pull.repo, {
    ...example,
    action,
    review: {
      ...(example.review as Record<string, unknown>),
      id: review.id,
      node_id: nodeId('PRR', review.id),
      user: simpleUser(review.user, emulator.url),
      body: review.body || null,
      commit_id: review.commitId,
      submitted_at: review.submittedAt,
      state: review.state.toLowerCase(),
      html_url: htmlUrl,
      pull_request_url: pullUrl,
      author_association: authorAssociation(pull.repo, review.user),
      _links: { html: { href: htmlUrl }, pull_request: { href: pullUrl } },
    },
    pull_request: webhookPullRequest(emulator, pull, example.pull_request),
    repository: emulator.events.repository(pull.repo, example.repository),
    sender: simpleUser(sender, emulator.url),
  })
}

/**
 * A branch moved from `before` to `after` (a push, a ref update, a merge into it): every open pull
 * request whose head is that branch gets `pull_request.synchronize`. `ref` may be `refs/heads/x`,
 * `heads/x` or `x`; other refs (tags) and deletions are ignored.
 */
export function branchMoved(
  emulator: Emulator,
  repo: Repo,
  ref: string,
  before: string,
  after: string,
  sender: User,
): void {
  if (after === ZERO || before === after) return
  if (ref.startsWith('refs/') && !ref.startsWith('refs/heads/')) return
  const branch = ref.replace(/^refs\/heads\//, '').replace(/^heads\//, '')
  for (const pull of emulator.state.pulls) {
    if (pull.state !== 'open' || pull.head.repo !== repo || pull.head.ref !== branch) continue
    pull.head.sha = after
    pull.updatedAt = now()
    emitPullRequest(emulator, 'synchronize', pull, sender, { before, after })
  }
}

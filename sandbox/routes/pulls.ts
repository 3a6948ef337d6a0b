import type { Emulator } from '../emulator.js'
import {
  authorAssociation,
  branchMoved,
  emitPullRequest,
  emitPullRequestEdited,
  emitPullRequestReview,
  emitReviewRequested,
  pullFacts,
  pullFields,
  refreshPull,
} from '../events-pulls.js'
import type { GitSignature } from '../git-store.js'
import { commitBody } from '../commit-body.js'
import { HttpError } from '../http-error.js'
import { instantiate, nodeId, now, simpleUser } from '../shapes.js'
import type { PullRequest, Repo, Review, User } from '../state.js'
import type { Handler, HandlerResult, RequestContext } from './context.js'
import { paginate, repoFor } from './context.js'
import { actingUser } from './git.js'

/**
 * Pull requests, reviews, merges and compare, over the repository's real git: head SHAs are read
 * from the head branch, `mergeable` is a real `git merge-tree`, a merge is a real merge commit.
 *
 * The functions before the routes (createPull, updatePull, mergePull, submitReview, dismissReview)
 * are what the routes and `scenarios/pulls.ts` both call, so webhooks fire either way. They throw
 * {@link HttpError}s the way GitHub answers.
 */

// ── Errors, GitHub-style ─────────────────────────────────────────────────────

type ErrorDetail = NonNullable<HttpError['errors']>[number]

/** 422 "Validation Failed" with `errors` objects (the `validation-error` schema). */
const invalid = (...errors: ErrorDetail[]) => new HttpError(422, 'Validation Failed', errors)

/**
 * 422 "Unprocessable Entity" with `errors` as plain strings, as GitHub answers reviews (the
 * `validation-error-simple` schema). HttpError types `errors` as objects, hence the cast.
 */
const unprocessable = (message: string) => new HttpError(422, 'Unprocessable Entity', [message])

export const signatureOf = (user: User): GitSignature => ({
  name: user.login,
  email: user.email ?? `${user.login}@users.noreply.emulator.invalid`,
  date: now(),
})

/** `owner:branch` or `branch` → the branch, when the owner is the repository's (no forks here). */
function branchName(repo: Repo, spec: string, field: string): string {
  const at = spec.indexOf(':')
  if (at === -1) return spec
  if (spec.slice(0, at).toLowerCase() !== repo.owner.login.toLowerCase())
    throw invalid({ resource: 'PullRequest', field, code: 'invalid' })
  return spec.slice(at + 1)
}

function openDuplicate(
  emulator: Emulator,
  pull: Omit<PullRequest, 'id'> | PullRequest,
): PullRequest | undefined {
  return emulator.state.pulls.find(
    (other) =>
      other !== pull &&
      other.state === 'open' &&
      other.repo === pull.repo &&
      other.head.repo === pull.head.repo &&
      other.head.ref === pull.head.ref &&
      other.base.ref === pull.base.ref,
  )
}

// ── What routes and scenarios share ──────────────────────────────────────────

export interface CreatePullInput {
  title?: string
  /** `branch` or `owner:branch`. */
  head: string
  base: string
  body?: string | null
  draft?: boolean
}

/** Opens a pull request (422 like GitHub for a bad head/base, no commits, or a duplicate) and sends `opened`. */
export function createPull(emulator: Emulator, repo: Repo, user: User, input: CreatePullInput): PullRequest {
  const { git } = repo
  const head = branchName(repo, input.head, 'head')
  const base = branchName(repo, input.base, 'base')
  if (!input.title) throw invalid({ resource: 'PullRequest', field: 'title', code: 'missing_field' })
  const headSha = git.resolveCommit(`refs/heads/${head}`)
  const baseSha = git.resolveCommit(`refs/heads/${base}`)
  if (!headSha) throw invalid({ resource: 'PullRequest', field: 'head', code: 'invalid' })
  if (!baseSha) throw invalid({ resource: 'PullRequest', field: 'base', code: 'invalid' })
  if (head === base || git.commitsBetween(baseSha, headSha).length === 0)
    throw invalid({
      resource: 'PullRequest',
      code: 'custom',
      message: `No commits between ${base} and ${head}`,
    })
  const at = now()
  const draft: Omit<PullRequest, 'id'> = {
    number: 0,
    repo,
    title: input.title,
    body: input.body ?? null,
    user,
    state: 'open',
    draft: input.draft ?? false,
    base: { ref: base, sha: baseSha },
    head: { ref: head, sha: headSha, repo },
    labels: [],
    requestedReviewers: [],
    requestedTeams: [],
    merged: false,
    mergedAt: null,
    mergedBy: null,
    mergeCommitSha: null,
    createdAt: at,
    updatedAt: at,
    closedAt: null,
  }
  if (openDuplicate(emulator, draft))
    throw invalid({
      resource: 'PullRequest',
      code: 'custom',
      message: `A pull request already exists for ${repo.owner.login}:${head}.`,
    })
  const pull: PullRequest = { ...draft, id: emulator.state.id(), number: repo.nextNumber++ }
  emulator.state.pulls.push(pull)
  emitPullRequest(emulator, 'opened', pull, user)
  return pull
}

export interface UpdatePullInput {
  title?: string
  body?: string | null
  state?: 'open' | 'closed'
  base?: string
}

/** Edits, closes or reopens; sends `edited` (with `changes`), then `closed` or `reopened`. */
export function updatePull(emulator: Emulator, pull: PullRequest, user: User, input: UpdatePullInput): void {
  refreshPull(pull)
  const changes: { title?: string; body?: string | null; base?: { ref: string; sha: string } } = {}
  if (input.base !== undefined && input.base !== pull.base.ref) {
    const base = branchName(pull.repo, input.base, 'base')
    if (pull.state !== 'open')
      throw invalid({
        resource: 'PullRequest',
        field: 'base',
        code: 'invalid',
        message: 'Cannot change the base branch of a closed pull request.',
      })
    const sha = pull.repo.git.resolveCommit(`refs/heads/${base}`)
    if (!sha || base === pull.head.ref)
      throw invalid({ resource: 'PullRequest', field: 'base', code: 'invalid' })
    changes.base = { ...pull.base }
    pull.base = { ref: base, sha }
  }
  if (input.title !== undefined && input.title !== pull.title) {
    changes.title = pull.title
    pull.title = input.title
  }
  if (input.body !== undefined && input.body !== pull.body) {
    changes.body = pull.body
    pull.body = input.body
  }
  let transition: 'closed' | 'reopened' | undefined
  if (input.state === 'closed' && pull.state === 'open') transition = 'closed'
  if (input.state === 'open' && pull.state === 'closed') {
    if (pull.merged)
      throw invalid({
        resource: 'PullRequest',
        field: 'state',
        code: 'custom',
        message: 'state cannot be changed. The pull request cannot be reopened because it has been merged.',
      })
    if (!pull.repo.git.resolveCommit(`refs/heads/${pull.head.ref}`) || openDuplicate(emulator, pull))
      throw invalid({
        resource: 'PullRequest',
        field: 'state',
        code: 'custom',
        message:
          'state cannot be changed. The head branch is missing or another pull request is open for it.',
      })
    transition = 'reopened'
  }
  const at = now()
  if (Object.keys(changes).length > 0 || transition) pull.updatedAt = at
  if (Object.keys(changes).length > 0) emitPullRequestEdited(emulator, pull, user, changes)
  if (transition === 'closed') {
    refreshPull(pull) // freeze the SHAs it closes with
    pull.state = 'closed'
    pull.closedAt = at
  } else if (transition === 'reopened') {
    pull.state = 'open'
    pull.closedAt = null
    refreshPull(pull)
  }
  if (transition) emitPullRequest(emulator, transition, pull, user)
}

export interface MergeInput {
  /** The head SHA the caller reviewed: 409 when the head moved since. */
  sha?: string
  commit_title?: string
  commit_message?: string
  merge_method?: 'merge' | 'squash' | 'rebase'
}

/**
 * Merges into the base branch: a real merge commit (parents base, head) by default, or a squash,
 * or a rebase when the base has not moved since the head branched off. The base ref moves by
 * compare-and-swap. Sends `push`, `synchronize` to pull requests headed at the base branch, and
 * `pull_request.closed` with `merged: true`. Returns the new base SHA.
 */
export function mergePull(emulator: Emulator, pull: PullRequest, user: User, input: MergeInput = {}): string {
  if (pull.state !== 'open') throw new HttpError(405, 'Pull Request is not mergeable')
  if (pull.draft) throw new HttpError(405, 'Pull Request is still a draft')
  refreshPull(pull)
  const { git } = pull.repo
  const baseRef = `refs/heads/${pull.base.ref}`
  const baseSha = pull.base.sha
  const headSha = pull.head.sha
  if (input.sha !== undefined && input.sha !== headSha)
    throw new HttpError(409, 'Head branch was modified. Review and try the merge again.')
  const tree = git.mergeTrees(baseSha, headSha)
  if (!tree) throw new HttpError(405, 'Pull Request is not mergeable')
  const signature = signatureOf(user)
  const method = input.merge_method ?? 'merge'
  let sha: string
  if (method === 'merge') {
    const title =
      input.commit_title ??
      `Merge pull request #${pull.number} from ${pull.head.repo.owner.login}/${pull.head.ref}`
    const message = `${title}\n\n${input.commit_message ?? pull.title}`
    sha = git.commitTree(tree, [baseSha, headSha], message, signature, signature)
  } else if (method === 'squash') {
    const commits = git.commitsBetween(baseSha, headSha)
    const title = input.commit_title ?? `${pull.title} (#${pull.number})`
    const body =
      input.commit_message ?? commits.map((commit) => `* ${git.readCommit(commit)!.message}`).join('\n\n')
    sha = git.commitTree(tree, [baseSha], body ? `${title}\n\n${body}` : title, signature, signature)
  } else {
    // Replaying commits onto a base that moved needs a cherry-pick, which GitStore cannot do.
    if (!git.isAncestor(baseSha, headSha)) throw new HttpError(405, "This branch can't be rebased")
    sha = baseSha
    for (const commit of git.commitsBetween(baseSha, headSha)) {
      const original = git.readCommit(commit)!
      sha = git.commitTree(original.tree, [sha], original.message, original.author, signature)
    }
  }
  try {
    git.updateRef(baseRef, sha, false) // compare-and-swap: fails if the base moved meanwhile
  } catch (error) {
    if (error instanceof HttpError && error.status === 422)
      throw new HttpError(405, 'Base branch was modified. Review and try the merge again.')
    throw error
  }
  const at = now()
  Object.assign(pull, {
    state: 'closed',
    merged: true,
    mergedAt: at,
    mergedBy: user,
    mergeCommitSha: sha,
    closedAt: at,
    updatedAt: at,
  } satisfies Partial<PullRequest>)
  emulator.events.push(pull.repo, baseRef, baseSha, sha, false, user)
  branchMoved(emulator, pull.repo, baseRef, baseSha, sha, user)
  emitPullRequest(emulator, 'closed', pull, user)
  return sha
}

export interface ReviewInput {
  /** Without an event the review stays PENDING, as on GitHub. */
  event?: 'APPROVE' | 'REQUEST_CHANGES' | 'COMMENT'
  body?: string
  commit_id?: string
}

const REVIEW_STATE = {
  APPROVE: 'APPROVED',
  REQUEST_CHANGES: 'CHANGES_REQUESTED',
  COMMENT: 'COMMENTED',
} as const

/** Records a review (the author may not approve or request changes) and sends `pull_request_review.submitted`. */
export function submitReview(emulator: Emulator, pull: PullRequest, user: User, input: ReviewInput): Review {
  refreshPull(pull)
  const own = pull.user === user
  if (own && input.event === 'APPROVE') throw unprocessable('Can not approve your own pull request')
  if (own && input.event === 'REQUEST_CHANGES')
    throw unprocessable('Can not request changes on your own pull request')
  if ((input.event === 'REQUEST_CHANGES' || input.event === 'COMMENT') && !input.body)
    throw unprocessable(`Body is required when the review event is ${input.event}`)
  if (input.commit_id !== undefined && pull.repo.git.objectType(input.commit_id) !== 'commit')
    throw unprocessable('Commit SHA could not be resolved')
  if (
    !input.event &&
    emulator.state.reviews.some(
      (review) =>
        review.repo === pull.repo &&
        review.pullNumber === pull.number &&
        review.user === user &&
        review.state === 'PENDING',
    )
  )
    throw unprocessable('User can only have one pending review per pull request')
  const review: Review = {
    id: emulator.state.id(),
    repo: pull.repo,
    pullNumber: pull.number,
    user,
    state: input.event ? REVIEW_STATE[input.event] : 'PENDING',
    body: input.body ?? '',
    commitId: input.commit_id ?? pull.head.sha,
    submittedAt: now(),
  }
  emulator.state.reviews.push(review)
  // A submitted review answers the request: GitHub drops the reviewer from `requested_reviewers`.
  if (review.state !== 'PENDING')
    pull.requestedReviewers = pull.requestedReviewers.filter((requested) => requested !== user)
  if (review.state !== 'PENDING') emitPullRequestReview(emulator, 'submitted', pull, review, user)
  return review
}

/** Dismisses an approval or a change request and sends `pull_request_review.dismissed`. */
export function dismissReview(emulator: Emulator, pull: PullRequest, review: Review, user: User): Review {
  if (review.state === 'COMMENTED') throw unprocessable('Can not dismiss a commented pull request review')
  if (review.state === 'PENDING') throw unprocessable('Can not dismiss a pending pull request review')
  if (review.state !== 'DISMISSED') {
    review.state = 'DISMISSED'
    emitPullRequestReview(emulator, 'dismissed', pull, review, user)
  }
  return review
}

export interface RequestReviewersInput {
  reviewers?: string[]
  team_reviewers?: string[]
}

/**
 * Asks collaborators and teams of the owner's organisation to review (422 for the author, or for
 * anyone who is not a collaborator or a team that does not exist, as GitHub answers); sends
 * `review_requested` once per reviewer or team newly asked.
 */
export function requestReviewers(
  emulator: Emulator,
  pull: PullRequest,
  user: User,
  input: RequestReviewersInput,
): void {
  const { repo } = pull
  const notCollaborator = new HttpError(
    422,
    `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${repo.fullName} repository.`,
  )
  const reviewers = (input.reviewers ?? []).map((login) => {
    const reviewer = emulator.state.user(login)
    if (reviewer === pull.user)
      throw new HttpError(422, 'Review cannot be requested from pull request author.')
    if (!reviewer || !(repo.owner === reviewer || repo.permissions.has(reviewer.login.toLowerCase())))
      throw notCollaborator
    return reviewer
  })
  const teams = (input.team_reviewers ?? []).map((slug) => {
    if (!emulator.state.teams.has(`${repo.owner.login}/${slug}`.toLowerCase())) throw notCollaborator
    return slug.toLowerCase()
  })
  const newReviewers = [...new Set(reviewers)].filter(
    (reviewer) => !pull.requestedReviewers.includes(reviewer),
  )
  const newTeams = [...new Set(teams)].filter((team) => !pull.requestedTeams.includes(team))
  pull.requestedReviewers.push(...newReviewers)
  pull.requestedTeams.push(...newTeams)
  if (newReviewers.length + newTeams.length > 0) pull.updatedAt = now()
  for (const reviewer of newReviewers) emitReviewRequested(emulator, pull, { user: reviewer }, user)
  for (const team of newTeams) emitReviewRequested(emulator, pull, { team }, user)
}

// ── Shapes ───────────────────────────────────────────────────────────────────

/** Fields of `pull-request` that `pull-request-simple` (the list answer) does not have. */
const DETAIL_ONLY = [
  'merged',
  'mergeable',
  'rebaseable',
  'mergeable_state',
  'merged_by',
  'comments',
  'review_comments',
  'maintainer_can_modify',
  'commits',
  'additions',
  'deletions',
  'changed_files',
]

/**
 * `head.repo` / `base.repo` (`repository` schema): `Emulator.repositoryBody` drops `license` and the
 * `repos/get` example has no `language`, both required (nullable) there.
 */
function repositoryOf(context: RequestContext, repo: Repo): Record<string, unknown> {
  return context.emulator.repositoryBody(repo, context.baseUrl)
}

/** Files changed from `from` to `to` (`diff-entry` schema; no `patch`). */
function diffEntries(
  context: RequestContext,
  repo: Repo,
  from: string,
  to: string,
): Record<string, unknown>[] {
  const api = `${context.baseUrl}/repos/${repo.fullName}`
  const html = `${context.baseUrl}/${repo.fullName}`
  // One listing per side, not one lookup per file: a pull request may change thousands of files.
  const objects = (commit: string) =>
    new Map(
      repo.git
        .readTree(commit, true)
        .filter((entry) => entry.type !== 'tree')
        .map((entry) => [entry.path, entry.sha]),
    )
  const [before, after] = [objects(from), objects(to)]
  return repo.git.diffFiles(from, to).map((file) => {
    const sha = (file.status === 'removed' ? before : after).get(file.filename) ?? '0'.repeat(40)
    const at = file.status === 'removed' ? from : to
    return {
      sha,
      filename: file.filename,
      status: file.status,
      additions: file.additions,
      deletions: file.deletions,
      changes: file.additions + file.deletions,
      blob_url: `${html}/blob/${at}/${file.filename}`,
      raw_url: `${html}/raw/${at}/${file.filename}`,
      contents_url: `${api}/contents/${file.filename}?ref=${at}`,
      ...(file.previous ? { previous_filename: file.previous } : {}),
    }
  })
}

/** A pull request as REST answers it, from the spec's example of `pulls/get`, with ours substituted. */
export function pullBody(
  context: RequestContext,
  pull: PullRequest,
  simple = false,
): Record<string, unknown> {
  const { emulator, baseUrl } = context
  const template = instantiate(
    emulator.api.example(emulator.api.match('GET', '/repos/o/r/pulls/1')!, 200),
    baseUrl,
    pull.repo,
  ) as Record<string, unknown>
  const fields = pullFields(emulator, baseUrl, pull, pullFacts(emulator, pull, !simple))
  const body: Record<string, unknown> = {
    ...template,
    ...fields,
    head: { ...fields.head, repo: repositoryOf(context, pull.head.repo) },
    base: { ...fields.base, repo: repositoryOf(context, pull.repo) },
  }
  if (simple) for (const key of DETAIL_ONLY) delete body[key]
  return body
}

export function reviewBody(
  context: RequestContext,
  pull: PullRequest,
  review: Review,
): Record<string, unknown> {
  const html = `${context.baseUrl}/${pull.repo.fullName}/pull/${pull.number}#pullrequestreview-${review.id}`
  const pullUrl = `${context.baseUrl}/repos/${pull.repo.fullName}/pulls/${pull.number}`
  return {
    id: review.id,
    node_id: nodeId('PRR', review.id),
    user: simpleUser(review.user, context.baseUrl),
    body: review.body,
    state: review.state,
    html_url: html,
    pull_request_url: pullUrl,
    _links: { html: { href: html }, pull_request: { href: pullUrl } },
    ...(review.state === 'PENDING' ? {} : { submitted_at: review.submittedAt }),
    commit_id: review.commitId,
    author_association: authorAssociation(pull.repo, review.user),
  }
}

// ── Routes ───────────────────────────────────────────────────────────────────

function pullFor(context: RequestContext, repo: Repo): PullRequest {
  const pull = context.emulator.state.pull(repo, Number(context.params.pull_number))
  if (!pull) throw new HttpError(404, 'Not Found')
  return pull
}

function compareOrder(
  sort: string,
  a: PullRequest,
  b: PullRequest,
  comments: (pull: PullRequest) => number,
): number {
  if (sort === 'updated') return a.updatedAt.localeCompare(b.updatedAt) || a.number - b.number
  if (sort === 'popularity') return comments(a) - comments(b) || a.number - b.number
  return a.number - b.number
}

export const pullsRoutes: Record<string, Handler> = {
  'pulls/create': (context) => {
    const repo = repoFor(context, 'write')
    const pull = createPull(context.emulator, repo, actingUser(context), context.body as CreatePullInput)
    const body = pullBody(context, pull)
    return { status: 201, body, headers: { location: String(body.url) } }
  },

  'pulls/get': (context) => {
    const repo = repoFor(context)
    return { status: 200, body: pullBody(context, pullFor(context, repo)) }
  },

  /** state (open/closed/all), head (`owner:branch` or `owner`), base, sort, direction; paginated. */
  'pulls/list': (context) => {
    const repo = repoFor(context)
    const { query, emulator } = context
    const state = query.get('state') ?? 'open'
    const head = query.get('head')
    const base = query.get('base')
    const [headOwner, headBranch] = head?.includes(':')
      ? head.split(/:(.*)/s)
      : [head ?? undefined, undefined]
    const sort = query.get('sort') ?? 'created'
    const descending = (query.get('direction') ?? (sort === 'created' ? 'desc' : 'asc')) === 'desc'
    const comments = (pull: PullRequest) =>
      emulator.state.comments.filter((c) => c.repo === pull.repo && c.issueNumber === pull.number).length
    const pulls = emulator.state.pulls
      .filter(
        (pull) =>
          pull.repo === repo &&
          (state === 'all' || pull.state === state) &&
          (!headOwner || pull.head.repo.owner.login.toLowerCase() === headOwner.toLowerCase()) &&
          (headBranch === undefined || pull.head.ref === headBranch) &&
          (!base || pull.base.ref === base),
      )
      .sort((a, b) => compareOrder(sort, a, b, comments) * (descending ? -1 : 1))
    const { page, headers } = paginate(context, pulls)
    return { status: 200, body: page.map((pull) => pullBody(context, pull, true)), headers }
  },

  /** title, body, state, base; only the author or a writer may edit. */
  'pulls/update': (context) => {
    const repo = repoFor(context)
    const pull = pullFor(context, repo)
    const user = actingUser(context)
    if (pull.user !== user) repoFor(context, 'write')
    updatePull(context.emulator, pull, user, context.body as UpdatePullInput)
    return { status: 200, body: pullBody(context, pull) }
  },

  'pulls/merge': (context) => {
    const repo = repoFor(context, 'write')
    const pull = pullFor(context, repo)
    const sha = mergePull(context.emulator, pull, actingUser(context), (context.body ?? {}) as MergeInput)
    return { status: 200, body: { sha, merged: true, message: 'Pull Request successfully merged' } }
  },

  /** Triage is enough for a person, as on GitHub; an installation needs pull_requests: write. */
  'pulls/request-reviewers': (context) => {
    const repo = repoFor(context, 'triage')
    const pull = pullFor(context, repo)
    requestReviewers(context.emulator, pull, actingUser(context), context.body as RequestReviewersInput)
    return { status: 201, body: pullBody(context, pull, true) }
  },

  'pulls/list-requested-reviewers': (context) => {
    const repo = repoFor(context)
    const pull = pullFor(context, repo)
    const body = pullFields(context.emulator, context.baseUrl, pull, pullFacts(context.emulator, pull, false))
    return {
      status: 200,
      body: { users: body.requested_reviewers, teams: body.requested_teams },
    }
  },

  /** Files changed from the merge base to the head, as `git diff base...head`; paginated. */
  'pulls/list-files': (context) => {
    const repo = repoFor(context)
    const pull = pullFor(context, repo)
    refreshPull(pull)
    const mergeBase = repo.git.mergeBase(pull.base.sha, pull.head.sha)
    const files = mergeBase ? diffEntries(context, repo, mergeBase, pull.head.sha) : []
    const { page, headers } = paginate(context, files.slice(0, 3000))
    return { status: 200, body: page, headers }
  },

  /** Commits on the head that the base did not have (at merge time, once merged), oldest first. */
  'pulls/list-commits': (context) => {
    const repo = repoFor(context)
    const pull = pullFor(context, repo)
    refreshPull(pull)
    const commits = repo.git
      .commitsBetween(pull.base.sha, pull.head.sha)
      .slice(0, context.emulator.pullCommitsListed)
    const { page, headers } = paginate(context, commits)
    return {
      status: 200,
      body: repo.git.readCommits(page).map((commit, n) => commitBody(context, repo, page[n]!, commit)),
      ...(headers ? { headers: headers } : {}),
    }
  },

  'pulls/create-review': (context) => {
    const repo = repoFor(context)
    const pull = pullFor(context, repo)
    const review = submitReview(
      context.emulator,
      pull,
      actingUser(context),
      (context.body ?? {}) as ReviewInput,
    )
    return { status: 200, body: reviewBody(context, pull, review) }
  },

  /** Every submitted review, oldest first (the caller's own pending one too); paginated. */
  'pulls/list-reviews': (context) => {
    const repo = repoFor(context)
    const pull = pullFor(context, repo)
    const user = actingUser(context)
    const reviews = context.emulator.state.reviews.filter(
      (review) =>
        review.repo === repo &&
        review.pullNumber === pull.number &&
        (review.state !== 'PENDING' || review.user === user),
    )
    const { page, headers } = paginate(context, reviews)
    return { status: 200, body: page.map((review) => reviewBody(context, pull, review)), headers }
  },

  'pulls/dismiss-review': (context) => {
    const repo = repoFor(context, 'write')
    const pull = pullFor(context, repo)
    const review = context.emulator.state.reviews.find(
      (candidate) =>
        candidate.repo === repo &&
        candidate.pullNumber === pull.number &&
        String(candidate.id) === context.params.review_id,
    )
    if (!review) throw new HttpError(404, 'Not Found')
    dismissReview(context.emulator, pull, review, actingUser(context))
    return { status: 200, body: reviewBody(context, pull, review) }
  },

  /** `BASE...HEAD` (branches, tags or SHAs; `owner:branch` too): ahead/behind, commits, files from the merge base. */
  'repos/compare-commits-with-basehead': (context) => compare(context, context.params.basehead!),

  /** The older `/compare/{base}...{head}` template, should the router ever choose it. */
  'repos/compare-commits': (context) =>
    compare(context, `${context.params.base ?? ''}...${context.params.head ?? ''}`),
}

function compare(context: RequestContext, basehead: string): HandlerResult {
  const repo = repoFor(context)
  const { git } = repo
  const separator = basehead.includes('...') ? '...' : '..'
  const at = basehead.indexOf(separator)
  if (at === -1) throw new HttpError(404, 'Not Found')
  const names = [basehead.slice(0, at), basehead.slice(at + separator.length)].map((name) =>
    name.includes(':') && name.split(':')[0]!.toLowerCase() === repo.owner.login.toLowerCase()
      ? name.slice(name.indexOf(':') + 1)
      : name,
  ) as [string, string]
  const [baseName, headName] = names
  const base = git.resolveCommit(baseName)
  const head = git.resolveCommit(headName)
  if (!base || !head) throw new HttpError(404, `No commit found for SHA: ${base ? headName : baseName}`)
  const mergeBase = git.mergeBase(base, head)
  if (!mergeBase) throw new HttpError(404, `No common ancestor between ${baseName} and ${headName}.`)
  const ahead = git.commitsBetween(base, head)
  const behind = git.commitsBetween(head, base)
  const status =
    ahead.length === 0 && behind.length === 0
      ? 'identical'
      : behind.length === 0
        ? 'ahead'
        : ahead.length === 0
          ? 'behind'
          : 'diverged'
  const paged = context.query.has('page') || context.query.has('per_page')
  const { page: commits, headers } = paged
    ? paginate(context, ahead)
    : { page: ahead.slice(-250), headers: undefined }
  const api = `${context.baseUrl}/repos/${repo.fullName}`
  const html = `${context.baseUrl}/${repo.fullName}`
  const owner = repo.owner.login
  return {
    status: 200,
    body: {
      url: `${api}/compare/${basehead}`,
      html_url: `${html}/compare/${basehead}`,
      permalink_url: `${html}/compare/${owner}:${base}...${owner}:${head}`,
      diff_url: `${html}/compare/${basehead}.diff`,
      patch_url: `${html}/compare/${basehead}.patch`,
      base_commit: commitBody(context, repo, base),
      merge_base_commit: commitBody(context, repo, mergeBase),
      status,
      ahead_by: ahead.length,
      behind_by: behind.length,
      total_commits: ahead.length,
      commits: repo.git
        .readCommits(commits)
        .map((commit, n) => commitBody(context, repo, commits[n]!, commit)),
      files: diffEntries(context, repo, mergeBase, head).slice(0, 300),
    },
    ...(headers ? { headers: headers } : {}),
  }
}

import type {
  ChangedFile,
  CommentFact,
  Policy,
  PolicyFacts,
  Problem,
  ReviewFact,
  TreeEntry,
} from '../../core/index.js'
import {
  CONFIG_PATH,
  MAX_LISTED_COMMITS,
  commentSawHead,
  evaluatePolicy,
  governedLinkProblem,
  governedPaths,
  lintPolicy,
  manifestPathOf,
  mayBeCutShort,
  modelsTouchedBy,
} from '../../core/index.js'
import type { CheckRunData, FileData, GitHubReader, ReviewData } from '../github-reader.js'
import { ReadError } from '../github-reader.js'
import { checkName } from './check-run.js'
import { governedDigest } from './governed-digest.js'
import { appliedRules, policyNeeds, teamsOfRules } from './policy-needs.js'
import { readModelFacts } from './read-model-facts.js'
import { readMemberships, readPermissions } from './read-voter-facts.js'

/** Where modelgate's config lives, on the default branch (the policy) and in a pull request (a proposal). */
export { CONFIG_PATH }

/** What the webhook payload already says about the pull request: reused, never fetched again. */
export interface PullSnapshot {
  number: number
  author: string
  baseRef: string
  baseSha: string
  headSha: string
  labels: string[]
  /** `changed_files`, when the payload counts them: a shorter file list was cut short by GitHub. */
  changedFiles?: number
  /** `commits`, when the payload counts them: a shorter commit list was cut short by GitHub. */
  commits?: number
}

export interface GatherFactsOptions {
  reader: GitHubReader
  pull: PullSnapshot
  /** The default branch's policy, which decides. */
  policy: Policy
  /** `models.root` from the default branch's config. */
  modelsRoot: string
  /**
   * Every environment the config lists. A change in the model repository can reach any of them by
   * promotion, so each changed model counts as targeting all of them: an `if.environments` rule
   * applies rather than being skipped (fail closed).
   */
  environments?: readonly string[]
  /**
   * This App's id: its own approval check run on the head tells since when the head has been there
   * (see core's `commentSawHead`). Unknown, no comment can be shown to have seen the head.
   */
  appId?: number
}

export interface GatheredFacts {
  facts: PolicyFacts
  /** Lint problems of the policy the pull request proposes; absent when it does not edit the config. */
  proposedPolicyProblems?: Problem[]
  /**
   * The head commit's check runs (the latest of each name), when a rule's conditions needed them:
   * the check-run write reuses this list instead of listing again.
   */
  checkRuns?: CheckRunData[]
}

/**
 * Gathers the facts the default branch's policy needs about one pull request, in three rounds of
 * parallel reads: (1) changed files, reviews, the head commit's tree, and comments or check runs
 * only when a rule uses them; (2) the manifest of every touched model at base and head, the trees
 * of reviewed commits, the commits (only when someone voted) and the proposed config; (3) one
 * member list per team of the rules that apply, and permissions of the voters only. Any failed or
 * untrustworthy read rejects (a file list GitHub cut short, a symbolic link among the governed
 * files, a file over 1 MiB; a failed member list is a team error instead): the caller fails closed.
 */
export async function gatherFacts(options: GatherFactsOptions): Promise<GatheredFacts> {
  const { reader, pull, policy } = options
  const needs = policyNeeds(policy)
  const globs = governedPaths(policy, options.modelsRoot)

  const [files, reviews, headTree, comments, checks] = await Promise.all([
    reader.listFiles(pull.number, pull.baseSha, pull.headSha, pull.changedFiles),
    reader.listReviews(pull.number),
    reader.readTree(pull.headSha),
    needs.comments ? reader.listComments(pull.number) : undefined,
    needs.comments || needs.checks.length > 0 ? reader.listCheckRuns(pull.headSha) : undefined,
  ])
  const linkProblem = governedLinkProblem(headTree, globs)
  if (linkProblem) throw new ReadError(linkProblem)
  const currentGovernedDigest = governedDigest(headTree, globs)
  const sawHead = commentSawHead(checks ?? [], checkName(pull.baseRef), options.appId)
  const changedFiles = files.map(toChangedFile)
  const touched = modelsTouchedBy(
    changedFiles.flatMap((file) => [file.path, file.previousPath]),
    options.modelsRoot,
  )
  const configChanged = changedFiles.some(
    (file) => file.path === CONFIG_PATH || file.previousPath === CONFIG_PATH,
  )
  const bots = new Set<string>()
  const reviewFacts = reviews.flatMap((review) => toReviewFact(review, bots))
  const commentFacts = (comments ?? []).flatMap((comment): CommentFact[] => {
    if (!comment.user) return []
    if (comment.user.type === 'Bot') bots.add(comment.user.login)
    return [
      {
        id: comment.id,
        user: comment.user.login,
        body: comment.body ?? '',
        createdAt: comment.created_at,
        edited: comment.updated_at !== comment.created_at,
        ...(sawHead(comment.created_at) ? { governedDigest: currentGovernedDigest } : {}),
      },
    ]
  })
  const voters = votersOf(reviewFacts, commentFacts, pull, needs.authorMayVote, bots)

  const reviewedCommits = [
    ...new Set(
      reviewFacts
        .filter((r) => r.state === 'APPROVED' && r.commitSha !== pull.headSha)
        .map((r) => r.commitSha),
    ),
  ]
  const [commits, models, reviewedDigests, proposedPolicyProblems] = await Promise.all([
    voters.length > 0 ? reader.listCommits(pull.number, pull.baseSha, pull.headSha) : undefined,
    Promise.all(
      touched.map((name) =>
        readModelFacts(reader, pull, headTree, {
          name,
          file: manifestPathOf(options.modelsRoot, name),
          changedFiles,
          environments: options.environments ?? [],
        }),
      ),
    ),
    Promise.all(
      reviewedCommits.map(async (sha) => [sha, governedDigest(await reader.readTree(sha), globs)] as const),
    ),
    configChanged ? readProposedPolicy(reader, headTree) : undefined,
  ])
  const commitFacts = (commits ?? []).map((commit) => ({
    sha: commit.sha,
    ...(commit.author ? { author: commit.author.login } : {}),
    ...(commit.committer ? { committer: commit.committer.login } : {}),
  }))
  const commitsTruncated =
    commits !== undefined && mayBeCutShort(commits.length, MAX_LISTED_COMMITS, pull.commits)
  const contributors = new Set(
    commitFacts.flatMap((c) => [c.author, c.committer]).map((l) => l?.toLowerCase()),
  )
  const judged = needs.contributorsMayVote
    ? voters
    : voters.filter((login) => !contributors.has(login.toLowerCase()))

  const digests = new Map(reviewedDigests)
  const facts: PolicyFacts = {
    pullRequest: {
      number: pull.number,
      author: pull.author,
      baseBranch: pull.baseRef,
      headSha: pull.headSha,
      labels: pull.labels,
      ...(commits ? { commits: commitFacts } : {}),
      ...(commitsTruncated ? { commitsTruncated } : {}),
    },
    changedFiles,
    models,
    policyChanged: configChanged,
    reviews: reviewFacts.map((review) => {
      const digest = review.commitSha === pull.headSha ? currentGovernedDigest : digests.get(review.commitSha)
      return digest === undefined ? review : { ...review, governedDigest: digest }
    }),
    currentGovernedDigest,
    ...(comments ? { comments: commentFacts } : {}),
    ...(checks && needs.checks.length > 0
      ? { checks: checks.map(({ name, conclusion }) => ({ name, conclusion })) }
      : {}),
    bots: [...bots],
  }
  // Teams only of the rules that apply: a rule skipped without team facts is skipped with them.
  const teams = teamsOfRules(policy, appliedRules(evaluatePolicy(policy, facts).rules))
  const [membership, permissions] = await Promise.all([
    readMemberships(reader, teams, judged, needs.authorTeams, pull.author),
    needs.permissions ? readPermissions(reader, judged) : undefined,
  ])
  facts.teams = membership.teams
  if (Object.keys(membership.errors).length > 0) facts.teamErrors = membership.errors
  if (permissions) facts.permissions = permissions
  return {
    facts,
    ...(proposedPolicyProblems ? { proposedPolicyProblems } : {}),
    ...(checks ? { checkRuns: checks } : {}),
  }
}

const FILE_STATUSES = new Set<ChangedFile['status']>([
  'added',
  'modified',
  'removed',
  'renamed',
  'copied',
  'changed',
  'unchanged',
])

function toChangedFile(file: FileData): ChangedFile {
  const status = FILE_STATUSES.has(file.status as ChangedFile['status'])
    ? (file.status as ChangedFile['status'])
    : 'changed'
  return {
    path: file.filename,
    status,
    ...(file.previous_filename !== undefined ? { previousPath: file.previous_filename } : {}),
  }
}

const REVIEW_STATES = new Set<string>(['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED'])

function toReviewFact(review: ReviewData, bots: Set<string>): ReviewFact[] {
  // Pending (unsubmitted) reviews and reviews by deleted users never vote.
  if (!review.user || !REVIEW_STATES.has(review.state) || !review.submitted_at || !review.commit_id) return []
  if (review.user.type === 'Bot') bots.add(review.user.login)
  return [
    {
      id: review.id,
      user: review.user.login,
      state: review.state as ReviewFact['state'],
      submittedAt: review.submitted_at,
      commitSha: review.commit_id,
    },
  ]
}

/** The people whose votes the engine will judge: reviewers who approved or requested changes, and commenters. */
function votersOf(
  reviews: readonly ReviewFact[],
  comments: readonly CommentFact[],
  pull: PullSnapshot,
  authorMayVote: boolean,
  bots: ReadonlySet<string>,
): string[] {
  const logins = new Map<string, string>()
  for (const review of reviews)
    if (review.state === 'APPROVED' || review.state === 'CHANGES_REQUESTED')
      logins.set(review.user.toLowerCase(), review.user)
  for (const comment of comments) logins.set(comment.user.toLowerCase(), comment.user)
  return [...logins.values()].filter(
    (login) =>
      !bots.has(login) &&
      !login.endsWith('[bot]') &&
      (authorMayVote || login.toLowerCase() !== pull.author.toLowerCase()),
  )
}

async function readProposedPolicy(reader: GitHubReader, headTree: readonly TreeEntry[]): Promise<Problem[]> {
  const entry = headTree.find((candidate) => candidate.path === CONFIG_PATH)
  if (!entry)
    return [
      {
        file: CONFIG_PATH,
        line: 1,
        column: 1,
        path: '',
        rule: 'policy-required',
        severity: 'error',
        message: `the pull request deletes ${CONFIG_PATH}, and with it the approval policy`,
        hint: 'keep the file: without a policy no pull request can be approved',
      },
    ]
  return lintPolicy(CONFIG_PATH, await reader.readBlob(entry.blobSha, entry)).problems
}

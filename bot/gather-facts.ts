import { createHash } from 'node:crypto'
import type {
  ChangedFile,
  CommentFact,
  ModelFacts,
  ModelSide,
  Permission,
  Policy,
  PolicyFacts,
  Problem,
  ReviewFact,
  TreeEntry,
} from '../core/index.js'
import {
  CONFIG_PATH,
  MAX_LISTED_COMMITS,
  PERMISSIONS,
  RISK_TIERS,
  evaluatePolicy,
  governedLinkProblem,
  governedPaths,
  lintPolicy,
  listGovernedContent,
  manifestPathOf,
  mayBeCutShort,
  modelsTouchedBy,
} from '../core/index.js'
import { loadFast } from '../core/yaml/load-fast.js'
import type { FastLoad } from '../core/yaml/load-fast.js'
import { checkName } from './check-run.js'
import type { CheckRunData, FileData, GitHubReader, ReviewData } from './github-reader.js'
import { ReadError } from './github-reader.js'
import { describeFailure } from './octokit.js'
import { appliedRules, policyNeeds, teamsOfRules } from './policy-needs.js'

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
   * (see {@link commentSawHead}). Unknown, no comment can be shown to have seen the head.
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
        readModel(reader, pull, headTree, {
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

/** SHA-256 of the governed entries' `<mode> <id> <path>` lines: equal digests, identical governed content. */
export function governedDigest(tree: readonly TreeEntry[], globs: readonly string[]): string {
  return `sha256:${createHash('sha256').update(listGovernedContent(tree, globs)).digest('hex')}`
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

interface TouchedModel {
  name: string
  /** `<models.root>/<name>/model.yaml`. */
  file: string
  changedFiles: readonly ChangedFile[]
  environments: readonly string[]
}

/**
 * A touched model's manifest on both sides: on the base branch (at its SHA; not read when the pull
 * request adds the manifest) and at the head (from the head tree; absent when the pull request
 * removes it). A model with neither side is for the engine to refuse: its tier cannot be known.
 */
async function readModel(
  reader: GitHubReader,
  pull: PullSnapshot,
  headTree: readonly TreeEntry[],
  { name, file, changedFiles, environments }: TouchedModel,
): Promise<ModelFacts> {
  const side = (source: Uint8Array, where: string) => ({
    ...toModelSide(source, where),
    environments: [...environments],
  })
  const headEntry = headTree.find((entry) => entry.path === file)
  const added = changedFiles.some((changed) => changed.path === file && changed.status === 'added')
  const [base, head] = await Promise.all([
    added ? null : reader.readFileAt(pull.baseSha, file),
    headEntry ? reader.readBlob(headEntry.blobSha, headEntry) : null,
  ])
  return {
    name,
    file,
    ...(base ? { base: side(base, `${file} on ${pull.baseRef}`) } : {}),
    ...(head ? { head: side(head, `${file} at ${pull.headSha.slice(0, 7)}`) } : {}),
  }
}

/**
 * Whether a comment made at a given time saw the head commit. A comment names no commit, so the
 * time tells: this App creates its approval check run on a head when it first evaluates it, after
 * the push that made it the head, and GitHub stamps that run's `started_at`. A comment made after
 * that second saw this head; an earlier one may have seen an older head, so it is stale (fail
 * closed), and so is every comment when the run is missing or was written by another App (a run's
 * writer may set `started_at`, so only this App's own runs are believed). A head that returns to an earlier
 * commit keeps that commit's run, and its start time: documented in docs/policy.md.
 */
export function commentSawHead(
  runs: readonly CheckRunData[],
  name: string,
  appId: number | undefined,
): (createdAt: string) => boolean {
  const own =
    appId === undefined ? undefined : runs.findLast((run) => run.name === name && run.appId === appId)
  const since = own?.startedAt ? Date.parse(own.startedAt) : NaN
  // GitHub's times have whole seconds: a comment in the run's own second may predate the push.
  return (createdAt) => !Number.isNaN(since) && Date.parse(createdAt) > since
}

/**
 * Manifests parsed, by the very bytes the reader's SHA-keyed caches hand out again: a manifest is
 * parsed once however many evaluations read it, and forgotten with its cached content.
 */
const loadedManifests = new WeakMap<Uint8Array, FastLoad>()

/**
 * The tier and owners of one side of a manifest. A manifest without a readable tier cannot be
 * judged, so it fails the evaluation (closed) instead of guessing.
 */
export function toModelSide(source: Uint8Array, where: string): ModelSide {
  let loaded = loadedManifests.get(source)
  if (!loaded) loadedManifests.set(source, (loaded = loadFast(Buffer.from(source).toString('utf8'))))
  const value = loaded.ok ? (loaded.value as Record<string, unknown> | null) : null
  const riskTier = value?.riskTier
  if (typeof riskTier !== 'string' || !(RISK_TIERS as readonly string[]).includes(riskTier))
    throw new ReadError(
      `${where}: riskTier is missing or not one of ${RISK_TIERS.join(', ')}; fix the manifest`,
    )
  const owners = (value?.owners ?? {}) as { team?: unknown; maintainers?: unknown }
  return {
    riskTier: riskTier as ModelSide['riskTier'],
    owners: {
      team: typeof owners.team === 'string' ? owners.team : '',
      maintainers: Array.isArray(owners.maintainers)
        ? owners.maintainers.filter((m): m is string => typeof m === 'string')
        : [],
    },
  }
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

interface Memberships {
  teams: Record<string, string[]>
  errors: Record<string, string>
}

/**
 * Which of the people who matter belong to each team the applying rules name: one member list per
 * team (`teams/list-members-in-org`, paged only until everyone wanted was found), whatever the
 * number of voters; no request for a team when nobody's membership matters (no voters, and the
 * author only for `authorIn` teams). A list that fails (an unknown team, a missing permission, a
 * fault) marks the whole team as an error, so every rule that needs it fails closed.
 */
async function readMemberships(
  reader: GitHubReader,
  teams: readonly string[],
  voters: readonly string[],
  authorTeams: readonly string[],
  author: string,
): Promise<Memberships> {
  const result: Memberships = { teams: {}, errors: {} }
  await Promise.all(
    teams.map(async (team) => {
      const people = [...new Set([...voters, ...(authorTeams.includes(team) ? [author] : [])])]
      try {
        result.teams[team] = await reader.teamMembersAmong(team, people)
      } catch (error) {
        result.errors[team] = `could not read the members of ${team}: ${describeFailure(error)}`
      }
    }),
  )
  return result
}

async function readPermissions(
  reader: GitHubReader,
  voters: readonly string[],
): Promise<Record<string, Permission>> {
  const levels = await Promise.all(voters.map((login) => reader.permissionOf(login)))
  const permissions: Record<string, Permission> = {}
  voters.forEach((login, index) => {
    const level = levels[index]
    // A custom role reads as its base permission only when GitHub names one we know; else none.
    if (level && (PERMISSIONS as readonly string[]).includes(level)) permissions[login] = level as Permission
  })
  return permissions
}

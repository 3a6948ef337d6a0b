import type { RuleOptions } from './policy.js'
import { DEFAULT_RULE_OPTIONS } from './policy.js'
import type { Vote } from './policy-decision.js'
import type { PolicyContext } from './policy-context.js'
import { normalizeLogin, shortSha } from './policy-context.js'
import type { ApproverGroups } from './approver-eligibility.js'

/** An approval that counts, with the `distinct` groups its approver belongs to. */
export interface CountedApproval extends Vote {
  groups: number[]
}

export interface Tally {
  approvals: CountedApproval[]
  /** Changes requested by people who would be allowed to approve. */
  disapprovals: Vote[]
  ignored: Vote[]
}

/** A person's latest vote: from a review, or (when the rule allows) an approving comment. */
interface Ballot {
  login: string
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'DISMISSED'
  via: 'review' | 'comment'
  at: number
  order: number
  commitSha?: string
  governedDigest?: string
}

/**
 * Counts votes for one rule. One vote per person: their latest review (or approving comment) wins,
 * so a later "changes requested" withdraws an earlier approval and a dismissal removes it. Bots,
 * the author and contributors are excluded first (by default), then people the rule does not allow;
 * an approval then counts only for the governed content it saw. Every ignored vote has its reason.
 */
export function tallyVotes(context: PolicyContext, groups: ApproverGroups, options: RuleOptions = {}): Tally {
  const settings = {
    ...DEFAULT_RULE_OPTIONS,
    ...options,
    methods: { ...DEFAULT_RULE_OPTIONS.methods, ...options.methods },
  }
  const { ballots, editedComments } = latestBallots(context, settings)
  const tally: Tally = { approvals: [], disapprovals: [], ignored: [] }
  for (const ballot of ballots.values()) {
    const key = normalizeLogin(ballot.login)
    if (ballot.state === 'DISMISSED') {
      tally.ignored.push({ login: ballot.login, reason: 'review dismissed' })
      continue
    }
    const approving = ballot.state === 'APPROVED'
    const excluded = exclusionOf(key, context, settings)
    const eligibility = groups.check(key)
    const reason = excluded ?? (eligibility.eligible ? undefined : eligibility.reason)
    if (reason !== undefined) {
      tally.ignored.push({ login: ballot.login, reason: approving ? reason : `requested changes; ${reason}` })
    } else if (!approving) {
      tally.disapprovals.push({ login: ballot.login, reason: `requested changes${at(ballot)}` })
    } else if (settings.invalidateOnPush && !sawCurrentContent(ballot, context)) {
      tally.ignored.push({ login: ballot.login, reason: staleReason(ballot) })
    } else if (eligibility.eligible) {
      tally.approvals.push({
        login: ballot.login,
        reason: `approved${at(ballot)}`,
        groups: eligibility.groups,
      })
    }
  }
  for (const login of editedComments) {
    if (!ballots.has(normalizeLogin(login))) tally.ignored.push({ login, reason: 'comment was edited' })
  }
  return tally
}

function latestBallots(
  { facts }: PolicyContext,
  settings: typeof DEFAULT_RULE_OPTIONS,
): { ballots: Map<string, Ballot>; editedComments: string[] } {
  const candidates: Ballot[] = []
  facts.reviews.forEach((review, order) => {
    if (review.state === 'COMMENTED') return // a comment review leaves the earlier state as it was
    if (review.state === 'APPROVED' && !settings.methods.reviews) return
    candidates.push({
      login: review.user.replace(/^@/, ''),
      state: review.state,
      via: 'review',
      at: timeOf(review.submittedAt),
      order,
      commitSha: review.commitSha,
      ...(review.governedDigest !== undefined ? { governedDigest: review.governedDigest } : {}),
    })
  })
  const editedComments: string[] = []
  ;(facts.comments ?? []).forEach((comment, index) => {
    if (!approvesByComment(comment.body, settings.methods.comments)) return
    if (comment.edited && settings.ignoreEditedComments) {
      editedComments.push(comment.user.replace(/^@/, ''))
      return
    }
    candidates.push({
      login: comment.user.replace(/^@/, ''),
      state: 'APPROVED',
      via: 'comment',
      at: timeOf(comment.createdAt),
      order: facts.reviews.length + index,
      ...(comment.governedDigest !== undefined ? { governedDigest: comment.governedDigest } : {}),
    })
  })
  candidates.sort((a, b) => a.at - b.at || a.order - b.order)
  const ballots = new Map<string, Ballot>()
  for (const ballot of candidates) ballots.set(normalizeLogin(ballot.login), ballot)
  return { ballots, editedComments }
}

/** A comment approves when its trimmed body is a pattern, or starts with one followed by a space. */
function approvesByComment(body: string, patterns: readonly string[]): boolean {
  const text = body.trim()
  return patterns.some(
    (pattern) => text === pattern || text.startsWith(`${pattern} `) || text.startsWith(`${pattern}\n`),
  )
}

function exclusionOf(
  login: string,
  context: PolicyContext,
  settings: typeof DEFAULT_RULE_OPTIONS,
): string | undefined {
  if (login.endsWith('[bot]') || context.bots.has(login)) return 'bots never count'
  if (login === context.author && !settings.allowAuthor) return 'author of the pull request'
  const contribution = context.contributors.get(login)
  if (contribution && !settings.allowContributor)
    return `${contribution.role} of commit ${shortSha(contribution.sha)}`
  return undefined
}

/** The reviewer saw the head commit, or content whose governed files are identical to it. */
function sawCurrentContent(ballot: Ballot, { facts }: PolicyContext): boolean {
  if (ballot.commitSha !== undefined && ballot.commitSha === facts.pullRequest.headSha) return true
  return ballot.governedDigest !== undefined && ballot.governedDigest === facts.currentGovernedDigest
}

function staleReason(ballot: Ballot): string {
  if (ballot.via === 'comment') return 'approved by comment, governed files may have changed since'
  if (ballot.governedDigest === undefined)
    return `approved ${shortSha(ballot.commitSha ?? '')}, cannot tell whether governed files changed since`
  return `approved ${shortSha(ballot.commitSha ?? '')}, governed files changed since`
}

function at(ballot: Ballot): string {
  return ballot.via === 'comment' ? ' by comment' : ` ${shortSha(ballot.commitSha ?? '')}`
}

/** Milliseconds since the epoch; an unreadable date sorts first rather than breaking the order. */
function timeOf(date: string): number {
  const time = Date.parse(date)
  return Number.isNaN(time) ? 0 : time
}

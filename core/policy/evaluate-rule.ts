import type { PolicyRule, PolicyTrigger } from './policy.js'
import type { RuleResult } from './policy-decision.js'
import type { PolicyContext } from './policy-context.js'
import { listWords, shortSha, teamMembers } from './policy-context.js'
import { approverGroups, teamsOf } from './approver-eligibility.js'
import { checkQuorum } from './check-quorum.js'
import { matchPredicates } from './match-predicates.js'
import { tallyVotes } from './tally-votes.js'

/** Why a rule was added by `require`, as a sentence start. */
const TRIGGER_TEXT: Record<PolicyTrigger, string> = {
  ownersChange: 'required because a model changes owners',
  riskTierChange: 'required because a model changes risk tier',
  policyChange: 'required because the pull request edits the approval policy',
}

/**
 * Evaluates one rule, in order: does it apply (`if`, or the `require` trigger that added it), are
 * its teams known, can its excluded contributors be known, did an allowed reviewer request changes, are there enough approvals, are its
 * conditions met. Each step that decides leaves its reason in the summary.
 */
export function evaluateRule(rule: PolicyRule, context: PolicyContext, trigger?: PolicyTrigger): RuleResult {
  const result = (
    status: RuleResult['status'],
    summary: string,
    rest: Partial<RuleResult> = {},
  ): RuleResult => ({
    name: rule.name,
    kind: 'rule',
    status,
    summary: trigger ? `${TRIGGER_TEXT[trigger]}; ${summary}` : summary,
    counted: [],
    ignored: [],
    missing: '',
    ...(trigger ? { requiredBy: trigger } : {}),
    ...rest,
  })

  if (!trigger) {
    const applies = matchPredicates(rule.if, context)
    if ('error' in applies) return result('error', applies.error)
    if (!applies.applies) return result('skipped', `does not apply: ${applies.reason}`)
  }
  for (const team of teamsOf(rule.requires)) {
    const members = teamMembers(context, team)
    if ('error' in members) return result('error', members.error, { missing: `fix the lookup of ${team}` })
  }

  const unknown = unknownContributors(rule, context)
  if (unknown) return result('error', unknown.summary, { missing: unknown.missing })

  const groups = approverGroups(rule.requires, context)
  const tally = tallyVotes(context, groups, rule.options)
  const votes = {
    counted: [...tally.approvals.map(({ login, reason }) => ({ login, reason })), ...tally.disapprovals],
    ignored: tally.ignored,
  }
  if (tally.disapprovals.length > 0) {
    const who = listWords(
      tally.disapprovals.map((vote) => vote.login),
      'and',
    )
    return result('disapproved', `changes requested by ${who}`, {
      ...votes,
      missing: `${who} must approve or have the review dismissed`,
    })
  }

  const quorum = checkQuorum(rule.requires, tally.approvals, groups)
  const waiting = unmetChecks(rule, context)
  const counts = quorum.summary.startsWith('0/0') ? 'no approval required' : quorum.summary
  const ignoredNote = tally.ignored.length > 0 ? `, ${tally.ignored.length} ignored` : ''
  const missing = [quorum.missing, ...(waiting.length > 0 ? [`${listWords(waiting, 'and')} to succeed`] : [])]
    .filter(Boolean)
    .join('; ')
  if (missing === '') return result('approved', `${counts}${ignoredNote}`, votes)
  return result(
    'pending',
    `${counts}${ignoredNote}${waiting.length > 0 ? `; waiting for ${listWords(waiting, 'and')}` : ''}`,
    {
      ...votes,
      missing,
    },
  )
}

/**
 * Why a rule that excludes contributors cannot tell who they are, or `undefined`: a commit linked to
 * no GitHub account (its author and committer e-mails match none) may be an approver's, and a
 * commit list GitHub cut short may hide one. Either fails the rule closed; a rule that needs no
 * approval, or lets contributors approve, does not care. `allowUnattributedCommits` accepts the
 * first, never the second.
 */
function unknownContributors(
  rule: PolicyRule,
  { unattributed, facts }: PolicyContext,
): { summary: string; missing: string } | undefined {
  const requires = rule.requires
  const needsVotes = requires !== undefined && ((requires.count ?? 1) > 0 || requires.distinct !== undefined)
  if (!needsVotes || rule.options?.allowContributor) return undefined
  if (facts.pullRequest.commitsTruncated)
    return {
      summary:
        'GitHub did not list every commit of the pull request (it lists at most 250), so the contributors it excludes cannot all be known',
      missing: 'squash or split the pull request to fewer than 250 commits',
    }
  const sha = unattributed[0]
  if (sha === undefined || rule.options?.allowUnattributedCommits) return undefined
  const more = unattributed.length > 1 ? ` (and ${unattributed.length - 1} more)` : ''
  return {
    summary: `commit ${shortSha(sha)}${more} is linked to no GitHub account (neither its author nor its committer e-mail), so whether an approver contributed to it cannot be known`,
    missing: `link the commit's e-mail to its author's GitHub account, or re-author commit ${shortSha(sha)} (git commit --amend --reset-author) and push`,
  }
}

/** `check "modelgate/gate" (failure)` for each listed check without a successful latest run. */
function unmetChecks(rule: PolicyRule, { facts }: PolicyContext): string[] {
  return (rule.conditions?.checks ?? []).flatMap((name) => {
    const latest = (facts.checks ?? []).filter((check) => check.name === name).at(-1)
    if (latest?.conclusion === 'success') return []
    return [`check "${name}" (${latest ? (latest.conclusion ?? 'in progress') : 'not run'})`]
  })
}

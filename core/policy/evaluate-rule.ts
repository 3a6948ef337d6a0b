import type { PolicyRule, PolicyTrigger } from './policy.js'
import type { RuleResult } from './policy-decision.js'
import type { PolicyContext } from './policy-context.js'
import { listWords, teamMembers } from './policy-context.js'
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
 * its teams known, did an allowed reviewer request changes, are there enough approvals, are its
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

/** `check "modelgate/gate" (failure)` for each listed check without a successful latest run. */
function unmetChecks(rule: PolicyRule, { facts }: PolicyContext): string[] {
  return (rule.conditions?.checks ?? []).flatMap((name) => {
    const latest = (facts.checks ?? []).filter((check) => check.name === name).at(-1)
    if (latest?.conclusion === 'success') return []
    return [`check "${name}" (${latest ? (latest.conclusion ?? 'in progress') : 'not run'})`]
  })
}

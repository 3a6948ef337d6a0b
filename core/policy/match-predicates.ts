import type { RulePredicates } from './policy.js'
import type { PolicyContext } from './policy-context.js'
import { listWords, normalizeLogin, teamMembers } from './policy-context.js'
import { matchGlob } from './match-glob.js'

/** Whether a rule applies: when it does not, `reason` says which predicate did not match. */
export type PredicateOutcome = { applies: true } | { applies: false; reason: string } | { error: string }

type Predicate = (predicates: RulePredicates, context: PolicyContext) => PredicateOutcome

const APPLIES: PredicateOutcome = { applies: true }
const skip = (reason: string): PredicateOutcome => ({ applies: false, reason })
const quoted = (values: readonly string[]) => listWords(values.map((value) => `"${value}"`))

/**
 * Checks a rule's `if`: every listed predicate must match, and each matches when any of its values
 * does. The first predicate that does not match (or fails) decides; an absent `if` always applies.
 */
export function matchPredicates(
  predicates: RulePredicates | undefined,
  context: PolicyContext,
): PredicateOutcome {
  if (!predicates) return APPLIES
  for (const predicate of PREDICATES) {
    const outcome = predicate(predicates, context)
    if (!('applies' in outcome) || !outcome.applies) return outcome
  }
  return APPLIES
}

const environmentsMatch: Predicate = ({ environments }, { facts }) => {
  if (!environments) return APPLIES
  const targeted = new Set(
    facts.models.flatMap(({ base, head }) => [...(base?.environments ?? []), ...(head?.environments ?? [])]),
  )
  return environments.some((environment) => targeted.has(environment))
    ? APPLIES
    : skip(`no changed model targets ${quoted(environments)}`)
}

/** The tier is the higher of base and head, so lowering a tier in the pull request does not escape its rules. */
const riskTiersMatch: Predicate = ({ riskTiers }, { tiers }) => {
  if (!riskTiers) return APPLIES
  return tiers.some((tier) => riskTiers.includes(tier))
    ? APPLIES
    : skip(
        tiers.length === 0
          ? 'no model changes'
          : `no changed model is ${listWords(riskTiers)} risk (at base or head)`,
      )
}

const changedPathsMatch: Predicate = ({ changedPaths }, { facts }) => {
  if (!changedPaths) return APPLIES
  const paths = facts.changedFiles.flatMap((file) => [
    file.path,
    ...(file.previousPath ? [file.previousPath] : []),
  ])
  return paths.some((path) => changedPaths.some((glob) => matchGlob(glob, path)))
    ? APPLIES
    : skip(`no changed file matches ${quoted(changedPaths)}`)
}

const labelsMatch: Predicate = ({ labels }, { facts }) => {
  if (!labels) return APPLIES
  const present = new Set((facts.pullRequest.labels ?? []).map((label) => label.toLowerCase()))
  return labels.some((label) => present.has(label.toLowerCase()))
    ? APPLIES
    : skip(`the pull request has no label ${quoted(labels)}`)
}

const targetBranchesMatch: Predicate = ({ targetBranches }, { facts }) => {
  if (!targetBranches) return APPLIES
  const branch = facts.pullRequest.baseBranch
  return targetBranches.some((glob) => matchGlob(glob, branch))
    ? APPLIES
    : skip(`the target branch "${branch}" matches none of ${quoted(targetBranches)}`)
}

const authorMatches: Predicate = ({ authorIn }, context) => {
  if (!authorIn) return APPLIES
  if ((authorIn.users ?? []).some((user) => normalizeLogin(user) === context.author)) return APPLIES
  // A membership found in one team decides even if another team's lookup failed; otherwise fail closed.
  const lookups = (authorIn.teams ?? []).map((team) => teamMembers(context, team))
  if (lookups.some((members) => !('error' in members) && members.has(context.author))) return APPLIES
  const failed = lookups.find((members) => 'error' in members)
  if (failed) return failed
  const who = [...(authorIn.users ?? []), ...(authorIn.teams ?? []).map((team) => `a member of ${team}`)]
  return skip(`the author ${context.facts.pullRequest.author} is not ${listWords(who)}`)
}

/** Cheap predicates first; the team lookup last, so a team error only matters when it decides. */
const PREDICATES: readonly Predicate[] = [
  environmentsMatch,
  riskTiersMatch,
  changedPathsMatch,
  labelsMatch,
  targetBranchesMatch,
  authorMatches,
]

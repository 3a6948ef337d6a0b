import type { ApprovalNode, Policy, PolicyRule, RuleResult } from '../../core/index.js'

/** What a policy needs gathered beyond the facts every evaluation reads. */
export interface PolicyNeeds {
  /** Teams named in `authorIn`: the author's membership is looked up too. */
  authorTeams: string[]
  /** Some rule needs repository permissions: an explicit `permission`, or one that names nobody. */
  permissions: boolean
  /** Check names some rule's `conditions` wait for. */
  checks: string[]
  /** Some rule approves by comment. */
  comments: boolean
  /** Some rule lets the author or commit contributors approve: their votes need judging too. */
  authorMayVote: boolean
  contributorsMayVote: boolean
}

/**
 * Reads from the policy which optional facts an evaluation needs, so the bot fetches nothing the
 * decision cannot use: no team lookups for a policy without teams, no permission lookups unless a
 * rule needs a permission (explicitly, or by default because it names nobody), no check runs
 * unless a rule has conditions, no comments unless a rule approves by comment.
 */
export function policyNeeds(policy: Policy): PolicyNeeds {
  const rules = usedRules(policy)
  return {
    authorTeams: [...new Set(rules.flatMap((rule) => rule.if?.authorIn?.teams ?? []))],
    permissions: rules.some((rule) => rule.requires?.permission !== undefined || namesNobody(rule)),
    checks: [...new Set(rules.flatMap((rule) => rule.conditions?.checks ?? []))],
    comments: rules.some((rule) => (rule.options?.methods?.comments ?? []).length > 0),
    authorMayVote: rules.some((rule) => rule.options?.allowAuthor === true),
    contributorsMayVote: rules.some((rule) => rule.options?.allowContributor === true),
  }
}

/** A rule that needs approvals but names no users, teams or groups: anyone with `write` may approve. */
function namesNobody(rule: PolicyRule): boolean {
  const requires = rule.requires
  if (!requires || requires.count === 0) return false
  return !requires.users?.length && !requires.teams?.length && !requires.distinct?.length
}

/** The rules the tree or `require` reference (an unused rule decides nothing). */
function usedRules(policy: Policy): PolicyRule[] {
  const names = new Set<string>(Object.values(policy.require ?? {}).filter((name) => name !== undefined))
  const walk = (node: ApprovalNode, depth: number): void => {
    if (typeof node === 'string') names.add(node)
    else if (depth < 64) for (const child of 'and' in node ? node.and : node.or) walk(child, depth + 1)
  }
  policy.approval.forEach((node) => walk(node, 0))
  return policy.rules.filter((rule) => names.has(rule.name))
}

/** Names of the rules in an evaluated tree that were not skipped (they apply, or their `if` needs a team). */
export function appliedRules(nodes: readonly RuleResult[]): Set<string> {
  const names = new Set<string>()
  const walk = (node: RuleResult): void => {
    if (node.kind === 'rule' && node.status !== 'skipped') names.add(node.name)
    node.children?.forEach(walk)
  }
  nodes.forEach(walk)
  return names
}

/** Every `org/team` the named rules mention, in `requires`, `distinct` groups or `authorIn`. */
export function teamsOfRules(policy: Policy, names: ReadonlySet<string>): string[] {
  const rules = policy.rules.filter((rule) => names.has(rule.name))
  return [
    ...new Set(
      rules.flatMap((rule) => [
        ...(rule.requires?.teams ?? []),
        ...(rule.requires?.distinct ?? []).flatMap((group) => group.teams ?? []),
        ...(rule.if?.authorIn?.teams ?? []),
      ]),
    ),
  ]
}

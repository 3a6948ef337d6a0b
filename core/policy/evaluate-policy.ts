import { plural } from '../report/validation-result.js'
import type { ApprovalNode, Policy, PolicyRule, PolicyTrigger } from './policy.js'
import type { PolicyFacts, ModelFacts } from './policy-facts.js'
import type { PolicyDecision, RuleResult } from './policy-decision.js'
import { combineStatuses } from './policy-decision.js'
import type { PolicyContext } from './policy-context.js'
import { buildPolicyContext, normalizeLogin, normalizeTeam } from './policy-context.js'
import { evaluateRule } from './evaluate-rule.js'

/** Deeper trees are refused: real policies need two or three levels. */
export const MAX_TREE_DEPTH = 8

/**
 * Decides a pull request under a policy, from facts gathered up front: a tree of results in which
 * every node says why (who counted, who was ignored and why, what is still needed). The policy
 * must come from the default branch; a pull request that edits it is judged by the current one.
 * Never throws on bad input: an unknown rule, a failed team lookup or a tree that is too deep
 * becomes an `error` node, and a pull request to which no rule applies is an `error`, not a pass.
 * @example
 * evaluatePolicy(policy, facts).state // 'pending'
 */
export function evaluatePolicy(policy: Policy, facts: PolicyFacts): PolicyDecision {
  const unknownModel = modelWithoutManifest(facts)
  if (unknownModel) return { state: 'error', summary: unknownModel, rules: [] }
  const context = buildPolicyContext(facts)
  const rules = new Map(policy.rules.map((rule) => [rule.name, rule]))
  const memo = new Map<string, RuleResult>()
  const evaluate = (node: ApprovalNode, depth: number): RuleResult =>
    evaluateNode(node, depth, { rules, memo, context })
  const nodes = [
    ...policy.approval.map((node) => evaluate(node, 1)),
    ...requiredByName(requiredRules(policy, facts)).map((required) => {
      // One node per required rule: evaluated when any of its triggers fired, else skipped with every reason.
      const fired = required.find((entry) => entry.reason === undefined)
      return fired
        ? evaluateTriggered(fired.name, fired.trigger, rules, context)
        : skippedTrigger(
            required[0]!.name,
            required[0]!.trigger,
            required.map((entry) => entry.reason).join('; '),
          )
    }),
  ]
  const status = combineStatuses(
    'and',
    nodes.map((node) => node.status),
  )
  if (status === 'skipped') {
    return {
      state: 'error',
      summary: 'no rule applies to this pull request; the policy must cover every change',
      rules: nodes,
    }
  }
  return { state: status, summary: decisionSummary(status, nodes), rules: nodes }
}

/**
 * A touched model folder with a manifest on neither side: its risk tier, owners and environments are
 * unknown, so no rule selection can be trusted and the whole decision fails closed. Files that
 * belong to no model go directly in the models root or in a folder starting with `.`.
 */
function modelWithoutManifest({ models }: PolicyFacts): string | undefined {
  const model = models.find((candidate) => !candidate.base && !candidate.head)
  if (!model) return undefined
  const folder = model.file.slice(0, model.file.lastIndexOf('/') + 1)
  return `${folder} changes but has no model.yaml on the base branch or at the head, so its risk tier cannot be known; add ${model.file}, or move the files out of the model folder`
}

interface TreeScope {
  rules: Map<string, PolicyRule>
  memo: Map<string, RuleResult>
  context: PolicyContext
}

function evaluateNode(node: ApprovalNode, depth: number, scope: TreeScope): RuleResult {
  if (typeof node === 'string') {
    const rule = scope.rules.get(node)
    if (!rule) return errorNode(node, `rule "${node}" is not defined in policy.rules`)
    let result = scope.memo.get(node)
    if (!result) scope.memo.set(node, (result = evaluateRule(rule, scope.context)))
    return result
  }
  const mode = 'and' in node ? 'and' : 'or'
  if (depth > MAX_TREE_DEPTH)
    return errorNode(mode, `the approval tree is nested deeper than ${MAX_TREE_DEPTH} levels`)
  const children = ('and' in node ? node.and : node.or).map((child) => evaluateNode(child, depth + 1, scope))
  const status = combineStatuses(
    mode,
    children.map((child) => child.status),
  )
  return {
    name: mode,
    kind: mode,
    status,
    summary: nodeSummary(children),
    counted: [],
    ignored: [],
    missing: '',
    children,
  }
}

/** `2 of 3 rules approved, 1 pending` (skipped ones named last). */
function nodeSummary(children: readonly RuleResult[]): string {
  const active = children.filter((child) => child.status !== 'skipped')
  if (active.length === 0) return `all ${children.length} skipped`
  const approved = active.filter((child) => child.status === 'approved').length
  const others = (['error', 'disapproved', 'pending'] as const)
    .map((status) => [status, active.filter((child) => child.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${status}`)
  const skipped = children.length - active.length
  return [
    `${approved} of ${plural(active.length, 'rule')} approved`,
    ...others,
    ...(skipped > 0 ? [`${skipped} skipped`] : []),
  ].join(', ')
}

function errorNode(name: string, summary: string): RuleResult {
  return { name, kind: 'rule', status: 'error', summary, counted: [], ignored: [], missing: 'fix the policy' }
}

interface RequiredRule {
  trigger: PolicyTrigger
  name: string
  /** Why the trigger did not fire; absent when it did. */
  reason?: string
}

/** The `require` rules, each with whether this pull request triggers it. */
function requiredRules(policy: Policy, facts: PolicyFacts): RequiredRule[] {
  const required = policy.require ?? {}
  const changed = (differs: (model: ModelFacts) => boolean) =>
    facts.models.filter((model) => model.base && model.head && differs(model))
  const fired: Record<PolicyTrigger, () => string | undefined> = {
    ownersChange: () => (changed(ownersDiffer).length > 0 ? undefined : 'no model changes owners'),
    riskTierChange: () =>
      changed((model) => model.base?.riskTier !== model.head?.riskTier).length > 0
        ? undefined
        : 'no model changes risk tier',
    policyChange: () => (facts.policyChanged ? undefined : 'the pull request does not edit the policy'),
  }
  return (Object.keys(fired) as PolicyTrigger[]).flatMap((trigger) => {
    const name = required[trigger]
    if (name === undefined) return []
    const reason = fired[trigger]()
    return [{ trigger, name, ...(reason === undefined ? {} : { reason }) }]
  })
}

/** The required rules grouped by rule name, in the order they were first named. */
function requiredByName(required: readonly RequiredRule[]): RequiredRule[][] {
  const groups = new Map<string, RequiredRule[]>()
  for (const entry of required) groups.set(entry.name, [...(groups.get(entry.name) ?? []), entry])
  return [...groups.values()]
}

function evaluateTriggered(
  name: string,
  trigger: PolicyTrigger,
  rules: Map<string, PolicyRule>,
  context: PolicyContext,
): RuleResult {
  const rule = rules.get(name)
  if (!rule)
    return {
      ...errorNode(name, `rule "${name}" named in policy.require.${trigger} is not defined`),
      requiredBy: trigger,
    }
  return evaluateRule(rule, context, trigger)
}

function skippedTrigger(name: string, trigger: PolicyTrigger, reason: string): RuleResult {
  return {
    name,
    kind: 'rule',
    status: 'skipped',
    summary: `not required: ${reason}`,
    counted: [],
    ignored: [],
    missing: '',
    requiredBy: trigger,
  }
}

function ownersDiffer({ base, head }: ModelFacts): boolean {
  const key = (owners: { team: string; maintainers: string[] } | undefined) =>
    owners ? [normalizeTeam(owners.team), ...owners.maintainers.map(normalizeLogin).sort()].join('\0') : ''
  return key(base?.owners) !== key(head?.owners)
}

function decisionSummary(
  status: Exclude<RuleResult['status'], 'skipped'>,
  nodes: readonly RuleResult[],
): string {
  if (status === 'approved') return 'every required rule is approved'
  const names = [...new Set(leavesWith(status, nodes))].join(', ')
  if (status === 'pending') return `still pending: ${names}`
  if (status === 'disapproved') return `changes requested under: ${names}`
  return `could not be evaluated: ${names}`
}

/** The rules that gave the decision its status, found through nodes of that same status. */
function leavesWith(status: RuleResult['status'], nodes: readonly RuleResult[]): string[] {
  return nodes
    .filter((node) => node.status === status)
    .flatMap((node) => (node.children ? leavesWith(status, node.children) : [node.name]))
}

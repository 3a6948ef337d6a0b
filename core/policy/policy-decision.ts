import type { PolicyTrigger } from './policy.js'

/** A rule's or node's outcome. `skipped`: its `if` does not match this pull request. */
export type RuleStatus = 'skipped' | 'pending' | 'approved' | 'disapproved' | 'error'

/** The policy's outcome; a policy under which every rule is skipped is an `error`, never a pass. */
export type PolicyState = 'approved' | 'pending' | 'disapproved' | 'error'

/** One person and why they counted or were ignored. */
export interface Vote {
  login: string
  reason: string
}

/** A node of the evaluated tree: a rule, or an `and`/`or` of nodes. */
export interface RuleResult {
  /** The rule's name, or `and`/`or`. */
  name: string
  kind: 'rule' | 'and' | 'or'
  status: RuleStatus
  /** One sentence. */
  summary: string
  /** Votes that decide the outcome: valid approvals, and changes requested by allowed reviewers. */
  counted: Vote[]
  /** Votes that do not count, each with the reason. */
  ignored: Vote[]
  /** What is still needed, or `''`. */
  missing: string
  /** Why a rule outside the tree was added (`require` in the policy). */
  requiredBy?: PolicyTrigger
  children?: RuleResult[]
}

export interface PolicyDecision {
  state: PolicyState
  /** One sentence. */
  summary: string
  /** The top-level nodes: the `approval` list, then the `require` rules. */
  rules: RuleResult[]
}

/**
 * The one place precedence is decided. Skipped nodes are left out; an error beats everything (fail
 * closed), then disapproval beats approval. `and` then needs every remaining node approved; `or`
 * needs one. Nothing left means `skipped`.
 * @example combineStatuses('or', ['pending', 'approved']) // 'approved'
 */
export function combineStatuses(mode: 'and' | 'or', statuses: readonly RuleStatus[]): RuleStatus {
  const active = statuses.filter((status) => status !== 'skipped')
  if (active.length === 0) return 'skipped'
  if (active.includes('error')) return 'error'
  if (active.includes('disapproved')) return 'disapproved'
  if (mode === 'and') return active.includes('pending') ? 'pending' : 'approved'
  return active.includes('approved') ? 'approved' : 'pending'
}

import type { RiskTier } from '../manifest/manifest.js'
import { normalizeModelsRoot } from '../model/models-touched.js'

/**
 * The approval policy: `policy:` in `.modelgate/config.yml`, always read from the default branch;
 * `schemas/policy.schema.json` is the contract and `docs/policy.md` explains every decision.
 */
export interface Policy {
  /**
   * Globs of the files whose content an approval is bound to: an approval counts only while these
   * files are exactly as the reviewer saw them. Default {@link defaultGovernedPaths}: the models root
   * and `.modelgate/`. A list must cover both (see `governedCoversRoot` in the lint).
   */
  governed?: string[]
  rules: PolicyRule[]
  /** The rule tree; a plain list means every entry must approve (`and`). */
  approval: ApprovalNode[]
  /** Rules that must also approve when a pull request changes owners, risk tiers or the policy itself. */
  require?: PolicyRequirements
}

/** A rule name, or an `and`/`or` of further nodes. */
export type ApprovalNode = string | { and: ApprovalNode[] } | { or: ApprovalNode[] }

/** Changes that add a named rule to the tree, whatever that rule's own `if` says. */
export interface PolicyRequirements {
  /** Rule that must approve when a changed model's `owners` differ between base and head. */
  ownersChange?: string
  /** Rule that must approve when a changed model's `riskTier` differs between base and head. */
  riskTierChange?: string
  /** Rule that must approve when the pull request edits the policy itself. */
  policyChange?: string
}

/** What a {@link PolicyRequirements} entry reacts to. */
export type PolicyTrigger = keyof PolicyRequirements

export interface PolicyRule {
  /** Unique; referenced from `approval` and `require`. */
  name: string
  description?: string
  /** When the rule applies; every listed predicate must match (absent: always). */
  if?: RulePredicates
  /** Who must approve (absent or a count of 0: nobody, the rule waits only for its conditions). */
  requires?: RuleRequirements
  /** What must be true besides approvals; unmet conditions keep the rule pending. */
  conditions?: { checks?: string[] }
  options?: RuleOptions
}

/** Each predicate matches when any of its values matches. */
export interface RulePredicates {
  /** Environments a changed model targets, at base or head. */
  environments?: string[]
  /** Matched against the higher of each changed model's base and head tier. */
  riskTiers?: RiskTier[]
  /** Globs (`*`, `**`, `?`) matched against whole changed paths, including a rename's old path. */
  changedPaths?: string[]
  labels?: string[]
  /** Globs matched against the base branch. */
  targetBranches?: string[]
  authorIn?: { users?: string[]; teams?: string[] }
}

export interface RuleRequirements {
  /** Approvals needed. Default: the sum of the `distinct` counts, or 1. */
  count?: number
  /** Logins allowed to approve (`@` optional). */
  users?: string[]
  /** `org/team` slugs whose current members may approve. */
  teams?: string[]
  /**
   * Minimum repository permission of every approver. Default `write` when no `users`, `teams` or
   * `distinct` name who may approve, otherwise none.
   */
  permission?: Permission
  /** Quorums from several groups, filled by different people. */
  distinct?: DistinctGroup[]
}

/** `count` approvers from these users or teams, none of them counted for another group. */
export interface DistinctGroup {
  users?: string[]
  teams?: string[]
  count: number
}

export interface RuleOptions {
  /** Let the pull request's author approve. Default `false`. */
  allowAuthor?: boolean
  /** Let people who authored or committed a commit of the pull request approve. Default `false`. */
  allowContributor?: boolean
  /**
   * Judge votes although a commit of the pull request is linked to no GitHub account (neither its
   * author nor its committer e-mail): that commit's contributor cannot be excluded, so by default a
   * rule that excludes contributors fails closed. Default `false`.
   */
  allowUnattributedCommits?: boolean
  /** Approvals count only for the governed content they saw. Default `true`. */
  invalidateOnPush?: boolean
  /** Edited comments never approve. Default `true`. */
  ignoreEditedComments?: boolean
  methods?: {
    /** Reviews in state `APPROVED` approve. Default `true`. */
    reviews?: boolean
    /** Comments whose trimmed body is one of these, or starts with one and a space, approve. Default none. */
    comments?: string[]
  }
}

/** Repository permission levels, lowest first. */
export type Permission = 'read' | 'triage' | 'write' | 'maintain' | 'admin'

/** Repository permission levels, lowest first: `permission` in a rule is a minimum. */
export const PERMISSIONS: readonly Permission[] = ['read', 'triage', 'write', 'maintain', 'admin']

/** Where modelgate's config lives: the default branch's holds the policy. */
export const CONFIG_PATH = '.modelgate/config.yml'

/**
 * Governed files when the policy does not say: every file under the models root (`models.root` of
 * the default branch's config: manifests, metrics, artifacts) and modelgate's own config, which
 * holds the policy. A models root at the repository's top governs every file.
 * @example defaultGovernedPaths('registry') // ['registry/**', '.modelgate/**']
 */
export function defaultGovernedPaths(modelsRoot: string): string[] {
  const root = normalizeModelsRoot(modelsRoot)
  return root === '' ? ['**'] : [`${root}/**`, '.modelgate/**']
}

/** Default rule options, one place for the documented defaults. */
export const DEFAULT_RULE_OPTIONS: Required<Omit<RuleOptions, 'methods'>> & {
  methods: { reviews: boolean; comments: string[] }
} = {
  allowAuthor: false,
  allowContributor: false,
  allowUnattributedCommits: false,
  invalidateOnPush: true,
  ignoreEditedComments: true,
  methods: { reviews: true, comments: [] },
}

import type { RiskTier } from '../manifest/manifest.js'
import type { Permission } from './policy.js'

/**
 * Everything the policy engine needs to know about one pull request, gathered up front by the bot
 * (or written by hand to simulate a decision offline); `schemas/policy-facts.schema.json` is the
 * contract. Logins and team slugs compare case-insensitively.
 */
export interface PolicyFacts {
  pullRequest: PullRequestFacts
  changedFiles: ChangedFile[]
  /**
   * Every model the pull request touches: any changed path (either side of a rename) under
   * `<models.root>/<name>/` (see `modelsTouchedBy`), with its manifest at base and head.
   */
  models: ModelFacts[]
  /** The pull request edits the approval policy (it is still evaluated under the default branch's). */
  policyChanged: boolean
  reviews: ReviewFact[]
  /** Digest of the governed files at the head commit (see `listGovernedContent`). */
  currentGovernedDigest: string
  comments?: CommentFact[]
  /** Current members of every team the policy names, by `org/team`. */
  teams?: Record<string, string[]>
  /** Teams whose members could not be listed, by `org/team`, with the error: rules needing them fail closed. */
  teamErrors?: Record<string, string>
  /** Repository permission of the people who reviewed or commented; absent means none. */
  permissions?: Record<string, Permission>
  /** The latest run of each check on the head commit. */
  checks?: CheckFact[]
  /** Logins of bots besides those ending in `[bot]`, which are always bots. */
  bots?: string[]
}

export interface PullRequestFacts {
  number: number
  author: string
  baseBranch: string
  headSha: string
  labels?: string[]
  commits?: CommitFact[]
  /**
   * `commits` may miss some: GitHub lists at most 250, or listed fewer than the pull request
   * counts. Contributors cannot all be known, so rules that exclude them fail closed.
   */
  commitsTruncated?: boolean
}

export interface CommitFact {
  sha: string
  /** GitHub login of the commit author, when GitHub could match the email. */
  author?: string
  /** GitHub login of the committer, when GitHub could match the email. */
  committer?: string
}

export interface ChangedFile {
  path: string
  status: 'added' | 'modified' | 'removed' | 'renamed' | 'copied' | 'changed' | 'unchanged'
  /** The old path of a rename. */
  previousPath?: string
}

export interface ModelFacts {
  name: string
  /** Repository-relative path of the manifest (`<models.root>/<name>/model.yaml`). */
  file: string
  /** The model on the base branch; absent when the pull request adds it. */
  base?: ModelSide
  /**
   * The model at the head commit; absent when the pull request removes it. A model with neither
   * side (a folder without a manifest) cannot be judged: the evaluation fails closed.
   */
  head?: ModelSide
}

export interface ModelSide {
  riskTier: RiskTier
  owners: { team: string; maintainers: string[] }
  /** Environments this side of the model targets. */
  environments?: string[]
}

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED'

export interface ReviewFact {
  id: number | string
  user: string
  state: ReviewState
  /** ISO 8601 date-time. */
  submittedAt: string
  /** The commit the reviewer saw. */
  commitSha: string
  /** Digest of the governed files at `commitSha`; lets an approval survive a rebase that left them identical. */
  governedDigest?: string
}

export interface CommentFact {
  id?: number | string
  user: string
  body: string
  /** ISO 8601 date-time. */
  createdAt: string
  edited: boolean
  /** Digest of the governed files the commenter saw, when the gatherer can tell. */
  governedDigest?: string
}

export interface CheckFact {
  name: string
  /** `success`, `failure`, `neutral`, … or `null` while the check runs. */
  conclusion: string | null
}

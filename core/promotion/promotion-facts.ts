import type { ModelgateConfig } from '../config/config.js'
import type { LiveModel } from '../environments/live-model.js'
import type { ModelManifest } from '../manifest/manifest.js'

/** What is asked for: `/promote`, `/rollback`, a retirement (a merged `lifecycle.stage: retired`), or `modelgate plan`. */
export type PromotionKind = 'promote' | 'rollback' | 'retire'

export interface PromotionRequest {
  kind: PromotionKind
  /** The model's name (`metadata.name`, the folder under `models/`). */
  model: string
  /**
   * The version asked for. Promote: omitted means the manifest on the default branch.
   * Rollback: omitted means the version live before the current one. Retire: ignored.
   */
  version?: string
  environment: string
  /** GitHub login of the person asking (recorded as `promoted-by` and in the trailers). */
  requester: string
  /** Teams the requester belongs to (`org/team`), to match `force.by` entries naming teams. */
  requesterTeams?: readonly string[]
  /** Skip the upstream check; allowed only where the config says so, and always recorded. */
  force?: boolean
  /** The comment or run that asked, written into the rendered annotations and the PR. */
  requestUrl?: string
}

/** The manifest of the version asked for, as read from the model repository's default branch. */
export interface ManifestAtCommit {
  manifest: ModelManifest
  /** Repository-relative path (`models/<name>/model.yaml`), named in the rendered files' header. */
  path: string
  /** The model repository commit it was read at (40 hex): the rendered `source-commit`. */
  commit: string
}

/** One version of the model known on the default branch, with the last commit that holds it. */
export interface KnownVersion {
  version: string
  commit: string
}

/**
 * Argo CD's verdict on the InferenceService (see `inferenceServiceHealth`), plus `missing` (not
 * in the cluster although the repository has it) and `unknown` (nobody told us).
 */
export type Health = 'healthy' | 'progressing' | 'degraded' | 'missing' | 'unknown'

/** A version that was live in an environment: one entry per commit that changed its file. */
export interface HistoryEntry {
  version: string
  digest: string
  sourceCommit: string
  /** The environments repository commit that put it there. */
  commit: string
  /** ISO 8601 time of that commit. */
  at?: string
}

/** An open promotion pull request (the branch `modelgate/<env>/<model>` exists). */
export interface OpenPromotion {
  number: number
  url: string
}

/** What the environments repository says about one (environment, model). */
export interface EnvironmentModelState {
  environment: string
  model: string
  /** What its `inferenceservice.yaml` says runs; absent when the model has no folder there. */
  live?: LiveModel
  /** Why the folder exists but cannot be read (hand-edited file…): treated as not live, said in reasons. */
  unreadable?: string
  /** Health of the live InferenceService; `unknown` when absent. */
  health?: Health
  /** Since when it has that health (ISO 8601), when known. */
  healthSince?: string
  /** Every version that was live here, newest first (the first is the current one). */
  history?: readonly HistoryEntry[]
  /** The files of `environments/<env>/<model>/` now, path (from the repository root) → text. */
  files?: Readonly<Record<string, string>>
  /** The open promotion pull request for this pair, if any. */
  openPromotion?: OpenPromotion
}

/** A stop on promotions: a whole environment (no `model`) or one model in it. See `parseHolds`. */
export interface Hold {
  environment: string
  /** Omitted: every model in the environment. */
  model?: string
  reason: string
  by: string
  /** ISO 8601, informational. */
  since?: string
}

/**
 * Everything `planPromotion` decides on, gathered up front by an adapter (the bot or
 * `modelgate plan`). Nothing here is fetched lazily: the planner is a pure function of it.
 */
export interface PromotionFacts {
  request: PromotionRequest
  /** The model repository's config (environments in promotion order, with `upstream`). */
  config: ModelgateConfig
  /**
   * The manifest at the version asked for (for a rollback: at the commit that version was
   * rendered from). Absent when the model or that version does not exist.
   */
  manifest?: ManifestAtCommit
  /** Names of every model on the default branch, to list when the model is unknown. */
  models: readonly string[]
  /** The model's versions on the default branch, newest first, to list when the version is unknown. */
  versions: readonly KnownVersion[]
  /**
   * The environments repository's state for the requested model in every environment of the config
   * (an environment missing here reads as "not live").
   */
  states: readonly EnvironmentModelState[]
  /** The holds in force (`.modelgate/holds.yml` of the environments repository). */
  holds: readonly Hold[]
  /** Why the holds file could not be read in full: promotions are refused until it is fixed. */
  holdsProblems?: readonly string[]
  /** sha256 of the gates' verdicts for this version, when the adapter has one. */
  gatesDigest?: string
  /** One line on the gates' verdict (e.g. "passed: 3 gates passed"), shown in the PR. */
  gatesVerdict?: string
}

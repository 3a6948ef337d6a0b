import type { ModelManifest } from '../manifest/manifest.js'

/**
 * Where a rendered model came from. Written as `modelgate.dev/*` annotations on every rendered
 * object, so the environments repository alone answers "which version runs where, since when,
 * put there by whom" — and the planner reads the live state back from the same keys.
 */
export interface Provenance {
  /** The model repository commit the manifest was read from (40 hex). */
  sourceCommit: string
  /** The version live in this environment before this one, when there was one. */
  previousVersion?: string
  /**
   * That version's manifest, when the caller read it: a Standard-mode canary (`spec.canary`,
   * KServe ≥ 0.20) keeps it as the stable predictor, so it needs its artifact. Not written out.
   */
  previousManifest?: ModelManifest
  /** Login of the person who asked for the promotion. */
  promotedBy?: string
  /** URL of the comment or run that asked for it. */
  requestUrl?: string
  /** sha256 of the gates' verdicts for this version (`sha256:<hex>`). */
  gatesDigest?: string
  /** Set when the upstream check was skipped with the environment's `force` permission. */
  forced?: boolean
}

/** The annotation keys; one table, read by the planner and written by the renderer. */
export const ANNOTATIONS = {
  version: 'modelgate.dev/version',
  digest: 'modelgate.dev/artifact-digest',
  sourceCommit: 'modelgate.dev/source-commit',
  previousVersion: 'modelgate.dev/previous-version',
  promotedBy: 'modelgate.dev/promoted-by',
  requestUrl: 'modelgate.dev/request-url',
  gatesDigest: 'modelgate.dev/gates-digest',
  forced: 'modelgate.dev/forced',
} as const

/** Labels every rendered object carries. */
export const LABELS = {
  model: 'modelgate.dev/model',
  environment: 'modelgate.dev/environment',
  riskTier: 'modelgate.dev/risk-tier',
} as const

/** Paths inside the environments repository (relative to its root). */
export const ENVIRONMENTS_DIR = 'environments'
export const INFERENCE_SERVICE_FILE = 'inferenceservice.yaml'
export const PROMETHEUS_RULE_FILE = 'prometheusrule.yaml'

/** `environments/<env>/<model>`: the one folder a promotion of (env, model) writes. */
export function modelFolder(environment: string, model: string, root = ENVIRONMENTS_DIR): string {
  return `${root}/${environment}/${model}`
}

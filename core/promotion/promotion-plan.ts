import type { RenderedFile } from '../render/render-problem.js'

/** What a promotion request comes to. */
export type PromotionDecision = 'allow' | 'refuse' | 'noop'

/**
 * One reason behind a decision, from one rule of `PROMOTION_RULES`: `refuse` blocks, `noop`
 * says nothing needs doing, `note` is recorded (a forced promotion, a replacement) but blocks nothing.
 */
export interface Reason {
  rule: string
  effect: 'refuse' | 'noop' | 'note'
  /** What is the case, in one sentence (untrusted names in it are escaped only when rendered). */
  message: string
  /** What a person can do about it. */
  hint?: string
  /** A link to act on (the open pull request). */
  url?: string
}

/** The one commit and pull request a promotion makes in the environments repository. */
export interface PromotionWrites {
  /** `modelgate/<env>/<model>`: creating it is the lock (one open promotion per pair). */
  branch: string
  /** Files to add or change, all under `environments/<env>/<model>/`. */
  files: RenderedFile[]
  /** Files to delete, all under `environments/<env>/<model>/`. */
  deletes: string[]
  /** Subject, body and `Modelgate-*` trailers. */
  commitMessage: string
  pullRequest: { title: string; body: string; labels: string[] }
}

/** `planPromotion`'s answer: the decision, every reason, and the writes when allowed. */
export interface PromotionPlan {
  /** What was asked, in words: "promote fraud-detector 1.4.0 to prod". */
  title: string
  decision: PromotionDecision
  reasons: Reason[]
  /** Present only when the decision is `allow`. */
  writes?: PromotionWrites
}

/**
 * The precedence of effects: one `noop` makes it a no-op (what is asked is already the case, so
 * a re-run is idempotent even once upstream has moved on or a hold is set), else one `refuse`
 * refuses, else it is allowed.
 */
export function decisionOf(reasons: readonly Reason[]): PromotionDecision {
  if (reasons.some((reason) => reason.effect === 'noop')) return 'noop'
  if (reasons.some((reason) => reason.effect === 'refuse')) return 'refuse'
  return 'allow'
}

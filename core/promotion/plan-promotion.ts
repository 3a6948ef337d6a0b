import type { PromotionFacts } from './promotion-facts.js'
import { contextOf } from './promotion-context.js'
import type { PromotionPlan } from './promotion-plan.js'
import { decisionOf } from './promotion-plan.js'
import { checkPromotionRules } from './promotion-rules.js'
import { planWrites } from './plan-writes.js'
import { describePromotion } from './promotion-summary.js'

/**
 * Decides a promotion, rollback or retirement from facts gathered up front, and plans its one
 * commit. Pure: the bot's `/promote` and `modelgate plan` gather the same facts and so give the
 * same reasons. Every rule of `PROMOTION_RULES` runs, so all blockers are listed at once; writes
 * are planned only when nothing refuses or makes it a no-op.
 * @example
 * planPromotion(facts) // { decision: 'noop', reasons: [{ rule: 'not-already-live', effect: 'noop', message: 'fraud-detector is already at 1.4.0 in staging' }] }
 */
export function planPromotion(facts: PromotionFacts): PromotionPlan {
  const context = contextOf(facts)
  const reasons = checkPromotionRules(context)
  const decision = decisionOf(reasons)
  const { request, version } = context
  const title = describePromotion({ ...request, ...(version === undefined ? {} : { version }) })
  // "Already at 1.4.0" is the whole answer: blockers of a change that is not needed are noise.
  if (decision === 'noop')
    return { title, decision, reasons: reasons.filter((reason) => reason.effect === 'noop') }
  if (decision !== 'allow') return { title, decision, reasons }
  const writes = planWrites(context, reasons)
  if (Array.isArray(writes)) return { title, decision: 'refuse', reasons: [...reasons, ...writes] }
  return { title, decision, reasons, writes }
}

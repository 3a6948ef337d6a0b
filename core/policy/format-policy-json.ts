import type { PolicyDecision } from './policy-decision.js'

/**
 * The decision as JSON for machines (`modelgate policy evaluate --format json`):
 * `{ "state", "summary", "rules": [...] }`, the tree exactly as {@link PolicyDecision} holds it.
 */
export function formatPolicyJson(decision: PolicyDecision): string {
  const { state, summary, rules } = decision
  return `${JSON.stringify({ state, summary, rules }, null, 2)}\n`
}

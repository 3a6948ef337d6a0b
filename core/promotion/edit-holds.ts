import { stringify } from 'yaml'
import type { Hold } from './promotion-facts.js'
import { HOLDS_FILE } from './parse-holds.js'

const sameScope = (hold: Hold, environment: string, model?: string) =>
  hold.environment === environment && hold.model === model

/** The holds with `hold` set; `changed: false` when the same scope already holds (idempotent). */
export function setHold(
  holds: readonly Hold[],
  hold: Hold,
): { holds: Hold[]; changed: boolean; existing?: Hold } {
  const existing = holds.find((entry) => sameScope(entry, hold.environment, hold.model))
  if (existing !== undefined) return { holds: [...holds], changed: false, existing }
  return { holds: [...holds, hold], changed: true }
}

/** The holds without the one on exactly this scope; `changed: false` when there was none. */
export function liftHold(
  holds: readonly Hold[],
  environment: string,
  model?: string,
): { holds: Hold[]; changed: boolean } {
  const kept = holds.filter((entry) => !sameScope(entry, environment, model))
  return { holds: kept, changed: kept.length !== holds.length }
}

/** The holds file's text, as `parseHolds` reads it back; keys in a fixed order. */
export function formatHolds(holds: readonly Hold[]): string {
  const entries = holds.map((hold) => ({
    environment: hold.environment,
    ...(hold.model === undefined ? {} : { model: hold.model }),
    reason: hold.reason,
    by: hold.by,
    ...(hold.since === undefined ? {} : { since: hold.since }),
  }))
  return `# ${HOLDS_FILE}: promotions stopped by /hold; lifted by /unhold. Written by modelgate.\n${stringify({ holds: entries })}`
}

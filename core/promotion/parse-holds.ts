import { loadFast } from '../yaml/load-fast.js'
import type { Hold } from './promotion-facts.js'

/** Where the holds live in the environments repository. */
export const HOLDS_FILE = '.modelgate/holds.yml'

/** At most this many holds are read; a longer file is refused rather than half-read. */
export const MAX_HOLDS = 500

export interface HoldsFile {
  holds: Hold[]
  /** Why entries (or the whole file) could not be read. Adapters refuse promotions while there are any: a hold that cannot be read must not be a hold that is ignored. */
  problems: string[]
}

const FIELDS = new Set(['environment', 'model', 'reason', 'by', 'since'])

/**
 * Reads `.modelgate/holds.yml` of the environments repository:
 *
 * ```yaml
 * holds:
 *   - environment: prod          # required
 *     model: fraud-detector      # optional; omitted = every model in prod
 *     reason: quarter-end freeze # required: shown to whoever is refused
 *     by: "@alice"               # required: who to ask to lift it
 *     since: "2026-12-01"        # optional, shown
 * ```
 *
 * A hold stops promotions, never rollbacks. An empty file, or `holds: []`, holds nothing.
 */
export function parseHolds(text: string): HoldsFile {
  if (text.trim() === '') return { holds: [], problems: [] }
  const loaded = loadFast(text)
  if (!loaded.ok) return { holds: [], problems: [`${HOLDS_FILE} is not YAML modelgate can read`] }
  const root = loaded.value
  if (root === null || typeof root !== 'object' || Array.isArray(root))
    return { holds: [], problems: [`${HOLDS_FILE} must be a mapping with a holds: list`] }
  const list = (root as { holds?: unknown }).holds
  if (list === undefined || list === null) return { holds: [], problems: [] }
  if (!Array.isArray(list)) return { holds: [], problems: [`${HOLDS_FILE}: holds must be a list`] }
  if (list.length > MAX_HOLDS)
    return {
      holds: [],
      problems: [`${HOLDS_FILE}: ${list.length} holds, more than the ${MAX_HOLDS} allowed`],
    }
  const holds: Hold[] = []
  const problems: string[] = []
  list.forEach((entry: unknown, index) => {
    const at = `${HOLDS_FILE}: holds[${index}]`
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      problems.push(`${at} must be a mapping (environment, model, reason, by, since)`)
      return
    }
    const record = entry as Record<string, unknown>
    const unknown = Object.keys(record).filter((key) => !FIELDS.has(key))
    if (unknown.length > 0) problems.push(`${at} has unknown keys: ${unknown.join(', ')}`)
    const text = (key: string) =>
      typeof record[key] === 'string' && record[key] !== '' ? record[key] : undefined
    const environment = text('environment')
    const reason = text('reason')
    const by = text('by')
    const missing = [
      ['environment', environment],
      ['reason', reason],
      ['by', by],
    ].filter(([, value]) => value === undefined)
    if (missing.length > 0) {
      problems.push(`${at} needs ${missing.map(([key]) => key).join(', ')} (non-empty strings)`)
      return
    }
    const model = text('model')
    const since = text('since')
    holds.push({
      environment: environment!,
      ...(model === undefined ? {} : { model }),
      reason: reason!,
      by: by!,
      ...(since === undefined ? {} : { since }),
    })
  })
  return { holds, problems }
}

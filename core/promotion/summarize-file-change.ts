import { formatKeyPath } from '../problem.js'
import { preview } from '../text.js'
import { loadFast } from '../yaml/load-fast.js'

/** One changed value of a rendered file, by key path. */
export interface FieldChange {
  path: string
  before?: string
  after?: string
}

/** At most this many changed fields are listed per file; the rest are counted. */
export const MAX_LISTED_CHANGES = 40

/** Leaves of a YAML value by key path (arrays by index); bounded by the loader's depth limit. */
function leaves(value: unknown, path: (string | number)[], out: Map<string, unknown>): void {
  if (Array.isArray(value)) {
    if (value.length === 0) out.set(formatKeyPath(path), [])
    value.forEach((item, index) => leaves(item, [...path, index], out))
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
    if (entries.length === 0) out.set(formatKeyPath(path), {})
    for (const [key, item] of entries) leaves(item, [...path, key], out)
  } else out.set(formatKeyPath(path), value)
}

function leavesOf(text: string | undefined): Map<string, unknown> {
  const out = new Map<string, unknown>()
  if (text === undefined) return out
  const loaded = loadFast(text)
  // An unreadable current file (a hand edit) compares as empty: every rendered field is "added".
  if (loaded.ok) leaves(loaded.value, [], out)
  return out
}

/**
 * What a promotion changes in one rendered file, field by field (`spec.predictor.model.storageUri:
 * "…@sha256:aa…" → "…@sha256:bb…"`), read from the YAML rather than its lines, so the PR says what
 * Argo CD will change and not how the text moved. Values are previews (quoted, truncated).
 */
export function summarizeFileChange(
  before: string | undefined,
  after: string | undefined,
): {
  changes: FieldChange[]
  more: number
} {
  const old = leavesOf(before)
  const now = leavesOf(after)
  const changes: FieldChange[] = []
  let total = 0
  const paths = [...new Set([...old.keys(), ...now.keys()])]
  for (const path of paths) {
    const a = old.get(path)
    const b = now.get(path)
    if (old.has(path) && now.has(path) && JSON.stringify(a) === JSON.stringify(b)) continue
    total++
    if (changes.length < MAX_LISTED_CHANGES)
      changes.push({
        path,
        ...(old.has(path) ? { before: preview(a) } : {}),
        ...(now.has(path) ? { after: preview(b) } : {}),
      })
  }
  return { changes, more: total - changes.length }
}

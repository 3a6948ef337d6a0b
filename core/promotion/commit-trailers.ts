import type { PromotionKind } from './promotion-facts.js'

/**
 * What a promotion commit records in `Modelgate-*` trailers: `git log` of the environments
 * repository alone then answers who put which version where (`modelgate status` reads them).
 */
export interface PromotionTrailers {
  kind: PromotionKind
  model: string
  environment: string
  /** Absent for a retirement of a model that had no readable version. */
  version?: string
  digest?: string
  sourceCommit?: string
  requester: string
  previousVersion?: string
  forced?: boolean
}

/** Trailer keys, one table for writing and reading. */
const KEYS = {
  kind: 'Modelgate-Kind',
  model: 'Modelgate-Model',
  environment: 'Modelgate-Environment',
  version: 'Modelgate-Version',
  digest: 'Modelgate-Digest',
  sourceCommit: 'Modelgate-Source-Commit',
  requester: 'Modelgate-Requester',
  previousVersion: 'Modelgate-Previous-Version',
  forced: 'Modelgate-Forced',
} as const satisfies Record<keyof PromotionTrailers, string>

// eslint-disable-next-line no-control-regex -- control characters would end or forge a trailer line
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g

/** A value on one line: a newline in a requester's name must not forge another trailer. */
const oneLine = (value: string) => value.replace(CONTROL, ' ').trim()

/** The trailer lines, in a fixed order (git reads them from the last paragraph of the message). */
export function formatTrailers(trailers: PromotionTrailers): string[] {
  const lines: string[] = []
  for (const [field, key] of Object.entries(KEYS) as [keyof PromotionTrailers, string][]) {
    const value = trailers[field]
    if (value === undefined || value === false) continue
    lines.push(`${key}: ${oneLine(String(value))}`)
  }
  return lines
}

/**
 * Reads the `Modelgate-*` trailers of a commit message (the lines of its last paragraph);
 * a commit without them (a hand edit) gives `undefined`.
 */
export function parseTrailers(message: string): Partial<PromotionTrailers> | undefined {
  const paragraphs = message.trim().split(/\n\s*\n/)
  const last = paragraphs[paragraphs.length - 1] ?? ''
  const found: Partial<Record<keyof PromotionTrailers, string>> = {}
  const fields = Object.entries(KEYS) as [keyof PromotionTrailers, string][]
  for (const line of last.split('\n')) {
    const colon = line.indexOf(':')
    if (colon < 0) continue
    const key = line.slice(0, colon).trim().toLowerCase()
    const field = fields.find(([, name]) => name.toLowerCase() === key)?.[0]
    if (field !== undefined) found[field] = line.slice(colon + 1).trim()
  }
  if (found.model === undefined) return undefined
  const { kind, forced, ...rest } = found
  const trailers: Partial<PromotionTrailers> = rest
  if (kind === 'promote' || kind === 'rollback' || kind === 'retire') trailers.kind = kind
  if (forced === 'true') trailers.forced = true
  return trailers
}

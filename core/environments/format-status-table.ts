import type { Health } from '../promotion/promotion-facts.js'
import { escapeLogLine } from '../report/format-github.js'

/** One (model, environment) of `modelgate status`: what runs, how it is, who put it there. */
export interface StatusRow {
  model: string
  environment: string
  /** Absent when the model is not in that environment. */
  version?: string
  digest?: string
  health: Health
  /** Since when it has that health, else since when this version is there (ISO 8601). */
  since?: string
  /** The environments repository commit that put it there. */
  commit?: string
  /** The pull request that commit came from, when its subject names one. */
  pullRequest?: number
  /** Who asked for it (the commit's `Modelgate-Requester` trailer). */
  requester?: string
  /** Why the folder is there but unreadable (a hand edit). */
  problem?: string
}

const HEADERS = ['MODEL', 'ENVIRONMENT', 'VERSION', 'DIGEST', 'HEALTH', 'SINCE', 'PUT THERE BY'] as const

/** `sha256:` and the first 12 hex digits: enough to tell artifacts apart in a table. */
export function shortDigest(digest: string): string {
  return digest.replace(/^(sha256:[0-9a-f]{12})[0-9a-f]+$/, '$1')
}

function cells(row: StatusRow): string[] {
  const by = [
    row.pullRequest === undefined ? row.commit?.slice(0, 12) : `#${row.pullRequest}`,
    row.requester,
  ].filter((part) => part !== undefined)
  return [
    row.model,
    row.environment,
    row.version ?? (row.problem === undefined ? '-' : 'unreadable'),
    row.digest === undefined ? '-' : shortDigest(row.digest),
    row.version === undefined && row.problem === undefined ? '-' : row.health,
    row.since ?? '-',
    by.length === 0 ? '-' : by.join(' '),
  ]
}

/**
 * "Which version runs where": one line per (model, environment), in the config's environment
 * order, columns aligned. Unreadable folders are listed under the table with their reason.
 */
export function formatStatusTable(rows: readonly StatusRow[]): string {
  if (rows.length === 0) return 'no models in the environments checkout\n'
  const table = [HEADERS as readonly string[], ...rows.map(cells)]
  const widths = HEADERS.map((_, column) => Math.max(...table.map((line) => line[column]!.length)))
  const lines = table.map((line) =>
    line
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd(),
  )
  for (const row of rows)
    if (row.problem !== undefined) lines.push(`${row.model} in ${row.environment}: ${row.problem}`)
  return `${lines.map(escapeLogLine).join('\n')}\n`
}

import type { MetricReading } from '../metrics/flatten-metrics.js'
import { escapeLogLine } from '../report/format-github.js'
import { formatProblemLines } from '../report/format-text.js'
import type { MetricRow } from './diff-metrics.js'
import type { DiffReport, RevisionLabel } from './diff-report.js'
import { diffReportPassed } from './diff-report.js'

export interface DiffTextOptions {
  /** Digits after the decimal point, as `dvc metrics diff --precision` (default 5). */
  precision?: number
  /** Also list metrics that did not change (`dvc metrics diff --all`). */
  all?: boolean
}

/**
 * The diff for a terminal, in the shape `dvc metrics diff` users read: per model what changed,
 * then one aligned table of metrics (base, head, change), then the gate verdicts. Plain text:
 * repository strings are shown inert (no control characters, no workflow commands), never
 * Markdown-escaped.
 */
export function formatDiffText(report: DiffReport, options: DiffTextOptions = {}): string {
  const precision = options.precision ?? 5
  const round = (value: number) => String(Number(value.toFixed(precision)))
  const reading = (value: MetricReading | null) =>
    value === null ? '-' : typeof value === 'number' ? round(value) : String(value)
  const lines: string[] = [`base ${revision(report.base)} → head ${revision(report.head)}`]
  for (const model of report.models) {
    lines.push('', `${model.file} (${model.model}, ${model.status})`)
    for (const { field, base, head } of model.fields)
      lines.push(`  ${field}: ${base ?? '(none)'} → ${head ?? '(removed)'}`)
    const rows = model.metrics.filter((row) => options.all === true || row.movement !== 'unchanged')
    if (rows.length > 0) {
      lines.push(
        ...table([
          ['Metric', report.base.ref, report.head.ref, 'Change', ''],
          ...rows.map((row) => [
            row.metric,
            reading(row.base),
            reading(row.head),
            change(row, round),
            row.movement,
          ]),
        ]),
      )
    } else if (model.metrics.length > 0) {
      lines.push('  metrics unchanged (--all lists them)')
    }
    for (const result of model.verdict?.results ?? []) {
      if (result.passed) continue
      const mark = result.severity === 'warning' ? '!' : '✗'
      for (const reason of result.reasons) lines.push(`  ${mark} ${reason}`)
    }
    if (model.verdict !== undefined)
      lines.push(
        `  gates: ${model.verdict.passed ? 'passed' : 'FAILED'} (${model.verdict.results.length} judged)`,
      )
  }
  if (report.models.length === 0) lines.push('', 'no model changed')
  lines.push('', diffReportPassed(report) ? 'passed' : 'FAILED')
  return `${[...formatProblemLines(report.problems), ...lines.map(escapeLogLine)].join('\n')}\n`
}

function revision({ ref, sha }: RevisionLabel): string {
  return sha === undefined ? ref : `${ref} (${sha.slice(0, 7)})`
}

/** `+0.004 (+0.42%)`: the sign always shown, as in the Markdown table. */
function change(row: MetricRow, round: (value: number) => string): string {
  if (row.delta === null) return '-'
  const signed = (value: number) => `${value > 0 ? '+' : ''}${round(value)}`
  return row.deltaPercent === null
    ? signed(row.delta)
    : `${signed(row.delta)} (${signed(Number(row.deltaPercent.toFixed(2)))}%)`
}

/** Rows as left-aligned columns, two spaces apart, indented under their model. */
function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => [...row[column]!].length)))
  return rows.map((row) =>
    `  ${row.map((cell, column) => cell.padEnd(widths[column]! + cell.length - [...cell].length)).join('  ')}`.trimEnd(),
  )
}

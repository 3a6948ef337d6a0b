import type { GateResult } from '../gates/evaluate-gate.js'
import { formatNumber } from '../gates/evaluate-gate.js'
import { escapeMarkdown } from '../markdown/escape-markdown.js'
import type { MetricReading } from '../metrics/flatten-metrics.js'
import type { MetricRow } from './diff-metrics.js'
import type { FieldChange, ModelChange } from './diff-model.js'
import type { DiffReport, RevisionLabel } from './diff-report.js'

/** How {@link renderDiffMarkdown} frames and bounds the report. */
export interface RenderDiffOptions {
  /**
   * A hidden HTML comment (e.g. `<!-- modelgate:diff key=ci/diff -->`) emitted verbatim as the first
   * line, so the adapter can find its sticky comment again. The caller builds it; it is trusted.
   */
  marker?: string
  /** The longest result allowed, in JS string length. Default 65536: GitHub's comment limit. */
  maxLength?: number
  /** Where the full report is (job summary or workflow run), linked when the report is shortened. */
  detailsUrl?: string
  /** The first heading. Default `## modelgate: model changes`. */
  title?: string
}

/** GitHub refuses comments over 65536 characters; JS length counts UTF-16 units, never fewer. */
const GITHUB_COMMENT_LIMIT = 65536
/** A bar chart with more bars than this is unreadable in a comment. */
const CHART_METRICS = 12
const CHART_LABEL = 24
/** Untrusted text longer than this is cut in the heading and the short form, so every line stays bounded. */
const SHORT_TEXT = 120

/**
 * Renders a diff report as GitHub Markdown: the sticky pull request comment, the output of
 * `modelgate diff --format markdown`, and (with a larger `maxLength`) the job summary. It shows the
 * verdict, the revisions, unreadable files, then per model its changed fields, a metrics table in
 * the manner of `dvc metrics diff` with gate results and failure reasons, and a Mermaid chart of
 * the gated metrics. Every string from a manifest or the report is escaped, since a pull request
 * from a fork controls them.
 *
 * When the full report is longer than `maxLength`, it falls back to one line per model and a
 * pointer to `detailsUrl`; with too many models even for that, it lists as many as fit and says
 * how many it left out. The result is never longer than `maxLength`.
 * @example renderDiffMarkdown(report, { marker: '<!-- modelgate:diff -->', detailsUrl: runUrl })
 */
export function renderDiffMarkdown(report: DiffReport, options: RenderDiffOptions = {}): string {
  const maxLength = options.maxLength ?? GITHUB_COMMENT_LIMIT
  const full = [...renderHeader(report, options), ...renderProblems(report), ...renderModels(report)]
  const text = `${full.join('\n')}\n`
  if (text.length <= maxLength) return text
  return renderShortForm(report, options, maxLength)
}

/** Marker, title, verdict and revisions: the part both forms share. */
function renderHeader(report: DiffReport, options: RenderDiffOptions): string[] {
  return [
    ...(options.marker === undefined ? [] : [options.marker]),
    options.title ?? '## modelgate: model changes',
    '',
    renderVerdict(report),
    '',
    `Base ${renderRevision(report.base)} → head ${renderRevision(report.head)}`,
    '',
  ]
}

/** ❌ when a blocking gate failed or a file could not be read, ⚠️ for warnings only, ✅ otherwise. */
function renderVerdict(report: DiffReport): string {
  const results = report.models.flatMap((model) => model.verdict?.results ?? [])
  const blocking = results.filter((result) => !result.passed && result.severity === 'blocking').length
  const warnings = results.filter((result) => !result.passed && result.severity === 'warning').length
  const unreadable = new Set(report.problems.filter((p) => p.severity === 'error').map((p) => p.file)).size
  const failures = [
    ...(blocking > 0 ? [`${count(blocking, 'blocking gate')} failed`] : []),
    ...(unreadable > 0 ? [`${count(unreadable, 'file')} could not be read`] : []),
  ]
  const notes = [
    ...(warnings > 0 ? [`${count(warnings, 'warning gate')} failed`] : []),
    ...(report.problems.length > 0 && unreadable === 0 ? [count(report.problems.length, 'warning')] : []),
  ]
  if (failures.length > 0) return `❌ **${[...failures, ...notes].join(', ')}**`
  if (notes.length > 0) return `⚠️ **No blocking gate failed; ${notes.join(', ')}**`
  return results.length === 0 ? '➖ **No gated model changed**' : '✅ **All gates pass**'
}

/** `main (`abc1234`)`: the ref escaped and bounded, the sha reduced to hex so it is safe in code. */
function renderRevision(revision: RevisionLabel): string {
  const sha = (revision.sha ?? '').replace(/[^0-9a-fA-F]/g, '').slice(0, 7)
  return `${escapeMarkdown(clip(revision.ref, SHORT_TEXT))}${sha === '' ? '' : ` (\`${sha}\`)`}`
}

function renderProblems(report: DiffReport): string[] {
  if (report.problems.length === 0) return []
  const files = new Set(report.problems.map((problem) => problem.file)).size
  return [
    `⚠️ **${count(files, 'file')} could not be read**, so ${files === 1 ? 'its models are' : 'their models are'} missing below:`,
    '',
    ...report.problems.map(
      (problem) =>
        `- ${escapeMarkdown(`${problem.file}:${problem.line}:${problem.column}`)} ${escapeMarkdown(problem.message)}`,
    ),
    '',
  ]
}

function renderModels(report: DiffReport): string[] {
  if (report.models.length === 0) return ['No model changes.']
  return report.models.flatMap((model, index) => [...(index > 0 ? [''] : []), ...renderModel(model)])
}

/** One model's section: status, changed fields, metrics table, failed gates and chart. */
function renderModel(model: ModelChange): string[] {
  const results = model.verdict?.results ?? []
  return [
    `### ${escapeMarkdown(model.model)}`,
    '',
    `**${model.status}** · ${escapeMarkdown(model.file)} · ${renderModelVerdict(model)}`,
    ...section('Changes', model.fields.map(renderFieldChange)),
    ...section('Metrics', renderMetricsTable(model.metrics, results)),
    ...section('Failed gates', renderFailedGates(results)),
    ...section('Gated metrics: head as % of base (line: base = 100)', renderChart(model.metrics, results)),
  ]
}

/** A bold title and its lines, or nothing when there are no lines. */
function section(title: string, lines: string[]): string[] {
  return lines.length === 0 ? [] : ['', `**${title}**`, '', ...lines]
}

function renderModelVerdict(model: ModelChange): string {
  if (!model.verdict) return 'no gates'
  const failed = model.verdict.results.filter((result) => !result.passed)
  const blocking = failed.filter((result) => result.severity === 'blocking').length
  const warnings = failed.length - blocking
  if (blocking > 0)
    return `❌ ${count(blocking, 'blocking gate')} failed${warnings > 0 ? `, ${count(warnings, 'warning gate')} failed` : ''}`
  if (warnings > 0) return `⚠️ ${count(warnings, 'warning gate')} failed`
  return `✅ ${count(model.verdict.results.length, 'gate')} passed`
}

function renderFieldChange(change: FieldChange): string {
  const field = escapeMarkdown(change.field)
  if (change.base === null) return `- ${field}: added (${escapeMarkdown(change.head ?? '')})`
  if (change.head === null) return `- ${field}: removed (was ${escapeMarkdown(change.base)})`
  return `- ${field}: ${escapeMarkdown(change.base)} → ${escapeMarkdown(change.head)}`
}

function renderMetricsTable(rows: readonly MetricRow[], results: readonly GateResult[]): string[] {
  if (rows.length === 0) return []
  return [
    '| Metric | Base | Head | Δ | Δ% | | Gate |',
    '| --- | ---: | ---: | ---: | ---: | :---: | :---: |',
    ...rows.map((row) =>
      [
        escapeMarkdown(row.metric),
        renderReading(row.base),
        renderReading(row.head),
        row.delta === null ? '—' : signed(row.delta, formatNumber),
        row.deltaPercent === null ? '—' : `${signed(row.deltaPercent, formatPercent)}%`,
        renderMovement(row),
        renderGateCell(results.filter((result) => result.metric === row.metric)),
      ].reduce((line, cell) => `${line} ${cell} |`, '|'),
    ),
  ]
}

function renderReading(reading: MetricReading | null): string {
  if (reading === null) return '—'
  if (typeof reading === 'number') return formatNumber(reading)
  return escapeMarkdown(String(reading))
}

/** `+0.03`, `-5`, `0`: the sign always shown, so a direction never hides in a long column. */
function signed(value: number, format: (magnitude: number) => string): string {
  const sign = value > 0 ? '+' : value < 0 ? '-' : ''
  return `${Number.isNaN(value) ? '' : sign}${format(Math.abs(value))}`
}

/** Three significant digits, as the gate reasons print percentages: `22.3`, `1.8`, `0`. */
function formatPercent(value: number): string {
  return String(Number(value.toPrecision(3)))
}

/** Green when it moved the right way and red otherwise; the arrow gives the sign of the change. */
function renderMovement(row: MetricRow): string {
  const arrow = (row.delta ?? 0) < 0 ? '▼' : '▲'
  switch (row.movement) {
    case 'better':
      return `🟢 ${arrow}`
    case 'worse':
      return `🔴 ${arrow}`
    case 'unchanged':
      return '⚪ ='
    case 'added':
      return '🆕 added'
    case 'removed':
      return '➖ removed'
    case 'changed':
      return '🔄 changed'
  }
}

/** ❌ when a blocking gate on the metric failed, ⚠️ when only a warning did, blank when ungated. */
function renderGateCell(results: readonly GateResult[]): string {
  if (results.length === 0) return ''
  if (results.some((result) => !result.passed && result.severity === 'blocking')) return '❌'
  if (results.some((result) => !result.passed)) return '⚠️'
  return '✅'
}

function renderFailedGates(results: readonly GateResult[]): string[] {
  return results
    .filter((result) => !result.passed)
    .flatMap((result) =>
      result.reasons.map(
        (reason) =>
          // Most reasons start with the metric's name; name it only when one does not.
          `- ${result.severity === 'blocking' ? '❌' : '⚠️ warning:'} ${reason.startsWith(`${result.metric} `) ? '' : `${escapeMarkdown(result.metric)}: `}${escapeMarkdown(reason)}`,
      ),
    )
}

/**
 * A Mermaid chart of the gated metrics, each head value as a percentage of its base (the line at
 * 100): metrics in different units (an AUC near 1, a latency in milliseconds) share one axis only
 * that way. Labels keep only characters that cannot end a Mermaid string or the fence; metrics
 * without a plottable, non-zero base are left out.
 */
function renderChart(rows: readonly MetricRow[], results: readonly GateResult[]): string[] {
  const gated = new Set(results.map((result) => result.metric))
  const bars = rows
    .filter((row) => gated.has(row.metric))
    .flatMap((row, index) => {
      const { base, head } = row
      if (!plottable(base) || !plottable(head) || base === 0) return []
      const percent = Number(((head / base) * 100).toPrecision(4))
      return plottable(percent) ? [{ label: chartLabel(row.metric) || `metric ${index + 1}`, percent }] : []
    })
    .slice(0, CHART_METRICS)
  if (bars.length === 0) return []
  return [
    '```mermaid',
    'xychart-beta',
    `  x-axis [${bars.map((bar) => `"${bar.label}"`).join(', ')}]`,
    '  y-axis "head as % of base"',
    `  bar [${bars.map((bar) => bar.percent).join(', ')}]`,
    `  line [${bars.map(() => 100).join(', ')}]`,
    '```',
  ]
}

function plottable(reading: MetricReading | null): reading is number {
  return typeof reading === 'number' && Number.isFinite(reading) && !formatNumber(reading).includes('e')
}

function chartLabel(metric: string): string {
  return metric
    .replace(/[^A-Za-z0-9._/ ()-]/g, '')
    .trim()
    .slice(0, CHART_LABEL)
    .trim()
}

/**
 * The fallback when the full report does not fit: the header, where the full report is, and one
 * line per model for as many models as fit, then how many were left out.
 */
function renderShortForm(report: DiffReport, options: RenderDiffOptions, maxLength: number): string {
  const url = safeUrl(options.detailsUrl)
  const head = [
    ...renderHeader(report, options),
    url === undefined
      ? 'The report is too long for this comment; the full report is in the job summary of this workflow run.'
      : `The report is too long for this comment; the full report is in the [job summary](${url}).`,
    '',
    '',
  ].join('\n')
  const lines = report.models.length === 0 ? ['No model changes.'] : report.models.map(renderModelLine)
  // Room for the longest "and N more" line, so adding it never overflows.
  const reserve = `…and ${lines.length} more models\n`.length
  let body = head
  for (const [index, line] of lines.entries()) {
    const last = index === lines.length - 1
    if (body.length + line.length + 1 + (last ? 0 : reserve) > maxLength) {
      const rest = lines.length - index
      return fitLength(`${body}…and ${rest} more model${rest === 1 ? '' : 's'}\n`, maxLength)
    }
    body += `${line}\n`
  }
  return fitLength(body, maxLength)
}

/** `- **fraud-detector** modified, version 1.2.0 → 1.3.0, ❌ 1 blocking gate failed` */
function renderModelLine(model: ModelChange): string {
  const version = model.fields.find((change) => change.field === 'version')
  const versionText =
    version === undefined
      ? ''
      : version.base === null
        ? `, version ${escapeMarkdown(clip(version.head ?? '', SHORT_TEXT))}`
        : version.head === null
          ? `, was version ${escapeMarkdown(clip(version.base, SHORT_TEXT))}`
          : `, version ${escapeMarkdown(clip(version.base, SHORT_TEXT))} → ${escapeMarkdown(clip(version.head, SHORT_TEXT))}`
  return `- **${escapeMarkdown(clip(model.model, SHORT_TEXT))}** ${model.status}${versionText}, ${renderModelVerdict(model)}`
}

/** An http(s) URL with the characters that could end a Markdown link destination percent-encoded. */
function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined || !/^https?:\/\//i.test(url)) return undefined
  return url.replace(
    /[\s()<>"'`\\[\]]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  )
}

/**
 * The last resort when even the header is too long (a tiny `maxLength`, a huge marker or title):
 * whole lines while they fit, then a cut line, so the limit holds whatever the input.
 */
function fitLength(markdown: string, maxLength: number): string {
  if (markdown.length <= maxLength) return markdown
  if (maxLength < 2) return ''
  const cut = markdown.slice(0, maxLength - 2)
  const end = cut.lastIndexOf('\n')
  // Never end on half a surrogate pair or on the backslash of an escape.
  return `${(end > 0 ? cut.slice(0, end) : cut).replace(/[\uD800-\uDBFF\\]$/, '')}…\n`
}

/** At most `length` characters, with `…` when cut. */
function clip(value: string, length: number): string {
  return value.length <= length ? value : `${value.slice(0, length - 1).replace(/[\uD800-\uDBFF]$/, '')}…`
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

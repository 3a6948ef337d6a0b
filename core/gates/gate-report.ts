import type { Problem } from '../problem.js'
import { formatProblemLines } from '../report/format-text.js'
import { escapeLogLine } from '../report/format-github.js'
import { plural } from '../report/validation-result.js'
import type { GateVerdict } from './evaluate-gates.js'
import { formatNumber } from './evaluate-gate.js'

/** One model's verdict, with what it was compared against. */
export interface ModelGate {
  /** `metadata.name`; absent when gates and metrics came from plain files. */
  model?: string
  /** The manifest (or gates file) the gates came from. */
  file: string
  /** What the baseline was, for people: `origin/main`, `baseline.json`, or `none`. */
  baseline: string
  /** The model is the same at the baseline revision: its change checks were skipped. */
  unchanged?: boolean
  verdict: GateVerdict
}

/** Every gated model, plus the files that could not be read (which fail the gate: fail closed). */
export interface GateReport {
  models: ModelGate[]
  problems: Problem[]
  /**
   * Models left out because they are the same at the baseline revision they were asked to be
   * compared with (a change judges what it changes); their manifest paths.
   */
  unchangedSkipped?: string[]
}

/** Passed when every model's blocking gates passed and nothing was unreadable. */
export function gateReportPassed(report: GateReport): boolean {
  return (
    report.problems.every((problem) => problem.severity !== 'error') &&
    report.models.every((model) => model.verdict.passed)
  )
}

/**
 * The machine-readable verdict: `{ passed, results: [{ model, file, metric, passed, severity,
 * candidate, baseline, reasons }], problems }`, one result per gate across all models.
 */
export function formatGateJson(report: GateReport): string {
  const results = report.models.flatMap(({ model, file, verdict }) =>
    verdict.results.map(({ metric, passed, severity, candidate, baseline, reasons }) => ({
      ...(model !== undefined ? { model } : {}),
      file,
      metric,
      passed,
      severity,
      candidate,
      baseline,
      reasons,
    })),
  )
  const skipped = report.unchangedSkipped ?? []
  return `${JSON.stringify({ passed: gateReportPassed(report), results, problems: report.problems, ...(skipped.length > 0 ? { unchangedSkipped: skipped } : {}) }, null, 2)}\n`
}

/**
 * The verdict for people: first the files that could not be read, as `validate` prints problems
 * (`file:line:col: severity: message [rule]`, then the hint); per model, one line per gate (`✓`,
 * `✗`, or `!` for a failed warning gate) with the numbers, each failure's reasons beneath it, and
 * a closing count.
 * @example
 * // models/fraud/model.yaml (fraud-detector) against origin/main
 * //   ✗ auc 0.84 (baseline 0.86)
 * //       auc 0.84 is below the threshold 0.85
 */
export function formatGateText(report: GateReport): string {
  const lines: string[] = []
  const counts = { passed: 0, failed: 0, warnings: 0 }
  for (const { model, file, baseline, unchanged, verdict } of report.models) {
    lines.push(
      `${file}${model !== undefined ? ` (${model})` : ''} against ${baseline}${unchanged ? ' (unchanged: change checks skipped)' : ''}`,
    )
    if (verdict.results.length === 0) lines.push('  no gates')
    for (const result of verdict.results) {
      const mark = result.passed ? '✓' : result.severity === 'warning' ? '!' : '✗'
      counts[result.passed ? 'passed' : result.severity === 'warning' ? 'warnings' : 'failed']++
      const candidate = result.candidate === null ? 'missing' : formatNumber(result.candidate)
      const baselineValue = result.baseline === null ? '' : ` (baseline ${formatNumber(result.baseline)})`
      lines.push(`  ${mark} ${result.metric} ${candidate}${baselineValue}`)
      for (const reason of result.reasons) lines.push(`      ${reason}`)
    }
  }
  const skipped = report.unchangedSkipped ?? []
  if (skipped.length > 0)
    lines.push(
      `not judged, unchanged at the baseline: ${skipped.join(', ')} (name a model's path to judge it anyway)`,
    )
  const unreadable = report.problems.filter((problem) => problem.severity === 'error').length
  lines.push(
    `${gateReportPassed(report) ? 'passed' : 'FAILED'}: ${plural(counts.passed, 'gate')} passed, ${counts.failed} failed, ${plural(counts.warnings, 'warning')}${unreadable > 0 ? `, ${plural(unreadable, 'unreadable file')}` : ''}`,
  )
  // File names and reasons quote the repository: shown inert, as in `formatText` (no control
  // character or workflow command reaches a log when `modelgate gate` runs in a job).
  return `${[...formatProblemLines(report.problems), ...lines.map(escapeLogLine)].join('\n')}\n`
}

import { escapeMarkdown } from '../markdown/escape-markdown.js'
import { plural } from '../report/validation-result.js'
import type { GateReport } from './gate-report.js'
import { gateReportPassed } from './gate-report.js'
import { formatNumber } from './evaluate-gate.js'

/**
 * The gate verdict as a job summary: per model a table of gates (candidate, baseline, result)
 * with every failure's reasons. Names and reasons come from manifests, so they are escaped.
 */
export function formatGateMarkdown(report: GateReport): string {
  const failed = report.models.flatMap((model) =>
    model.verdict.results.filter((result) => !result.passed && result.severity === 'blocking'),
  ).length
  const lines = [
    '## modelgate: evaluation gates',
    '',
    gateReportPassed(report)
      ? `✅ Every blocking gate passed (${plural(report.models.length, 'model')})`
      : `❌ ${failed > 0 ? `${plural(failed, 'blocking gate')} failed` : 'Some files could not be read'}`,
  ]
  for (const problem of report.problems) {
    lines.push(
      '',
      `- ❌ ${escapeMarkdown(`${problem.file}:${problem.line}:${problem.column} ${problem.message}`)}`,
    )
  }
  for (const { model, file, baseline, unchanged, verdict } of report.models) {
    lines.push(
      '',
      `### ${escapeMarkdown(model ?? file)}`,
      '',
      `${escapeMarkdown(file)} · baseline: ${escapeMarkdown(baseline)}${unchanged ? ' · unchanged: change checks skipped' : ''}`,
      '',
    )
    if (verdict.results.length === 0) {
      lines.push('No gates.')
      continue
    }
    lines.push('| Gate | Metric | Candidate | Baseline | Why |', '| :---: | --- | ---: | ---: | --- |')
    for (const result of verdict.results) {
      const mark = result.passed ? '✅' : result.severity === 'warning' ? '⚠️' : '❌'
      const value = (number: number | null) => (number === null ? '—' : formatNumber(number))
      lines.push(
        `| ${mark} | ${escapeMarkdown(result.metric)} | ${value(result.candidate)} | ${value(result.baseline)} | ${result.reasons.map(escapeMarkdown).join('<br>')} |`,
      )
    }
  }
  return `${lines.join('\n')}\n`
}

import { escapeMarkdown } from '../markdown/escape-markdown.js'
import type { ValidationResult } from './validation-result.js'
import { plural, summarizeValidation } from './validation-result.js'

/** A job summary's own limit is 1 MiB; stay well inside it whatever a pull request contains. */
const SUMMARY_ROWS = 1000
/**
 * Rows stop here even before {@link SUMMARY_ROWS}: paths and hints have no fixed length, and a
 * UTF-16 unit is at most 3 bytes of UTF-8, so 256 Ki units stay under the 1 MiB limit.
 */
const SUMMARY_LENGTH = 256 * 1024

/**
 * The validation result as a job summary: a verdict line, then one table row per problem with
 * its place, message and hint. Paths and messages quote manifest content, so all of it is escaped.
 */
export function formatMarkdown(result: ValidationResult): string {
  const summary = summarizeValidation(result)
  const counts = `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}`
  const verdict =
    summary.invalidFiles === 0
      ? `✅ ${plural(summary.files, 'manifest')} valid (${counts})`
      : `❌ ${summary.invalidFiles} of ${plural(summary.files, 'manifest')} invalid (${counts})`
  const problems = result.files.flatMap(({ problems }) => problems)
  const lines = ['## modelgate: manifest validation', '', verdict]
  if (problems.length > 0) {
    lines.push('', '| | Where | Problem | Fix |', '| --- | --- | --- | --- |')
    let length = lines.join('\n').length
    let shown = 0
    for (const problem of problems.slice(0, SUMMARY_ROWS)) {
      const mark = problem.severity === 'error' ? '❌' : '⚠️'
      const row = `| ${mark} | ${escapeMarkdown(`${problem.file}:${problem.line}:${problem.column}`)} | ${escapeMarkdown(problem.message)} | ${escapeMarkdown(problem.hint ?? '')} |`
      length += row.length + 1
      if (length > SUMMARY_LENGTH) break
      lines.push(row)
      shown++
    }
    if (shown < problems.length)
      lines.push('', `…and ${problems.length - shown} more; the annotations and SARIF file have them all.`)
  }
  return `${lines.join('\n')}\n`
}

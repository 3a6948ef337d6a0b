import type { Problem } from '../problem.js'
import { escapeLogLine } from './format-github.js'
import type { ValidationResult } from './validation-result.js'
import { plural, summarizeValidation } from './validation-result.js'

/**
 * Compiler-style text: one `file:line:col: severity: message [rule]` line per problem, its hint on
 * the next line, then a summary line.
 * @example
 * // models/fraud/model.yaml:12:11: error: artifact.digest: "latest" is not a valid sha256 digest [schema/pattern]
 * //   hint: pin the artifact by its content digest …
 */
export function formatText(result: ValidationResult): string {
  const lines = formatProblemLines(result.files.flatMap(({ problems }) => problems))
  const summary = summarizeValidation(result)
  const counts = `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}`
  lines.push(
    summary.invalidFiles === 0
      ? `${plural(summary.files, 'file')} valid (${counts})`
      : `${summary.invalidFiles} of ${plural(summary.files, 'file')} invalid (${counts})`,
  )
  return `${lines.join('\n')}\n`
}

/**
 * `file:line:col: severity: message [rule]`, and the hint on the next line: the CLI's problem
 * lines. File names and messages come from the repository, so each line goes through
 * {@link escapeLogLine}: a folder named `x\n::warning::…` stays one line and is no workflow command.
 */
export function formatProblemLines(problems: readonly Problem[]): string[] {
  return problems.flatMap((problem) =>
    [
      `${problem.file}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message} [${problem.rule}]`,
      ...(problem.hint ? [`  hint: ${problem.hint}`] : []),
    ].map(escapeLogLine),
  )
}

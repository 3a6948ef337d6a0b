import type { ValidationResult } from './validation-result.js'

/**
 * GitHub Actions workflow commands: one `::error` or `::warning` annotation per problem, placed on
 * the file, line and column. Values are escaped as the runner expects, so a message cannot end the
 * command early or inject another one.
 * @example
 * // ::error file=models/fraud/model.yaml,line=12,col=11,title=modelgate schema/pattern::artifact.digest: …
 */
export function formatGithub(result: ValidationResult): string {
  const lines: string[] = []
  for (const { problems } of result.files) {
    for (const problem of problems) {
      const properties = [
        `file=${escapeProperty(problem.file)}`,
        `line=${problem.line}`,
        `col=${problem.column}`,
        ...(problem.endLine ? [`endLine=${problem.endLine}`] : []),
        ...(problem.endLine === problem.line && problem.endColumn ? [`endColumn=${problem.endColumn}`] : []),
        `title=${escapeProperty(`modelgate ${problem.rule}`)}`,
      ]
      const text = problem.hint ? `${problem.message}\nhint: ${problem.hint}` : problem.message
      lines.push(`::${problem.severity} ${properties.join(',')}::${escapeData(text)}`)
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : ''
}

/** Escapes a workflow command's message (as `@actions/core` does). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escapes a workflow command's property value (as `@actions/core` does). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

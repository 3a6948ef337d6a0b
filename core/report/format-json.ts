import type { ValidationResult } from './validation-result.js'
import { summarizeValidation } from './validation-result.js'

/** Machine-readable result: `{ valid, summary, files: [{ file, valid, problems }] }`, pretty-printed. */
export function formatJson(result: ValidationResult): string {
  const summary = summarizeValidation(result)
  const files = result.files.map(({ file, problems }) => ({
    file,
    valid: !problems.some((problem) => problem.severity === 'error'),
    problems,
  }))
  return `${JSON.stringify({ valid: summary.invalidFiles === 0, summary, files }, null, 2)}\n`
}

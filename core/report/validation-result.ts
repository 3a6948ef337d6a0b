import type { Problem } from '../problem.js'

/** The outcome of validating a set of files: every file checked, each with its problems. */
export interface ValidationResult {
  files: { file: string; problems: Problem[] }[]
}

export interface ValidationSummary {
  files: number
  invalidFiles: number
  errors: number
  warnings: number
}

/** Counts files, invalid files (with at least one error), errors and warnings. */
export function summarizeValidation(result: ValidationResult): ValidationSummary {
  const summary: ValidationSummary = { files: result.files.length, invalidFiles: 0, errors: 0, warnings: 0 }
  for (const { problems } of result.files) {
    const errors = problems.filter((problem) => problem.severity === 'error').length
    summary.errors += errors
    summary.warnings += problems.length - errors
    if (errors > 0) summary.invalidFiles++
  }
  return summary
}

/** `3 errors`, `1 warning`: a count with its noun. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

import type { DiffReport } from '../../../core/diff/diff-report.js'
import type { Problem } from '../../../core/problem.js'

/** A diff report from `main` to a feature branch, with no models and no problems unless told. */
export function diffReport(overrides: Partial<DiffReport> = {}): DiffReport {
  return {
    schemaVersion: 1,
    base: { ref: 'main', sha: 'abcdef0123456789' },
    head: { ref: 'feature/auc', sha: '0123456789abcdef' },
    models: [],
    problems: [],
    ...overrides,
  }
}

/** A schema problem in churn's manifest, as a diff report lists a file it could not read. */
export const unreadable = (overrides: Partial<Problem> = {}): Problem => ({
  file: 'models/churn/model.yaml',
  line: 3,
  column: 5,
  path: 'metadata.version',
  rule: 'schema/type',
  severity: 'error',
  message: 'metadata.version: expected a string, got a number 1.2',
  ...overrides,
})

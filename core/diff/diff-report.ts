import type { Problem } from '../problem.js'
import type { ModelChange } from './diff-model.js'

/** A revision as the report names it: what the user asked for, and the commit it was. */
export interface RevisionLabel {
  ref: string
  sha?: string
}

/**
 * Everything `modelgate diff` found between two revisions: the JSON it prints with
 * `--format json`, the results file a fork-safe workflow hands to the trusted job (which checks it
 * against `schemas/diff-report.schema.json` before rendering), and the input of the Markdown report.
 */
export interface DiffReport {
  schemaVersion: 1
  base: RevisionLabel
  head: RevisionLabel
  /** Every model that exists on either side and differs, in path order. */
  models: ModelChange[]
  /** Manifests or metrics files that could not be read, so their models are missing from `models`. */
  problems: Problem[]
}

/** True when no blocking gate of any model failed and every file could be read. */
export function diffReportPassed(report: DiffReport): boolean {
  return (
    report.problems.every((problem) => problem.severity !== 'error') &&
    report.models.every((model) => model.verdict?.passed ?? true)
  )
}

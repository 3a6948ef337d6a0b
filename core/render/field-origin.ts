import type { KeyPath, Severity } from '../problem.js'
import { formatKeyPath } from '../problem.js'
import type { RenderProblem } from './render-problem.js'

/** The input field a rendered value came from: a manifest field, or one of the environment's config fields. */
export interface FieldOrigin {
  source: 'manifest' | 'config'
  path: KeyPath
}

/**
 * Where each rendered value came from, keyed by its path in the rendered object
 * (`spec.predictor.minReplicas`): a check of the rendered object blames the field a person can
 * change, not the YAML modelgate wrote.
 */
export type FieldOrigins = ReadonlyMap<string, FieldOrigin>

/** What a check found, before it is placed at an input field. */
export interface RenderFinding {
  rule: string
  severity?: Severity
  message: string
  hint: string
}

/**
 * A problem about the rendered value at `renderedPath`, placed at the input field that set it
 * (its origin), or at the rendered path itself when no input field did (a modelgate defect).
 */
export function problemAt(
  origins: FieldOrigins,
  renderedPath: KeyPath,
  finding: RenderFinding,
): RenderProblem {
  const origin = origins.get(formatKeyPath(renderedPath))
  return {
    source: origin?.source ?? 'rendered',
    path: origin?.path ?? renderedPath,
    target: 'value',
    rule: finding.rule,
    severity: finding.severity ?? 'error',
    message: finding.message,
    hint: finding.hint,
  }
}

/** How bad a problem is: `error` fails validation, `warning` is reported only. */
export type Severity = 'error' | 'warning'

/** A key path inside a YAML document, e.g. `['datasets', 0, 'digest']`. */
export type KeyPath = readonly (string | number)[]

/**
 * A problem found before it has a position: rules and schema checks produce these,
 * then the document's locator turns them into {@link Problem}s.
 */
export interface Finding {
  /** Where in the document: the node the problem is about. */
  path: KeyPath
  /** Point at the key of `path` (unknown keys), its value (bad values), or the map that lacks a key. */
  target: 'key' | 'value' | 'parent'
  rule: string
  severity: Severity
  message: string
  hint?: string
}

/** A problem with its place in a file: what every output format (text, JSON, annotations, SARIF) renders. */
export interface Problem {
  /** Repository-relative path with `/` separators. */
  file: string
  /** 1-based line and column of the start of the offending node. */
  line: number
  column: number
  endLine?: number
  endColumn?: number
  /** Dotted key path, e.g. `datasets[0].digest`; empty for the whole document. */
  path: string
  rule: string
  severity: Severity
  message: string
  hint?: string
}

/** A position in a file (1-based). */
export interface Position {
  line: number
  column: number
  endLine?: number
  endColumn?: number
}

/**
 * Renders a key path for people: `datasets[0].digest`.
 * @example formatKeyPath(['datasets', 0, 'digest']) // 'datasets[0].digest'
 */
export function formatKeyPath(path: KeyPath): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out === '' ? part : `.${part}`
  }
  return out
}

/** The fixed reporting order: by file, then position, then rule id. */
export function compareProblems(a: Problem, b: Problem): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  )
}

/** Places a finding at a position in a file. */
export function locateFinding(file: string, finding: Finding, position: Position): Problem {
  const { path, target: _target, ...rest } = finding
  return { file, ...position, path: formatKeyPath(path), ...rest }
}

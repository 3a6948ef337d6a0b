import type { Finding, Problem } from '../problem.js'
import { locateFinding } from '../problem.js'
import { decodeSource } from './decode-source.js'
import { loadDocument } from './load-document.js'
import { loadFast } from './load-fast.js'

export interface CheckedYamlFile {
  /** The document as plain data, or `undefined` when it could not be read as YAML. */
  value: unknown
  problems: Problem[]
}

/**
 * Reads a YAML file's bytes and runs `check` on its value, returning located problems.
 * Valid files take the fast path and are never re-parsed; a file with findings, or that the fast
 * loader refuses, is read again by the authoritative loader, which explains YAML-level problems and
 * places every finding at its line and column.
 */
export function checkYamlFile(
  file: string,
  source: Uint8Array,
  check: (value: unknown) => Finding[],
  maxBytes?: number,
): CheckedYamlFile {
  const decoded = decodeSource(source, maxBytes)
  if (!decoded.ok) return { value: undefined, problems: [locateFinding(file, decoded.finding, decoded)] }

  const fast = loadFast(decoded.text)
  let fastFindings: Finding[] | undefined
  if (fast.ok) {
    fastFindings = check(fast.value)
    if (fastFindings.length === 0) return { value: fast.value, problems: [] }
  } else if (fast.tooDeep) {
    const finding: Finding = {
      path: [],
      target: 'value',
      rule: 'too-deep',
      severity: 'error',
      message: 'nesting is too deep',
      hint: 'a manifest needs about six levels; flatten the structure',
    }
    return { value: undefined, problems: [locateFinding(file, finding, fast.tooDeep)] }
  }

  const doc = loadDocument(decoded.text)
  if (doc.value === undefined) {
    return {
      value: undefined,
      problems: doc.findings.map(({ finding, position }) => locateFinding(file, finding, position)),
    }
  }
  const slowFindings = check(doc.value)
  // The two loaders agree on values by construction; should they ever differ, never drop a finding.
  const findings = slowFindings.length > 0 || !fastFindings ? slowFindings : fastFindings
  return {
    value: doc.value,
    problems: findings.map((finding) => locateFinding(file, finding, doc.locate(finding))),
  }
}

import type { Finding, Problem } from '../problem.js'
import { locateFinding } from '../problem.js'
import { decodeSource } from './decode-source.js'
import { loadDocument } from './load-document.js'

/**
 * Places a finding about a file that already parsed (so the fast path never needed positions),
 * e.g. "the metrics file this manifest names does not exist", at its key's line and column.
 */
export function locateInSource(file: string, source: Uint8Array, finding: Finding): Problem {
  const decoded = decodeSource(source)
  const position = decoded.ok ? loadDocument(decoded.text).locate(finding) : { line: 1, column: 1 }
  return locateFinding(file, finding, position)
}

import {
  Document,
  isAlias,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
} from 'yaml'
import type { Node } from 'yaml'
import type { Finding, KeyPath, Position } from '../problem.js'
import { FORBIDDEN_KEYS, MAX_ALIAS_COUNT, MAX_DEPTH, MAX_YAML_FINDINGS } from './limits.js'

/** A document read by the authoritative loader: its value (when readable), its YAML findings and a locator. */
export interface LoadedDocument {
  /** The document as plain data; `undefined` when YAML findings make it unreadable. */
  value: unknown
  /** YAML-level problems (syntax, duplicate keys, several documents, aliases, tags, forbidden keys, nesting). */
  findings: { finding: Finding; position: Position }[]
  /** Where a finding's node is in the source. */
  locate(finding: Finding): Position
}

const YAML_RULES: Record<string, { rule: string; message?: string; hint: string }> = {
  DUPLICATE_KEY: {
    rule: 'duplicate-key',
    hint: 'remove one of the two: YAML keeps only one of them and the other is silently lost',
  },
  MULTIPLE_DOCS: {
    rule: 'multi-document',
    message: 'file holds more than one YAML document (a second `---`)',
    hint: 'keep one manifest per file, at models/<name>/model.yaml',
  },
  RESOURCE_EXHAUSTION: {
    rule: 'too-deep',
    message: `nesting is deeper than ${MAX_DEPTH} levels`,
    hint: 'a manifest needs about six levels; flatten the structure',
  },
  TAG_RESOLVE_FAILED: {
    rule: 'unknown-tag',
    hint: 'remove the tag: manifests use plain YAML 1.2 values only',
  },
}

function moreYamlIssues(count: number, position: Position): LoadedDocument['findings'][number] {
  return {
    finding: {
      path: [],
      target: 'value',
      rule: 'yaml-syntax',
      severity: 'error',
      message: `and up to ${count} more YAML problems after these ${MAX_YAML_FINDINGS}`,
      hint: 'fix the problems above, then run again to see the rest',
    },
    position,
  }
}

/**
 * The authoritative loader: parses with the `yaml` package keeping source ranges, reports every
 * YAML-level problem with its position, and converts to plain data only when that is safe
 * (at most {@link MAX_ALIAS_COUNT} alias expansions, no prototype keys, bounded depth).
 */
export function loadDocument(text: string): LoadedDocument {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true })
  const at = (offset: number, end?: number): Position => toPosition(lineCounter, offset, end)
  const locate = (finding: Finding): Position => {
    const range = rangeOf(doc, finding.path, finding.target)
    return range ? at(range[0], range[1]) : { line: 1, column: 1 }
  }

  const findings: LoadedDocument['findings'] = []
  const reported = new Set<number>()
  const issues = [...doc.errors, ...doc.warnings]
  for (const issue of issues) {
    if (reported.has(issue.pos[0])) continue // one problem per place: later ones are consequences
    if (findings.length === MAX_YAML_FINDINGS) {
      findings.push(moreYamlIssues(issues.length - reported.size, at(issue.pos[0], issue.pos[1])))
      break
    }
    reported.add(issue.pos[0])
    const known = YAML_RULES[issue.code]
    findings.push({
      finding: {
        path: [],
        target: 'value',
        rule: known?.rule ?? 'yaml-syntax',
        severity: 'error',
        message: describeYamlIssue(issue.code, issue.message, text.slice(issue.pos[0], issue.pos[0] + 200)),
        hint: known?.hint ?? 'fix the YAML syntax at this position (indentation, quotes, colons)',
      },
      position: at(issue.pos[0], issue.pos[1]),
    })
  }
  if (findings.length > 0) return { value: undefined, findings, locate }

  for (const found of checkKeysAndDepth(doc, at)) findings.push(found)
  if (findings.length > 0) return { value: undefined, findings, locate }

  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), findings, locate }
  } catch {
    const alias = firstAliasRange(doc)
    findings.push({
      finding: {
        path: [],
        target: 'value',
        rule: 'alias-limit',
        severity: 'error',
        message: `aliases expand to more than ${MAX_ALIAS_COUNT} nodes (an "alias bomb")`,
        hint: 'write the values out instead of nesting aliases',
      },
      position: alias ? at(alias[0], alias[1]) : { line: 1, column: 1 },
    })
    return { value: undefined, findings, locate }
  }
}

/** Forbidden keys (`__proto__`…), keys that are not plain scalars, and nesting deeper than {@link MAX_DEPTH}. */
function checkKeysAndDepth(doc: Document, at: (offset: number, end?: number) => Position) {
  const findings: LoadedDocument['findings'] = []
  const report = (node: unknown, rule: string, message: string, hint: string) => {
    const range = (node as Node | null)?.range
    findings.push({
      finding: { path: [], target: 'value', rule, severity: 'error', message, hint },
      position: range ? at(range[0], range[1]) : { line: 1, column: 1 },
    })
  }
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key)) {
        report(
          pair.key,
          'invalid-key',
          'keys must be plain strings, not collections or aliases',
          'write the key as text',
        )
      } else if (FORBIDDEN_KEYS.has(String(pair.key.value))) {
        report(
          pair.key,
          'forbidden-key',
          `key "${String(pair.key.value)}" is not allowed`,
          'remove it: it could reach JavaScript object prototypes in tools that read this file',
        )
      }
    },
    Collection(_, node, path) {
      const depth = path.filter((ancestor) => isCollection(ancestor)).length
      if (depth >= MAX_DEPTH) {
        report(
          node,
          'too-deep',
          `nesting is deeper than ${MAX_DEPTH} levels`,
          'a manifest needs about six levels; flatten the structure',
        )
        return visit.BREAK
      }
    },
  })
  return findings
}

/** The source range of the node a finding is about, falling back to its nearest existing ancestor. */
function rangeOf(doc: Document, path: KeyPath, target: Finding['target']): [number, number] | undefined {
  let node: unknown = doc.contents
  let best = rangeOfNode(node)
  const wantKeyOf = target === 'value' ? -1 : path.length - 1
  for (let i = 0; i < path.length; i++) {
    if (isAlias(node)) node = node.resolve(doc)
    const part = path[i]!
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(part))
      if (!pair) return best
      if (i === wantKeyOf) return rangeOfNode(pair.key) ?? best
      node = pair.value
      best = rangeOfNode(node) ?? rangeOfNode(pair.key) ?? best // `key:` with no value has no value node
    } else if (isSeq(node) && typeof part === 'number' && part < node.items.length) {
      node = node.items[part]
      best = rangeOfNode(node) ?? best
    } else {
      return best
    }
  }
  return best
}

function rangeOfNode(node: unknown): [number, number] | undefined {
  const range = (node as Node | null | undefined)?.range
  return range ? [range[0], range[1]] : undefined
}

function firstAliasRange(doc: Document): [number, number] | undefined {
  let found: [number, number] | undefined
  visit(doc, {
    Alias(_, alias) {
      found = rangeOfNode(alias)
      return visit.BREAK
    },
  })
  return found
}

function toPosition(lineCounter: LineCounter, offset: number, end?: number): Position {
  const start = lineCounter.linePos(offset)
  const position: Position = { line: start.line, column: start.col }
  if (end !== undefined && end > offset) {
    const stop = lineCounter.linePos(end)
    position.endLine = stop.line
    position.endColumn = stop.col
  }
  return position
}

/** A sentence about a YAML error, naming the key or tag involved where the parser's own words do not. */
function describeYamlIssue(code: string, parserMessage: string, source: string): string {
  if (code === 'DUPLICATE_KEY') return `duplicate key "${source.split(/[:\n]/)[0]!.trim()}"`
  if (code === 'TAG_RESOLVE_FAILED') return `unknown YAML tag ${source.split(/\s/)[0] ?? ''}`.trim()
  const known = YAML_RULES[code]?.message
  return (
    known ?? `invalid YAML: ${lowerFirst(parserMessage.replace(/ at line \d+, column \d+:[\s\S]*$/, ''))}`
  )
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

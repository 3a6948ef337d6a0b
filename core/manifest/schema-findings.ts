import type { ErrorObject } from 'ajv'
import type { Finding, KeyPath } from '../problem.js'
import { formatKeyPath } from '../problem.js'
import type { SchemaNode } from '../schemas.js'
import { resolveSchemaRef } from '../schemas.js'
import { suggest } from '../suggest.js'
import { preview, toText } from '../text.js'
import { foldSchemaErrors, MAX_SCHEMA_ERRORS } from './fold-schema-errors.js'

/**
 * Turns a validator's errors into findings a person can act on: the key path and the bad value,
 * what is allowed, and how to fix it ("did you mean `riskTier`?"). Errors are folded by
 * {@link foldSchemaErrors} (an `anyOf` becomes one finding about the whole alternative) and at most
 * `limit` are described; a last finding says how many more there are, so a hostile document with
 * an error in each of thousands of list items costs one pass, not one pass per error.
 */
export function schemaFindings(
  errors: readonly ErrorObject[],
  root: unknown,
  rule = 'schema',
  limit = MAX_SCHEMA_ERRORS,
): Finding[] {
  const misspelled = misspelledRequiredKeys(errors)
  const folded = foldSchemaErrors(
    errors,
    limit,
    (error) =>
      (error.keyword === 'required' &&
        misspelled.has(`${error.instancePath}/${String(error.params.missingProperty)}`)) ||
      (error.keyword === 'pattern' && 'propertyName' in error), // reported by its propertyNames error
  )
  const findings = folded.errors.map((error) =>
    describe(error, pointerToPath(error.instancePath, root), rule),
  )
  if (folded.next)
    findings.push({
      // At the first problem left out, so the note sorts after the ones described.
      path: pointerToPath(folded.next.instancePath, root),
      target: 'value',
      rule: `${rule}/limit`,
      severity: 'error',
      message: `and ${folded.more} more problem${folded.more === 1 ? '' : 's'} like these from here on (only the first ${limit} are described)`,
      hint: 'fix the problems above and validate again to see the rest',
    })
  return findings
}

/**
 * Required keys that are missing only because they are misspelled ("riskTeir"): the unknown-key
 * finding already says "did you mean riskTier?", so a second finding would be noise.
 */
function misspelledRequiredKeys(errors: readonly ErrorObject[]): Set<string> {
  const keys = new Set<string>()
  for (const error of errors) {
    if (error.keyword !== 'additionalProperties') continue
    const parent: SchemaNode = error.parentSchema ?? {}
    const allowed = Object.keys(parent.properties ?? {})
    const match = suggest(String(error.params.additionalProperty), allowed)
    if (match) keys.add(`${error.instancePath}/${match}`)
  }
  return keys
}

function describe(error: ErrorObject, path: KeyPath, rule: string): Finding {
  const schema: SchemaNode = error.parentSchema ?? {}
  const where = formatKeyPath(path)
  const at = where === '' ? '' : `${where}: `
  const data: unknown = error.data
  const params = error.params as Record<string, unknown>
  const finding = (
    message: string,
    hint?: string,
    target: Finding['target'] = 'value',
    at_: KeyPath = path,
  ): Finding => ({
    path: at_,
    target,
    rule: `${rule}/${error.keyword}`,
    severity: 'error',
    message,
    ...(hint ? { hint } : {}),
  })

  switch (error.keyword) {
    case 'required': {
      const key = String(params.missingProperty)
      const declared = schema.properties?.[key]
      const property = declared?.$ref ? resolveSchemaRef(declared.$ref) : declared
      return finding(
        `${at}missing required key ${preview(key)}`,
        `add ${key}: ${expected(property) ?? 'a value'}`,
        'parent',
      )
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty)
      const allowed = Object.keys(schema.properties ?? {})
      const match = suggest(key, allowed)
      const hint = match
        ? `did you mean "${match}"?`
        : `allowed keys here: ${allowed.join(', ')}${schema.patternProperties ? '; your own keys must start with "x-"' : ''}`
      return finding(`${at}unknown key ${preview(key)}`, hint, 'key', [...path, key])
    }
    case 'type': {
      if (path.length === 0) {
        return finding(
          data === null
            ? 'the document is empty'
            : `the document is ${withArticle(typeName(data))}, not a map of keys`,
          'write a map of keys, starting with apiVersion and kind',
        )
      }
      if (typeof data === 'number' && !Number.isFinite(data)) {
        return finding(
          `${at}${String(data)} is not a finite number`,
          'use a real number: NaN and infinities cannot be compared',
        )
      }
      const wanted = String(params.type)
      const got = typeName(data)
      const version = schema.title === 'SemVer 2.0 version' ? versionFromNumber(data) : undefined
      const quote =
        version ??
        (wanted.includes('string') && ['number', 'boolean', 'null'].includes(got)
          ? `put the value in quotes: unquoted, YAML reads it as ${got === 'null' ? 'null' : `a ${got}`}`
          : expected(schema))
      return finding(
        `${at}expected ${withArticle(wanted)}, got ${got === 'null' ? 'null' : `${withArticle(got)} ${preview(data)}`}`,
        quote,
      )
    }
    case 'enum': {
      const allowed = (schema.enum ?? []).map(String)
      const match = typeof data === 'string' ? suggest(data, allowed) : undefined
      return finding(
        `${at}${preview(data)} is not one of: ${allowed.join(', ')}`,
        match ? `did you mean "${match}"?` : undefined,
      )
    }
    case 'const':
      return finding(
        `${at}must be ${preview(schema.const)}, got ${preview(data)}`,
        `write ${String(path.at(-1) ?? 'it')}: ${toText(schema.const)}`,
      )
    case 'pattern':
    case 'format':
    case 'anyOf':
      return finding(
        `${at}${preview(data)} is not a valid ${schema.title ?? schema.format ?? 'value'}`,
        specificHint(schema, data) ?? expected(schema),
      )
    case 'propertyNames':
      return finding(
        `${at}key ${preview(params.propertyName)} is not allowed here`,
        expected(schema.propertyNames) ?? 'rename the key',
      )
    case 'minimum':
    case 'exclusiveMinimum':
      return finding(
        `${at}${preview(data)} is below the ${error.keyword === 'minimum' ? 'minimum' : 'exclusive minimum'} ${String(params.limit)}`,
        range(schema),
      )
    case 'maximum':
    case 'exclusiveMaximum':
      return finding(
        `${at}${preview(data)} is above the ${error.keyword === 'maximum' ? 'maximum' : 'exclusive maximum'} ${String(params.limit)}`,
        range(schema),
      )
    case 'minLength':
      return finding(`${at}must not be empty`, expected(schema))
    case 'maxLength':
      return finding(
        `${at}is ${String(data).length} characters long; at most ${String(params.limit)} are allowed`,
        expected(schema),
      )
    case 'minItems':
      return finding(
        `${at}needs at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`,
        expected(schema),
      )
    case 'uniqueItems':
      return finding(
        `${at}items ${String(params.j)} and ${String(params.i)} are the same`,
        'remove the repeated item',
      )
    default:
      return finding(`${at}${error.message ?? 'is invalid'}`, expected(schema))
  }
}

/** "one of …" or "expected …, e.g. …" from a schema's enum, description and first example. */
function expected(schema: SchemaNode | undefined): string | undefined {
  if (!schema) return undefined
  if (schema.enum) return `one of: ${schema.enum.map(String).join(', ')}`
  if (schema.const !== undefined) return toText(schema.const)
  const example = schema.examples?.[0]
  if (!schema.description) return example === undefined ? undefined : `e.g. ${toText(example)}`
  const text = `expected ${lowerFirst(schema.description).replace(/\.$/, '')}`
  return example === undefined ? text : `${text}, e.g. ${toText(example)}`
}

/** "use a value from 0 to 100" from a schema's bounds. */
function range(schema: SchemaNode): string | undefined {
  const low = schema.minimum ?? schema.exclusiveMinimum
  const high = schema.maximum ?? schema.exclusiveMaximum
  const lowText = low === undefined ? '' : `${schema.minimum === undefined ? 'above' : 'at least'} ${low}`
  const highText = high === undefined ? '' : `${schema.maximum === undefined ? 'below' : 'at most'} ${high}`
  return `use a value ${[lowText, highText].filter(Boolean).join(' and ')}`
}

/** Fixes for the mistakes people actually make with versions, digests, names and handles. */
function specificHint(schema: SchemaNode, data: unknown): string | undefined {
  if (typeof data !== 'string') return undefined
  switch (schema.title) {
    case 'SemVer 2.0 version':
      return fullVersion(data)
    case 'sha256 digest':
      if (/^[0-9a-f]{64}$/.test(data)) return `add the "sha256:" prefix: sha256:${data}`
      if (/^sha256:[0-9a-fA-F]{64}$/.test(data)) return `use lowercase hex: ${data.toLowerCase()}`
      return 'pin the artifact by its content digest (`sha256sum <file>`, or `crane digest <image>` for OCI): sha256:<64 hex>'
    case 'model name': {
      const fixed = data
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^[^a-z]+|-+$/g, '')
      return fixed && fixed !== data ? `use a lowercase DNS label, e.g. ${fixed}` : undefined
    }
    case 'GitHub handle':
      return /^[A-Za-z0-9-]+$/.test(data) ? `add the "@": @${data}` : undefined
    default:
      return undefined
  }
}

/**
 * The one fix for a version written the ways people write them (`v1.2`, `1.2` read as a number,
 * `V2`): the full `MAJOR.MINOR.PATCH` in one hint, never one correction at a time. `1.2.0` needs no
 * quotes: YAML reads it as text.
 */
function fullVersion(text: string): string | undefined {
  const match = /^[vV]?(\d+)(?:\.(\d+))?(?:\.(\d+))?([-+][0-9A-Za-z.+-]*)?$/.exec(text)
  if (!match) return undefined
  const [, major, minor = '0', patch = '0', suffix = ''] = match
  const fixed = `${major}.${minor}.${patch}${suffix}`
  return fixed === text ? undefined : `write the full version: ${fixed}`
}

/**
 * A version YAML read as a number: the full version in one hint. A bare `1.10` reached us as 1.1,
 * so a fractional one says to check the digits rather than trust ours.
 */
function versionFromNumber(data: unknown): string | undefined {
  if (typeof data !== 'number' || !Number.isFinite(data) || data < 0) return undefined
  const fixed = fullVersion(String(data))
  if (fixed === undefined || Number.isInteger(data)) return fixed
  return `${fixed} (YAML read a number here: check the digits, a bare 1.10 reads as 1.1)`
}

/** A JSON pointer (as Ajv reports `instancePath`) as a key path, with array indexes as numbers. */
export function pointerToPath(pointer: string, root: unknown): KeyPath {
  if (pointer === '') return []
  const path: (string | number)[] = []
  let node = root
  for (const raw of pointer.slice(1).split('/')) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    const key = Array.isArray(node) ? Number(part) : part
    path.push(key)
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined
  }
  return path
}

function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'list'
  if (typeof value === 'object') return 'map'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value
}

function withArticle(type: string): string {
  const named = type.replace('object', 'map').replace('array', 'list')
  return /^[aeiou]/.test(named) ? `an ${named}` : `a ${named}`
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

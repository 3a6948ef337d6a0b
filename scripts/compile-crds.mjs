// Compiles the vendored CRDs' schemas (vendor/crds/) into one standalone validator module,
// core/generated/crd-validators.js, so core can check what it renders against the real
// InferenceService and Argo CD schemas without shipping or parsing 4 MB of YAML at run time.
//
// A CRD's openAPIV3Schema is OpenAPI 3.0 plus Kubernetes extensions; it is translated to JSON
// Schema the way the API server reads it:
// - `nullable: true` also admits null;
// - `x-kubernetes-int-or-string` admits an integer or a string;
// - `x-kubernetes-preserve-unknown-fields` keeps unknown keys;
// - `exclusiveMinimum: true` (OpenAPI 3.0's boolean form) becomes the number form;
// - `x-kubernetes-list-type: set` becomes `uniqueItems`;
// - a `pattern` is Go (RE2) syntax: its case-insensitive flag `(?i)`, which JavaScript has no
//   inline form of, becomes a `[xX]` class per letter (see caseInsensitivePattern).
// Decided: every other object REFUSES unknown keys (`additionalProperties: false`). The API server
// does not refuse them, it prunes them silently — a field we render that Kubernetes drops is a
// bug nobody would see, so for what modelgate renders an unknown field is an error.
// Not checked (no JSON Schema equivalent): `x-kubernetes-validations` (CEL), list-map key
// uniqueness, and `format` (the API server checks few formats, and int32/int64 only by range).
// The root `metadata` is the API server's ObjectMeta, which the CRD leaves as a bare object:
// it is replaced by the part of ObjectMeta modelgate writes (names, string labels/annotations).
import { Ajv2020 } from 'ajv/dist/2020.js'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { standaloneModule, writeValidatorModule } from './standalone-module.mjs'

/** Export name → vendored CRD file (relative to vendor/crds/). */
export const CRDS = {
  inferenceService: 'kserve/serving.kserve.io_inferenceservices.yaml',
  application: 'argo-cd/application-crd.yaml',
  applicationSet: 'argo-cd/applicationset-crd.yaml',
  appProject: 'argo-cd/appproject-crd.yaml',
  prometheusRule: 'prometheus-operator/monitoring.coreos.com_prometheusrules.yaml',
}

/** Keywords kept as they are: plain JSON Schema with the same meaning in OpenAPI 3.0. */
const KEPT = new Set([
  'type',
  'enum',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'multipleOf',
  'required',
])
/** Keywords dropped: documentation, defaults the API server applies, and checks JSON Schema cannot express. */
const DROPPED = new Set([
  'description',
  'default',
  'example',
  'format',
  'title',
  'x-kubernetes-validations',
  'x-kubernetes-list-map-keys',
  'x-kubernetes-map-type',
  'x-kubernetes-embedded-resource',
])

/** A subschema this big that appears more than once is emitted once (`$defs`) and referenced. */
const SHARED_MIN_CHARS = 400

const OBJECT_META = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    generateName: { type: 'string' },
    namespace: { type: 'string' },
    labels: { type: 'object', additionalProperties: { type: 'string' } },
    annotations: { type: 'object', additionalProperties: { type: 'string' } },
  },
}

/** Translates one OpenAPI 3.0 + Kubernetes schema node to JSON Schema (see the file comment). */
export function toJsonSchema(node, at = '#') {
  const out = {}
  for (const [key, value] of Object.entries(node)) {
    if (KEPT.has(key)) out[key] = value
    else if (key === 'pattern') out.pattern = toEcmaPattern(value, at)
    else if (DROPPED.has(key)) continue
    else if (key === 'properties')
      out.properties = Object.fromEntries(
        Object.entries(value).map(([name, child]) => [name, toJsonSchema(child, `${at}/${name}`)]),
      )
    else if (key === 'items') out.items = toJsonSchema(value, `${at}/items`)
    else if (key === 'additionalProperties')
      out.additionalProperties = typeof value === 'boolean' ? value : toJsonSchema(value, `${at}/*`)
    else if (key === 'anyOf' || key === 'allOf' || key === 'oneOf')
      out[key] = value.map((branch, i) => toJsonSchema(branch, `${at}/${key}/${i}`))
    else if (key === 'not') out.not = toJsonSchema(value, `${at}/not`)
    else if (key === 'exclusiveMinimum' || key === 'exclusiveMaximum')
      continue // with its bound below
    else if (key === 'nullable' || key.startsWith('x-kubernetes-'))
      continue // handled below
    else throw new Error(`${at}: keyword ${key} has no translation; extend scripts/compile-crds.mjs`)
  }
  for (const [flag, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ]) {
    if (node[flag] === true && out[bound] !== undefined) {
      out[flag] = out[bound]
      delete out[bound]
    }
  }
  if (node['x-kubernetes-int-or-string'] === true && out.anyOf === undefined) out.type = ['integer', 'string']
  if (node['x-kubernetes-list-type'] === 'set') out.uniqueItems = true
  const isObject = out.type === 'object' || out.properties !== undefined
  if (
    isObject &&
    out.additionalProperties === undefined &&
    node['x-kubernetes-preserve-unknown-fields'] !== true
  )
    out.additionalProperties = false
  if (node.nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null']
    else if (Array.isArray(out.type)) out.type = [...out.type, 'null']
    if (out.enum !== undefined && !out.enum.includes(null)) out.enum = [...out.enum, null]
    if (out.anyOf !== undefined) out.anyOf = [...out.anyOf, { type: 'null' }]
  }
  return out
}

/** RE2 syntax JavaScript lacks or reads differently: inline flags (`(?i)`, `(?s:…)`) and `(?P<name>`. */
const RE2_ONLY = /\(\?[imsU-]+[:)]|\(\?P</

/**
 * A CRD pattern (Go RE2 syntax) as an ECMAScript pattern with the same meaning. Only RE2's
 * leading case-insensitive flag differs in the CRDs we vendor (Prometheus Operator's
 * `^(?i)(abort|warn)?$`): each letter becomes `[xX]`. A flag anywhere else, or beside escapes or
 * classes (where a letter is not itself), fails the build rather than compile to a wrong check.
 */
export function toEcmaPattern(pattern, at = '#') {
  const flag = /^(\^?)\(\?i\)/.exec(pattern)
  const rest = flag === null ? pattern : pattern.slice(flag[0].length)
  if (RE2_ONLY.test(rest))
    throw new Error(`${at}: pattern ${pattern} uses RE2-only syntax; extend scripts/compile-crds.mjs`)
  if (flag === null) return pattern
  if (/[\\[]/.test(rest))
    throw new Error(
      `${at}: pattern ${pattern} mixes (?i) with escapes or classes; extend scripts/compile-crds.mjs`,
    )
  return flag[1] + rest.replace(/[a-zA-Z]/g, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`)
}

/** The JSON Schema of a CRD's served versions (`{ version: schema }`), metadata replaced. */
export function crdSchemas(crd) {
  const schemas = {}
  for (const version of crd.spec.versions) {
    if (!version.served) continue
    const schema = toJsonSchema(version.schema.openAPIV3Schema)
    schema.properties.metadata = OBJECT_META
    schemas[version.name] = schema
  }
  return schemas
}

/**
 * Emits each big subschema that occurs more than once as a `$defs` entry referenced from every
 * place it occurs: the KServe CRD repeats the pod spec for the predictor, transformer, explainer
 * and each canary, and Ajv would otherwise generate its code once per copy. Names follow first
 * occurrence, so the output is deterministic.
 */
export function shareRepeatedSubschemas(schema) {
  // Each subschema is keyed by a hash of itself with its subschemas as their hashes: linear.
  const hash = new Map()
  const size = new Map()
  const count = new Map()
  const measure = (node) => {
    let childSize = 0
    const shape = JSON.stringify(
      mapSubschemas(node, (child) => {
        const key = measure(child)
        childSize += size.get(key)
        return key
      }),
    )
    const key = createHash('sha256').update(shape).digest('hex')
    hash.set(node, key)
    size.set(key, shape.length + childSize)
    count.set(key, (count.get(key) ?? 0) + 1)
    return key
  }
  measure(schema)
  const defs = {}
  const names = new Map()
  const replace = (node) => {
    const key = hash.get(node)
    if (size.get(key) < SHARED_MIN_CHARS || count.get(key) < 2) return mapSubschemas(node, replace)
    let name = names.get(key)
    if (name === undefined) {
      name = `s${names.size}`
      names.set(key, name)
      defs[name] = mapSubschemas(node, replace)
    }
    return { $ref: `#/$defs/${name}` }
  }
  const root = mapSubschemas(schema, replace)
  return Object.keys(defs).length === 0 ? root : { ...root, $defs: defs }
}

/** The schema with each direct subschema replaced by `f(subschema)` (keys kept in order). */
function mapSubschemas(schema, f) {
  const out = {}
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties')
      out.properties = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, f(child)]))
    else if (
      key === 'items' ||
      key === 'not' ||
      (key === 'additionalProperties' && typeof value === 'object')
    )
      out[key] = f(value)
    else if (key === 'anyOf' || key === 'allOf' || key === 'oneOf') out[key] = value.map(f)
    else out[key] = value
  }
  return out
}

/** The generated module's source (deterministic: the same CRDs give the same bytes). */
export function compileCrds(dir = 'vendor/crds') {
  const ajv = new Ajv2020({
    allErrors: true,
    // Not verbose: the schema objects Ajv would embed for error messages double the module's
    // load time (145 ms → 58 ms); validateCustomResource words its problems from the error params.
    verbose: false,
    strict: true,
    // Int-or-string quantities carry a `pattern` beside `anyOf: [integer, string]`; JSON Schema
    // applies it to strings only, as Kubernetes does, so these mixed nodes are meant.
    strictTypes: false,
    validateFormats: false,
    code: { source: true, esm: true },
  })
  const exports = {}
  for (const [name, file] of Object.entries(CRDS)) {
    const crd = parse(readFileSync(`${dir}/${file}`, 'utf8'))
    for (const [version, schema] of Object.entries(crdSchemas(crd))) {
      const id = `${crd.spec.group}/${version}/${crd.spec.names.kind}`
      ajv.addSchema({ $id: id, ...shareRepeatedSubschemas(schema) }, id)
      // One served version per CRD today; a second one gets its own export.
      exports[Object.keys(exports).includes(name) ? `${name}_${version}` : name] = id
    }
  }
  return {
    source: standaloneModule(ajv, exports, 'scripts/compile-crds.mjs from vendor/crds/*.yaml'),
    names: Object.keys(exports),
  }
}

export function writeCompiledCrds() {
  const { source, names } = compileCrds()
  writeValidatorModule('core/generated/crd-validators', source, names, 'scripts/compile-crds.mjs')
}

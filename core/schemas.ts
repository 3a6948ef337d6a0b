import type { ValidateFunction } from 'ajv'
import * as compiled from './generated/validators.js'
import manifestSchema from '../schemas/model-manifest.schema.json' with { type: 'json' }
import configSchema from '../schemas/modelgate-config.schema.json' with { type: 'json' }
import gatesFileSchema from '../schemas/gates-file.schema.json' with { type: 'json' }
import diffReportSchema from '../schemas/diff-report.schema.json' with { type: 'json' }
import policySchema from '../schemas/policy.schema.json' with { type: 'json' }
import policyFactsSchema from '../schemas/policy-facts.schema.json' with { type: 'json' }

export { manifestSchema, configSchema, gatesFileSchema, diffReportSchema, policySchema, policyFactsSchema }

/** A JSON Schema node, as far as modelgate reads one. */
export interface SchemaNode {
  title?: string
  description?: string
  type?: string | string[]
  enum?: unknown[]
  const?: unknown
  pattern?: string
  format?: string
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  minLength?: number
  maxLength?: number
  propertyNames?: SchemaNode
  examples?: unknown[]
  properties?: Record<string, SchemaNode>
  patternProperties?: Record<string, SchemaNode | boolean>
  additionalProperties?: SchemaNode | boolean
  items?: SchemaNode
  required?: string[]
  anyOf?: SchemaNode[]
  $ref?: string
  $defs?: Record<string, SchemaNode>
  [keyword: string]: unknown
}

/** The compiled validators (generated from `schemas/` at build time: see scripts/compile-schemas.mjs). */
export interface Validators {
  manifest: ValidateFunction
  config: ValidateFunction
  gatesFile: ValidateFunction
  /** The results file of `modelgate diff --format json`, which a privileged job must not trust. */
  diffReport: ValidateFunction
  /** The approval policy (`policy:` in the repo config). */
  policy: ValidateFunction
  /** The facts a policy decision is made from (`modelgate policy evaluate --facts`). */
  policyFacts: ValidateFunction
}

/**
 * The schema validators, compiled ahead of time: compiling the manifest schema when a process
 * starts would cost about 100 ms on every CLI run and action step.
 */
export function validators(): Validators {
  return compiled
}

/** Resolves the `$ref`s modelgate's own schemas use: all point into the manifest schema's `$defs`. */
export function resolveSchemaRef(ref: string): SchemaNode {
  const name = /#\/\$defs\/(.+)$/.exec(ref)?.[1]
  const target = name ? (manifestSchema as SchemaNode).$defs?.[name] : undefined
  if (!target) throw new Error(`cannot resolve $ref ${ref}`) // a bug in our schemas, caught by tests
  return target
}

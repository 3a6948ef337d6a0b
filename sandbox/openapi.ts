import { createRequire } from 'node:module'
import { Ajv } from 'ajv'
import type { ErrorObject, ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'

/** GitHub's own format `repo.nwo`, `owner/name` (pulls/create's `head_repo`, the head repository in webhooks). */
export const REPO_NWO = /^[A-Za-z0-9-]{1,39}\/[\w.-]{1,100}$/

/** The parts of GitHub's OpenAPI description the emulator reads. */
interface Operation {
  operationId: string
  parameters?: { $ref?: string; name?: string; in?: string }[]
  requestBody?: { required?: boolean; content?: Record<string, { schema?: object }> }
  responses: Record<
    string,
    {
      $ref?: string
      content?: Record<
        string,
        { schema?: object; examples?: Record<string, { $ref?: string; value?: unknown }> }
      >
    }
  >
}
interface Spec {
  paths: Record<string, Record<string, Operation>>
  components: {
    responses: Record<string, Operation['responses'][string]>
    examples: Record<string, { value?: unknown }>
  }
}

const GREEDY = new Set(['path', 'ref', 'basehead'])

/**
 * OpenAPI 3.0's `nullable: true` on a schema without `type` (135 of GitHub's, e.g. `commit.author`)
 * is not something Ajv compiles; `anyOf: [null, schema]` means the same. A nullable `enum` gets `null`.
 * And a schema's own `default: ""` is a value it accepts, whatever its `format`: GitHub answers `""`
 * for a deployment status's unset `target_url`, `log_url` and `environment_url` (`format: uri`).
 */
function withNullableUntyped<T>(node: T): T {
  if (Array.isArray(node)) return node.map(withNullableUntyped) as T
  if (node === null || typeof node !== 'object') return node
  const entries = Object.entries(node).map(([key, value]) => [key, withNullableUntyped(value)] as const)
  const copy = Object.fromEntries(entries) as Record<string, unknown>
  // Ajv wants null listed in a nullable enum (check-run `conclusion` is one).
  if (copy.nullable === true && Array.isArray(copy.enum) && !copy.enum.includes(null))
    copy.enum = [...(copy.enum as unknown[]), null]
  if (copy.default === '' && typeof copy.format === 'string')
    return { anyOf: [{ type: 'string', maxLength: 0 }, copy] } as T
  if (copy.nullable === true && copy.type === undefined) {
    const { nullable: _nullable, ...rest } = copy
    return { anyOf: [{ type: 'null' }, rest] } as T
  }
  return copy as T
}

/**
 * An error documented as `oneOf` several error shapes (PUT contents' 409: basic-error or
 * repository-rule-violation-error) is any of them: their properties are all optional, so GitHub's
 * `{ message, documentation_url, status }` fits each, and a strict `oneOf` would refuse it.
 */
function errorShapes(status: number, schema: object): object {
  if (status < 400 || !('oneOf' in schema)) return schema
  const { oneOf, ...rest } = schema
  return { ...rest, anyOf: oneOf }
}

/** A matched route: the operation, its path template and the path parameters. */
export interface Route {
  method: string
  template: string
  operationId: string
  params: Record<string, string>
}

interface CompiledRoute {
  method: string
  template: string
  operation: Operation
  pattern: RegExp
  names: string[]
  literals: number
}

/**
 * GitHub's REST API description (`@octokit/openapi`, api.github.com): routes requests to
 * operations and validates bodies against the operation's schemas. Only the one 13 MB file is
 * loaded (the package's main would load all ten variants, about 390 MB).
 */
export class OpenApi {
  private readonly spec: Spec
  private readonly routes: CompiledRoute[] = []
  private readonly ajv: Ajv
  private readonly compiled = new Map<string, ValidateFunction>()

  constructor() {
    const require = createRequire(import.meta.url)
    this.spec = require('@octokit/openapi/generated/api.github.com.json') as Spec
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true })
    addFormats.default(this.ajv)
    this.ajv.addFormat('repo.nwo', REPO_NWO) // pulls/create's head_repo
    this.ajv.addSchema({ $id: 'gh', components: withNullableUntyped(this.spec.components) })
    for (const [template, methods] of Object.entries(this.spec.paths)) {
      const names: string[] = []
      const source = template.replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '{' || c === '}' ? c : `\\${c}`))
      // A trailing `{path}`, `{ref}` or `{basehead}` may hold slashes (models/a/model.yaml, heads/feature/x).
      const pattern = new RegExp(
        `^${source.replace(
          /\{([^}]+)\}(\/?)$|\{([^}]+)\}/g,
          (_, last?: string, slash?: string, inner?: string) => {
            names.push((last ?? inner)!)
            // `contents/` with an empty path is the repository root.
            if (last && GREEDY.has(last)) return `(${last === 'path' ? '.*?' : '.+?'})${slash ?? ''}`
            return `([^/]+)${slash ?? ''}`
          },
        )}$`,
      )
      const literals = template.split('/').filter((part) => part && !part.startsWith('{')).length
      for (const [method, operation] of Object.entries(methods)) {
        if (typeof operation === 'object' && 'operationId' in operation) {
          this.routes.push({ method: method.toUpperCase(), template, operation, pattern, names, literals })
        }
      }
    }
    // The most specific template wins: /pulls/comments must not match /pulls/{pull_number}.
    this.routes.sort((a, b) => b.literals - a.literals)
  }

  /** The operation for a request, or `undefined` (GitHub answers 404). */
  match(method: string, path: string): Route | undefined {
    for (const route of this.routes) {
      if (route.method !== method) continue
      const found = route.pattern.exec(path)
      if (!found) continue
      const params = Object.fromEntries(
        route.names.map((name, i) => [name, decodeURIComponent(found[i + 1]!)]),
      )
      return { method, template: route.template, operationId: route.operation.operationId, params }
    }
    return undefined
  }

  /** True when the path exists with another method (GitHub answers 404 for those too, but we note it). */
  knowsPath(path: string): boolean {
    return this.routes.some((route) => route.pattern.test(path))
  }

  /** Problems with a request body: validated when a body is present or the operation requires one. */
  checkRequest(route: Route, body: unknown): string[] {
    const operation = this.operation(route)
    const requestBody = operation.requestBody
    if (body === undefined && !requestBody?.required) return []
    const schema = requestBody?.content?.['application/json']?.schema
    if (!schema) return body === undefined ? [] : [`${route.operationId}: takes no JSON body`]
    return this.validate(`req ${route.method} ${route.template}`, schema, body)
  }

  /** Problems with a response: the status must be documented and the body must match its schema. */
  checkResponse(route: Route, status: number, body: unknown): string[] {
    const response = this.response(route, status)
    // GitHub answers 401/403/404/422/5xx on any route, documented or not; a success must be documented.
    if (!response) return status >= 400 ? [] : [`${route.operationId}: status ${status} is not documented`]
    const schema = response.content?.['application/json']?.schema
    // An error documented without a body still gets GitHub's `{ message, documentation_url }` (the
    // 409 of `repos/create-deployment`, the 422 of `pulls/request-reviewers`).
    if (!schema)
      return body === undefined || body === '' || status >= 400
        ? []
        : [`${route.operationId} ${status}: documented without a body`]
    return this.validate(`res ${route.method} ${route.template} ${status}`, errorShapes(status, schema), body)
  }

  /** The spec's own example body for a response, as a starting point for canned data. */
  example(route: Route, status: number): unknown {
    const examples = this.response(route, status)?.content?.['application/json']?.examples
    const first = examples ? Object.values(examples)[0] : undefined
    if (!first) return undefined
    const value = first.$ref
      ? this.spec.components.examples[first.$ref.split('/').pop()!]?.value
      : first.value
    return structuredClone(value)
  }

  private operation(route: Route): Operation {
    return this.spec.paths[route.template]![route.method.toLowerCase()]!
  }

  private response(route: Route, status: number): Operation['responses'][string] | undefined {
    const response = this.operation(route).responses[String(status)]
    return response?.$ref ? this.spec.components.responses[response.$ref.split('/').pop()!] : response
  }

  /**
   * Compiles the request schema and every documented JSON response schema of an operation, as
   * serving it would; returns what failed to compile (`issues/create request: …`), so a test can
   * prove every route the emulator serves is checkable before a request reaches it.
   */
  compileOperation(operationId: string): string[] {
    const route = this.routes.find((candidate) => candidate.operation.operationId === operationId)
    if (!route) return [`${operationId}: not in GitHub's description`]
    const { method, template, operation } = route
    const schemas: [string, object | undefined][] = [
      [`req ${method} ${template}`, operation.requestBody?.content?.['application/json']?.schema],
      ...Object.keys(operation.responses).map((status): [string, object | undefined] => {
        const route = { method, template, operationId, params: {} }
        const schema = this.response(route, Number(status))?.content?.['application/json']?.schema
        // The same key and schema checkResponse compiles (both share the cache).
        return [`res ${method} ${template} ${status}`, schema && errorShapes(Number(status), schema)]
      }),
    ]
    const problems: string[] = []
    for (const [key, schema] of schemas) {
      if (!schema) continue
      try {
        this.compile(key, schema)
      } catch (error) {
        problems.push(`${operationId} ${key.split(' ')[0] === 'req' ? 'request' : key}: ${String(error)}`)
      }
    }
    return problems
  }

  private compile(key: string, schema: object): ValidateFunction {
    let validate = this.compiled.get(key)
    if (!validate) {
      // Inline schemas need the same normalisation as the components (issues/create's `milestone`).
      const rewritten = JSON.parse(
        JSON.stringify(withNullableUntyped(schema)).replaceAll('"#/components/', '"gh#/components/'),
      ) as object
      validate = this.ajv.compile(rewritten)
      this.compiled.set(key, validate)
    }
    return validate
  }

  private validate(key: string, schema: object, value: unknown): string[] {
    const validate = this.compile(key, schema)
    return validate(value)
      ? []
      : (validate.errors ?? [])
          .slice(0, 5)
          .map((e: ErrorObject) => `${key}: ${e.instancePath || '/'} ${e.message ?? ''}`)
  }
}

import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import fc from 'fast-check'
import { parse, stringify } from 'yaml'
import { describe, expect, it } from 'vitest'
import { configSchema, manifestSchema, validateConfig } from '../../core/index.js'
import { assertProperty, hostileTextArb, mutateJson } from '../support/arbitraries.js'

/**
 * `.modelgate/config.yml` through `validateConfig`, the entry `local/read-config.ts` uses for the
 * CLI and the actions: arbitrary text, hostile edits of the example config, and edits that break a
 * named rule (schema, environment order, known rule ids, the policy's own errors).
 */

const RUNS = 50
const FILE = '.modelgate/config.yml'
const EXAMPLE = parse(readFileSync('examples/model-repo/.modelgate/config.yml', 'utf8')) as Record<
  string,
  any
>

const ajv = new Ajv2020({ strict: false })
addFormats.default(ajv)
ajv.addSchema(manifestSchema)
const matchesSchema = ajv.compile(configSchema)

describe('validateConfig on arbitrary and mutated configs', () => {
  const textArb = fc.oneof(
    fc.string(),
    fc.object().map((value) => stringify(value)),
    hostileTextArb,
    { weight: 3, arbitrary: mutateJson(EXAMPLE).map((value) => stringify(value)) },
  )

  it(`never throws; a config it returns matches the schema, and every problem is located (${RUNS} inputs)`, () => {
    assertProperty(
      fc.property(textArb, (text) => {
        const report = validateConfig(FILE, Buffer.from(text))
        const lines = text.split(/\r\n|\r|\n/).length
        for (const problem of report.problems) {
          expect(problem.file).toBe(FILE)
          expect(problem.line).toBeGreaterThanOrEqual(1)
          expect(problem.line).toBeLessThanOrEqual(lines + 1)
          expect(problem.message).not.toBe('')
        }
        if (report.config) expect(matchesSchema(report.config)).toBe(true)
        else expect(report.problems.length).toBeGreaterThan(0)
      }),
      RUNS,
    )
  })

  const ENVIRONMENTS = ['dev', 'staging', 'prod']
  /** Edits that each break one rule a reader can name. */
  const MUTATIONS: { rule: string; edit: fc.Arbitrary<(config: Record<string, any>) => void> }[] = [
    {
      rule: 'no unknown top-level key',
      edit: fc
        .oneof(fc.string({ minLength: 1 }), fc.constantFrom('__proto__', 'polcy', 'Models', 'validation '))
        .filter((key) => !Object.hasOwn(configSchema.properties, key) && !key.startsWith('x-'))
        .map((key) => (config) => Object.defineProperty(config, key, { value: {}, enumerable: true })),
    },
    {
      rule: 'each upstream names an environment listed before it',
      edit: fc
        .tuple(fc.nat(2), fc.oneof(fc.constantFrom('prod', 'nowhere', 'Dev', ''), fc.string()))
        .filter(([index, upstream]) => !ENVIRONMENTS.slice(0, index).includes(upstream))
        .map(
          ([index, upstream]) =>
            (config) =>
              (config.environments[index].upstream = upstream),
        ),
    },
    {
      rule: 'environment names are unique',
      edit: fc
        .tuple(fc.nat(2), fc.nat(2))
        .filter(([a, b]) => a !== b)
        .map(
          ([a, b]) =>
            (config) =>
              (config.environments[b].name = config.environments[a].name),
        ),
    },
    {
      rule: 'validation.rules names known rules',
      edit: fc
        .oneof(fc.string({ minLength: 1 }), fc.constantFrom('datasets-requird', 'toString', 'constructor'))
        .filter((id) => !/^[a-z-]+$/.test(id) || id.endsWith('requird') || id === 'constructor')
        .map(
          (id) => (config) =>
            Object.defineProperty(config.validation.rules, id, { value: 'off', enumerable: true }),
        ),
    },
    {
      rule: 'validation.rules severities are error, warning or off',
      edit: fc
        .oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null))
        .filter((value) => !['error', 'warning', 'off'].includes(value as string))
        .map((value) => (config) => (config.validation.rules['datasets-required'] = value)),
    },
    {
      rule: 'policy.approval names defined rules',
      edit: fc
        .oneof(fc.string({ minLength: 1 }), fc.constantFrom('model-owner', 'Model-Owners', '__proto__'))
        .filter((name) => !EXAMPLE.policy.rules.some((rule: { name: string }) => rule.name === name))
        .map((name) => (config) => config.policy.approval.push(name)),
    },
  ]

  for (const { rule, edit } of MUTATIONS)
    it(`never accepts the example config after an edit that breaks "${rule}" (${RUNS} inputs)`, () => {
      assertProperty(
        fc.property(edit, (apply) => {
          const edited = structuredClone(EXAMPLE)
          apply(edited)
          const report = validateConfig(FILE, Buffer.from(stringify(edited)))
          expect(report.config).toBeUndefined()
          expect(report.problems.some((p) => p.severity === 'error')).toBe(true)
        }),
        RUNS,
      )
    })
})

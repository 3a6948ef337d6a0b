import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'

/** scripts/compile-crds.mjs, loaded untyped (a build script, not part of the typed sources). */
interface CompileCrds {
  toJsonSchema: (node: object) => Record<string, any>
  shareRepeatedSubschemas: (schema: object) => Record<string, any>
  toEcmaPattern: (pattern: string) => string
}
const script = '../../../scripts/compile-crds.mjs'
const { toJsonSchema, shareRepeatedSubschemas, toEcmaPattern } = (await import(script)) as CompileCrds

const validatorOf = (openApi: object) => new Ajv2020({ strict: false }).compile(toJsonSchema(openApi))

describe('compile-crds: Kubernetes structural schema → JSON Schema', () => {
  it('nullable: true also admits null (with its enum)', () => {
    const validate = validatorOf({
      type: 'object',
      properties: { mode: { type: 'string', enum: ['a', 'b'], nullable: true }, n: { type: 'integer' } },
    })
    expect(validate({ mode: null })).toBe(true)
    expect(validate({ mode: 'a' })).toBe(true)
    expect(validate({ mode: 'c' })).toBe(false)
    expect(validate({ n: null })).toBe(false)
  })

  it('x-kubernetes-int-or-string admits an integer or a string, nothing else', () => {
    const validate = validatorOf({
      type: 'object',
      properties: { port: { 'x-kubernetes-int-or-string': true } },
    })
    expect(validate({ port: 8080 })).toBe(true)
    expect(validate({ port: 'http' })).toBe(true)
    expect(validate({ port: 1.5 })).toBe(false)
    expect(validate({ port: true })).toBe(false)
  })

  it('refuses unknown fields, except under x-kubernetes-preserve-unknown-fields', () => {
    const validate = validatorOf({
      type: 'object',
      properties: {
        known: { type: 'object', properties: { a: { type: 'string' } } },
        free: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
      },
    })
    expect(validate({ known: { a: 'x' }, free: { anything: [1] } })).toBe(true)
    expect(validate({ known: { b: 'x' } })).toBe(false)
    expect(validate({ other: 1 })).toBe(false)
  })

  it('keeps required, turns OpenAPI 3.0 boolean exclusiveMinimum into the number form, and set lists into uniqueItems', () => {
    const validate = validatorOf({
      type: 'object',
      required: ['n'],
      properties: {
        n: { type: 'integer', minimum: 0, exclusiveMinimum: true },
        tags: { type: 'array', items: { type: 'string' }, 'x-kubernetes-list-type': 'set' },
      },
    })
    expect(validate({ n: 1, tags: ['a', 'b'] })).toBe(true)
    expect(validate({})).toBe(false)
    expect(validate({ n: 0 })).toBe(false)
    expect(validate({ n: 1, tags: ['a', 'a'] })).toBe(false)
  })

  it('drops documentation and checks JSON Schema cannot express; refuses a keyword it has no translation for', () => {
    expect(
      toJsonSchema({
        type: 'string',
        description: 'd',
        format: 'int32',
        'x-kubernetes-validations': [{ rule: 'self != ""' }],
      }),
    ).toEqual({ type: 'string' })
    expect(() => toJsonSchema({ type: 'string', discriminator: {} })).toThrow(
      /discriminator has no translation/,
    )
  })

  it('emits a repeated large subschema once under $defs, named by first occurrence', () => {
    const big = {
      type: 'object',
      properties: Object.fromEntries(
        [...'abcdefghij'].map((k) => [`field_${k}_with_a_long_name`, { type: 'string' }]),
      ),
    }
    const shared = shareRepeatedSubschemas(
      toJsonSchema({ type: 'object', properties: { one: big, two: big, small: { type: 'string' } } }),
    )
    expect(shared.properties.one).toEqual({ $ref: '#/$defs/s0' })
    expect(shared.properties.two).toEqual({ $ref: '#/$defs/s0' })
    expect(shared.properties.small).toEqual({ type: 'string' })
    expect(Object.keys(shared.$defs)).toEqual(['s0'])
    expect(JSON.stringify(shareRepeatedSubschemas(toJsonSchema(big)))).not.toContain('$defs')
  })

  it("translates RE2's leading (?i) into letter classes and refuses RE2 syntax it cannot translate", () => {
    const validate = validatorOf({ type: 'string', pattern: '^(?i)(abort|warn)?$' })
    expect(['abort', 'WARN', 'Abort', ''].map((value) => validate(value))).toEqual([true, true, true, true])
    expect(validate('abort!')).toBe(false)
    expect(toEcmaPattern('^[a-z](?:-[a-z])*$')).toBe('^[a-z](?:-[a-z])*$')
    expect(() => toEcmaPattern('^(?i)\\w+$')).toThrow(/mixes \(\?i\) with escapes or classes/)
    expect(() => toEcmaPattern('^a(?s:.)$')).toThrow(/RE2-only syntax/)
    expect(() => toEcmaPattern('^(?P<x>a)$')).toThrow(/RE2-only syntax/)
  })
})

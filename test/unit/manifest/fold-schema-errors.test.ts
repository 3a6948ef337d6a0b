import type { ErrorObject } from 'ajv'
import { describe, expect, it } from 'vitest'
import { foldSchemaErrors } from '../../../core/manifest/fold-schema-errors.js'

const error = (keyword: string, instancePath: string, schemaPath: string): ErrorObject => ({
  keyword,
  instancePath,
  schemaPath,
  params: {},
})

describe('foldSchemaErrors', () => {
  it('drops the branch errors of an anyOf at the same value, and keeps the anyOf', () => {
    const anyOf = error('anyOf', '/a/0', '#/$defs/node/anyOf')
    const folded = foldSchemaErrors([
      error('type', '/a/0', '#/$defs/node/anyOf/0/type'),
      error('type', '/a/0', '#/$defs/node/anyOf/1/type'),
      anyOf,
    ])
    expect(folded).toEqual({ errors: [anyOf], more: 0 })
  })

  it('keeps errors deeper inside a branch, and errors of a sibling schema path', () => {
    const deeper = error('anyOf', '/a/0/and/0', '#/$defs/node/anyOf')
    const sibling = error('type', '/a/0', '#/$defs/node/anyOfOther/type')
    const anyOf = error('anyOf', '/a/0', '#/$defs/node/anyOf')
    expect(foldSchemaErrors([deeper, sibling, anyOf]).errors).toEqual([deeper, sibling, anyOf])
  })

  it('keeps at most `limit` errors, counts the rest and names the first left out', () => {
    const errors = Array.from({ length: 8000 }, (_, i) => error('type', `/a/${i}`, '#/type'))
    const folded = foldSchemaErrors(errors, 50)
    expect(folded.errors).toEqual(errors.slice(0, 50))
    expect(folded.more).toBe(7950)
    expect(folded.next).toBe(errors[50])
  })

  it('leaves out what `skip` says, before counting', () => {
    const errors = [error('pattern', '/k', '#/p'), error('type', '/v', '#/t')]
    expect(foldSchemaErrors(errors, 1, (e) => e.keyword === 'pattern')).toEqual({
      errors: [errors[1]],
      more: 0,
    })
  })
})

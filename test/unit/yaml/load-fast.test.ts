import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { loadFast } from '../../../core/yaml/load-fast.js'

/** Scalars where YAML 1.1, js-yaml's defaults and YAML 1.2 core disagree. */
const SCALARS = [
  '1',
  '-1',
  '+12',
  '0o17',
  '0x1F',
  '0b101',
  '017',
  '1_000',
  '1.0',
  '1.',
  '.5',
  '-.5',
  '1e3',
  '1.5E-3',
  '+.inf',
  '-.Inf',
  '.nan',
  '.NaN',
  'nan',
  'inf',
  'true',
  'True',
  'TRUE',
  'yes',
  'no',
  'on',
  'off',
  'y',
  'n',
  'null',
  'Null',
  'NULL',
  '~',
  '',
  '2026-01-01',
  '2026-01-01T10:00:00Z',
  '12:30',
  '1.4.0',
  '1.10',
  'v1',
  '0.1e',
  '0x',
  '0o8',
  '9007199254740993',
  '"quoted"',
  "'1'",
  '!!str 12',
  '!!int "12"',
  'a # comment',
  '[1, "2", x]',
  '{a: 1, b: null}',
  '>-\n  folded\n  text',
  '|\n  kept\n',
]

describe('loadFast', () => {
  it.each(SCALARS)('reads %j exactly as the yaml package (YAML 1.2 core) does', (scalar) => {
    const text = `key: ${scalar}\nlist:\n  - ${scalar.includes('\n') ? 'x' : scalar}\n`
    const fast = loadFast(text)
    expect(fast.ok).toBe(true)
    expect(fast.ok && fast.value).toEqual(parse(text))
  })

  it('reads every example manifest exactly as the yaml package does', async () => {
    const { readFileSync, readdirSync } = await import('node:fs')
    for (const repo of ['examples/model-repo', 'examples/broken-model-repo']) {
      for (const model of readdirSync(`${repo}/models`)) {
        const text = readFileSync(`${repo}/models/${model}/model.yaml`, 'utf8')
        const fast = loadFast(text)
        expect(fast.ok && fast.value, `${repo}/${model}`).toEqual(parse(text))
      }
    }
  })

  it.each([
    ['a syntax error', 'a: [1, 2\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['several documents', 'a: 1\n---\nb: 2\n'],
    ['an anchor reused as an alias', 'a: &x {k: v}\nb: *x\n'],
    ['a prototype key', '__proto__: {polluted: true}\n'],
    ['a constructor key', 'metadata:\n  constructor: x\n'],
    ['an unknown tag', 'a: !!js/function "() => 1"\n'],
    ['a YAML 1.1 binary tag', 'a: !!binary aGVsbG8=\n'],
  ])('hands %s to the authoritative loader', (_, text) => {
    expect(loadFast(text)).toEqual({ ok: false })
  })

  it('reports nesting too deep with its position instead of parsing it', () => {
    expect(loadFast('a: ' + '['.repeat(10_000))).toEqual({
      ok: false,
      tooDeep: { line: 1, column: expect.any(Number) },
    })
  })
})

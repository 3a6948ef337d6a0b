import { readdirSync, readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import fc from 'fast-check'
import { parse, stringify } from 'yaml'
import { describe, expect, it } from 'vitest'
import type { Problem } from '../../core/index.js'
import { manifestSchema, validateManifest } from '../../core/index.js'
import { assertProperty, hostileTextArb, mutateJson } from '../support/arbitraries.js'

/**
 * Manifests through `validateManifest`, called as the CLI and the validate action call it
 * (`local/validate-files.ts`: file, bytes, folder name, rule settings): arbitrary YAML text, the
 * example manifests with hostile edits, edits that break a named schema constraint, and the YAML
 * limits (alias bombs, deep nesting, huge keys, duplicate keys).
 */

const RUNS = 80
const LIMIT_RUNS = 25

const FILE = 'models/fraud-detector/model.yaml'
const EXAMPLES = readdirSync('examples/model-repo/models').map((folder) => ({
  folder,
  document: parse(readFileSync(`examples/model-repo/models/${folder}/model.yaml`, 'utf8')) as Record<
    string,
    any
  >,
}))

/** As `local/validate-files.ts` calls it. */
function validate(source: Uint8Array | string, folderName = 'fraud-detector') {
  return validateManifest({
    file: FILE,
    source: typeof source === 'string' ? Buffer.from(source) : source,
    folderName,
    ruleSettings: {},
  })
}

/** The schema compiled here, independently of the build's generated validators. */
const ajv = new Ajv2020({ strict: false })
addFormats.default(ajv)
const matchesSchema = ajv.compile(manifestSchema)

function expectLocated(problems: readonly Problem[], text: string) {
  const lines = text.split(/\r\n|\r|\n/).length
  for (const problem of problems) {
    expect(problem.file).toBe(FILE)
    expect(problem.line).toBeGreaterThanOrEqual(1)
    expect(problem.line).toBeLessThanOrEqual(lines + 1)
    expect(problem.column).toBeGreaterThanOrEqual(1)
    expect(problem.message).not.toBe('')
  }
}

const exampleArb = fc.constantFrom(...EXAMPLES)

describe('validateManifest on arbitrary and mutated manifests', () => {
  const textArb = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.object().map((value) => stringify(value)),
    hostileTextArb,
    {
      weight: 3,
      arbitrary: exampleArb.chain(({ document }) => mutateJson(document)).map((value) => stringify(value)),
    },
  )

  it(`never throws; a manifest it returns matches the schema, and every problem is located (${RUNS} inputs)`, () => {
    assertProperty(
      fc.property(textArb, (text) => {
        const report = validate(text)
        expectLocated(report.problems, text)
        if (report.manifest) expect(matchesSchema(report.manifest)).toBe(true)
        else expect(report.problems.some((p) => p.severity === 'error')).toBe(true)
      }),
      RUNS,
    )
  })

  const SEMVER = new RegExp(manifestSchema.$defs.semver.pattern)
  const notMatching = (pattern: RegExp, maxLength = Infinity) =>
    fc
      .oneof(fc.string(), hostileTextArb, fc.integer(), fc.boolean(), fc.constant(null))
      .filter((value) => typeof value !== 'string' || !pattern.test(value) || value.length > maxLength)

  /** Edits that each break one schema constraint a reader can name. */
  const MUTATIONS: { constraint: string; edit: fc.Arbitrary<(doc: Record<string, any>) => void> }[] = [
    {
      constraint: 'a required key is present',
      edit: fc
        .constantFrom(
          ['apiVersion'],
          ['kind'],
          ['metadata'],
          ['metadata', 'name'],
          ['metadata', 'version'],
          ['owners', 'team'],
          ['owners', 'maintainers'],
          ['riskTier'],
          ['artifact', 'uri'],
          ['artifact', 'digest'],
          ['artifact', 'framework'],
        )
        .map((path) => (doc) => {
          const parent = path.slice(0, -1).reduce((node, key) => node[key], doc)
          delete parent[path.at(-1)!]
        }),
    },
    {
      constraint: 'apiVersion is modelgate.dev/v1',
      edit: notMatching(/^modelgate\.dev\/v1$/).map((value) => (doc) => (doc.apiVersion = value)),
    },
    {
      constraint: 'riskTier is low, medium, high or critical',
      edit: notMatching(/^(low|medium|high|critical)$/).map((value) => (doc) => (doc.riskTier = value)),
    },
    {
      constraint: 'artifact.digest is sha256:<64 lowercase hex>',
      edit: fc
        .oneof(
          notMatching(/^sha256:[0-9a-f]{64}$/),
          fc.constantFrom(
            `sha256:${'A'.repeat(64)}`,
            `sha256:${'a'.repeat(63)}`,
            `sha512:${'a'.repeat(64)}`,
            'latest',
          ),
        )
        .map((value) => (doc) => (doc.artifact.digest = value)),
    },
    {
      constraint: 'metadata.name is a DNS-1035 label of at most 53 characters',
      edit: fc
        .oneof(
          notMatching(/^[a-z]([-a-z0-9]*[a-z0-9])?$/, 53),
          fc.constantFrom('a'.repeat(54), 'Fraud', '1abc', 'a-', 'a_b'),
        )
        .map((value) => (doc) => (doc.metadata.name = value)),
    },
    {
      constraint: 'metadata.version is SemVer 2.0',
      edit: fc
        .oneof(
          notMatching(SEMVER),
          fc.constantFrom('v1.0.0', '1.0', '01.2.3', '1.2.3-', '1.2.3+'),
          fc.double(),
        )
        .map((value) => (doc) => (doc.metadata.version = value)),
    },
    {
      constraint: 'artifact.uri has an allowed scheme',
      edit: fc
        .oneof(
          notMatching(/^(s3|gs|hf|oci|pvc|https|azureblob|abfss?):\/\/[^\s]+$/),
          fc.constantFrom('http://x/m', 'file:///etc/passwd', 's3://a b'),
        )
        .map((value) => (doc) => (doc.artifact.uri = value)),
    },
    {
      constraint: 'owners.maintainers is a non-empty list',
      edit: fc.constantFrom([], '@ana', null, {}).map((value) => (doc) => (doc.owners.maintainers = value)),
    },
    {
      constraint: 'no unknown top-level key (x-* allowed)',
      edit: fc
        .oneof(
          fc.string({ minLength: 1 }),
          fc.constantFrom('__proto__', 'constructor', 'riskTeir', 'Metadata', 'X-note'),
        )
        .filter((key) => !Object.hasOwn(manifestSchema.properties, key) && !key.startsWith('x-'))
        .map((key) => (doc) => Object.defineProperty(doc, key, { value: 1, enumerable: true })),
    },
  ]

  for (const { constraint, edit } of MUTATIONS)
    it(`never reports valid an example whose edit breaks "${constraint}" (${RUNS} inputs)`, () => {
      assertProperty(
        fc.property(exampleArb, edit, ({ folder, document }, apply) => {
          const edited = structuredClone(document)
          apply(edited)
          const report = validate(stringify(edited), folder)
          expect(report.manifest).toBeUndefined()
          expect(report.problems.some((p) => p.severity === 'error')).toBe(true)
        }),
        RUNS,
      )
    })

  it(`never reports valid a manifest whose name differs from its folder (${RUNS} inputs)`, () => {
    assertProperty(
      fc.property(exampleArb, fc.string({ minLength: 1 }), ({ folder, document }, other) => {
        fc.pre(other !== folder)
        const report = validate(stringify(document), other)
        expect(report.problems.some((p) => p.rule === 'name-matches-folder' && p.severity === 'error')).toBe(
          true,
        )
      }),
      RUNS,
    )
  })
})

describe('YAML limits: hostile documents are refused with a bounded amount of work', () => {
  /** `a0: &a0 [x, x]`, `a1: &a1 [*a0, *a0]`, …: `width ** depth` nodes once expanded. */
  const aliasBomb = fc
    .tuple(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 5, max: 30 }))
    .filter(([width, depth]) => width ** depth > 1000)
    .map(([width, depth]) =>
      Array.from({ length: depth }, (_, level) => {
        const items = Array.from({ length: width }, () => (level === 0 ? 'lol' : `*a${level - 1}`))
        return `a${level}: &a${level} [${items.join(', ')}]`
      }).join('\n'),
    )

  it(`refuses alias bombs with alias-limit (${LIMIT_RUNS} inputs)`, () => {
    assertProperty(
      fc.property(aliasBomb, (text) => {
        const report = validate(text)
        expect(report.manifest).toBeUndefined()
        expect(report.problems.map((p) => p.rule)).toContain('alias-limit')
      }),
      LIMIT_RUNS,
    )
  })

  const deep = fc
    .tuple(fc.integer({ min: 65, max: 20_000 }), fc.constantFrom('flow-seq', 'flow-map', 'block'))
    .map(([depth, style]) =>
      style === 'flow-seq'
        ? `${'['.repeat(depth)}${']'.repeat(depth)}`
        : style === 'flow-map'
          ? `${'{a: '.repeat(depth)}1${'}'.repeat(depth)}`
          : Array.from({ length: Math.min(depth, 1000) }, (_, i) => `${' '.repeat(i)}k:`).join('\n'),
    )

  it(`refuses nesting deeper than 64 levels without overflowing the stack (${LIMIT_RUNS} inputs)`, () => {
    assertProperty(
      fc.property(deep, (text) => {
        const report = validate(text)
        expect(report.manifest).toBeUndefined()
        expect(report.problems.some((p) => p.severity === 'error')).toBe(true)
      }),
      LIMIT_RUNS,
    )
  })

  it(`refuses huge keys and oversized files with a few located problems (${LIMIT_RUNS} inputs)`, () => {
    const huge = fc
      .tuple(fc.integer({ min: 1_000, max: 1_200_000 }), fc.constantFrom('key', 'value', 'comment'))
      .map(([size, where]) =>
        where === 'key'
          ? `${'k'.repeat(size)}: 1\n`
          : where === 'value'
            ? `apiVersion: ${'v'.repeat(size)}\n`
            : `# ${'c'.repeat(size)}\n`,
      )
    assertProperty(
      fc.property(huge, (text) => {
        const report = validate(text)
        expect(report.manifest).toBeUndefined()
        expect(report.problems.length).toBeLessThanOrEqual(20)
      }),
      LIMIT_RUNS,
    )
  })

  // Issue 10, items 9 and 15: a file reports at most 50 YAML problems and counts the rest (140,000
  // duplicate keys once overflowed the stack through a spread push).
  it('caps the problems reported for a file of 5,000 duplicate keys', () => {
    expect(validate('a: 1\n'.repeat(5_000)).problems.length).toBeLessThanOrEqual(51)
  })
})

import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { DiffReport, ModelManifest } from '../../core/index.js'
import {
  checkDiffReport,
  diffModel,
  diffReportSchema,
  renderDiffMarkdown,
  snapshotModel,
  validateManifest,
} from '../../core/index.js'
import { assertProperty, hostileTextArb, mutateJson, mutateStrings } from '../support/arbitraries.js'

/**
 * The fork-safe diff's input check and renderer under arbitrary results files. The file comes
 * from a job a fork controls, so anything `checkDiffReport` accepts must match the schema (checked
 * here by a separately compiled validator), and rendering it must stay inert and within length.
 */

const RUNS = 300
const FILE = 'diff-report.json'
const MARKER = '<!-- modelgate:diff -->'

/** The schema compiled here, independently of the build's generated validators. */
const validateIndependently = new Ajv2020({ allErrors: false, strict: false }).compile(diffReportSchema)

/** A real report: the example fraud detector diffed against a base with other metrics and gates. */
function exampleReport(): DiffReport {
  const file = 'models/fraud-detector/model.yaml'
  const source = readFileSync(`examples/model-repo/${file}`)
  const head = validateManifest({ file, source }).manifest!
  const base: ModelManifest = {
    ...head,
    metadata: { ...head.metadata, version: '1.3.0' },
    riskTier: 'medium',
    metrics: { values: [{ name: 'auc', value: 0.951 }] },
  }
  return {
    schemaVersion: 1,
    base: { ref: 'main', sha: 'abcdef0123456789abcdef0123456789abcdef01' },
    head: { ref: 'refs/pull/7/merge' },
    models: [
      diffModel(
        snapshotModel(file, base, { p95_latency_ms: 17 }),
        snapshotModel(file, head, { calibrated: true }),
      ),
      diffModel(undefined, snapshotModel(file, head)),
    ],
    problems: [
      {
        file,
        line: 3,
        column: 5,
        path: 'metadata.version',
        rule: 'schema/type',
        severity: 'warning',
        message: 'm',
      },
    ],
  }
}

const EXAMPLE = exampleReport()

/** Results files: arbitrary text, arbitrary JSON, and the real report with hostile edits. */
const resultsFileArb = fc.oneof(
  fc.string(),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  { weight: 4, arbitrary: mutateJson(EXAMPLE).map((value) => JSON.stringify(value)) },
)

describe('checkDiffReport on arbitrary results files', () => {
  it(`never throws, refuses with at most 21 located problems, and accepts only what the schema allows (${RUNS} inputs)`, () => {
    assertProperty(
      fc.property(resultsFileArb, (text) => {
        const { report, problems } = checkDiffReport(text, FILE)
        expect(problems.length).toBeLessThanOrEqual(21)
        for (const problem of problems) {
          expect(problem.file).toBe(FILE)
          expect(problem.message).not.toBe('')
        }
        if (report === undefined) {
          expect(problems.length).toBeGreaterThan(0)
          return
        }
        expect(problems).toEqual([])
        expect(validateIndependently(JSON.parse(text))).toBe(true)
      }),
      RUNS,
    )
  })

  it(`renders every accepted report within maxLength and without raw HTML from the file (${RUNS} inputs)`, () => {
    const accepted = mutateStrings(EXAMPLE)
      .map((value) => checkDiffReport(JSON.stringify(value), FILE).report)
      .filter((report): report is DiffReport => report !== undefined)
    assertProperty(
      fc.property(accepted, fc.integer({ min: 0, max: 70_000 }), (report, maxLength) => {
        const markdown = renderDiffMarkdown(report, { marker: MARKER, maxLength })
        expect(markdown.length).toBeLessThanOrEqual(maxLength)
        // Below the marker's length, the last-resort cut keeps a prefix of the marker and nothing else.
        if (!markdown.startsWith(MARKER)) expect(MARKER.startsWith(markdown.slice(0, -2))).toBe(true)
        else expect(markdown.slice(MARKER.length)).not.toMatch(/<[a-z!/?]/i)
      }),
      RUNS,
    )
  })

  it('accepts the unedited example report (the seed of the mutations above)', () => {
    expect(checkDiffReport(JSON.stringify(EXAMPLE), FILE).problems).toEqual([])
  })

  it(`renders hostile text from an accepted report inert: no mention, link or HTML (${RUNS} inputs)`, () => {
    assertProperty(
      fc.property(hostileTextArb, (name) => {
        const report = structuredClone(EXAMPLE)
        report.head.ref = name
        report.models[0]!.metrics[0]!.metric = name
        report.models[0]!.fields[0]!.head = name
        const checked = checkDiffReport(JSON.stringify(report), FILE).report
        fc.pre(checked !== undefined)
        const markdown = renderDiffMarkdown(checked, {})
        expect(markdown).not.toMatch(/<[a-z!/?]/i)
        expect(markdown).not.toMatch(/(^|[^\w`])@[a-z0-9]/i)
        expect(markdown).not.toMatch(/\]\(/)
      }),
      RUNS,
    )
  })
})

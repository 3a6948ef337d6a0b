import fc from 'fast-check'
import { stringify } from 'yaml'
import { describe, expect, it } from 'vitest'
import type { Gate, ModelManifest } from '../../core/index.js'
import {
  evaluateGate,
  evaluateGates,
  gateModel,
  parseGatesFile,
  parseMetricsFile,
  snapshotModel,
} from '../../core/index.js'
import { assertProperty, gateArb, numberArb, readingArb } from '../support/arbitraries.js'
import { baseManifest } from '../support/manifests.js'

/**
 * The gate engine and the metrics and gates files under arbitrary numbers and text. The oracle for
 * a pass is the documented inequality (DESIGN.md §4) with its 1e-9 relative tolerance, evaluated
 * here in its own arithmetic; it is checked only where every number is finite and far from overflow.
 */

const RUNS = 500
const FILE_RUNS = 200
const CHANGE_CHECKS = [
  'minAbsoluteChange',
  'minRelativeChange',
  'maxAbsoluteRegression',
  'maxRelativeRegression',
] as const

const moderate = (...values: (number | undefined)[]) =>
  values.every((v) => v === undefined || (Number.isFinite(v) && Math.abs(v) <= 1e150))

/** `a ≥ b` within the documented relative tolerance, plus rounding slack for our own arithmetic. */
function atLeastWithin(a: number, b: number, scale: number): boolean {
  return a >= b - 1e-9 * Math.max(Math.abs(a), Math.abs(b), scale) - 1e-12 * (scale + 1)
}

/** Why a pass of `gate` by `candidate` against `baseline` breaks a documented inequality, or undefined. */
function brokenInequality(gate: Gate, candidate: number, baseline: number | undefined): string | undefined {
  const sign = gate.greaterIsBetter ? 1 : -1
  if (gate.threshold !== undefined && moderate(gate.threshold, candidate)) {
    const scale = Math.abs(candidate) + Math.abs(gate.threshold)
    if (!atLeastWithin(sign * candidate, sign * gate.threshold, scale)) return 'threshold'
  }
  for (const check of CHANGE_CHECKS) {
    const limit = gate[check]
    if (limit === undefined) continue
    if (baseline === undefined) return `${check} passed without a baseline`
    if (!moderate(limit, candidate, baseline)) continue
    const improvement = sign * (candidate - baseline)
    const scale = Math.abs(candidate) + Math.abs(baseline) + Math.abs(limit)
    const relative = baseline === 0 ? undefined : improvement / Math.abs(baseline)
    const ok = {
      minAbsoluteChange: () => atLeastWithin(improvement, limit, scale),
      maxAbsoluteRegression: () => atLeastWithin(improvement, -limit, scale),
      minRelativeChange: () =>
        relative === undefined ? improvement > 0 : atLeastWithin(relative, limit, Math.abs(limit)),
      maxRelativeRegression: () =>
        relative === undefined ? improvement >= 0 : atLeastWithin(relative, -limit, Math.abs(limit)),
    }[check]
    if (!ok()) return check
  }
  return undefined
}

describe('evaluateGate on arbitrary gates and readings', () => {
  const onMissingArb = fc.constantFrom('fail' as const, 'threshold-only' as const)

  it(`never throws, and passes exactly when no check failed (${RUNS} inputs)`, () => {
    assertProperty(
      fc.property(gateArb, readingArb, readingArb, onMissingArb, (gate, candidate, baseline, onMissing) => {
        const result = evaluateGate(gate, candidate, baseline, onMissing)
        expect(typeof result.passed).toBe('boolean')
        expect(result.passed).toBe(result.reasons.length === 0)
        expect(result.reasons).toEqual(result.checks.filter((c) => !c.passed).map((c) => c.message))
      }),
      RUNS,
    )
  })

  it(`never passes a missing, non-numeric, NaN or infinite candidate (${RUNS} inputs)`, () => {
    const unusable = fc.oneof(
      fc.constantFrom(undefined, Number.NaN, Infinity, -Infinity, 'NaN', '0.99', true, false, ''),
      fc.string(),
    )
    assertProperty(
      fc.property(gateArb, unusable, readingArb, onMissingArb, (gate, candidate, baseline, onMissing) => {
        expect(evaluateGate(gate, candidate, baseline, onMissing).passed).toBe(false)
      }),
      RUNS,
    )
  })

  /** A gate, a baseline, and a candidate just either side of one of the gate's boundaries. */
  const nearBoundary = fc
    .tuple(
      gateArb,
      fc.double({ min: -1e3, max: 1e3, noNaN: true }),
      fc.constantFrom(1e-12, 1e-10, 1e-8, 1e-6, 1e-4),
    )
    .chain(([gate, baseline, scale]) => {
      const sign = gate.greaterIsBetter ? 1 : -1
      const limit = (check: (typeof CHANGE_CHECKS)[number]) => gate[check] ?? 0
      const anchors = [
        gate.threshold ?? baseline,
        baseline + sign * limit('minAbsoluteChange'),
        baseline - sign * limit('maxAbsoluteRegression'),
        baseline + sign * Math.abs(baseline) * limit('minRelativeChange'),
        baseline - sign * Math.abs(baseline) * limit('maxRelativeRegression'),
      ]
      return fc
        .tuple(fc.constantFrom(...anchors), fc.integer({ min: -3, max: 3 }))
        .map(
          ([anchor, steps]) =>
            [gate, anchor + steps * scale * Math.max(1, Math.abs(anchor)), baseline] as const,
        )
    })
  const anyReadings = fc.tuple(gateArb, numberArb, fc.option(numberArb, { nil: undefined }))

  it(`passes only when every documented inequality holds within 1e-9 relative (${RUNS} inputs)`, () => {
    assertProperty(
      fc.property(
        fc.oneof(anyReadings, nearBoundary),
        onMissingArb,
        ([gate, candidate, baseline], onMissing) => {
          const result = evaluateGate(gate, candidate, baseline, onMissing)
          if (!result.passed) return
          const waived = onMissing === 'threshold-only' && baseline === undefined
          const judged: Gate = waived
            ? { ...gate, ...Object.fromEntries(CHANGE_CHECKS.map((c) => [c, undefined])) }
            : gate
          expect(brokenInequality(judged, candidate, baseline)).toBeUndefined()
        },
      ),
      RUNS,
    )
  })

  it(`never waives a change check against a baseline that is present but not a finite number (${RUNS} inputs)`, () => {
    const badBaseline = fc.constantFrom(Number.NaN, Infinity, -Infinity, 'NaN', '0.9', true, '')
    const withChange = gateArb.filter((gate) => CHANGE_CHECKS.some((check) => gate[check] !== undefined))
    assertProperty(
      fc.property(
        withChange,
        numberArb,
        badBaseline,
        onMissingArb,
        (gate, candidate, baseline, onMissing) => {
          expect(evaluateGate(gate, candidate, baseline, onMissing).passed).toBe(false)
        },
      ),
      RUNS,
    )
  })
})

describe('evaluateGates and gateModel', () => {
  const metricsArb = fc.dictionary(
    fc.constantFrom('m', 'n', 'toString', '__proto__'),
    readingArb.filter((r): r is number | string | boolean => r !== undefined),
    { maxKeys: 3 },
  )
  const gatesArb = fc.array(
    fc
      .tuple(gateArb, fc.constantFrom('m', 'n', 'toString', '__proto__'))
      .map(([gate, metric]) => ({ ...gate, metric })),
    { maxLength: 4 },
  )

  it(`fails the verdict exactly when a blocking gate fails; warnings never block (${RUNS} inputs)`, () => {
    assertProperty(
      fc.property(
        gatesArb,
        metricsArb,
        fc.option(metricsArb, { nil: undefined }),
        (gates, candidate, baseline) => {
          const verdict = evaluateGates(gates, candidate, baseline)
          expect(verdict.results).toHaveLength(gates.length)
          const blockingFailed = verdict.results.some((r) => !r.passed && r.severity === 'blocking')
          expect(verdict.passed).toBe(!blockingFailed)
        },
      ),
      RUNS,
    )
  })

  it(`gateModel never passes a model whose blocking gate reads a metric the model lacks or holds as NaN (${RUNS} inputs)`, () => {
    assertProperty(
      fc.property(
        gatesArb,
        metricsArb,
        fc.constantFrom(undefined, Number.NaN, 'n/a'),
        (gates, baseline, reading) => {
          const manifest = baseManifest() as ModelManifest
          const blocking = {
            metric: 'absent',
            greaterIsBetter: true,
            threshold: -Infinity,
            severity: 'blocking' as const,
          }
          manifest.evaluation = { baseline: { onMissing: 'threshold-only' }, gates: [...gates, blocking] }
          const metrics: Record<string, number | string> = reading === undefined ? {} : { absent: reading }
          const snapshot = snapshotModel('models/fraud-detector/model.yaml', manifest, metrics)
          expect(gateModel(snapshot, baseline).passed).toBe(false)
        },
      ),
      RUNS,
    )
  })
})

/** Text a hostile pull request could put in a metrics or gates file. */
const fileTextArb = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.object().map((value) => stringify(value)),
  fc
    .dictionary(
      fc.string({ maxLength: 5 }),
      fc.oneof(numberArb, fc.string(), fc.boolean(), fc.constant(null)),
    )
    .map((value) => JSON.stringify(value)),
)
const fileBytesArb = fc.oneof(
  { weight: 4, arbitrary: fileTextArb.map((text) => Buffer.from(text)) },
  fc.uint8Array({ maxLength: 200 }),
)

/** Every problem is in the named file, on a line the file has, with a message. */
function expectLocated(
  problems: readonly { file: string; line: number; column: number; message: string }[],
  file: string,
  bytes: Uint8Array,
) {
  const lines = Buffer.from(bytes)
    .toString('latin1')
    .split(/\r\n|\r|\n/).length
  for (const problem of problems) {
    expect(problem.file).toBe(file)
    expect(problem.line).toBeGreaterThanOrEqual(1)
    expect(problem.line).toBeLessThanOrEqual(lines + 1)
    expect(problem.column).toBeGreaterThanOrEqual(1)
    expect(problem.message).not.toBe('')
  }
}

describe('metrics and gates files on arbitrary bytes', () => {
  it(`parseMetricsFile never throws; it returns bounded single-valued metrics or located problems (${FILE_RUNS} inputs)`, () => {
    const file = 'models/fraud/metrics.json'
    assertProperty(
      fc.property(fileBytesArb, (bytes) => {
        const report = parseMetricsFile(file, bytes)
        expectLocated(report.problems, file, bytes)
        if (report.metrics === undefined) {
          expect(report.problems.length).toBeGreaterThan(0)
          return
        }
        expect(report.problems).toEqual([])
        expect(Object.getPrototypeOf(report.metrics)).toBeNull()
        const entries = Object.entries(report.metrics)
        expect(entries.length).toBeLessThanOrEqual(1000)
        for (const [name, value] of entries) {
          expect(name.length).toBeLessThanOrEqual(200)
          expect(['number', 'string', 'boolean']).toContain(typeof value)
        }
      }),
      FILE_RUNS,
    )
  })

  it(`parseMetricsFile refuses a file that contradicts the manifest's own value (${FILE_RUNS} inputs)`, () => {
    assertProperty(
      fc.property(
        numberArb,
        readingArb.filter((r) => r !== undefined),
        (inline, value) => {
          fc.pre(!(inline === value || (Number.isNaN(inline) && Number.isNaN(value))))
          const source = Buffer.from(stringify({ auc: value }))
          const report = parseMetricsFile('metrics.json', source, { auc: inline })
          expect(report.metrics).toBeUndefined()
        },
      ),
      FILE_RUNS,
    )
  })

  it(`parseGatesFile never throws and accepts only gates that check something (${FILE_RUNS} inputs)`, () => {
    const gatesText = fc.oneof(
      fileBytesArb,
      fc.array(gateArb).map((gates) => Buffer.from(stringify({ gates }))),
      fc
        .array(fc.record({ metric: fc.string(), greaterIsBetter: fc.boolean() }))
        .map((gates) => Buffer.from(JSON.stringify({ gates }))),
    )
    assertProperty(
      fc.property(gatesText, (bytes) => {
        const { gatesFile, problems } = parseGatesFile('gates.yaml', bytes)
        expectLocated(problems, 'gates.yaml', bytes)
        if (!gatesFile) return
        for (const gate of gatesFile.gates) {
          expect(typeof gate.metric).toBe('string')
          expect(typeof gate.greaterIsBetter).toBe('boolean')
          expect(
            ['threshold', ...CHANGE_CHECKS].some((check) => Number.isFinite(gate[check as keyof Gate])),
          ).toBe(true)
        }
      }),
      FILE_RUNS,
    )
  })
})

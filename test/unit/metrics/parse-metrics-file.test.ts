import { describe, expect, it } from 'vitest'
import type { MetricReading } from '../../../core/metrics/flatten-metrics.js'
import { METRICS_FILE_LIMITS, parseMetricsFile } from '../../../core/metrics/parse-metrics-file.js'

const FILE = 'models/credit/metrics.json'
const bytes = (text: string) => new TextEncoder().encode(text)

interface ValidCase {
  name: string
  text: string
  inline?: Record<string, number>
  metrics: Record<string, MetricReading>
}

const valid: ValidCase[] = [
  {
    name: 'DVC JSON with nested keys, flattened with "."',
    text: '{ "test": { "gini": 0.612, "ks": 0.47 }, "fairness": { "disparate_impact_ratio": 0.91 } }',
    metrics: { 'test.gini': 0.612, 'test.ks': 0.47, 'fairness.disparate_impact_ratio': 0.91 },
  },
  {
    name: 'YAML with text and boolean values kept as they are',
    text: 'train:\n  loss: 0.12\n  device: gpu\n  converged: true\n',
    metrics: { 'train.loss': 0.12, 'train.device': 'gpu', 'train.converged': true },
  },
  {
    name: 'a dotted key at the top is the same name as nested keys would give',
    text: '{ "test.auc": 0.9 }',
    metrics: { 'test.auc': 0.9 },
  },
  {
    name: 'values that agree with metrics.values',
    text: '{ "auc": 0.9, "f1": 0.8 }',
    inline: { auc: 0.9 },
    metrics: { auc: 0.9, f1: 0.8 },
  },
  { name: 'an empty map: no metrics, no problem', text: '{}', metrics: {} },
  {
    name: 'a metric named like an Object method is just a metric',
    text: '{ "toString": 1, "valueOf": 2, "hasOwnProperty": 3 }',
    inline: { valueOf: 2 },
    metrics: { toString: 1, valueOf: 2, hasOwnProperty: 3 },
  },
  {
    name: '.nan on both sides agrees',
    text: 'auc: .nan\n',
    inline: { auc: Number.NaN },
    metrics: { auc: Number.NaN },
  },
]

describe('parseMetricsFile: usable files', () => {
  it.each(valid)('$name', ({ text, inline, metrics }) => {
    const report = parseMetricsFile(FILE, bytes(text), inline)
    expect(report.problems).toEqual([])
    expect({ ...report.metrics }).toEqual(metrics)
  })

  it('returns a map without a prototype, so lookups never reach Object methods', () => {
    const { metrics } = parseMetricsFile(FILE, bytes('{ "auc": 0.9 }'))
    expect(Object.getPrototypeOf(metrics)).toBeNull()
    expect('toString' in metrics!).toBe(false)
  })
})

interface InvalidCase {
  name: string
  text: string
  inline?: Record<string, number>
  /** `line:col rule message`, then the hint if any. */
  problems: string[]
}

const invalid: InvalidCase[] = [
  {
    name: 'a list',
    text: '{\n  "test": { "gini": [0.6, 0.7] }\n}\n',
    problems: [
      '2:21 metrics-file test.gini is a list; metrics must be single values (use nested keys instead)',
    ],
  },
  {
    name: 'a null',
    text: 'test:\n  gini: 0.6\n  ks: null\n',
    problems: ['3:7 metrics-file test.ks is null; give it a value or remove it'],
  },
  {
    name: 'a top-level list',
    text: '[1, 2]\n',
    problems: ['1:1 metrics-file a metrics file is a map of metric names to values'],
  },
  {
    name: 'an empty file',
    text: '',
    problems: ['1:1 metrics-file a metrics file is a map of metric names to values'],
  },
  {
    name: 'a value that contradicts metrics.values, at the value in the file',
    text: '{\n  "test": { "ks": 0.47 }\n}\n',
    inline: { 'test.ks': 0.5 },
    problems: [
      '2:19 metrics-conflict test.ks is 0.47 here but 0.5 in models/credit/model.yaml (metrics.values)',
      'hint: keep each metric in one place, or make the two values agree',
    ],
  },
  {
    name: 'a conflict on a dotted key is placed at that key, not at 1:1',
    text: 'other: 1\ntest.ks: 0.47\n',
    inline: { 'test.ks': 0.5 },
    problems: [
      '2:10 metrics-conflict test.ks is 0.47 here but 0.5 in models/credit/model.yaml (metrics.values)',
      'hint: keep each metric in one place, or make the two values agree',
    ],
  },
  {
    name: 'text where metrics.values has a number',
    text: 'auc: "0.9"\n',
    inline: { auc: 0.9 },
    problems: [
      '1:6 metrics-conflict auc is "0.9" here but 0.9 in models/credit/model.yaml (metrics.values)',
      'hint: keep each metric in one place, or make the two values agree',
    ],
  },
  {
    name: 'a dotted key and nested keys that name the same metric',
    text: 'test.auc: 0.7\ntest:\n  auc: 0.9\n',
    problems: [
      '3:8 metrics-file test.auc is given twice (nested keys and a dotted key name the same metric)',
      'hint: keep one of the two',
    ],
  },
  {
    name: 'a metric name longer than the report allows',
    text: `${'k'.repeat(201)}: 1\n`,
    problems: [
      `1:1 metrics-file metric name "${'k'.repeat(76)}… is longer than ${METRICS_FILE_LIMITS.nameLength} characters`,
    ],
  },
  {
    name: 'a text value longer than the report allows',
    text: `note: ${'x'.repeat(1001)}\n`,
    problems: ['1:7 metrics-file note is text longer than 1000 characters'],
  },
  {
    name: 'more metrics than the report allows',
    text: Array.from({ length: 1001 }, (_, i) => `m${i}: ${i}`).join('\n'),
    problems: ['1:1 metrics-file the file holds 1001 metrics; at most 1000 are read'],
  },
  {
    name: 'a YAML syntax error',
    text: 'auc: [0.9\n',
    problems: [
      '2:1 yaml-syntax invalid YAML: flow sequence in block collection must be sufficiently indented and end with a ]',
      'hint: fix the YAML syntax at this position (indentation, quotes, colons)',
    ],
  },
  {
    name: 'a forbidden key',
    text: '{ "__proto__": { "auc": 1 } }',
    problems: [
      '1:3 forbidden-key key "__proto__" is not allowed',
      'hint: remove it: it could reach JavaScript object prototypes in tools that read this file',
    ],
  },
]

describe('parseMetricsFile: refused files', () => {
  it.each(invalid)('$name', ({ text, inline, problems }) => {
    const report = parseMetricsFile(FILE, bytes(text), inline, 'models/credit/model.yaml')
    expect(report.metrics).toBeUndefined()
    expect(report.problems.every((problem) => problem.file === FILE && problem.severity === 'error')).toBe(
      true,
    )
    expect(
      report.problems.flatMap((p) => [
        `${p.line}:${p.column} ${p.rule} ${p.message}`,
        ...(p.hint === undefined ? [] : [`hint: ${p.hint}`]),
      ]),
    ).toEqual(problems)
  })

  it('names "the manifest" when the caller does not say which', () => {
    const report = parseMetricsFile(FILE, bytes('auc: 1\n'), { auc: 2 })
    expect(report.problems[0]?.message).toBe('auc is 1 here but 2 in the manifest (metrics.values)')
  })

  it('a hostile nested key path is clipped in the message', () => {
    const deepKey = 'k'.repeat(150)
    const text = `${deepKey}:\n  ${deepKey}:\n    ${deepKey}:\n      ${deepKey}: [1]\n`
    const [problem] = parseMetricsFile(FILE, bytes(text)).problems
    expect(problem?.message.length).toBe(500)
    expect(problem?.message.endsWith('…')).toBe(true)
  })
})

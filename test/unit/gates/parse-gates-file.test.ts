import { describe, expect, it } from 'vitest'
import type { GatesFile } from '../../../core/gates/parse-gates-file.js'
import { parseGatesFile } from '../../../core/gates/parse-gates-file.js'

const FILE = 'ci/gates.yaml'
const bytes = (text: string) => new TextEncoder().encode(text)
const GATES_HINT = 'write a map with a gates list: gates: [{ metric, greaterIsBetter, threshold }]'

describe('parseGatesFile: usable files', () => {
  it.each<{ name: string; text: string; gatesFile: GatesFile }>([
    {
      name: 'YAML with onMissing and an x- extension key',
      text: 'gates:\n  - { metric: auc, greaterIsBetter: true, threshold: 0.8 }\nonMissing: threshold-only\nx-owner: ml\n',
      gatesFile: {
        gates: [{ metric: 'auc', greaterIsBetter: true, threshold: 0.8 }],
        onMissing: 'threshold-only',
        ...{ 'x-owner': 'ml' },
      },
    },
    {
      name: 'JSON with a dotted metric and a warning gate',
      text: '{"gates": [{"metric": "test.p95", "greaterIsBetter": false, "maxRelativeRegression": 0.1, "severity": "warning"}]}',
      gatesFile: {
        gates: [
          { metric: 'test.p95', greaterIsBetter: false, maxRelativeRegression: 0.1, severity: 'warning' },
        ],
      },
    },
  ])('$name', ({ text, gatesFile }) => {
    expect(parseGatesFile(FILE, bytes(text))).toEqual({ gatesFile, problems: [] })
  })
})

describe('parseGatesFile: refused files, each problem located', () => {
  it.each<{ name: string; text: string; problems: string[] }>([
    {
      name: 'a gate that checks nothing',
      text: 'gates:\n  - { metric: auc, greaterIsBetter: true, threshold: 0.8 }\n  - { metric: f1, greaterIsBetter: true }\n',
      problems: [
        '3:5 gates[1] gate-has-check gate on "f1" checks nothing',
        'hint: set at least one of threshold, minAbsoluteChange, minRelativeChange, maxAbsoluteRegression, maxRelativeRegression',
      ],
    },
    {
      name: 'an unknown key in a gate, with a suggestion',
      text: 'gates:\n  - { metric: auc, greaterIsBetter: true, treshold: 0.8 }\n',
      problems: [
        '2:43 gates[0].treshold schema/additionalProperties gates[0]: unknown key "treshold"',
        'hint: did you mean "threshold"?',
      ],
    },
    {
      name: 'an unknown top-level key, with a suggestion',
      text: 'gates:\n  - { metric: auc, greaterIsBetter: true, threshold: 0.8 }\ngate: 1\n',
      problems: ['3:1 gate schema/additionalProperties unknown key "gate"', 'hint: did you mean "gates"?'],
    },
    {
      name: 'no gates key',
      text: 'onMissing: fail\n',
      problems: ['1:1  schema/required missing required key "gates"', `hint: ${GATES_HINT}`],
    },
    {
      name: 'an empty list of gates',
      text: 'gates: []\n',
      problems: ['1:8 gates schema/minItems gates: needs at least 1 item'],
    },
    {
      name: 'a gate without a direction',
      text: 'gates:\n  - { metric: auc, threshold: 0.8 }\n',
      problems: [
        '2:5 gates[0] schema/required gates[0]: missing required key "greaterIsBetter"',
        'hint: add greaterIsBetter: a value',
      ],
    },
    {
      name: 'a metric name with a space',
      text: 'gates:\n  - { metric: "a b", greaterIsBetter: true, threshold: 0.8 }\n',
      problems: [
        '2:15 gates[0].metric schema/pattern gates[0].metric: "a b" is not a valid metric name',
        'hint: expected letters, digits, `.`, `_`, `-` and `/` (nested metrics-file keys are joined with `.`), e.g. auc',
      ],
    },
    {
      name: 'a .nan threshold',
      text: 'gates:\n  - { metric: auc, greaterIsBetter: true, threshold: .nan }\n',
      problems: [
        '2:54 gates[0].threshold schema/type gates[0].threshold: NaN is not a finite number',
        'hint: use a real number: NaN and infinities cannot be compared',
      ],
    },
    {
      name: 'an unknown onMissing',
      text: 'gates:\n  - { metric: auc, greaterIsBetter: true, threshold: 0.8 }\nonMissing: never\n',
      problems: ['3:12 onMissing schema/enum onMissing: "never" is not one of: fail, threshold-only'],
    },
    {
      name: 'a list instead of a map: the hint speaks of gates, not manifests',
      text: '- { metric: auc, greaterIsBetter: true, threshold: 0.8 }\n',
      problems: ['1:1  schema/type the document is a list, not a map of keys', `hint: ${GATES_HINT}`],
    },
  ])('$name', ({ text, problems }) => {
    const parsed = parseGatesFile(FILE, bytes(text))
    expect(parsed.gatesFile).toBeUndefined()
    expect(parsed.problems.every((p) => p.file === FILE && p.severity === 'error')).toBe(true)
    expect(
      parsed.problems.flatMap((p) => [
        `${p.line}:${p.column} ${p.path} ${p.rule} ${p.message}`,
        ...(p.hint === undefined ? [] : [`hint: ${p.hint}`]),
      ]),
    ).toEqual(problems)
  })
})

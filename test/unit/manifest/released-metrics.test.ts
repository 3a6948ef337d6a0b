import { describe, expect, it } from 'vitest'
import { baseManifest, problemsOf, source } from '../../support/manifests.js'

const FILE = 'models/fraud-detector/metrics.json'
const withFile = () => ({ ...baseManifest(), metrics: { file: 'metrics.json' } })
const bytes = (text: string) => new Map([[FILE, Buffer.from(text)]])

interface Case {
  name: string
  head: ReturnType<typeof baseManifest>
  base: ReturnType<typeof baseManifest>
  headFile?: string
  baseFile?: string
  /** `line:column rule message` fragments of every problem. */
  expected: string[]
}

const cases: Case[] = [
  {
    name: 'the same metrics file at both revisions: clean',
    head: withFile(),
    base: withFile(),
    headFile: '{"auc": 0.94}',
    baseFile: '{"auc": 0.94}',
    expected: [],
  },
  {
    name: 'the same values written differently (YAML vs JSON): clean',
    head: withFile(),
    base: withFile(),
    headFile: 'auc: 0.94\n',
    baseFile: '{"auc": 0.94}',
    expected: [],
  },
  {
    name: 'a value changed under the same version: released-version-immutable at metrics.file',
    head: withFile(),
    base: withFile(),
    headFile: '{"auc": 0.99}',
    baseFile: '{"auc": 0.94}',
    expected: [
      'metrics.file released-version-immutable metrics of released version 1.4.0 changed in the metrics file (auc 0.94 → 0.99); released versions are immutable',
    ],
  },
  {
    name: 'more than three metrics changed: three are named, the rest counted',
    head: withFile(),
    base: withFile(),
    headFile: '{"a": 1, "b": 1, "c": 1, "d": 1, "e": 1}',
    baseFile: '{"a": 0, "b": 0, "c": 0, "d": 0, "e": 0}',
    expected: [
      'metrics.file released-version-immutable metrics of released version 1.4.0 changed in the metrics file (a 0 → 1, b 0 → 1, c 0 → 1, and 2 more); released versions are immutable',
    ],
  },
  {
    name: 'a version bump allows new metrics',
    head: { ...withFile(), metadata: { name: 'fraud-detector', version: '1.5.0' } },
    base: withFile(),
    headFile: '{"auc": 0.99}',
    baseFile: '{"auc": 0.94}',
    expected: [],
  },
  {
    name: 'the metrics file missing at the head: metrics-file error',
    head: withFile(),
    base: withFile(),
    baseFile: '{"auc": 0.94}',
    expected: [
      'metrics.file metrics-file metrics.file: models/fraud-detector/metrics.json does not exist at this revision',
    ],
  },
  {
    name: 'the metrics file unusable at the base: base-invalid warning, nothing compared',
    head: withFile(),
    base: withFile(),
    headFile: '{"auc": 0.99}',
    baseFile: '[1, 2]',
    expected: [
      " base-invalid this model's metrics file is not usable at the base revision, so its metrics were not compared with the base",
    ],
  },
]

describe('released-version-immutable compares the metrics file (validateManifest with metricsFiles)', () => {
  it.each(cases)('$name', ({ head, base, headFile, baseFile, expected }) => {
    const problems = problemsOf(head, {
      baseSource: source(base),
      metricsFiles: {
        head: headFile === undefined ? new Map() : bytes(headFile),
        base: baseFile === undefined ? new Map() : bytes(baseFile),
      },
    })
    expect(problems.map((p) => `${p.path} ${p.rule} ${p.message}`)).toEqual(expected)
  })

  it('without metricsFiles, a manifest naming a metrics file is compared by its manifest only, as before', () => {
    expect(problemsOf(withFile(), { baseSource: source(withFile()) })).toEqual([])
  })
})

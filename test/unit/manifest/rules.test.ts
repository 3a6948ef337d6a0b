import { describe, expect, it } from 'vitest'
import { RULES } from '../../../core/index.js'
import { baseManifest, DIGEST, problemsOf, source } from '../../support/manifests.js'

type Manifest = ReturnType<typeof baseManifest>
const edit = (change: (m: Manifest) => void): Manifest => {
  const manifest = structuredClone(baseManifest())
  change(manifest)
  return manifest
}

interface Case {
  name: string
  manifest: Manifest
  base?: Manifest
  folder?: string
  /** `path rule severity message`, or nothing for a clean manifest. */
  expected: string[]
}

const summary = (manifest: Manifest, options: { base?: Manifest; folder?: string } = {}) =>
  problemsOf(manifest, {
    folderName: options.folder ?? 'fraud-detector',
    ...(options.base ? { baseSource: source(options.base) } : {}),
  }).map((p) => `${p.path} ${p.rule} ${p.severity} ${p.message}`)

const cases: Case[] = [
  { name: 'a valid high-tier manifest passes', manifest: baseManifest(), expected: [] },
  {
    name: 'name-matches-folder: the name must equal the folder',
    manifest: baseManifest(),
    folder: 'fraud',
    expected: [
      'metadata.name name-matches-folder error metadata.name is "fraud-detector" but the manifest is in folder "fraud"',
    ],
  },
  {
    name: 'datasets-required: high tier needs datasets',
    manifest: edit((m) => delete m.datasets),
    expected: [
      'riskTier datasets-required error riskTier high requires datasets (lineage), and none are listed',
    ],
  },
  {
    name: 'datasets-required: an empty list does not count',
    manifest: edit((m) => (m.datasets = [])),
    expected: [
      'riskTier datasets-required error riskTier high requires datasets (lineage), and none are listed',
    ],
  },
  {
    name: 'datasets-required: medium tier may omit datasets',
    manifest: edit((m) => {
      m.riskTier = 'medium'
      delete m.datasets
    }),
    expected: [],
  },
  {
    name: 'datasets-pinned: high tier datasets need digests',
    manifest: edit((m) => delete m.datasets[0].digest),
    expected: [
      'datasets[0] datasets-pinned error dataset "tx-2026q3" has no digest; riskTier high requires pinned lineage',
    ],
  },
  {
    name: 'datasets-pinned: low tier datasets may be unpinned',
    manifest: edit((m) => {
      m.riskTier = 'low'
      delete m.datasets[0].digest
    }),
    expected: [],
  },
  {
    name: 'explainability-required: critical needs explainability',
    manifest: edit((m) => (m.riskTier = 'critical')),
    expected: [
      'riskTier explainability-required error riskTier critical requires an explainability section, and there is none',
    ],
  },
  {
    name: 'explainability-required: satisfied by a report',
    manifest: edit((m) => {
      m.riskTier = 'critical'
      m.explainability = { method: 'shap', reportUri: 's3://r/shap.html', digest: DIGEST('c') }
    }),
    expected: [],
  },
  {
    name: 'retirement-required: retired needs retirement details',
    manifest: edit((m) => (m.lifecycle = { stage: 'retired' })),
    expected: [
      'lifecycle.stage retirement-required error lifecycle.stage is retired but lifecycle.retirement is missing',
    ],
  },
  {
    name: 'retirement-required: satisfied',
    manifest: edit(
      (m) =>
        (m.lifecycle = {
          stage: 'retired',
          retirement: { date: '2026-12-31', reason: 'replaced', replacement: 'fraud-detector@2.0.0' },
        }),
    ),
    expected: [],
  },
  {
    name: 'supersedes-older: cannot supersede itself or a later version',
    manifest: edit((m) => (m.lifecycle = { supersedes: 'fraud-detector@1.4.0' })),
    expected: [
      'lifecycle.supersedes supersedes-older error lifecycle.supersedes is fraud-detector@1.4.0, which is not older than this version 1.4.0',
    ],
  },
  {
    name: 'supersedes-older: an older version or another model is fine',
    manifest: edit((m) => (m.lifecycle = { supersedes: 'fraud-detector@1.3.9' })),
    expected: [],
  },
  {
    name: 'metric-names-unique: a metric listed twice',
    manifest: edit((m) => m.metrics.values.push({ name: 'auc', value: 0.5 })),
    expected: [
      'metrics.values[1].name metric-names-unique error metric "auc" is listed twice (also metrics.values[0])',
    ],
  },
  {
    name: 'metric-names-unique: the same metric on two datasets is fine',
    manifest: edit((m) => {
      m.metrics.values = [
        { name: 'auc', value: 0.9, dataset: 'a' },
        { name: 'auc', value: 0.8, dataset: 'b' },
      ]
    }),
    expected: [],
  },
  {
    name: 'gate-has-check: a gate must check something',
    manifest: edit((m) => (m.evaluation.gates = [{ metric: 'auc', greaterIsBetter: true }])),
    expected: ['evaluation.gates[0] gate-has-check error gate on "auc" checks nothing'],
  },
  {
    name: 'gate-metric-known: warns about a gate on an unlisted metric',
    manifest: edit((m) => m.evaluation.gates.push({ metric: 'f1', greaterIsBetter: true, threshold: 0.5 })),
    expected: [
      'evaluation.gates[1].metric gate-metric-known warning gate on "f1" but metrics.values has no such metric',
    ],
  },
  {
    name: 'gate-metric-known: silent when a metrics file may supply it',
    manifest: edit((m) => {
      m.metrics.file = 'metrics.json'
      m.evaluation.gates.push({ metric: 'f1', greaterIsBetter: true, threshold: 0.5 })
    }),
    expected: [],
  },
  {
    name: 'replicas-ordered: min above max',
    manifest: edit((m) => (m.serving = { autoscaling: { minReplicas: 5, maxReplicas: 2 } })),
    expected: ['serving.autoscaling.minReplicas replicas-ordered error minReplicas 5 is above maxReplicas 2'],
  },
  {
    name: 'version-not-lowered: below the base version',
    manifest: edit((m) => {
      m.metadata.version = '1.3.0'
      m.artifact.digest = DIGEST('9')
    }),
    base: baseManifest(),
    expected: [
      'metadata.version version-not-lowered error version 1.3.0 is lower than 1.4.0 on the base revision',
    ],
  },
  {
    name: 'version-bumped: a new artifact under the same version',
    manifest: edit((m) => (m.artifact.digest = DIGEST('9'))),
    base: baseManifest(),
    expected: ['metadata.version version-bumped error artifact changed but the version is still 1.4.0'],
  },
  {
    name: 'version-bumped: new metrics under the same version',
    manifest: edit((m) => (m.metrics.values[0].value = 0.95)),
    base: baseManifest(),
    expected: ['metadata.version version-bumped error metrics changed but the version is still 1.4.0'],
  },
  {
    name: 'version-bumped: satisfied by a higher version',
    manifest: edit((m) => {
      m.artifact.digest = DIGEST('9')
      m.metadata.version = '1.5.0'
    }),
    base: baseManifest(),
    expected: [],
  },
  {
    name: 'released-version-immutable: lineage of a released version cannot change',
    manifest: edit((m) => (m.datasets[0].digest = DIGEST('7'))),
    base: baseManifest(),
    expected: [
      'datasets released-version-immutable error datasets of released version 1.4.0 changed; released versions are immutable',
    ],
  },
  {
    name: 'released-version-immutable: descriptive fields may change',
    manifest: edit((m) => {
      m.metadata.description = 'now documented'
      m.owners.maintainers.push('@kenji')
    }),
    base: baseManifest(),
    expected: [],
  },
  {
    name: 'risk-tier-lowered: flagged as a warning',
    manifest: edit((m) => (m.riskTier = 'medium')),
    base: baseManifest(),
    expected: ['riskTier risk-tier-lowered warning riskTier lowered from high to medium'],
  },
  {
    name: 'risk-tier-lowered: raising is fine',
    manifest: edit(
      (m) => ((m.riskTier = 'critical'), (m.explainability = { method: 'shap', reportUri: 's3://r' })),
    ),
    base: baseManifest(),
    expected: [],
  },
]

describe('semantic rules', () => {
  it.each(cases)('$name', ({ manifest, base, folder, expected }) => {
    expect(summary(manifest, { ...(base ? { base } : {}), ...(folder ? { folder } : {}) })).toEqual(expected)
  })

  it('every rule has a case that makes it fire', () => {
    const fired = new Set(cases.flatMap((c) => c.expected.map((line) => line.split(' ')[1])))
    expect(RULES.map((rule) => rule.id).filter((id) => !fired.has(id))).toEqual([])
  })

  it('place a rule problem on the offending line with a hint', () => {
    const yaml = source(edit((m) => delete m.datasets[0].digest)).toString()
    const [problem] = problemsOf(yaml)
    const line = yaml.split('\n').findIndex((text) => text.includes('- name: tx-2026q3')) + 1
    expect(problem).toMatchObject({
      line,
      column: 5,
      rule: 'datasets-pinned',
      hint: expect.stringContaining('add digest: sha256:'),
    })
  })

  it('warns instead of comparing when the base revision is not a valid manifest', () => {
    const problems = problemsOf(baseManifest(), { baseSource: source('riskTier: [') })
    expect(problems.map((p) => `${p.rule} ${p.severity}`)).toEqual(['base-invalid warning'])
  })

  it('honours severity overrides from the repo config, and "off"', () => {
    const noDatasets = edit((m) => delete m.datasets)
    expect(problemsOf(noDatasets, { ruleSettings: { 'datasets-required': 'off' } })).toEqual([])
    expect(
      problemsOf(noDatasets, { ruleSettings: { 'datasets-required': 'warning' } }).map((p) => p.severity),
    ).toEqual(['warning'])
    const unknownGate = edit((m) =>
      m.evaluation.gates.push({ metric: 'f1', greaterIsBetter: true, threshold: 0.5 }),
    )
    expect(
      problemsOf(unknownGate, { ruleSettings: { 'gate-metric-known': 'error' } }).map((p) => p.severity),
    ).toEqual(['error'])
  })

  it('does not run rules on a manifest whose structure is invalid', () => {
    const problems = problemsOf(
      edit((m) => {
        m.riskTier = 'extreme'
        delete m.datasets
      }),
      { folderName: 'elsewhere' },
    )
    expect(problems.map((p) => p.rule)).toEqual(['schema/enum'])
  })
})

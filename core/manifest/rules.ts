import type { MetricReading } from '../metrics/flatten-metrics.js'
import type { Finding, KeyPath, Severity } from '../problem.js'
import type { Gate, ModelManifest } from './manifest.js'
import { GATE_CHECKS, RISK_TIERS } from './manifest.js'
import { isLowerVersion, nextMinor, parseVersion } from './semver.js'

/** What a rule may look at besides the manifest. */
export interface RuleContext {
  /** Name of the folder holding the manifest (`models/<folder>/model.yaml`). */
  folderName?: string
  /** The same model's manifest at the base revision, when validating a change (`--base`). */
  base?: ModelManifest
  /**
   * Every metric the model reports (`metrics.values` and the metrics file, flattened) at the head
   * and at the base, when both were read: a metrics file can change while the manifest does not.
   */
  metrics?: { head: Readonly<Record<string, MetricReading>>; base: Readonly<Record<string, MetricReading>> }
}

/** A finding before the rule's id and severity are stamped on it. */
export type RuleFinding = Omit<Finding, 'rule' | 'severity'>

/** A semantic rule: checked after the schema passes; its severity can be changed in the repo config. */
export interface Rule {
  id: string
  severity: Severity
  /** One line for rule listings and SARIF. */
  summary: string
  check(manifest: ModelManifest, context: RuleContext): RuleFinding[]
}

const tierRank = (tier: string) => RISK_TIERS.indexOf(tier as ModelManifest['riskTier'])

const nameMatchesFolder: Rule = {
  id: 'name-matches-folder',
  severity: 'error',
  summary: 'metadata.name equals the name of the folder holding the manifest',
  check({ metadata }, { folderName }) {
    if (folderName === undefined || metadata.name === folderName) return []
    return [
      {
        path: ['metadata', 'name'],
        target: 'value',
        message: `metadata.name is "${metadata.name}" but the manifest is in folder "${folderName}"`,
        hint: `rename the folder to models/${metadata.name}/ or set metadata.name: ${folderName}`,
      },
    ]
  },
}

const datasetsRequired: Rule = {
  id: 'datasets-required',
  severity: 'error',
  summary: 'models of risk tier high or critical record their datasets (lineage)',
  check({ riskTier, datasets }) {
    if (tierRank(riskTier) < tierRank('high') || (datasets && datasets.length > 0)) return []
    return [
      {
        path: ['riskTier'],
        target: 'value',
        message: `riskTier ${riskTier} requires datasets (lineage), and none are listed`,
        hint: 'add datasets: [{ name, role: train, uri, digest }] for the training and evaluation data',
      },
    ]
  },
}

const datasetsPinned: Rule = {
  id: 'datasets-pinned',
  severity: 'error',
  summary: 'datasets of high and critical models are pinned by digest',
  check({ riskTier, datasets = [] }) {
    if (tierRank(riskTier) < tierRank('high')) return []
    return datasets.flatMap((dataset, index) =>
      dataset.digest
        ? []
        : [
            {
              path: ['datasets', index],
              target: 'value' as const,
              message: `dataset "${dataset.name}" has no digest; riskTier ${riskTier} requires pinned lineage`,
              hint: "add digest: sha256:<64 hex> of the dataset snapshot (`sha256sum` of the snapshot file, or of a sorted list of its files' sha256 sums; DVC's md5 hashes are not sha256)",
            },
          ],
    )
  },
}

const explainabilityRequired: Rule = {
  id: 'explainability-required',
  severity: 'error',
  summary: 'critical models carry an explainability report',
  check({ riskTier, explainability }) {
    if (riskTier !== 'critical' || explainability) return []
    return [
      {
        path: ['riskTier'],
        target: 'value',
        message: 'riskTier critical requires an explainability section, and there is none',
        hint: 'add explainability: { method: shap, reportUri: <where the report is>, digest: sha256:<64 hex> }',
      },
    ]
  },
}

const retirementRequired: Rule = {
  id: 'retirement-required',
  severity: 'error',
  summary: 'a retired model says when, why, and what replaces it',
  check({ lifecycle }) {
    if (lifecycle?.stage !== 'retired' || lifecycle.retirement) return []
    return [
      {
        path: ['lifecycle', 'stage'],
        target: 'value',
        message: 'lifecycle.stage is retired but lifecycle.retirement is missing',
        hint: 'add lifecycle.retirement: { date: YYYY-MM-DD, reason: "…", replacement: <model>@<version> }',
      },
    ]
  },
}

const supersedesOlder: Rule = {
  id: 'supersedes-older',
  severity: 'error',
  summary: 'lifecycle.supersedes names an older version',
  check({ metadata, lifecycle }) {
    const ref = lifecycle?.supersedes
    if (!ref) return []
    const [name, version = ''] = ref.split('@')
    if (name !== metadata.name || !parseVersion(version) || isLowerVersion(version, metadata.version))
      return []
    return [
      {
        path: ['lifecycle', 'supersedes'],
        target: 'value',
        message: `lifecycle.supersedes is ${ref}, which is not older than this version ${metadata.version}`,
        hint: 'name the version this one replaces, which must be lower',
      },
    ]
  },
}

const metricNamesUnique: Rule = {
  id: 'metric-names-unique',
  severity: 'error',
  summary: 'each metric is listed once per dataset',
  check({ metrics }) {
    const seen = new Map<string, number>()
    return (metrics?.values ?? []).flatMap((metric, index) => {
      const key = `${metric.name}\0${metric.dataset ?? ''}`
      const first = seen.get(key)
      if (first === undefined) {
        seen.set(key, index)
        return []
      }
      return [
        {
          path: ['metrics', 'values', index, 'name'],
          target: 'value' as const,
          message: `metric "${metric.name}"${metric.dataset ? ` on dataset "${metric.dataset}"` : ''} is listed twice (also metrics.values[${first}])`,
          hint: 'keep one value per metric, or tell them apart with dataset:',
        },
      ]
    })
  },
}

/** Gates that check nothing (a validation error wherever gates are declared), located under `path`. */
export function uncheckedGates(gates: readonly Gate[], path: KeyPath): RuleFinding[] {
  return gates.flatMap((gate, index) =>
    GATE_CHECKS.some((check) => gate[check] !== undefined)
      ? []
      : [
          {
            path: [...path, index],
            target: 'value' as const,
            message: `gate on "${gate.metric}" checks nothing`,
            hint: `set at least one of ${GATE_CHECKS.join(', ')}`,
          },
        ],
  )
}

const gateHasCheck: Rule = {
  id: 'gate-has-check',
  severity: 'error',
  summary: 'every gate sets a threshold, a minimum change or a maximum regression',
  check: ({ evaluation }) => uncheckedGates(evaluation?.gates ?? [], ['evaluation', 'gates']),
}

const gateMetricKnown: Rule = {
  id: 'gate-metric-known',
  severity: 'warning',
  summary: 'gated metrics appear in metrics.values (unless a metrics file supplies them)',
  check({ evaluation, metrics }) {
    if (!metrics?.values || metrics.file) return []
    const known = new Set(metrics.values.map((metric) => metric.name))
    return (evaluation?.gates ?? []).flatMap((gate, index) =>
      known.has(gate.metric)
        ? []
        : [
            {
              path: ['evaluation', 'gates', index, 'metric'],
              target: 'value' as const,
              message: `gate on "${gate.metric}" but metrics.values has no such metric`,
              hint: `add the metric to metrics.values or fix the name (known: ${[...known].join(', ') || 'none'})`,
            },
          ],
    )
  },
}

const replicasOrdered: Rule = {
  id: 'replicas-ordered',
  severity: 'error',
  summary: 'serving.autoscaling.minReplicas is at most maxReplicas',
  check({ serving }) {
    const { minReplicas, maxReplicas } = serving?.autoscaling ?? {}
    if (minReplicas === undefined || maxReplicas === undefined || minReplicas <= maxReplicas) return []
    return [
      {
        path: ['serving', 'autoscaling', 'minReplicas'],
        target: 'value',
        message: `minReplicas ${minReplicas} is above maxReplicas ${maxReplicas}`,
        hint: 'lower minReplicas or raise maxReplicas',
      },
    ]
  },
}

/** What a released version is made of: changing any of it needs a new version (evidence such as explainability may be added). */
const RELEASE_FIELDS = ['artifact', 'metrics', 'datasets', 'source'] as const

const versionNotLowered: Rule = {
  id: 'version-not-lowered',
  severity: 'error',
  summary: 'metadata.version never goes below the base revision',
  check({ metadata }, { base }) {
    if (!base || !isLowerVersion(metadata.version, base.metadata.version)) return []
    return [
      {
        path: ['metadata', 'version'],
        target: 'value',
        message: `version ${metadata.version} is lower than ${base.metadata.version} on the base revision`,
        hint: `use a version above ${base.metadata.version}, e.g. ${nextMinor(base.metadata.version) ?? 'the next minor'}`,
      },
    ]
  },
}

const versionBumped: Rule = {
  id: 'version-bumped',
  severity: 'error',
  summary: 'a changed artifact or changed metrics come with a new version',
  check(manifest, { base }) {
    if (!base || manifest.metadata.version !== base.metadata.version) return []
    const changed = (['artifact', 'metrics'] as const).filter(
      (field) => !sameValue(manifest[field], base[field]),
    )
    if (changed.length === 0) return []
    return [
      {
        path: ['metadata', 'version'],
        target: 'value',
        message: `${changed.join(' and ')} changed but the version is still ${manifest.metadata.version}`,
        hint: `bump metadata.version, e.g. to ${nextMinor(manifest.metadata.version) ?? 'the next minor'}`,
      },
    ]
  },
}

const releasedVersionImmutable: Rule = {
  id: 'released-version-immutable',
  severity: 'error',
  summary:
    'a version that exists on the base revision keeps its artifact, metrics (the metrics file too), datasets and source',
  check(manifest, { base, metrics }) {
    if (!base || manifest.metadata.version !== base.metadata.version) return []
    if (!sameValue(manifest.artifact, base.artifact) || !sameValue(manifest.metrics, base.metrics)) return [] // version-bumped says it
    const changed = RELEASE_FIELDS.filter((field) => !sameValue(manifest[field], base[field]))
    return [
      ...changed.map((field) => ({
        path: manifest[field] === undefined ? ['metadata', 'version'] : [field],
        target: 'value' as const,
        message: `${field} of released version ${manifest.metadata.version} changed; released versions are immutable`,
        hint: 'publish the change as a new version (bump metadata.version)',
      })),
      ...metricsFileChanged(manifest, metrics),
    ]
  },
}

/** The most changed metric names a message lists. */
const LISTED_METRICS = 3

/**
 * The manifest's `metrics` section is unchanged, yet the values it reports moved: the metrics
 * file changed under a released version.
 */
function metricsFileChanged(manifest: ModelManifest, metrics: RuleContext['metrics']): RuleFinding[] {
  if (!metrics || sameValue(metrics.head, metrics.base)) return []
  const names = [...new Set([...Object.keys(metrics.base), ...Object.keys(metrics.head)])]
    .filter((name) => !sameValue(metrics.head[name], metrics.base[name]))
    .sort()
  const shown = names
    .slice(0, LISTED_METRICS)
    .map((name) => `${name} ${readingOf(metrics.base[name])} → ${readingOf(metrics.head[name])}`)
  const more = names.length > LISTED_METRICS ? `, and ${names.length - LISTED_METRICS} more` : ''
  return [
    {
      path: manifest.metrics?.file === undefined ? ['metadata', 'version'] : ['metrics', 'file'],
      target: 'value',
      message: `metrics of released version ${manifest.metadata.version} changed in the metrics file (${shown.join(', ')}${more}); released versions are immutable`,
      hint: 'publish the new metrics as a new version (bump metadata.version), or restore the metrics file',
    },
  ]
}

const readingOf = (value: MetricReading | undefined) =>
  value === undefined ? 'absent' : JSON.stringify(value).slice(0, 40)

const riskTierNotLowered: Rule = {
  id: 'risk-tier-lowered',
  severity: 'warning',
  summary: 'lowering riskTier is flagged (approval policy keeps applying the higher tier)',
  check({ riskTier }, { base }) {
    if (!base || tierRank(riskTier) >= tierRank(base.riskTier)) return []
    return [
      {
        path: ['riskTier'],
        target: 'value',
        message: `riskTier lowered from ${base.riskTier} to ${riskTier}`,
        hint: `approval policies apply the higher tier (${base.riskTier}) to this change; make sure the risk owner agrees`,
      },
    ]
  },
}

/** Every semantic rule, in reporting order. */
export const RULES: readonly Rule[] = [
  nameMatchesFolder,
  datasetsRequired,
  datasetsPinned,
  explainabilityRequired,
  retirementRequired,
  supersedesOlder,
  metricNamesUnique,
  gateHasCheck,
  gateMetricKnown,
  replicasOrdered,
  versionNotLowered,
  versionBumped,
  releasedVersionImmutable,
  riskTierNotLowered,
]

/** Structural equality of two plain YAML values (key order ignored). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return Number.isNaN(a) && Number.isNaN(b)
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const keysA = Object.keys(a)
  const keysB = Object.keys(b)
  return (
    keysA.length === keysB.length &&
    keysA.every(
      (key) =>
        Object.hasOwn(b, key) &&
        sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  )
}

import type { OnMissingBaseline } from '../gates/evaluate-gate.js'
import type { GateVerdict } from '../gates/evaluate-gates.js'
import { gateModel } from '../gates/gate-model.js'
import type { Dataset, Gate, ModelManifest } from '../manifest/manifest.js'
import { GATE_CHECKS } from '../manifest/manifest.js'
import type { ModelSnapshot } from '../model/model-snapshot.js'
import { metricDirections } from '../model/model-snapshot.js'
import type { MetricRow } from './diff-metrics.js'
import { diffMetrics } from './diff-metrics.js'

/** A reviewed field that differs between base and head, shown as text (`null`: absent on that side). */
export interface FieldChange {
  field:
    'version' | 'artifact.uri' | 'artifact.digest' | 'riskTier' | 'owners' | 'gates' | `datasets.${string}`
  base: string | null
  head: string | null
}

/** How one model differs between the base and head revisions. */
export interface ModelChange {
  model: string
  /** The head manifest's path (the base's when the model was removed). */
  file: string
  status: 'added' | 'removed' | 'modified' | 'unchanged'
  fields: FieldChange[]
  metrics: MetricRow[]
  /**
   * What the verdict was judged by: the head's gates (without `x-` keys) and its missing-baseline
   * rule. A reader of an untrusted report judges the metrics again with these (see `judgeDiffReport`).
   */
  evaluation?: ModelEvaluation
  /** Head metrics against head gates and base metrics; absent for a removed model or one without gates. */
  verdict?: GateVerdict
}

/** The gates a model is judged by, as a diff report carries them. */
export interface ModelEvaluation {
  gates: Gate[]
  onMissingBaseline: OnMissingBaseline
}

/**
 * Compares one model at two revisions: the fields reviewers must see (version, artifact, risk
 * tier, owners, gates, datasets by name) and every metric, with the gate verdict of the head.
 * @example diffModel(baseSnapshot, headSnapshot).fields // [{ field: 'version', base: '1.2.0', head: '1.3.0' }]
 */
export function diffModel(base: ModelSnapshot | undefined, head: ModelSnapshot | undefined): ModelChange {
  const either = (head ?? base)!
  const fields = diffFields(base?.manifest, head?.manifest)
  // Without a prototype, so a metric named `toString` has no direction until a manifest gives one.
  const directions: Record<string, boolean> = Object.assign(
    Object.create(null) as Record<string, boolean>,
    base ? metricDirections(base.manifest) : {},
    head ? metricDirections(head.manifest) : {},
  )
  const metrics = diffMetrics(base?.metrics ?? {}, head?.metrics ?? {}, directions)
  const gated = head && (head.manifest.evaluation?.gates?.length ?? 0) > 0
  const status = !base
    ? 'added'
    : !head
      ? 'removed'
      : fields.length > 0 || metrics.some((row) => row.movement !== 'unchanged')
        ? 'modified'
        : 'unchanged'
  return {
    model: either.name,
    file: either.file,
    status,
    fields,
    metrics,
    ...(gated ? { evaluation: evaluationOf(head.manifest), verdict: gateModel(head, base?.metrics) } : {}),
  }
}

function evaluationOf(manifest: ModelManifest): ModelEvaluation {
  const gates = (manifest.evaluation?.gates ?? []).map((gate) => {
    const known: Gate = { metric: gate.metric, greaterIsBetter: gate.greaterIsBetter }
    for (const check of GATE_CHECKS) if (gate[check] !== undefined) known[check] = gate[check]
    return gate.severity === undefined ? known : { ...known, severity: gate.severity }
  })
  return { gates, onMissingBaseline: manifest.evaluation?.baseline?.onMissing ?? 'fail' }
}

function diffFields(base: ModelManifest | undefined, head: ModelManifest | undefined): FieldChange[] {
  const pick = (read: (manifest: ModelManifest) => string | undefined) => ({
    base: base ? (read(base) ?? null) : null,
    head: head ? (read(head) ?? null) : null,
  })
  const candidates: FieldChange[] = [
    { field: 'version', ...pick((m) => m.metadata.version) },
    { field: 'artifact.uri', ...pick((m) => m.artifact.uri) },
    { field: 'artifact.digest', ...pick((m) => m.artifact.digest) },
    { field: 'riskTier', ...pick((m) => m.riskTier) },
    { field: 'owners', ...pick((m) => [m.owners.team, ...m.owners.maintainers].join(', ')) },
    { field: 'gates', ...pick((m) => describeGates(m)) },
    ...diffDatasets(base?.datasets ?? [], head?.datasets ?? []),
  ]
  return candidates.filter((change) => change.base !== change.head)
}

/** Datasets matched by name: added, removed, or pointing at other data (uri, digest or version). */
function diffDatasets(base: readonly Dataset[], head: readonly Dataset[]): FieldChange[] {
  const describe = (dataset: Dataset | undefined) =>
    dataset
      ? [dataset.role, dataset.uri, dataset.digest, dataset.version]
          .filter((part) => part !== undefined)
          .join(' ')
      : null
  const names = [...new Set([...base, ...head].map((dataset) => dataset.name))].sort()
  return names.map((name) => ({
    field: `datasets.${name}` as const,
    base: describe(base.find((dataset) => dataset.name === name)),
    head: describe(head.find((dataset) => dataset.name === name)),
  }))
}

/**
 * A stable one-line description of the gates, so any loosened or added check shows as a change,
 * and nothing else does: checks are listed in a fixed order (reordering keys in the YAML is not a
 * change) and `x-` extension keys are left out.
 */
function describeGates(manifest: ModelManifest): string | undefined {
  const gates = manifest.evaluation?.gates
  if (!gates?.length) return undefined
  return gates
    .map((gate) => {
      const parts = GATE_CHECKS.filter((check) => gate[check] !== undefined).map(
        (check) => `${check} ${String(gate[check])}`,
      )
      return `${gate.metric} (${gate.greaterIsBetter ? 'higher' : 'lower'} is better${gate.severity === 'warning' ? ', warning' : ''}): ${parts.join(', ')}`
    })
    .join('; ')
}

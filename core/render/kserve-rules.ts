import type { DeploymentMode } from '../environments/environment-profile.js'
import { normalizeDeploymentMode } from '../environments/environment-profile.js'
import type { KeyPath } from '../problem.js'
import type { FieldOrigins, RenderFinding } from './field-origin.js'
import { problemAt } from './field-origin.js'
import type { KubernetesObject } from './render-inference-service.js'
import type { RenderProblem } from './render-problem.js'
import { toText } from '../text.js'
import { isKserveStorageUri, storageUriFix } from './storage-uri.js'

/** What a KServe rule looks at: the rendered InferenceService and where its values came from. */
export interface KserveRuleContext {
  object: KubernetesObject
  origins: FieldOrigins
}

/**
 * A check KServe's admission webhook makes and the CRD schema does not (v0.20,
 * `inference_service_validation.go` and the component validators), so it is refused before a
 * promotion is written instead of by the cluster after Argo CD applies it.
 */
export interface KserveRule {
  id: string
  summary: string
  check(context: KserveRuleContext): RenderProblem[]
}

type Predictor = Record<string, unknown> & {
  name?: unknown
  minReplicas?: unknown
  maxReplicas?: unknown
  scaleMetric?: unknown
  scaleMetricType?: unknown
  scaleTarget?: unknown
  canaryTrafficPercent?: unknown
  storageUris?: unknown
  model?: { storageUri?: unknown }
}

/** The predictor implementations KServe knows; exactly one may be set. */
const IMPLEMENTATIONS = [
  'model',
  'sklearn',
  'xgboost',
  'tensorflow',
  'pytorch',
  'triton',
  'onnx',
  'huggingface',
  'pmml',
  'lightgbm',
  'paddle',
] as const

/** KServe's InferenceService name format (a DNS-1035 label). */
const NAME = /^[a-z]([-a-z0-9]*[a-z0-9])?$/
/** A Kubernetes DNS label's length limit: KServe's default host is `<name>-predictor-<namespace>`. */
const MAX_LABEL = 63

const spec = (object: KubernetesObject) => (object.spec ?? {}) as { predictor?: Predictor; canary?: unknown }
const predictorOf = (object: KubernetesObject): Predictor => spec(object).predictor ?? {}
const annotation = (object: KubernetesObject, key: string) =>
  (object.metadata.annotations as Record<string, string> | undefined)?.[key]
const modeOf = (object: KubernetesObject): DeploymentMode => {
  const mode = annotation(object, 'serving.kserve.io/deploymentMode')
  return normalizeDeploymentMode(mode === 'Standard' || mode === 'RawDeployment' ? mode : 'Knative')
}
const usesHpa = (object: KubernetesObject) =>
  modeOf(object) === 'Standard' && annotation(object, 'serving.kserve.io/autoscalerClass') === 'hpa'
const PREDICTOR: KeyPath = ['spec', 'predictor']
const num = (value: unknown) => (typeof value === 'number' ? value : undefined)
const at = (context: KserveRuleContext, path: KeyPath, finding: RenderFinding) =>
  problemAt(context.origins, path, finding)

const nameIsDnsLabel: KserveRule = {
  id: 'kserve/name',
  summary: 'the name is a DNS-1035 label and `<name>-predictor-<namespace>` fits in 63 characters',
  check(context) {
    const name = toText(context.object.metadata.name ?? '')
    const namespace = toText(context.object.metadata.namespace ?? '')
    if (!NAME.test(name))
      return [
        at(context, ['metadata', 'name'], {
          rule: this.id,
          message: `the name "${name}" is not a DNS-1035 label (lowercase letters, digits and "-", starting with a letter)`,
          hint: `rename the model, e.g. ${
            name
              .toLowerCase()
              .replace(/[^a-z0-9-]+/g, '-')
              .replace(/^[^a-z]+|-+$/g, '') || 'my-model'
          }`,
        }),
      ]
    const host = `${name}-predictor-${namespace}`
    if (host.length <= MAX_LABEL) return []
    return [
      at(context, ['metadata', 'name'], {
        rule: this.id,
        message: `"${host}" (KServe's host label: name-predictor-namespace) is ${host.length} characters; at most ${MAX_LABEL} fit in a DNS label`,
        hint: `shorten the model name to at most ${Math.max(1, MAX_LABEL - '-predictor-'.length - namespace.length)} characters, or the environment's namespace "${namespace}"`,
      }),
    ]
  },
}

const onePredictorImplementation: KserveRule = {
  id: 'kserve/one-implementation',
  summary: 'the predictor sets exactly one implementation (model, a framework key, or containers)',
  check(context) {
    const predictor = predictorOf(context.object)
    const set = [
      ...IMPLEMENTATIONS.filter((key) => predictor[key] !== undefined),
      ...(Array.isArray(predictor.containers) && predictor.containers.length > 0 ? ['containers'] : []),
    ]
    if (set.length === 1) return []
    return [
      at(context, PREDICTOR, {
        rule: this.id,
        message:
          set.length === 0
            ? 'the predictor sets no implementation'
            : `the predictor sets ${set.length} implementations (${set.join(', ')}); KServe takes exactly one`,
        hint: 'a modelgate defect: the renderer writes predictor.model only; please report it',
      }),
    ]
  },
}

const storageUriXorUris: KserveRule = {
  id: 'kserve/storage-uri-xor-uris',
  summary: 'storageUri and storageUris are not both set',
  check(context) {
    const predictor = predictorOf(context.object)
    if (predictor.model?.storageUri === undefined || predictor.storageUris === undefined) return []
    return [
      at(context, [...PREDICTOR, 'storageUris'], {
        rule: this.id,
        message: 'the predictor sets both model.storageUri and storageUris; KServe takes one of them',
        hint: 'keep model.storageUri (the artifact) and drop storageUris',
      }),
    ]
  },
}

const storageSchemeIsKnown: KserveRule = {
  id: 'kserve/storage-scheme',
  summary: "the storage URI's scheme is one KServe's storage initializer reads",
  check(context) {
    const uri = predictorOf(context.object).model?.storageUri
    if (typeof uri !== 'string' || isKserveStorageUri(uri)) return []
    return [
      at(context, [...PREDICTOR, 'model', 'storageUri'], {
        rule: this.id,
        message: `KServe cannot fetch the model from ${uri}: its storage initializer has no such scheme`,
        hint: storageUriFix(uri),
      }),
    ]
  },
}

const scaleMetricFitsMode: KserveRule = {
  id: 'kserve/scale-metric',
  summary: 'Knative scales on concurrency or rps; Standard mode with the HPA on cpu or memory',
  check(context) {
    const { object } = context
    const metric = predictorOf(object).scaleMetric
    if (metric === undefined) return []
    const allowed =
      modeOf(object) === 'Knative' ? ['concurrency', 'rps'] : usesHpa(object) ? ['cpu', 'memory'] : []
    if (allowed.includes(toText(metric))) return []
    return [
      at(context, [...PREDICTOR, 'scaleMetric'], {
        rule: this.id,
        message: `scale metric ${toText(metric)} is not available in ${modeOf(object)} mode${usesHpa(object) ? ' with the HPA' : ''}`,
        hint:
          allowed.length === 0
            ? 'remove the scale metric: this autoscaler class takes none'
            : `use ${allowed.join(' or ')} in this environment`,
      }),
    ]
  },
}

const utilizationTargetIsPercent: KserveRule = {
  id: 'kserve/hpa-target',
  summary: 'an HPA utilization target is a percentage from 1 to 100',
  check(context) {
    const { object } = context
    const predictor = predictorOf(object)
    const target = num(predictor.scaleTarget)
    const utilization =
      predictor.scaleMetricType === 'Utilization' || (predictor.scaleMetric ?? 'cpu') === 'cpu'
    if (!usesHpa(object) || !utilization || target === undefined || (target >= 1 && target <= 100)) return []
    return [
      at(context, [...PREDICTOR, 'scaleTarget'], {
        rule: this.id,
        message: `scale target ${target} is a utilization percentage here; it must be from 1 to 100`,
        hint: 'use a target from 1 to 100 (e.g. 70 for 70% of the requested cpu)',
      }),
    ]
  },
}

const replicasInOrder: KserveRule = {
  id: 'kserve/replicas',
  summary: 'minReplicas ≤ maxReplicas, and only Knative scales to zero',
  check(context) {
    const { object } = context
    const predictor = predictorOf(object)
    const [min, max] = [num(predictor.minReplicas), num(predictor.maxReplicas)]
    const problems: RenderProblem[] = []
    if (min !== undefined && max !== undefined && max > 0 && min > max)
      problems.push(
        at(context, [...PREDICTOR, 'minReplicas'], {
          rule: this.id,
          message: `minReplicas ${min} is above maxReplicas ${max}`,
          hint: `lower minReplicas to at most ${max}, or raise maxReplicas`,
        }),
      )
    if (min === 0 && modeOf(object) === 'Standard')
      problems.push(
        at(context, [...PREDICTOR, 'minReplicas'], {
          rule: this.id,
          message: 'minReplicas 0 (scale to zero) needs Knative; this environment runs Standard mode',
          hint: 'set minReplicas to 1 or more for this environment',
        }),
      )
    return problems
  },
}

const canaryTrafficInRange: KserveRule = {
  id: 'kserve/canary-traffic',
  summary: 'canaryTrafficPercent is from 0 to 100 and only in Knative mode',
  check(context) {
    const { object } = context
    const percent = predictorOf(object).canaryTrafficPercent
    if (percent === undefined) return []
    const path = [...PREDICTOR, 'canaryTrafficPercent']
    if (modeOf(object) !== 'Knative')
      return [
        at(context, path, {
          rule: this.id,
          message:
            'canaryTrafficPercent splits traffic between Knative revisions; this environment runs Standard mode',
          hint: 'a modelgate defect: Standard mode renders spec.canary instead; please report it',
        }),
      ]
    if (typeof percent === 'number' && percent >= 0 && percent <= 100) return []
    return [
      at(context, path, {
        rule: this.id,
        message: `canary traffic ${toText(percent)}% is not a percentage from 0 to 100`,
        hint: 'use a canary trafficPercent from 0 to 100',
      }),
    ]
  },
}

const canaryPredictorsFit: KserveRule = {
  id: 'kserve/canary-predictors',
  summary:
    'spec.canary[] (Standard mode): unique predictor names, no max replicas or scale settings, min replicas within the stable predictor’s, traffic summing to at most 100',
  check(context) {
    const { object } = context
    const canary = spec(object).canary
    if (!Array.isArray(canary)) return []
    const problems: RenderProblem[] = []
    const push = (path: KeyPath, message: string, hint: string) =>
      problems.push(at(context, path, { rule: this.id, message, hint }))
    if (modeOf(object) !== 'Standard')
      push(
        ['spec', 'canary'],
        'spec.canary is for Standard mode; Knative splits traffic with canaryTrafficPercent',
        'a modelgate defect; please report it',
      )
    const stableMin = num(predictorOf(object).minReplicas)
    const names = new Set<string>()
    let sum = 0
    for (const [index, entry] of (
      canary as { predictor?: Predictor; trafficPercent?: unknown }[]
    ).entries()) {
      const path: KeyPath = ['spec', 'canary', index]
      const predictor = entry.predictor ?? {}
      const name = toText(predictor.name ?? '')
      if (names.has(name))
        push(
          [...path, 'predictor', 'name'],
          `canary predictor name "${name}" is used twice`,
          'give each canary predictor its own name',
        )
      names.add(name)
      for (const key of ['maxReplicas', 'scaleMetric', 'scaleMetricType', 'scaleTarget'] as const)
        if (predictor[key] !== undefined)
          push(
            [...path, 'predictor', key],
            `a canary predictor may not set ${key}: it scales with the stable predictor`,
            `remove ${key} from the canary`,
          )
      const min = num(predictor.minReplicas)
      if (min !== undefined && stableMin !== undefined && min > stableMin)
        push(
          [...path, 'predictor', 'minReplicas'],
          `canary minReplicas ${min} is above the stable predictor's ${stableMin}`,
          `use at most ${stableMin}`,
        )
      const percent = num(entry.trafficPercent) ?? 0
      if (percent < 0 || percent > 100)
        push(
          [...path, 'trafficPercent'],
          `canary traffic ${percent}% is not a percentage from 0 to 100`,
          'use a canary trafficPercent from 0 to 100',
        )
      sum += percent
    }
    if (sum > 100)
      push(
        ['spec', 'canary'],
        `the canaries take ${sum}% of the traffic together; at most 100% can be split`,
        'lower the canaries’ trafficPercent so they sum to 100 or less',
      )
    return problems
  },
}

/** Every predictor model of the InferenceService with its rendered path: the predictor's, each canary's. */
function predictorModels(object: KubernetesObject): [KeyPath, Record<string, unknown>][] {
  const canaries = Array.isArray(spec(object).canary) ? (spec(object).canary as unknown[]) : []
  const models: [KeyPath, unknown][] = [
    [[...PREDICTOR, 'model'], predictorOf(object).model],
    ...canaries.map((entry, i): [KeyPath, unknown] => [
      ['spec', 'canary', i, 'predictor', 'model'],
      (entry as { predictor?: { model?: unknown } } | undefined)?.predictor?.model,
    ]),
  ]
  return models.flatMap(([path, model]): [KeyPath, Record<string, unknown>][] =>
    model !== null && typeof model === 'object' ? [[path, model as Record<string, unknown>]] : [],
  )
}

const customFormatNamesRuntime: KserveRule = {
  id: 'kserve/custom-runtime',
  summary:
    'a custom model format names its ServingRuntime: KServe picks a runtime by format, and none it ships serves "custom"',
  check(context) {
    return predictorModels(context.object).flatMap(([path, model]) => {
      const format = model.modelFormat as { name?: unknown } | undefined
      if (format?.name !== 'custom' || model.runtime !== undefined) return []
      // The runtime is absent, so no rendered value has an origin: the fix is the manifest's field.
      const problem = at(context, [...path, 'runtime'], {
        rule: this.id,
        message:
          'artifact.framework.name is custom but serving.runtime is not set; KServe picks a runtime by model format, and no ServingRuntime serves "custom"',
        hint: 'set serving.runtime to the name of the ServingRuntime (or ClusterServingRuntime) that serves this model',
      })
      return [{ ...problem, source: 'manifest' as const, path: ['serving', 'runtime'] }]
    })
  },
}

/** KServe's webhook rules, in the order they are checked and reported. */
export const KSERVE_RULES: readonly KserveRule[] = [
  nameIsDnsLabel,
  onePredictorImplementation,
  storageUriXorUris,
  storageSchemeIsKnown,
  scaleMetricFitsMode,
  utilizationTargetIsPercent,
  replicasInOrder,
  canaryTrafficInRange,
  canaryPredictorsFit,
  customFormatNamesRuntime,
]

/**
 * Checks a rendered InferenceService against KServe's admission-webhook rules that its CRD
 * schema does not express; each problem is placed at the manifest or config field that set the
 * value (see {@link FieldOrigins}) with the fix.
 */
export function checkKserveRules(object: KubernetesObject, origins: FieldOrigins): RenderProblem[] {
  return KSERVE_RULES.flatMap((rule) => rule.check({ object, origins }))
}

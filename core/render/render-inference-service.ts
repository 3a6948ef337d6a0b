import type { EnvironmentProfile } from '../environments/environment-profile.js'
import type { ModelManifest } from '../manifest/manifest.js'
import { deploymentModeAnnotations } from './deployment-mode-annotations.js'
import type { FieldOrigin } from './field-origin.js'
import { checkKserveRules } from './kserve-rules.js'
import { canaryPredictorName, canaryTrafficOf, standardCanaryBlocker } from './predictor-canary.js'
import type { Provenance } from './provenance.js'
import { renderMetadata } from './render-metadata.js'
import type { Predictor } from './render-predictor.js'
import { renderPredictor } from './render-predictor.js'
import { renderPredictorModel } from './predictor-model.js'
import type { RenderProblem } from './render-problem.js'
import { validateCustomResource } from './validate-custom-resource.js'

/** A rendered Kubernetes object: plain data, keys in the order they are written. */
export type KubernetesObject = {
  apiVersion: string
  kind: string
  metadata: Record<string, unknown>
} & Record<string, unknown>

export interface RenderedObject {
  /** Present when nothing stopped rendering (problems may still hold warnings). */
  object?: KubernetesObject
  problems: RenderProblem[]
}

/** A Standard-mode canary entry (`spec.canary[]`, KServe ≥ 0.20). */
interface CanaryEntry {
  predictor: { name: string; model: { name: string } & Predictor['model'] } & Omit<
    Predictor,
    'minReplicas' | 'maxReplicas' | 'scaleMetric' | 'scaleMetricType' | 'scaleTarget'
  >
  trafficPercent: number
}

/**
 * Renders the model's KServe `InferenceService` for one environment and checks it: against the
 * InferenceService CRD (unknown fields refused) and KServe's webhook rules, each problem placed at
 * the manifest or config field that caused it. Any error and no object is returned. Pure, total
 * and deterministic (keys in a fixed order, nothing read from the clock).
 *
 * Canary: in Knative mode the new version is the predictor and `canaryTrafficPercent` sends it that
 * share (Knative keeps the last rolled-out revision for the rest). In Standard mode on KServe ≥ 0.20
 * the previous version (`provenance.previousManifest`) stays the predictor and the new one is
 * `spec.canary[0]`; a later promotion of the same version without a canary makes it the predictor.
 * @example renderInferenceService(manifest, resolveProfile(config, 'prod')!, { sourceCommit }).object
 */
export function renderInferenceService(
  manifest: ModelManifest,
  profile: EnvironmentProfile,
  provenance: Provenance,
): RenderedObject {
  const { name, namespace, labels, annotations } = renderMetadata(manifest, profile, provenance)
  const origins = new Map<string, FieldOrigin>([
    ['metadata.name', { source: 'manifest', path: ['metadata', 'name'] }],
    ['metadata.namespace', { source: 'config', path: [...profile.configPath, 'profile', 'namespace'] }],
  ])
  const problems: RenderProblem[] = []
  const current = renderPredictor(manifest, profile, 'spec.predictor')
  problems.push(...current.problems)
  const traffic = canaryTrafficOf(manifest, profile, provenance)
  const spec: { predictor: Predictor; canary?: CanaryEntry[] } = { predictor: current.predictor }
  let predictorOrigins = current.origins

  if (traffic !== undefined && profile.deploymentMode === 'Knative') {
    const { model, ...scaling } = current.predictor
    spec.predictor = { ...scaling, canaryTrafficPercent: traffic.percent, model }
    origins.set('spec.predictor.canaryTrafficPercent', traffic.origin)
  } else if (traffic !== undefined) {
    const blocker = standardCanaryBlocker(profile, provenance, traffic)
    if (blocker !== undefined) problems.push(blocker)
    else {
      // The previous version keeps serving as the stable predictor: its model, with this
      // render's replicas and scaling (the environment's and this manifest's ask), so every
      // scaling problem still points at a field of this manifest or the profile.
      const stable = renderPredictorModel(provenance.previousManifest!, profile, 'spec.predictor.model')
      spec.predictor = { ...current.predictor, model: stable.model }
      predictorOrigins = current.origins.filter(([path]) => !path.startsWith('spec.predictor.model.'))
      const { model, serviceAccountName } = current.predictor
      spec.canary = [
        {
          predictor: {
            name: canaryPredictorName(manifest.metadata.version),
            ...(serviceAccountName === undefined ? {} : { serviceAccountName }),
            // In spec.canary the model is a plain container spec, whose name the CRD requires:
            // KServe's own name for the serving container.
            model: { name: 'kserve-container', ...model },
          },
          trafficPercent: traffic.percent,
        },
      ]
      origins.set('spec.canary[0].trafficPercent', traffic.origin)
      for (const [path, origin] of current.origins)
        if (path.startsWith('spec.predictor.model.'))
          origins.set(path.replace('spec.predictor.', 'spec.canary[0].predictor.'), origin)
    }
  }
  for (const [path, origin] of predictorOrigins) origins.set(path, origin)

  const object: KubernetesObject = {
    apiVersion: 'serving.kserve.io/v1beta1',
    kind: 'InferenceService',
    metadata: {
      name,
      namespace,
      labels,
      annotations: { ...deploymentModeAnnotations(profile), ...annotations },
    },
    spec,
  }
  problems.push(...validateCustomResource(object), ...checkKserveRules(object, origins))
  return problems.some((problem) => problem.severity === 'error') ? { problems } : { object, problems }
}

import type { EnvironmentProfile } from '../environments/environment-profile.js'
import type { ModelManifest } from '../manifest/manifest.js'
import type { Provenance } from './provenance.js'
import type { RenderProblem } from './render-problem.js'

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

/**
 * Renders the model's KServe `InferenceService` for one environment and checks it (CRD schema and
 * KServe's webhook rules). Pure, total and deterministic.
 * PLACEHOLDER: a minimal body until the KServe renderer lands.
 */
export function renderInferenceService(
  manifest: ModelManifest,
  profile: EnvironmentProfile,
  provenance: Provenance,
): RenderedObject {
  void provenance
  return {
    object: {
      apiVersion: 'serving.kserve.io/v1beta1',
      kind: 'InferenceService',
      metadata: { name: manifest.metadata.name, namespace: profile.namespace },
      spec: {
        predictor: {
          model: {
            modelFormat: { name: manifest.artifact.framework.name },
            storageUri: manifest.artifact.uri,
          },
        },
      },
    },
    problems: [],
  }
}

import type { KubernetesObject } from '../render/render-inference-service.js'
import type { EnvironmentProfile } from './environment-profile.js'
import type { EnvironmentsRepo } from './environments-repo.js'
import { ARGOCD_NAMESPACE, BOOTSTRAP_LABELS } from './environments-repo.js'

/** The kinds modelgate renders into a model folder: the only ones an environment may deploy. */
export const RENDERED_KINDS: readonly { group: string; kind: string }[] = [
  { group: 'serving.kserve.io', kind: 'InferenceService' },
  { group: 'monitoring.coreos.com', kind: 'PrometheusRule' },
]

/**
 * The Argo CD `AppProject` of one environment: what its Applications may do, whatever a commit to
 * the environments repository says. Sources: only the environments repository. Destinations: only
 * the environment's namespace on its cluster. Kinds: only an InferenceService and a PrometheusRule
 * in that namespace, and no cluster-scoped resource at all — so a hand-edited model folder cannot
 * create a ClusterRoleBinding, or deploy into another team's namespace.
 */
export function renderAppProject(repo: EnvironmentsRepo, profile: EnvironmentProfile): KubernetesObject {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'AppProject',
    metadata: { name: profile.argocd.project, namespace: ARGOCD_NAMESPACE, labels: { ...BOOTSTRAP_LABELS } },
    spec: {
      description: `modelgate: the models of the ${profile.environment} environment`,
      sourceRepos: [repo.url],
      destinations: [{ server: profile.argocd.cluster, namespace: profile.namespace }],
      clusterResourceWhitelist: [],
      namespaceResourceWhitelist: RENDERED_KINDS.map((kind) => ({ ...kind })),
    },
  }
}

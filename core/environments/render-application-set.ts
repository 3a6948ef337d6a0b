import type { KubernetesObject } from '../render/render-inference-service.js'
import { LABELS } from '../render/provenance.js'
import type { EnvironmentProfile } from './environment-profile.js'
import type { EnvironmentsRepo } from './environments-repo.js'
import { ARGOCD_NAMESPACE, BOOTSTRAP_LABELS } from './environments-repo.js'

/**
 * The one Argo CD `ApplicationSet` of the environments repository: a matrix of a list generator
 * (each environment → its project, cluster and namespace) and a git directories generator
 * (`<path>/<env>/*`), so every model folder of every environment becomes one Application
 * `<env>-<model>` without anyone editing Argo CD. Go templates with `missingkey=error`: a typo in a
 * parameter fails the generation instead of deploying into an empty namespace.
 *
 * Applications sync automatically (prune, self-heal) into a namespace that must already exist
 * (`CreateNamespace=false`: the platform owns namespaces, quotas and RBAC), and
 * `preserveResourcesOnDeletion` keeps the workloads running when the ApplicationSet itself, or an
 * Application it generated, is deleted — including when a model folder is removed.
 */
export function renderApplicationSet(
  repo: EnvironmentsRepo,
  profiles: readonly EnvironmentProfile[],
): KubernetesObject {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'ApplicationSet',
    metadata: { name: 'modelgate', namespace: ARGOCD_NAMESPACE, labels: { ...BOOTSTRAP_LABELS } },
    spec: {
      goTemplate: true,
      goTemplateOptions: ['missingkey=error'],
      generators: [
        {
          matrix: {
            generators: [
              {
                list: {
                  elements: profiles.map((profile) => ({
                    env: profile.environment,
                    project: profile.argocd.project,
                    cluster: profile.argocd.cluster,
                    namespace: profile.namespace,
                  })),
                },
              },
              {
                git: {
                  repoURL: repo.url,
                  revision: repo.branch,
                  directories: [{ path: `${repo.path}/{{ .env }}/*` }],
                },
              },
            ],
          },
        },
      ],
      template: {
        metadata: {
          name: '{{ .env }}-{{ .path.basename }}',
          labels: {
            ...BOOTSTRAP_LABELS,
            [LABELS.environment]: '{{ .env }}',
            [LABELS.model]: '{{ .path.basename }}',
          },
        },
        spec: {
          project: '{{ .project }}',
          source: { repoURL: repo.url, targetRevision: repo.branch, path: '{{ .path.path }}' },
          destination: { server: '{{ .cluster }}', namespace: '{{ .namespace }}' },
          syncPolicy: {
            automated: { prune: true, selfHeal: true },
            syncOptions: ['CreateNamespace=false'],
          },
        },
      },
      syncPolicy: { preserveResourcesOnDeletion: true },
    },
  }
}

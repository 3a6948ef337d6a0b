import { describe, expect, it } from 'vitest'
import { renderAppProject } from '../../../core/environments/render-app-project.js'
import { validateCustomResource } from '../../../core/render/validate-custom-resource.js'
import { exampleProfiles, exampleRepo } from './environments-fixtures.js'

describe('renderAppProject', () => {
  it.each(exampleProfiles().map((profile) => ({ name: profile.environment, profile })))(
    'passes Argo CD’s AppProject CRD ($name)',
    ({ profile }) => {
      expect(validateCustomResource(renderAppProject(exampleRepo(), profile))).toEqual([])
    },
  )

  it('allows only the environments repository, only the environment’s namespace on its cluster', () => {
    const prod = exampleProfiles()[2]!
    const { metadata, spec } = renderAppProject(exampleRepo(), prod)
    expect(metadata).toMatchObject({ name: 'ml-prod', namespace: 'argocd' })
    expect(spec).toMatchObject({
      sourceRepos: ['https://github.com/acme/ml-environments.git'],
      destinations: [{ server: 'https://prod.k8s.acme.example', namespace: 'ml-prod' }],
    })
  })

  it('allows no cluster-scoped resource and, in the namespace, only InferenceService and PrometheusRule', () => {
    const { spec } = renderAppProject(exampleRepo(), exampleProfiles()[0]!)
    expect(spec).toMatchObject({
      clusterResourceWhitelist: [],
      namespaceResourceWhitelist: [
        { group: 'serving.kserve.io', kind: 'InferenceService' },
        { group: 'monitoring.coreos.com', kind: 'PrometheusRule' },
      ],
    })
    expect(Object.keys(spec as object)).not.toContain('namespaceResourceBlacklist')
  })
})

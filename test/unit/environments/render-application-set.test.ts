import { describe, expect, it } from 'vitest'
import { renderApplicationSet } from '../../../core/environments/render-application-set.js'
import { validateCustomResource } from '../../../core/render/validate-custom-resource.js'
import { exampleProfiles, exampleRepo } from './environments-fixtures.js'

type Generators = [
  { list: { elements: Record<string, string>[] } },
  { git: { repoURL: string; revision: string; directories: { path: string }[] } },
]
const generatorsOf = (object: ReturnType<typeof renderApplicationSet>) =>
  (object.spec as { generators: { matrix: { generators: Generators } }[] }).generators[0]!.matrix.generators

describe('renderApplicationSet', () => {
  it('passes Argo CD’s ApplicationSet CRD', () => {
    expect(validateCustomResource(renderApplicationSet(exampleRepo(), exampleProfiles()))).toEqual([])
  })

  it('lists each environment with its project, cluster and namespace, in config order', () => {
    const [list] = generatorsOf(renderApplicationSet(exampleRepo(), exampleProfiles()))
    expect(list.list.elements).toEqual([
      {
        env: 'dev',
        project: 'modelgate-dev',
        cluster: 'https://kubernetes.default.svc',
        namespace: 'ml-dev',
      },
      {
        env: 'staging',
        project: 'modelgate-staging',
        cluster: 'https://kubernetes.default.svc',
        namespace: 'ml-staging',
      },
      { env: 'prod', project: 'ml-prod', cluster: 'https://prod.k8s.acme.example', namespace: 'ml-prod' },
    ])
  })

  it('makes one Application per model folder of the environments repository’s branch and folder', () => {
    const repo = {
      ...exampleRepo(),
      path: 'deploy/envs',
      branch: 'release',
      url: 'ssh://git@example.com/e.git',
    }
    const object = renderApplicationSet(repo, exampleProfiles())
    const [, git] = generatorsOf(object)
    expect(git.git).toEqual({
      repoURL: 'ssh://git@example.com/e.git',
      revision: 'release',
      directories: [{ path: 'deploy/envs/{{ .env }}/*' }],
    })
    expect(object.spec).toMatchObject({
      template: { spec: { source: { repoURL: 'ssh://git@example.com/e.git', targetRevision: 'release' } } },
    })
  })

  it('uses Go templates that fail on a missing key, and only keys its generators provide', () => {
    const object = renderApplicationSet(exampleRepo(), exampleProfiles())
    expect(object.spec).toMatchObject({ goTemplate: true, goTemplateOptions: ['missingkey=error'] })
    const [list] = generatorsOf(object)
    const provided = new Set([...Object.keys(list.list.elements[0]!), 'path'])
    const used = [...JSON.stringify(object.spec).matchAll(/\{\{ \.([a-z]+)[^}]*\}\}/g)].map(
      (match) => match[1]!,
    )
    expect(used.length).toBeGreaterThan(5)
    expect(used.filter((key) => !provided.has(key))).toEqual([])
  })

  it('syncs automatically with prune and self-heal, never creates namespaces, and preserves resources on deletion', () => {
    const spec = renderApplicationSet(exampleRepo(), exampleProfiles()).spec as Record<string, any>
    expect(spec.template.spec.syncPolicy).toEqual({
      automated: { prune: true, selfHeal: true },
      syncOptions: ['CreateNamespace=false'],
    })
    expect(spec.syncPolicy).toEqual({ preserveResourcesOnDeletion: true })
    expect(spec.template.spec.destination).toEqual({
      server: '{{ .cluster }}',
      namespace: '{{ .namespace }}',
    })
  })
})

import { describe, expect, it } from 'vitest'
import { validateCustomResource } from '../../../core/render/validate-custom-resource.js'

const isvc = (spec: unknown, metadata: unknown = { name: 'fraud', namespace: 'ml' }) => ({
  apiVersion: 'serving.kserve.io/v1beta1',
  kind: 'InferenceService',
  metadata,
  spec,
})
const predictor = { model: { modelFormat: { name: 'sklearn' }, storageUri: 'gs://b/m' } }

describe('validateCustomResource', () => {
  it('accepts a minimal InferenceService', () => {
    expect(validateCustomResource(isvc({ predictor }))).toEqual([])
  })

  it('accepts int-or-string quantities as integers and as strings', () => {
    const resources = { requests: { cpu: 1, memory: '2Gi' }, limits: { cpu: '500m' } }
    expect(validateCustomResource(isvc({ predictor: { model: { ...predictor.model, resources } } }))).toEqual(
      [],
    )
  })

  it.each([
    {
      name: 'a missing required field',
      spec: {},
      path: ['spec'],
      rule: 'crd/required',
      message: /missing required key "predictor"/,
    },
    {
      name: 'an unknown field (the API server would prune it)',
      spec: { predictor: { model: { ...predictor.model, storageURI: 'gs://x' } } },
      path: ['spec', 'predictor', 'model', 'storageURI'],
      rule: 'crd/additionalProperties',
      message: /unknown key "storageURI"/,
    },
    {
      name: 'a wrong type',
      spec: { predictor: { ...predictor, minReplicas: '2' } },
      path: ['spec', 'predictor', 'minReplicas'],
      rule: 'crd/type',
      message: /expected an integer/,
    },
    {
      name: 'a quantity that is neither integer nor string',
      spec: { predictor: { model: { ...predictor.model, resources: { limits: { cpu: true } } } } },
      path: ['spec', 'predictor', 'model', 'resources', 'limits', 'cpu'],
      rule: 'crd/anyOf',
      message: /is not a valid value/,
    },
  ])('refuses $name with one problem at its path', ({ spec, path, rule, message }) => {
    const problems = validateCustomResource(isvc(spec))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ source: 'rendered', path, rule, severity: 'error' })
    expect(problems[0]!.message).toMatch(message)
    expect(problems[0]!.hint).toMatch(/modelgate defect/)
  })

  it('refuses labels that are not strings (metadata is checked too)', () => {
    const problems = validateCustomResource(isvc({ predictor }, { name: 'f', labels: { tier: 1 } }))
    expect(problems.map((p) => p.path)).toEqual([['metadata', 'labels', 'tier']])
  })

  it('validates Argo CD objects against their own CRDs', () => {
    const project = {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'AppProject',
      metadata: { name: 'ml-prod', namespace: 'argocd' },
      spec: {
        sourceRepos: ['https://github.com/acme/envs'],
        destinations: [{ namespace: 'ml-prod', server: 'https://kubernetes.default.svc' }],
      },
    }
    expect(validateCustomResource(project)).toEqual([])
    const bad = {
      ...project,
      spec: { ...project.spec, destinations: [{ namespace: 'ml-prod', cluster: 'x' }] },
    }
    expect(validateCustomResource(bad).map((p) => p.path)).toEqual([['spec', 'destinations', 0, 'cluster']])
  })

  it('validates a PrometheusRule against the Prometheus Operator CRD (durations, RE2 case-insensitive enums)', () => {
    const rule = (group: Record<string, unknown>) => ({
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'PrometheusRule',
      metadata: { name: 'fraud-modelgate', namespace: 'ml' },
      spec: { groups: [{ name: 'g', rules: [{ alert: 'A', expr: 'up == 0', for: '5m' }], ...group }] },
    })
    expect(validateCustomResource(rule({ interval: '1m30s', partial_response_strategy: 'Warn' }))).toEqual([])
    const problems = validateCustomResource(rule({ interval: 'soon', partial_response_strategy: 'ignore' }))
    expect(problems.map((p) => [p.rule, p.path.join('.')])).toEqual([
      ['crd/pattern', 'spec.groups.0.interval'],
      ['crd/pattern', 'spec.groups.0.partial_response_strategy'],
    ])
  })

  it('refuses a kind it has no schema for, naming the ones it has', () => {
    const [problem] = validateCustomResource({ apiVersion: 'v1', kind: 'ConfigMap', metadata: {} })
    expect(problem).toMatchObject({ rule: 'crd/unknown-kind', source: 'rendered' })
    expect(problem!.hint).toContain('serving.kserve.io/v1beta1 InferenceService')
  })
})

describe('validateCustomResource problem wording', () => {
  it('names the allowed values of an enum and says an unknown field would be dropped', () => {
    const problems = validateCustomResource(
      isvc({ predictor: { ...predictor, scaleMetric: 'latency', bogus: 1 } }),
    )
    expect(problems.map((p) => [p.rule, p.message, p.hint?.split(';')[0]])).toEqual([
      [
        'crd/additionalProperties',
        'spec.predictor: unknown key "bogus"',
        'remove bogus: the CRD has no such field and the API server would drop it silently',
      ],
      [
        'crd/enum',
        'spec.predictor.scaleMetric: "latency" is not one of: cpu, memory, concurrency, rps',
        'see the CRD for what is allowed here',
      ],
    ])
  })
})

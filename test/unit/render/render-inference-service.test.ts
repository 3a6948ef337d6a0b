import { describe, expect, it } from 'vitest'
import type { ProfileConfig } from '../../../core/config/config.js'
import { profileOf } from '../../../core/environments/environment-profile.js'
import type { ModelManifest } from '../../../core/manifest/manifest.js'
import { renderInferenceService } from '../../../core/render/render-inference-service.js'
import type { RenderProblem } from '../../../core/render/render-problem.js'
import { validateCustomResource } from '../../../core/render/validate-custom-resource.js'
import { baseManifest, DIGEST } from '../../support/manifests.js'

const SOURCE_COMMIT = 'c'.repeat(40)
/** The environment is the config's third entry, so config paths start `environments[2].profile`. */
const profile = (overrides: Partial<ProfileConfig> = {}) =>
  profileOf({ name: 'prod', profile: { namespace: 'ml-prod', ...overrides } }, 2)
const standard = (overrides: Partial<ProfileConfig> = {}) =>
  profile({ deploymentMode: 'Standard', kserveVersion: '0.20', ...overrides })
const manifest = (edit: (m: Record<string, any>) => void = () => {}): ModelManifest => {
  const m = baseManifest()
  edit(m)
  return m as ModelManifest
}
const CONFIG = ['environments', 2, 'profile']

const errorsOf = (problems: RenderProblem[]) => problems.filter((problem) => problem.severity === 'error')

describe('renderInferenceService refuses what KServe would refuse, at the field that caused it', () => {
  it.each([
    {
      name: 'an uppercase name',
      manifest: manifest((m) => (m.metadata.name = 'FraudDetector')),
      profile: profile(),
      source: 'manifest',
      path: ['metadata', 'name'],
      rule: 'kserve/name',
      hint: /rename the model, e\.g\. frauddetector/,
    },
    {
      name: 'a name too long for <name>-predictor-<namespace>',
      manifest: manifest((m) => (m.metadata.name = `f${'x'.repeat(49)}`)),
      profile: profile(),
      source: 'manifest',
      path: ['metadata', 'name'],
      rule: 'kserve/name',
      hint: /shorten the model name to at most 45 characters, or the environment's namespace "ml-prod"/,
    },
    {
      name: 'rps in Standard mode (from the profile)',
      manifest: manifest(),
      profile: standard({ autoscaling: { metric: 'rps', target: 50 } }),
      source: 'config',
      path: [...CONFIG, 'autoscaling', 'metric'],
      rule: 'kserve/scale-metric',
      hint: /use cpu or memory/,
    },
    {
      name: 'rps in Standard mode (from the manifest, the profile naming no metric)',
      manifest: manifest((m) => (m.serving = { autoscaling: { metric: 'rps' } })),
      profile: standard(),
      source: 'manifest',
      path: ['serving', 'autoscaling', 'metric'],
      rule: 'kserve/scale-metric',
      hint: /use cpu or memory/,
    },
    {
      name: 'an HPA utilization target of 150',
      manifest: manifest(),
      profile: standard({ autoscaling: { metric: 'cpu', target: 150 } }),
      source: 'config',
      path: [...CONFIG, 'autoscaling', 'target'],
      rule: 'kserve/hpa-target',
      hint: /from 1 to 100/,
    },
    {
      name: 'an unknown storage scheme (azureblob://)',
      manifest: manifest((m) => (m.artifact.uri = 'azureblob://models/fraud/1.4.0')),
      profile: profile(),
      source: 'manifest',
      path: ['artifact', 'uri'],
      rule: 'kserve/storage-scheme',
      hint: /https:\/\/<account>\.blob\.core\.windows\.net\/<container>\/<path>/,
    },
    {
      name: 'an abfss:// URI, with the https URI to use instead',
      manifest: manifest((m) => (m.artifact.uri = 'abfss://models@acme.dfs.core.windows.net/fraud/1.4.0')),
      profile: profile(),
      source: 'manifest',
      path: ['artifact', 'uri'],
      rule: 'kserve/storage-scheme',
      hint: /use artifact\.uri: https:\/\/acme\.blob\.core\.windows\.net\/models\/fraud\/1\.4\.0/,
    },
    {
      name: 'a canary of 120%',
      manifest: manifest(),
      profile: profile({ canary: { trafficPercent: 120 } }),
      previousVersion: '1.3.0',
      source: 'config',
      path: [...CONFIG, 'canary', 'trafficPercent'],
      rule: 'kserve/canary-traffic',
      hint: /from 0 to 100/,
    },
    {
      name: 'min replicas above max (profile min, manifest max)',
      manifest: manifest((m) => (m.serving = { autoscaling: { maxReplicas: 2 } })),
      profile: profile({ autoscaling: { minReplicas: 3, maxReplicas: 10 } }),
      source: 'config',
      path: [...CONFIG, 'autoscaling', 'minReplicas'],
      rule: 'kserve/replicas',
      hint: /lower minReplicas to at most 2/,
    },
    {
      name: 'scale to zero in Standard mode',
      manifest: manifest(),
      profile: standard({ autoscaling: { minReplicas: 0, maxReplicas: 3 } }),
      source: 'config',
      path: [...CONFIG, 'autoscaling', 'minReplicas'],
      rule: 'kserve/replicas',
      hint: /set minReplicas to 1 or more/,
    },
    {
      name: 'scale to zero in Standard mode asked for by the manifest',
      manifest: manifest((m) => (m.serving = { autoscaling: { minReplicas: 0 } })),
      profile: standard({ autoscaling: { minReplicas: 2, maxReplicas: 3 } }),
      source: 'manifest',
      path: ['serving', 'autoscaling', 'minReplicas'],
      rule: 'kserve/replicas',
      hint: /set minReplicas to 1 or more/,
    },
  ])('$name', ({ manifest, profile, previousVersion, source, path, rule, hint }) => {
    const provenance = { sourceCommit: SOURCE_COMMIT, ...(previousVersion ? { previousVersion } : {}) }
    const result = renderInferenceService(manifest, profile, provenance)
    expect(result.object).toBeUndefined()
    const errors = errorsOf(result.problems)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ source, path, rule })
    expect(errors[0]!.hint).toMatch(hint)
  })
})

describe('renderInferenceService renders', () => {
  const render = (m: ModelManifest, p = profile(), provenance = {}) =>
    renderInferenceService(m, p, { sourceCommit: SOURCE_COMMIT, ...provenance })

  it('the deployment mode always, under the legacy names for KServe before 0.16', () => {
    const annotations = (p: ReturnType<typeof profile>) =>
      (render(manifest(), p).object!.metadata as { annotations: Record<string, string> }).annotations
    expect(annotations(profile())).toMatchObject({ 'serving.kserve.io/deploymentMode': 'Knative' })
    expect(annotations(profile())).not.toHaveProperty(['serving.kserve.io/autoscalerClass'])
    expect(annotations(standard())).toMatchObject({
      'serving.kserve.io/deploymentMode': 'Standard',
      'serving.kserve.io/autoscalerClass': 'hpa',
    })
    expect(annotations(profile({ kserveVersion: '0.15' }))).toMatchObject({
      'serving.kserve.io/deploymentMode': 'Serverless',
    })
    expect(annotations(standard({ kserveVersion: '0.15' }))).toMatchObject({
      'serving.kserve.io/deploymentMode': 'RawDeployment',
    })
  })

  it('an oci:// artifact pinned to its digest, tag dropped', () => {
    const m = manifest((m) => (m.artifact.uri = 'oci://registry.acme.example:5000/models/fraud:1.4.0'))
    const spec = render(m).object!.spec as any
    expect(spec.predictor.model.storageUri).toBe(
      `oci://registry.acme.example:5000/models/fraud@${DIGEST('a')}`,
    )
  })

  it('the model format with the framework major only, and none for formats versioned otherwise', () => {
    const format = (framework: object) =>
      (render(manifest((m) => (m.artifact.framework = framework))).object!.spec as any).predictor.model
        .modelFormat
    expect(format({ name: 'xgboost', version: '2.0.3' })).toEqual({ name: 'xgboost', version: '2' })
    expect(format({ name: 'huggingface', version: '4.46.0' })).toEqual({ name: 'huggingface' })
    expect(format({ name: 'sklearn' })).toEqual({ name: 'sklearn' })
  })

  it('replicas clamped by the manifest where it asks for less, the profile otherwise', () => {
    const m = manifest((m) => (m.serving = { autoscaling: { minReplicas: 5, maxReplicas: 4, target: 5 } }))
    const p = profile({ autoscaling: { minReplicas: 1, maxReplicas: 10, metric: 'concurrency', target: 20 } })
    expect((render(m, p).object!.spec as any).predictor).toMatchObject({
      minReplicas: 1,
      maxReplicas: 4,
      scaleMetric: 'concurrency',
      scaleTarget: 5,
    })
  })

  it('resources: the profile defaults, overridden per resource by the manifest, as strings', () => {
    const m = manifest((m) => (m.serving = { resources: { limits: { memory: '8Gi', 'nvidia.com/gpu': 1 } } }))
    const p = profile({ resources: { requests: { cpu: 1 }, limits: { cpu: '2', memory: '4Gi' } } })
    expect((render(m, p).object!.spec as any).predictor.model.resources).toEqual({
      requests: { cpu: '1' },
      limits: { cpu: '2', memory: '8Gi', 'nvidia.com/gpu': '1' },
    })
  })

  it('a Knative canary only when a previous version exists, at the smaller of profile and manifest', () => {
    const m = manifest((m) => (m.serving = { canary: { trafficPercent: 5 } }))
    const p = profile({ canary: { trafficPercent: 10 } })
    expect((render(m, p).object!.spec as any).predictor).not.toHaveProperty('canaryTrafficPercent')
    const { object, problems } = render(m, p, { previousVersion: '1.3.0' })
    expect(problems).toEqual([])
    expect((object!.spec as any).predictor.canaryTrafficPercent).toBe(5)
  })

  it('a Standard canary on KServe 0.20: the previous version stays the predictor, the new one is spec.canary[0]', () => {
    const previous = manifest((m) => {
      m.metadata.version = '1.3.0'
      m.artifact.uri = 's3://acme-models/fraud-detector/1.3.0/'
    })
    const p = standard({ canary: { trafficPercent: 10 }, autoscaling: { minReplicas: 2, maxReplicas: 6 } })
    const { object, problems } = render(manifest(), p, {
      previousVersion: '1.3.0',
      previousManifest: previous,
    })
    expect(problems).toEqual([])
    const spec = object!.spec as any
    expect(spec.predictor.model.storageUri).toBe('s3://acme-models/fraud-detector/1.3.0/')
    expect(spec.canary).toEqual([
      {
        predictor: {
          name: 'canary-1-4-0',
          model: {
            name: 'kserve-container',
            modelFormat: { name: 'xgboost', version: '2' },
            storageUri: 's3://acme-models/fraud-detector/1.4.0/',
          },
        },
        trafficPercent: 10,
      },
    ])
    expect(validateCustomResource(object)).toEqual([])
  })

  it.each([
    {
      name: 'KServe before 0.20',
      kserveVersion: '0.19',
      previousManifest: true,
      message: /KServe has from 0\.20/,
    },
    {
      name: 'no previous manifest',
      kserveVersion: '0.20',
      previousManifest: false,
      message: /was not given/,
    },
  ])('no Standard canary with $name: a warning, and the version rolls out fully', (c) => {
    const p = standard({ kserveVersion: c.kserveVersion, canary: { trafficPercent: 10 } })
    const { object, problems } = render(manifest(), p, {
      previousVersion: '1.3.0',
      ...(c.previousManifest ? { previousManifest: manifest() } : {}),
    })
    expect(object!.spec).not.toHaveProperty('canary')
    expect(problems).toMatchObject([
      {
        severity: 'warning',
        rule: 'kserve/canary-unavailable',
        source: 'config',
        path: [...CONFIG, 'canary', 'trafficPercent'],
      },
    ])
    expect(problems[0]!.message).toMatch(c.message)
  })

  it("a manifest metric the mode cannot use is replaced by the profile's, with a warning", () => {
    const m = manifest((m) => (m.serving = { autoscaling: { metric: 'rps', target: 50 } }))
    const { object, problems } = render(m, standard({ autoscaling: { metric: 'cpu', target: 70 } }))
    expect((object!.spec as any).predictor).toMatchObject({ scaleMetric: 'cpu', scaleTarget: 70 })
    expect(problems).toMatchObject([
      {
        severity: 'warning',
        rule: 'kserve/scale-metric-ignored',
        path: ['serving', 'autoscaling', 'metric'],
      },
    ])
  })

  it('no scale metric for KEDA, with a warning naming the profile field', () => {
    const p = standard({
      autoscalerClass: 'keda',
      autoscaling: { metric: 'cpu', target: 70, maxReplicas: 3 },
    })
    const { object, problems } = render(manifest(), p)
    const predictor = (object!.spec as any).predictor
    expect(predictor).toMatchObject({ maxReplicas: 3 })
    expect(predictor).not.toHaveProperty('scaleMetric')
    expect(problems).toMatchObject([
      { severity: 'warning', source: 'config', path: [...CONFIG, 'autoscaling'] },
    ])
  })
})

import { describe, expect, it } from 'vitest'
import type { FieldOrigin } from '../../../core/render/field-origin.js'
import { checkKserveRules, KSERVE_RULES } from '../../../core/render/kserve-rules.js'
import type { KubernetesObject } from '../../../core/render/render-inference-service.js'

const model = { modelFormat: { name: 'sklearn' }, storageUri: 'gs://b/m' }
const isvc = (spec: Record<string, unknown>, mode = 'Standard'): KubernetesObject => ({
  apiVersion: 'serving.kserve.io/v1beta1',
  kind: 'InferenceService',
  metadata: {
    name: 'fraud',
    namespace: 'ml',
    annotations: {
      'serving.kserve.io/deploymentMode': mode,
      ...(mode === 'Standard' ? { 'serving.kserve.io/autoscalerClass': 'hpa' } : {}),
    },
  },
  spec,
})
const canary = (predictor: Record<string, unknown>, trafficPercent = 10) => ({
  predictor: { name: 'canary-a', model: { name: 'kserve-container', ...model }, ...predictor },
  trafficPercent,
})
const check = (object: KubernetesObject, origins = new Map<string, FieldOrigin>()) =>
  checkKserveRules(object, origins).map(({ rule, path, message }) => ({ rule, path, message }))

describe('checkKserveRules', () => {
  it('passes a plain Standard InferenceService', () => {
    expect(
      check(
        isvc({ predictor: { minReplicas: 1, maxReplicas: 3, scaleMetric: 'cpu', scaleTarget: 70, model } }),
      ),
    ).toEqual([])
  })

  it('every rule has a unique id and a summary', () => {
    const ids = KSERVE_RULES.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of KSERVE_RULES) expect(rule.summary.length).toBeGreaterThan(10)
  })

  it.each([
    {
      name: 'storageUri and storageUris together',
      object: isvc({ predictor: { model, storageUris: [{ uri: 's3://b/x', mountPath: '/mnt/x' }] } }),
      expected: [
        {
          rule: 'kserve/storage-uri-xor-uris',
          path: ['spec', 'predictor', 'storageUris'],
          message: /both model\.storageUri and storageUris/,
        },
      ],
    },
    {
      name: 'two predictor implementations',
      object: isvc({ predictor: { model, sklearn: { storageUri: 'gs://b/m' } } }),
      expected: [
        {
          rule: 'kserve/one-implementation',
          path: ['spec', 'predictor'],
          message: /2 implementations \(model, sklearn\)/,
        },
      ],
    },
    {
      name: 'no predictor implementation',
      object: isvc({ predictor: {} }),
      expected: [
        { rule: 'kserve/one-implementation', path: ['spec', 'predictor'], message: /no implementation/ },
      ],
    },
    {
      name: 'canaryTrafficPercent in Standard mode',
      object: isvc({ predictor: { canaryTrafficPercent: 10, model } }),
      expected: [
        {
          rule: 'kserve/canary-traffic',
          path: ['spec', 'predictor', 'canaryTrafficPercent'],
          message: /Standard mode/,
        },
      ],
    },
    {
      name: 'spec.canary in Knative mode',
      object: isvc({ predictor: { model }, canary: [canary({})] }, 'Knative'),
      expected: [
        { rule: 'kserve/canary-predictors', path: ['spec', 'canary'], message: /for Standard mode/ },
      ],
    },
    {
      name: 'canary predictors sharing a name',
      object: isvc({ predictor: { model }, canary: [canary({}), canary({})] }),
      expected: [
        {
          rule: 'kserve/canary-predictors',
          path: ['spec', 'canary', 1, 'predictor', 'name'],
          message: /"canary-a" is used twice/,
        },
      ],
    },
    {
      name: 'a canary with max replicas and a scale target',
      object: isvc({ predictor: { model }, canary: [canary({ maxReplicas: 3, scaleTarget: 50 })] }),
      expected: [
        {
          rule: 'kserve/canary-predictors',
          path: ['spec', 'canary', 0, 'predictor', 'maxReplicas'],
          message: /may not set maxReplicas/,
        },
        {
          rule: 'kserve/canary-predictors',
          path: ['spec', 'canary', 0, 'predictor', 'scaleTarget'],
          message: /may not set scaleTarget/,
        },
      ],
    },
    {
      name: "a canary's min replicas above the stable predictor's",
      object: isvc({ predictor: { minReplicas: 1, model }, canary: [canary({ minReplicas: 2 })] }),
      expected: [
        {
          rule: 'kserve/canary-predictors',
          path: ['spec', 'canary', 0, 'predictor', 'minReplicas'],
          message: /above the stable predictor's 1/,
        },
      ],
    },
    {
      name: 'canaries summing past 100%',
      object: isvc({ predictor: { model }, canary: [canary({}, 60), canary({ name: 'canary-b' }, 50)] }),
      expected: [
        { rule: 'kserve/canary-predictors', path: ['spec', 'canary'], message: /110% of the traffic/ },
      ],
    },
    {
      name: 'a memory metric with a Utilization target above 100',
      object: isvc({
        predictor: { scaleMetric: 'memory', scaleMetricType: 'Utilization', scaleTarget: 101, model },
      }),
      expected: [
        { rule: 'kserve/hpa-target', path: ['spec', 'predictor', 'scaleTarget'], message: /from 1 to 100/ },
      ],
    },
  ])('refuses $name', ({ object, expected }) => {
    const found = check(object)
    expect(found).toHaveLength(expected.length)
    expected.forEach((e, i) => {
      expect(found[i]).toMatchObject({ rule: e.rule, path: e.path })
      expect(found[i]!.message).toMatch(e.message)
    })
  })

  it('accepts an AverageValue memory target above 100 (bytes, not a percentage)', () => {
    const object = isvc({
      predictor: { scaleMetric: 'memory', scaleMetricType: 'AverageValue', scaleTarget: 512, model },
    })
    expect(check(object)).toEqual([])
  })

  it('places a problem at the input field recorded as the value’s origin', () => {
    const origins = new Map<string, FieldOrigin>([
      ['spec.predictor.minReplicas', { source: 'manifest', path: ['serving', 'autoscaling', 'minReplicas'] }],
    ])
    const [problem] = checkKserveRules(isvc({ predictor: { minReplicas: 0, model } }), origins)
    expect(problem).toMatchObject({
      source: 'manifest',
      path: ['serving', 'autoscaling', 'minReplicas'],
      rule: 'kserve/replicas',
    })
  })
})

describe('kserve/custom-runtime', () => {
  const custom = { ...model, modelFormat: { name: 'custom' } }
  const origins = new Map<string, FieldOrigin>([
    ['spec.predictor.model.runtime', { source: 'manifest', path: ['serving', 'runtime'] }],
    ['spec.canary[0].predictor.model.runtime', { source: 'manifest', path: ['serving', 'runtime'] }],
  ])

  it('refuses a custom model format without a runtime, at the manifest field serving.runtime, with the fix', () => {
    // No runtime is rendered, so the renderer records no origin for it: the rule still names the manifest field.
    const problems = checkKserveRules(isvc({ predictor: { model: custom } }), new Map())
    expect(problems).toEqual([
      {
        source: 'manifest',
        path: ['serving', 'runtime'],
        target: 'value',
        rule: 'kserve/custom-runtime',
        severity: 'error',
        message:
          'artifact.framework.name is custom but serving.runtime is not set; KServe picks a runtime by model format, and no ServingRuntime serves "custom"',
        hint: 'set serving.runtime to the name of the ServingRuntime (or ClusterServingRuntime) that serves this model',
      },
    ])
  })

  it("checks a Standard-mode canary's model too, and passes a custom format that names its runtime", () => {
    const object = isvc({
      predictor: { model: { ...custom, runtime: 'acme-runtime' } },
      canary: [
        {
          predictor: { name: 'canary-a', model: { name: 'kserve-container', ...custom } },
          trafficPercent: 10,
        },
      ],
    })
    expect(check(object, origins)).toEqual([
      {
        rule: 'kserve/custom-runtime',
        path: ['serving', 'runtime'],
        message: expect.stringContaining('custom'),
      },
    ])
    expect(check(isvc({ predictor: { model: { ...custom, runtime: 'acme-runtime' } } }), origins)).toEqual([])
  })
})

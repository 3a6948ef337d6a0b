import { readdirSync, readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import fc from 'fast-check'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import type { EnvironmentConfig, ModelManifest } from '../../core/index.js'
import { configSchema, manifestSchema } from '../../core/index.js'
import { profileOf } from '../../core/environments/environment-profile.js'
import { renderInferenceService } from '../../core/render/render-inference-service.js'
import { generatedHeader, toYamlFile } from '../../core/render/to-yaml-file.js'
import { validateCustomResource } from '../../core/render/validate-custom-resource.js'
import { assertProperty } from '../support/arbitraries.js'

/**
 * renderInferenceService over schema-valid manifests × environment profiles: the example
 * manifests with their identity, artifact and serving section replaced by arbitrary valid values,
 * and arbitrary profiles (every deployment mode, KServe version, autoscaler class, replica bounds,
 * scale metric and canary), with and without a previous version.
 */
const RUNS = 150

const ajv = new Ajv2020({ strict: false })
addFormats.default(ajv)
ajv.addSchema(manifestSchema)
const isManifest = ajv.compile(manifestSchema)
const isConfig = ajv.compile(configSchema)

const EXAMPLES = readdirSync('examples/model-repo/models').map(
  (folder) => parse(readFileSync(`examples/model-repo/models/${folder}/model.yaml`, 'utf8')) as ModelManifest,
)

const dnsLabel = (max: number) => fc.stringMatching(new RegExp(`^[a-z]([-a-z0-9]{0,${max - 2}}[a-z0-9])?$`))
const versionArb = fc.tuple(fc.nat(12), fc.nat(12), fc.nat(12)).map((parts) => parts.join('.'))
const quantityArb = fc.oneof(fc.nat(64), fc.constantFrom('500m', '1', '2Gi', '0.5', '4Gi', '128Mi'))
const resourcesArb = fc.record(
  {
    requests: fc.record({ cpu: quantityArb, memory: quantityArb }, { requiredKeys: [] }),
    limits: fc.record(
      { cpu: quantityArb, memory: quantityArb, 'nvidia.com/gpu': fc.nat(4) },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
)
const autoscalingArb = fc.record(
  {
    minReplicas: fc.nat(6),
    maxReplicas: fc.integer({ min: 1, max: 30 }),
    metric: fc.constantFrom('concurrency', 'rps', 'cpu', 'memory'),
    target: fc.integer({ min: 1, max: 200 }),
  },
  { requiredKeys: [] },
)
const canaryArb = fc.record({ trafficPercent: fc.integer({ min: 0, max: 100 }) })
const uriArb = fc
  .tuple(
    fc.constantFrom('s3', 'gs', 'hf', 'oci', 'pvc', 'https', 'azureblob', 'abfss'),
    dnsLabel(20),
    fc.constantFrom('', ':1.0', '/model.bin'),
  )
  .map(([scheme, path, tail]) => `${scheme}://${path}${tail}`)

const manifestArb: fc.Arbitrary<ModelManifest> = fc
  .record({
    example: fc.constantFrom(...EXAMPLES),
    name: dnsLabel(53),
    version: versionArb,
    uri: uriArb,
    digest: fc.stringMatching(/^[0-9a-f]{64}$/).map((hex) => `sha256:${hex}`),
    framework: fc.record(
      {
        name: fc.constantFrom(
          'sklearn',
          'xgboost',
          'lightgbm',
          'tensorflow',
          'pytorch',
          'onnx',
          'triton',
          'huggingface',
          'pmml',
          'paddle',
          'mlflow',
          'custom',
        ),
        version: fc.constantFrom('1', '2.0.3', '4.46.0', '10.1', 'nightly'),
      },
      { requiredKeys: ['name'] },
    ),
    serving: fc.option(
      fc.record(
        {
          runtime: dnsLabel(30),
          protocolVersion: fc.constantFrom('v1', 'v2', 'grpc-v2'),
          resources: resourcesArb,
          autoscaling: autoscalingArb,
          canary: canaryArb,
        },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    ),
  })
  .map(({ example, name, version, uri, digest, framework, serving }) => {
    const { serving: _serving, ...rest } = example
    return {
      ...rest,
      metadata: { ...example.metadata, name, version },
      artifact: { uri, digest, framework },
      ...(serving === undefined ? {} : { serving }),
    }
  })
  .filter((manifest) => isManifest(manifest))

const environmentArb: fc.Arbitrary<EnvironmentConfig> = fc
  .record({
    name: dnsLabel(12),
    profile: fc.record(
      {
        namespace: dnsLabel(40),
        deploymentMode: fc.constantFrom('Knative', 'Standard', 'Serverless', 'RawDeployment'),
        kserveVersion: fc.constantFrom('0.14', '0.15', '0.16', '0.19', '0.20', '0.21.1', '1.0'),
        autoscalerClass: fc.constantFrom('hpa', 'keda', 'external', 'none'),
        scaleMetricType: fc.constantFrom('Utilization', 'AverageValue'),
        serviceAccountName: dnsLabel(30),
        resources: resourcesArb,
        autoscaling: autoscalingArb,
        canary: canaryArb,
      },
      { requiredKeys: ['namespace'] },
    ),
  })
  .filter((environment) =>
    isConfig({ apiVersion: 'modelgate.dev/v1', kind: 'Config', environments: [environment] }),
  )

const inputArb = fc.record({
  manifest: manifestArb,
  environment: environmentArb,
  previous: fc.option(manifestArb, { nil: undefined }),
})

describe('renderInferenceService over schema-valid manifests × profiles', () => {
  it(`is total and deterministic: never throws, the same input gives the same bytes (${RUNS} inputs)`, () => {
    assertProperty(
      fc.property(inputArb, ({ manifest, environment, previous }) => {
        const profile = profileOf(environment, 0)
        const provenance = {
          sourceCommit: 'c'.repeat(40),
          ...(previous === undefined
            ? {}
            : { previousVersion: previous.metadata.version, previousManifest: previous }),
        }
        const header = generatedHeader('models/x/model.yaml', profile.environment)
        const first = renderInferenceService(manifest, profile, provenance)
        const second = renderInferenceService(
          structuredClone(manifest),
          profileOf(structuredClone(environment), 0),
          provenance,
        )
        expect(JSON.stringify(second)).toBe(JSON.stringify(first))
        if (first.object) expect(toYamlFile(second.object, header)).toBe(toYamlFile(first.object, header))
        else expect(first.problems.some((problem) => problem.severity === 'error')).toBe(true)
        for (const problem of first.problems) {
          expect(problem.message).not.toBe('')
          expect(problem.hint ?? '').not.toBe('')
          // A refusal names the manifest or config field to change, never only the rendered YAML.
          if (problem.severity === 'error') expect(problem.source).not.toBe('rendered')
        }
      }),
      RUNS,
    )
  })

  it(`every object that passes our checks passes the CRD schema, read back from its YAML (${RUNS} inputs)`, () => {
    let rendered = 0
    assertProperty(
      fc.property(inputArb, ({ manifest, environment, previous }) => {
        const profile = profileOf(environment, 0)
        const provenance = {
          sourceCommit: 'c'.repeat(40),
          ...(previous === undefined
            ? {}
            : { previousVersion: previous.metadata.version, previousManifest: previous }),
        }
        const { object } = renderInferenceService(manifest, profile, provenance)
        if (object === undefined) return
        rendered++
        const text = toYamlFile(object, generatedHeader('models/x/model.yaml', profile.environment))
        expect(validateCustomResource(parse(text))).toEqual([])
      }),
      RUNS,
    )
    // Most inputs render: a property that only ever saw refusals would prove nothing.
    expect(rendered).toBeGreaterThan(RUNS / 5)
  })
})

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { validateConfig } from '../../../core/config/validate-config.js'
import { profileOf } from '../../../core/environments/environment-profile.js'
import { validateManifest } from '../../../core/manifest/validate-manifest.js'
import { renderInferenceService } from '../../../core/render/render-inference-service.js'
import { renderPrometheusRule } from '../../../core/render/render-prometheus-rule.js'
import { generatedHeader, toYamlFile } from '../../../core/render/to-yaml-file.js'
import { validateCustomResource } from '../../../core/render/validate-custom-resource.js'

/**
 * Golden renders: every example model × every example environment, byte for byte: its
 * InferenceService, and its PrometheusRule when the manifest has a monitoring section.
 * `UPDATE_GOLDENS=1 npx vitest run test/unit/render/golden-renders.test.ts` rewrites them.
 */
const REPO = 'examples/model-repo'
const GOLDENS = 'test/fixtures/render'
const SOURCE_COMMIT = '3f6c2a9e1b0d4c7a8e5f2b1d9c0a7e6f5d4c3b2a'

const config = validateConfig('.modelgate/config.yml', readFileSync(`${REPO}/.modelgate/config.yml`)).config!
const environments = (config.environments ?? []).map((entry, index) => profileOf(entry, index))
const models = readdirSync(`${REPO}/models`).sort()
const manifestOf = (model: string) => {
  const file = `models/${model}/model.yaml`
  return validateManifest({ file, folderName: model, source: readFileSync(join(REPO, file)) }).manifest!
}

const cases = environments.flatMap((profile) =>
  models.map((model) => ({ env: profile.environment, model, profile })),
)

describe('golden InferenceService renders', () => {
  it('covers every example model in every example environment', () => {
    expect(cases.length).toBe(models.length * environments.length)
    expect(cases.length).toBeGreaterThanOrEqual(12)
  })

  it.each(cases)('$env/$model matches its golden file and passes the CRD', ({ model, profile }) => {
    const manifest = manifestOf(model)
    const { object, problems } = renderInferenceService(manifest, profile, { sourceCommit: SOURCE_COMMIT })
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([])
    const text = toYamlFile(object, generatedHeader(`models/${model}/model.yaml`, profile.environment))
    const golden = `${GOLDENS}/${profile.environment}/${model}/inferenceservice.yaml`
    expectGolden(golden, text)
    // The golden file itself, read back as Argo CD would, passes the CRD schema.
    expect(validateCustomResource(parse(readFileSync(golden, 'utf8')))).toEqual([])
  })
})

/** Writes the golden file when UPDATE_GOLDENS=1, then compares the text with it. */
function expectGolden(golden: string, text: string) {
  if (process.env.UPDATE_GOLDENS === '1') {
    mkdirSync(dirname(golden), { recursive: true })
    writeFileSync(golden, text)
  }
  expect(text).toBe(readFileSync(golden, 'utf8'))
}

const monitored = cases.filter(({ model }) => manifestOf(model).monitoring !== undefined)

describe('golden PrometheusRule renders', () => {
  it('covers every example model with a monitoring section in every example environment', () => {
    expect(monitored.length).toBeGreaterThanOrEqual(environments.length)
  })

  it.each(monitored)('$env/$model matches its golden file and passes the CRD', ({ model, profile }) => {
    const { object, problems } = renderPrometheusRule(manifestOf(model), profile, {
      sourceCommit: SOURCE_COMMIT,
    })
    expect(problems).toEqual([])
    const golden = `${GOLDENS}/${profile.environment}/${model}/prometheusrule.yaml`
    expectGolden(
      golden,
      toYamlFile(object, generatedHeader(`models/${model}/model.yaml`, profile.environment)),
    )
    expect(validateCustomResource(parse(readFileSync(golden, 'utf8')))).toEqual([])
  })

  it('a golden rule with an invalid duration is refused at the path of its for field', () => {
    const { profile, model } = monitored[0]!
    const rule = parse(readFileSync(`${GOLDENS}/${profile.environment}/${model}/prometheusrule.yaml`, 'utf8'))
    rule.spec.groups[0].rules[0].for = 'soon'
    const problems = validateCustomResource(rule)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({
      source: 'rendered',
      path: ['spec', 'groups', 0, 'rules', 0, 'for'],
      rule: 'crd/pattern',
      severity: 'error',
    })
    expect(problems[0]!.message).toContain('soon')
  })
})

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { validateConfig } from '../../../core/config/validate-config.js'
import { profileOf } from '../../../core/environments/environment-profile.js'
import { validateManifest } from '../../../core/manifest/validate-manifest.js'
import { renderInferenceService } from '../../../core/render/render-inference-service.js'
import { generatedHeader, toYamlFile } from '../../../core/render/to-yaml-file.js'
import { validateCustomResource } from '../../../core/render/validate-custom-resource.js'

/**
 * Golden renders: every example model × every example environment, byte for byte.
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
    if (process.env.UPDATE_GOLDENS === '1') {
      mkdirSync(dirname(golden), { recursive: true })
      writeFileSync(golden, text)
    }
    expect(text).toBe(readFileSync(golden, 'utf8'))
    // The golden file itself, read back as Argo CD would, passes the CRD schema.
    expect(validateCustomResource(parse(readFileSync(golden, 'utf8')))).toEqual([])
  })
})

import type { EnvironmentProfile } from '../environments/environment-profile.js'
import type { ModelManifest } from '../manifest/manifest.js'
import type { Provenance } from './provenance.js'
import { ENVIRONMENTS_DIR, INFERENCE_SERVICE_FILE, modelFolder, PROMETHEUS_RULE_FILE } from './provenance.js'
import { renderInferenceService } from './render-inference-service.js'
import { renderPrometheusRule } from './render-prometheus-rule.js'
import type { RenderedFile, RenderProblem } from './render-problem.js'
import { generatedHeader, toYamlFile } from './to-yaml-file.js'

export interface RenderModelInput {
  manifest: ModelManifest
  /** Repository-relative path of the manifest, named in each file's header. */
  manifestPath: string
  profile: EnvironmentProfile
  provenance: Provenance
  /** The environments folder of the environments repository (config `environmentsRepo.path`). */
  environmentsRoot?: string
}

export interface RenderModelResult {
  /** Every file of `environments/<env>/<model>/`; empty when any problem is an error. */
  files: RenderedFile[]
  problems: RenderProblem[]
}

/**
 * Renders everything one model needs in one environment — its InferenceService and, when the
 * manifest has a `monitoring` section, its PrometheusRule — as the files of its folder.
 * All or nothing: one error and no file is returned, so nothing half-valid is ever written.
 */
export function renderModel(input: RenderModelInput): RenderModelResult {
  const { manifest, manifestPath, profile, provenance } = input
  const folder = modelFolder(
    profile.environment,
    manifest.metadata.name,
    input.environmentsRoot ?? ENVIRONMENTS_DIR,
  )
  const header = generatedHeader(manifestPath, profile.environment)
  const parts = [
    { file: INFERENCE_SERVICE_FILE, ...renderInferenceService(manifest, profile, provenance) },
    { file: PROMETHEUS_RULE_FILE, ...renderPrometheusRule(manifest, profile, provenance) },
  ]
  const problems = parts.flatMap((part) => part.problems)
  if (problems.some((problem) => problem.severity === 'error')) return { files: [], problems }
  const files = parts.flatMap(({ file, object }) =>
    object === undefined ? [] : [{ path: `${folder}/${file}`, content: toYamlFile(object, header) }],
  )
  return { files, problems }
}

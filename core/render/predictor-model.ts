import type { EnvironmentProfile } from '../environments/environment-profile.js'
import type { ModelManifest } from '../manifest/manifest.js'
import type { FieldOrigin } from './field-origin.js'
import { modelFormatOf } from './model-format.js'
import { renderPredictorResources } from './predictor-resources.js'
import { pinnedStorageUri } from './storage-uri.js'

/** `predictor.model` as rendered: what KServe serves and with which runtime and resources. */
export interface PredictorModel {
  modelFormat: { name: string; version?: string }
  runtime?: string
  protocolVersion?: string
  storageUri: string
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> }
}

/**
 * `predictor.model` for one manifest in one environment: the model format from the framework,
 * the artifact's URI (an OCI image pinned to its digest), the manifest's runtime and protocol,
 * and the resources (profile defaults, manifest overrides). `at` is its rendered path, under
 * which the origins are keyed.
 */
export function renderPredictorModel(
  manifest: ModelManifest,
  profile: EnvironmentProfile,
  at: string,
): { model: PredictorModel; origins: [string, FieldOrigin][] } {
  const { artifact, serving } = manifest
  const model: PredictorModel = {
    modelFormat: modelFormatOf(artifact.framework),
    ...(serving?.runtime === undefined ? {} : { runtime: serving.runtime }),
    ...(serving?.protocolVersion === undefined ? {} : { protocolVersion: serving.protocolVersion }),
    storageUri: pinnedStorageUri(artifact.uri, artifact.digest),
  }
  const origins: [string, FieldOrigin][] = [
    [`${at}.modelFormat.name`, { source: 'manifest', path: ['artifact', 'framework', 'name'] }],
    [`${at}.modelFormat.version`, { source: 'manifest', path: ['artifact', 'framework', 'version'] }],
    [`${at}.runtime`, { source: 'manifest', path: ['serving', 'runtime'] }],
    [`${at}.protocolVersion`, { source: 'manifest', path: ['serving', 'protocolVersion'] }],
    [`${at}.storageUri`, { source: 'manifest', path: ['artifact', 'uri'] }],
  ]
  const rendered = renderPredictorResources(manifest, profile, `${at}.resources`)
  if (rendered.resources !== undefined) model.resources = rendered.resources
  return { model, origins: [...origins, ...rendered.origins] }
}

import type { EnvironmentProfile } from '../environments/environment-profile.js'
import type { ModelManifest, Resources } from '../manifest/manifest.js'
import type { FieldOrigin } from './field-origin.js'

/** Requests and limits as rendered (quantities as strings), with where each one came from. */
export interface RenderedResources {
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> }
  origins: [string, FieldOrigin][]
}

/**
 * `predictor.model.resources`: the profile's defaults, each overridden by the manifest's value for
 * the same resource (the model knows what it needs; the profile fills in what it does not say).
 * Quantities are written as strings, as Kubernetes prints them (`1` → `"1"`, `0.5` → `"0.5"`).
 */
export function renderPredictorResources(
  manifest: ModelManifest,
  profile: EnvironmentProfile,
  renderedPath: string,
): RenderedResources {
  const origins: [string, FieldOrigin][] = []
  const resources: { requests?: Record<string, string>; limits?: Record<string, string> } = {}
  for (const kind of ['requests', 'limits'] as const) {
    const merged: Record<string, string> = {}
    const layers: [Resources | undefined, FieldOrigin['source'], (string | number)[]][] = [
      [profile.resources, 'config', [...profile.configPath, 'profile', 'resources']],
      [manifest.serving?.resources, 'manifest', ['serving', 'resources']],
    ]
    for (const [layer, source, path] of layers) {
      for (const [name, quantity] of Object.entries(layer?.[kind] ?? {})) {
        merged[name] = String(quantity)
        origins.push([`${renderedPath}.${kind}.${name}`, { source, path: [...path, kind, name] }])
      }
    }
    if (Object.keys(merged).length > 0) resources[kind] = merged
  }
  return Object.keys(resources).length === 0 ? { origins } : { resources, origins }
}

import type { EnvironmentProfile } from '../environments/environment-profile.js'
import type { ModelManifest } from '../manifest/manifest.js'
import type { Provenance } from './provenance.js'
import type { RenderedObject } from './render-inference-service.js'

/**
 * Renders the model's `PrometheusRule` (alerts from its `monitoring` section) for one environment;
 * no object when the manifest has no monitoring. Pure, total and deterministic.
 * PLACEHOLDER: renders nothing until the monitoring renderer lands.
 */
export function renderPrometheusRule(
  manifest: ModelManifest,
  profile: EnvironmentProfile,
  provenance: Provenance,
): RenderedObject {
  void manifest
  void profile
  void provenance
  return { problems: [] }
}

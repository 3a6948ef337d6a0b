import type { EnvironmentProfile } from '../environments/environment-profile.js'
import { kserveAtLeast } from '../environments/environment-profile.js'
import type { ModelManifest } from '../manifest/manifest.js'
import type { FieldOrigin } from './field-origin.js'
import { labelValue } from './render-metadata.js'
import type { Provenance } from './provenance.js'
import type { RenderProblem } from './render-problem.js'
import { isKserveStorageUri } from './storage-uri.js'

/** The canary share an environment gives a new version, and the field that set it. */
export interface CanaryTraffic {
  percent: number
  origin: FieldOrigin
}

/**
 * The share of traffic a new version gets while the previous one keeps the rest: the profile's
 * `canary.trafficPercent`, lowered by the manifest's when it asks for less (or the manifest's
 * alone). None on a first rollout or a re-render of the live version: there is nothing to split
 * with.
 */
export function canaryTrafficOf(
  manifest: ModelManifest,
  profile: EnvironmentProfile,
  provenance: Provenance,
): CanaryTraffic | undefined {
  const previous = provenance.previousVersion
  if (previous === undefined || previous === manifest.metadata.version) return undefined
  const wanted = manifest.serving?.canary?.trafficPercent
  const allowed = profile.canary?.trafficPercent
  if (wanted !== undefined && (allowed === undefined || wanted < allowed))
    return { percent: wanted, origin: { source: 'manifest', path: ['serving', 'canary', 'trafficPercent'] } }
  if (allowed === undefined) return undefined
  return {
    percent: allowed,
    origin: { source: 'config', path: [...profile.configPath, 'profile', 'canary', 'trafficPercent'] },
  }
}

/**
 * Whether a Standard-mode environment can render `spec.canary` for this promotion; when it
 * cannot, the version rolls out fully (a rolling update, safe but without a split) and the
 * warning says why. Decided: a warning, not an error — refusing would block every promotion into
 * a cluster older than KServe 0.20 whose profile asks for a canary.
 */
export function standardCanaryBlocker(
  profile: EnvironmentProfile,
  provenance: Provenance,
  traffic: CanaryTraffic,
): RenderProblem | undefined {
  const problem = (message: string, hint: string): RenderProblem => ({
    source: traffic.origin.source,
    path: traffic.origin.path,
    target: 'value',
    rule: 'kserve/canary-unavailable',
    severity: 'warning',
    message,
    hint,
  })
  if (!kserveAtLeast(profile, 0, 20))
    return problem(
      `no canary in ${profile.environment}: Standard mode splits traffic with spec.canary, which KServe has from 0.20 (the profile says ${profile.kserveVersion.major}.${profile.kserveVersion.minor}); the new version rolls out fully`,
      "upgrade KServe and set the profile's kserveVersion, or remove canary from this environment",
    )
  if (provenance.previousManifest === undefined)
    return problem(
      `no canary in ${profile.environment}: the previous version's manifest (${provenance.previousVersion}) was not given, so it cannot stay as the stable predictor; the new version rolls out fully`,
      'render with the environments checkout and the model repository history, so the live version can be read',
    )
  if (!isKserveStorageUri(provenance.previousManifest.artifact.uri))
    return problem(
      `no canary in ${profile.environment}: the previous version's artifact (${provenance.previousManifest.artifact.uri}) is not one KServe can serve, so it cannot stay as the stable predictor; the new version rolls out fully`,
      'nothing to do for this version; the previous one could not have been serving',
    )
  return undefined
}

/** The name of a version's canary predictor: a DNS label (`canary-1-4-0`). */
export function canaryPredictorName(version: string): string {
  return `canary-${labelValue(version)
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')}`
    .slice(0, 63)
    .replace(/-+$/, '')
}

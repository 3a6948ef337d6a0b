import type { EnvironmentProfile } from '../environments/environment-profile.js'
import type { ModelManifest } from '../manifest/manifest.js'
import type { Provenance } from './provenance.js'
import { ANNOTATIONS, LABELS } from './provenance.js'

/** The metadata every object rendered for (model, environment) carries. */
export interface RenderedMetadata {
  name: string
  namespace: string
  labels: Record<string, string>
  annotations: Record<string, string>
}

/**
 * Names, labels and provenance annotations of an object rendered for one model in one environment:
 * one function, so the InferenceService and the PrometheusRule can never disagree on what the
 * planner reads back. Labels hold what selectors need (values made label-safe: a version's `+`
 * is not allowed there); annotations hold the exact strings.
 */
export function renderMetadata(
  manifest: ModelManifest,
  profile: EnvironmentProfile,
  provenance: Provenance,
  name: string = manifest.metadata.name,
): RenderedMetadata {
  const { metadata, artifact, riskTier } = manifest
  const labels: Record<string, string> = {
    'app.kubernetes.io/name': labelValue(metadata.name),
    'app.kubernetes.io/version': labelValue(metadata.version),
    'app.kubernetes.io/managed-by': 'modelgate',
    'app.kubernetes.io/part-of': 'modelgate',
    [LABELS.model]: labelValue(metadata.name),
    [LABELS.environment]: labelValue(profile.environment),
    [LABELS.riskTier]: riskTier,
  }
  const annotations: Record<string, string> = {
    [ANNOTATIONS.version]: metadata.version,
    [ANNOTATIONS.digest]: artifact.digest,
    [ANNOTATIONS.sourceCommit]: provenance.sourceCommit,
  }
  const optional: [string, string | undefined][] = [
    [ANNOTATIONS.previousVersion, provenance.previousVersion],
    [ANNOTATIONS.promotedBy, provenance.promotedBy],
    [ANNOTATIONS.requestUrl, provenance.requestUrl],
    [ANNOTATIONS.gatesDigest, provenance.gatesDigest],
    [ANNOTATIONS.forced, provenance.forced === true ? 'true' : undefined],
  ]
  for (const [key, value] of optional) if (value !== undefined) annotations[key] = value
  return { name, namespace: profile.namespace, labels, annotations }
}

/**
 * A string as a Kubernetes label value: at most 63 characters of `[A-Za-z0-9._-]`, beginning and
 * ending with an alphanumeric (`1.4.0+build.7` → `1.4.0_build.7`). Empty when nothing is left.
 */
export function labelValue(text: string): string {
  return text
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .slice(0, 63)
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '')
}

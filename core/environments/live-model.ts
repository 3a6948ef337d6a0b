import { ANNOTATIONS } from '../render/provenance.js'
import { loadFast } from '../yaml/load-fast.js'
import type { DeploymentMode } from './environment-profile.js'

/** What an environments repository says runs for one (environment, model): read from its rendered annotations. */
export interface LiveModel {
  version: string
  digest: string
  /** The model repository commit the manifest was rendered from: where its metrics are. */
  sourceCommit: string
  previousVersion?: string
  promotedBy?: string
  requestUrl?: string
  forced: boolean
  deploymentMode: DeploymentMode
}

export type LiveModelRead = { ok: true; live: LiveModel } | { ok: false; reason: string }

/**
 * Reads the live state from the text of a rendered `inferenceservice.yaml`. The file is untrusted
 * in the sense that anyone with write access to the environments repository can edit it, so a
 * hand-edited file without modelgate's annotations is reported, never guessed at.
 */
export function readLiveModel(text: string): LiveModelRead {
  const loaded = loadFast(text)
  if (!loaded.ok) return { ok: false, reason: 'is not a single YAML document modelgate can read' }
  const object = loaded.value as { kind?: unknown; metadata?: { annotations?: unknown } } | null
  if (object === null || typeof object !== 'object' || object.kind !== 'InferenceService')
    return { ok: false, reason: 'is not an InferenceService' }
  const annotations = object.metadata?.annotations
  const text_ = (key: string): string | undefined => {
    const value = (annotations as Record<string, unknown> | undefined)?.[key]
    return typeof value === 'string' && value !== '' ? value : undefined
  }
  const version = text_(ANNOTATIONS.version)
  const digest = text_(ANNOTATIONS.digest)
  const sourceCommit = text_(ANNOTATIONS.sourceCommit)
  if (version === undefined || digest === undefined || sourceCommit === undefined)
    return {
      ok: false,
      reason: `has no ${ANNOTATIONS.version}, ${ANNOTATIONS.digest} and ${ANNOTATIONS.sourceCommit} annotations (not rendered by modelgate, or edited by hand)`,
    }
  const optional = (key: keyof typeof ANNOTATIONS, field: string) => {
    const value = text_(ANNOTATIONS[key])
    return value === undefined ? {} : { [field]: value }
  }
  const mode = text_('serving.kserve.io/deploymentMode')
  return {
    ok: true,
    live: {
      version,
      digest,
      sourceCommit,
      ...optional('previousVersion', 'previousVersion'),
      ...optional('promotedBy', 'promotedBy'),
      ...optional('requestUrl', 'requestUrl'),
      forced: text_(ANNOTATIONS.forced) === 'true',
      // An InferenceService without the annotation runs in the cluster's default mode, Knative.
      deploymentMode: mode === 'Standard' || mode === 'RawDeployment' ? 'Standard' : 'Knative',
    },
  }
}

import { parseDocument } from 'yaml'

/** Argo CD's per-resource sync options annotation. */
export const SYNC_OPTIONS_ANNOTATION = 'argocd.argoproj.io/sync-options'

/**
 * `Replace=true` alone makes Argo CD run `kubectl replace`, which is still an update, and KServe's
 * webhook refuses a deployment-mode change on any update; `Force=true` with it makes Argo CD delete
 * and create the object instead (Argo CD "Sync Options": Replace, Force).
 */
export const REPLACE_SYNC_OPTIONS = 'Force=true,Replace=true'

/**
 * The rendered InferenceService text with `argocd.argoproj.io/sync-options: Force=true,Replace=true`
 * added to its annotations (comments and key order kept), for the one promotion that changes the
 * environment's deployment mode. The next promotion renders without it, so later syncs apply in
 * place again instead of recreating the model on every sync.
 */
export function markForReplacement(text: string): string {
  const doc = parseDocument(text, { version: '1.1' })
  doc.setIn(['metadata', 'annotations', SYNC_OPTIONS_ANNOTATION], REPLACE_SYNC_OPTIONS)
  return doc.toString({ lineWidth: 0, indentSeq: true })
}

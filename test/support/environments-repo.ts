/** What a rendered InferenceService says about itself, as `readLiveModel` reads it back. */
export interface LiveFileOptions {
  model: string
  version: string
  sourceCommit: string
  namespace?: string
  digest?: string
  mode?: 'Knative' | 'Standard'
  promotedBy?: string
}

/** A digest for tests: `sha256:` and 64 times `hex`. */
export const testDigest = (hex = 'a') => `sha256:${hex.repeat(64)}`

/**
 * The `inferenceservice.yaml` of an environments checkout, with the provenance annotations
 * modelgate renders (version, digest, source commit): enough for `readLiveModel`.
 */
export function liveInferenceService(options: LiveFileOptions): string {
  return [
    'apiVersion: serving.kserve.io/v1beta1',
    'kind: InferenceService',
    'metadata:',
    `  name: ${options.model}`,
    `  namespace: ${options.namespace ?? 'ml'}`,
    '  annotations:',
    `    serving.kserve.io/deploymentMode: ${options.mode ?? 'Standard'}`,
    `    modelgate.dev/version: ${options.version}`,
    `    modelgate.dev/artifact-digest: ${options.digest ?? testDigest()}`,
    `    modelgate.dev/source-commit: ${options.sourceCommit}`,
    ...(options.promotedBy === undefined ? [] : [`    modelgate.dev/promoted-by: ${options.promotedBy}`]),
    'spec: {}',
    '',
  ].join('\n')
}

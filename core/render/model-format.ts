import type { ModelManifest } from '../manifest/manifest.js'

/**
 * Frameworks whose KServe model-format version is the framework's own major version: the shipped
 * ServingRuntimes list e.g. sklearn "1", xgboost "2", lightgbm "4", tensorflow "2", mlflow "2".
 * For the others the format version means something else (the HuggingFace server's own API
 * version, the PMML spec, Triton's backends), so no version is written and KServe picks by name.
 */
const VERSIONED_BY_FRAMEWORK = new Set([
  'sklearn',
  'xgboost',
  'lightgbm',
  'tensorflow',
  'pytorch',
  'onnx',
  'paddle',
  'mlflow',
])

/**
 * `predictor.model.modelFormat` from the artifact's framework. The version is the major only:
 * KServe matches a runtime's supported formats by exact string, so "2.0.3" would select none.
 * @example modelFormatOf({ name: 'xgboost', version: '2.0.3' }) // { name: 'xgboost', version: '2' }
 */
export function modelFormatOf(framework: ModelManifest['artifact']['framework']): {
  name: string
  version?: string
} {
  const major = /^(\d+)(?:[.+_-]|$)/.exec(framework.version ?? '')?.[1]
  return major !== undefined && VERSIONED_BY_FRAMEWORK.has(framework.name)
    ? { name: framework.name, version: String(Number(major)) }
    : { name: framework.name }
}

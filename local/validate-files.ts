import type { RuleSetting, ValidationResult } from '../core/index.js'
import { MAX_SOURCE_BYTES, validateManifest } from '../core/index.js'
import { readLimited } from './files.js'

/** One manifest to validate: where to read it, how to name it, and its bytes at the base revision. */
export interface ManifestJob {
  absolute: string
  relative: string
  folderName: string
  baseSource?: Uint8Array
}

/**
 * Reads and validates manifests one by one, in the order given. (Splitting large sets across
 * worker threads was measured: on two cores it gained nothing, as each thread pays its own JIT
 * warm-up while V8's compiler and GC threads already use the second core.)
 */
export function validateFiles(
  jobs: readonly ManifestJob[],
  ruleSettings: Readonly<Record<string, RuleSetting>>,
): ValidationResult['files'] {
  return jobs.map(({ absolute, relative, folderName, baseSource }) => ({
    file: relative,
    problems: validateManifest({
      file: relative,
      source: readLimited(absolute, MAX_SOURCE_BYTES),
      folderName,
      ...(baseSource ? { baseSource } : {}),
      ruleSettings,
    }).problems,
  }))
}

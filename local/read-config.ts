import type { ModelgateConfig, ValidationResult } from '../core/index.js'
import { DEFAULT_CONFIG, MAX_SOURCE_BYTES, validateConfig } from '../core/index.js'
import { findConfigFile, readLimited } from './files.js'

/** The repo config (explicit, or `.modelgate/config.yml` when present), or its problems as a result. */
export function readRepoConfig(
  root: string,
  cwd: string,
  explicit: string | undefined,
): { config: ModelgateConfig } | { invalid: ValidationResult } {
  const found = findConfigFile(root, cwd, explicit)
  if (found === undefined) return { config: DEFAULT_CONFIG }
  const { path, shown } = found
  const checked = validateConfig(shown, readLimited(path, MAX_SOURCE_BYTES))
  return checked.config
    ? { config: checked.config }
    : { invalid: { files: [{ file: shown, problems: checked.problems }] } }
}

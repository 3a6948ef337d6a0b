import { realpathSync } from 'node:fs'
import { relative, sep } from 'node:path'
import type { ModelgateConfig, ValidationResult } from '../core/index.js'
import {
  configChangeProblems,
  DEFAULT_CONFIG,
  MAX_SOURCE_BYTES,
  validateConfig,
  validationSettingChanges,
} from '../core/index.js'
import { CONFIG_NAMES, findConfigFile, readLimited } from './files.js'
import type { ReadFiles } from './read-models.js'

/** Where the config was read from: how it is named, its path in the repository (if inside), its bytes. */
export interface ConfigFile {
  shown: string
  /** Repository-relative, when the file is inside the model repository (an explicit `--config` may not be). */
  inRepo?: string
  /** Named by `--config` (or the `config` input), rather than found as `.modelgate/config.yml`. */
  explicit: boolean
  source: Uint8Array
}

/** The repo config (explicit, or `.modelgate/config.yml` when present), or its problems as a result. */
export function readRepoConfig(
  root: string,
  cwd: string,
  explicit: string | undefined,
): { config: ModelgateConfig; file?: ConfigFile } | { invalid: ValidationResult } {
  const found = findConfigFile(root, cwd, explicit)
  if (found === undefined) return { config: DEFAULT_CONFIG }
  const { path, shown } = found
  const source = readLimited(path, MAX_SOURCE_BYTES)
  const checked = validateConfig(shown, source)
  const inRepo = explicit === undefined ? shown : relative(realpathSync(root), path).split(sep).join('/')
  const file = {
    shown,
    source,
    explicit: explicit !== undefined,
    ...(inRepo.startsWith('..') ? {} : { inRepo }),
  }
  return checked.config
    ? { config: checked.config, file }
    : { invalid: { files: [{ file: shown, problems: checked.problems }] } }
}

/**
 * The config a change is judged by: the one at its base revision (`read`, named `ref`), so a pull
 * request cannot switch off its own checks. An explicit config file is read at the same path
 * there, else `.modelgate/config.yml` (or `.yaml`) as found at the base; an explicit config
 * outside the repository is the user's choice and stays. Returns that config plus a warning, in the head's config file, listing the settings the
 * change edits; a config invalid at the base is reported as such (fail closed).
 */
export async function readBaseConfig(
  head: { config: ModelgateConfig; file?: ConfigFile },
  read: ReadFiles,
  ref: string,
): Promise<{ config: ModelgateConfig; changes: ValidationResult['files'] } | { invalid: ValidationResult }> {
  if (head.file && head.file.inRepo === undefined) return { config: head.config, changes: [] }
  // Found at the base as at the head: a change that renames the config cannot escape it.
  const names = head.file?.explicit && head.file.inRepo ? [head.file.inRepo] : CONFIG_NAMES
  // One name at a time: the first is nearly always there, so reading through the API costs one request.
  let name: string | undefined
  let source: Uint8Array | undefined
  for (const candidate of names) {
    source = (await read([candidate])).get(candidate)
    if (source) {
      name = candidate
      break
    }
  }
  let config = DEFAULT_CONFIG
  if (name !== undefined && source) {
    const checked = validateConfig(name, source)
    if (!checked.config) {
      const problems = checked.problems.map((p) => ({ ...p, message: `at ${ref}: ${p.message}` }))
      return { invalid: { files: [{ file: name, problems }] } }
    }
    config = checked.config
  }
  const file = head.file?.shown ?? name ?? CONFIG_NAMES[0]!
  const problems = configChangeProblems(
    file,
    head.file?.source,
    validationSettingChanges(config, head.config),
  )
  return { config, changes: problems.length > 0 ? [{ file, problems }] : [] }
}

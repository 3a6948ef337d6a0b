import { statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { LiveModelRead, ModelgateConfig } from '../core/index.js'
import { INFERENCE_SERVICE_FILE, MAX_SOURCE_BYTES, modelFolder, readLiveModel } from '../core/index.js'
import { UsageError } from './errors.js'
import { readLimited } from './files.js'

/** Where the version live in an environment was rendered from, or why there is none. */
export type LiveBaseline = { commit: string; version: string; environment: string } | { none: string }

/**
 * Finds the environments checkout to read live versions from: `--environments`, else the config's
 * `environmentsRepo.checkout` (relative to the model repository's root). A named folder that is
 * missing is a usage error; no checkout at all is `undefined`.
 */
export function findEnvironmentsCheckout(
  cwd: string,
  repoRoot: string,
  config: ModelgateConfig,
  option: string | undefined,
): string | undefined {
  const [path, named] =
    option !== undefined
      ? [resolve(cwd, option), `--environments: ${option}`]
      : config.environmentsRepo?.checkout !== undefined
        ? [
            resolve(repoRoot, config.environmentsRepo.checkout),
            `environmentsRepo.checkout: ${config.environmentsRepo.checkout}`,
          ]
        : [undefined, '']
  if (path === undefined) return undefined
  if (!statSync(path, { throwIfNoEntry: false })?.isDirectory())
    throw new UsageError(`${named}: no such folder; check out the environments repository there`)
  return path
}

/**
 * The model repository commit the version live in `environment` was rendered from (its
 * `modelgate.dev/source-commit` annotation): the revision whose metrics are the baseline.
 */
export function readLiveBaseline(
  environmentsCheckout: string,
  config: ModelgateConfig,
  environment: string,
  model: string,
): LiveBaseline {
  const known = (config.environments ?? []).map((entry) => entry.name)
  if (!known.includes(environment))
    return {
      none: `${environment} is not an environment of the config (known: ${known.join(', ') || 'none'})`,
    }
  const read = readLiveModelAt(environmentsCheckout, config, environment, model)
  if (!read.ok) return { none: read.reason }
  return { commit: read.live.sourceCommit, version: read.live.version, environment }
}

/**
 * What the environments checkout says runs for (environment, model): its rendered
 * `inferenceservice.yaml` read through `readLiveModel`. Not live there is `absent`; an unreadable
 * or hand-edited file says why.
 */
export function readLiveModelAt(
  environmentsCheckout: string,
  config: ModelgateConfig,
  environment: string,
  model: string,
): LiveModelRead | { ok: false; absent: true; reason: string } {
  const file = join(modelFolder(environment, model, config.environmentsRepo?.path), INFERENCE_SERVICE_FILE)
  let bytes: Uint8Array
  try {
    bytes = readLimited(join(environmentsCheckout, file), MAX_SOURCE_BYTES)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return code === 'ENOENT'
      ? { ok: false, absent: true, reason: `${model} is not live in ${environment}` }
      : { ok: false, reason: `${file} cannot be read (${code})` }
  }
  if (bytes.length > MAX_SOURCE_BYTES)
    return { ok: false, reason: `${file} is over ${MAX_SOURCE_BYTES} bytes` }
  const read = readLiveModel(Buffer.from(bytes).toString('utf8'))
  return read.ok ? read : { ok: false, reason: `${file} ${read.reason}` }
}

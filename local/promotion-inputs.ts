import { join, resolve } from 'node:path'
import type { HealthEntry } from '../core/environments/parse-health-file.js'
import { parseHealthFile } from '../core/environments/parse-health-file.js'
import type { HoldsFile } from '../core/promotion/parse-holds.js'
import { HOLDS_FILE, parseHolds } from '../core/promotion/parse-holds.js'
import { MAX_SOURCE_BYTES } from '../core/index.js'
import { UsageError } from './errors.js'
import { readLimited } from './files.js'

/** `.modelgate/holds.yml` of an environments checkout; no file holds nothing. */
export function readHolds(environmentsCheckout: string): HoldsFile {
  let bytes: Uint8Array
  try {
    bytes = readLimited(join(environmentsCheckout, HOLDS_FILE), MAX_SOURCE_BYTES)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { holds: [], problems: [] }
    return {
      holds: [],
      problems: [`${HOLDS_FILE} cannot be read (${(error as NodeJS.ErrnoException).code})`],
    }
  }
  if (bytes.length > MAX_SOURCE_BYTES)
    return { holds: [], problems: [`${HOLDS_FILE} is over ${MAX_SOURCE_BYTES} bytes`] }
  return parseHolds(Buffer.from(bytes).toString('utf8'))
}

/** The `--health FILE` (JSON or YAML, see `parseHealthFile`); a missing or invalid file is a usage error. */
export function readHealthFile(
  cwd: string,
  option: string | undefined,
): Map<string, Map<string, HealthEntry>> {
  if (option === undefined) return new Map()
  let bytes: Uint8Array
  try {
    bytes = readLimited(resolve(cwd, option), MAX_SOURCE_BYTES)
  } catch (error) {
    throw new UsageError(
      `--health: ${option}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot be read'}`,
    )
  }
  if (bytes.length > MAX_SOURCE_BYTES)
    throw new UsageError(`--health: ${option} is over ${MAX_SOURCE_BYTES} bytes`)
  const file = parseHealthFile(Buffer.from(bytes).toString('utf8'), option)
  if (file.problems.length > 0) throw new UsageError(`--health: ${file.problems.join('; ')}`)
  return file.health
}

import { closeSync, constants, mkdirSync, openSync, writeSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { UsageError } from '../../local/errors.js'

/**
 * Writes an output file (SARIF, a results file) under the workspace, which holds the pull
 * request's checkout: a link planted there must not redirect the write elsewhere, so the file is
 * opened without following links.
 */
export function writeOutputFile(workspace: string, path: string, text: string, input: string): void {
  const target = resolve(workspace, path)
  try {
    mkdirSync(dirname(target), { recursive: true })
    const fd = openSync(
      target,
      constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW,
    )
    try {
      writeSync(fd, text)
    } finally {
      closeSync(fd)
    }
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'an error'
    throw new UsageError(
      `${input}: cannot write ${path} (${code}); give a path in the workspace or runner.temp`,
    )
  }
}

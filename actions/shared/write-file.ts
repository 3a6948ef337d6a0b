import { closeSync, constants, existsSync, mkdirSync, openSync, realpathSync, writeSync } from 'node:fs'
import { dirname, relative, resolve, sep } from 'node:path'
import { UsageError } from '../../local/errors.js'

/**
 * Writes an output file (SARIF, a results file) under the workspace, which holds the pull
 * request's checkout, or under another of `roots` (the runner's temp folder): a link planted in the
 * checkout must not redirect the write elsewhere. Its folder, links resolved, must lie inside a
 * root both before any folder is made and after, and the file itself is opened without following
 * a link.
 */
export function writeOutputFile(
  workspace: string,
  path: string,
  text: string,
  input: string,
  roots: readonly (string | undefined)[] = [workspace],
): void {
  const target = resolve(workspace, path)
  const fail = (reason: string): never => {
    throw new UsageError(
      `${input}: cannot write ${path} (${reason}); give a path in the workspace or runner.temp`,
    )
  }
  const realRoots = roots.flatMap((root) => (root && existsSync(root) ? [realpathSync(root)] : []))
  const inside = (folder: string) =>
    realRoots.some((root) => {
      const rest = relative(root, realpathSync(folder))
      return rest === '' || (!rest.startsWith(`..${sep}`) && rest !== '..' && !rest.startsWith(sep))
    })
  let existing = dirname(target)
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing)
  if (!inside(existing)) fail('it leads outside the workspace, through a symbolic link or otherwise')
  try {
    mkdirSync(dirname(target), { recursive: true })
    if (!inside(dirname(target))) fail('it leads outside the workspace through a symbolic link')
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
    if (error instanceof UsageError) throw error
    fail((error as { code?: string }).code ?? 'an error')
  }
}

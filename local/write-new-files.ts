import { lstatSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

export interface WriteNewFilesResult {
  /** Repository-relative paths written (none when any file already existed and `force` was off). */
  written: string[]
  /** Files that were already there: refused without `force`, overwritten with it. */
  existing: string[]
  /** Symbolic links where a file goes: always refused. */
  links: string[]
}

/**
 * Writes `files` under `root`, all or none: without `force`, one existing file and nothing is
 * written, so a scaffold never half-overwrites a repository. A symbolic link in the way is never
 * written through, even with `force`, since it could point anywhere.
 */
export function writeNewFiles(
  root: string,
  files: readonly { path: string; content: string }[],
  force: boolean,
): WriteNewFilesResult {
  const existing: string[] = []
  const links: string[] = []
  for (const file of files) {
    const stats = lstatSync(join(root, file.path), { throwIfNoEntry: false })
    if (stats?.isSymbolicLink()) links.push(file.path)
    else if (stats) existing.push(file.path)
  }
  if (links.length > 0 || (existing.length > 0 && !force)) return { written: [], existing, links }
  for (const file of files) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true })
    writeFileSync(join(root, file.path), file.content)
  }
  return { written: files.map((file) => file.path), existing, links }
}

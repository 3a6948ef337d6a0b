import { mkdirSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { UsageError } from './errors.js'

/** A file to write, relative to the folder it is written into. */
export interface FileToWrite {
  path: string
  content: string
}

/**
 * Writes `files` under `root`, making folders as needed. What a user can fix — the folder is a
 * file, a parent is missing rights, the disk is full or read-only — is a UsageError naming the
 * path and the cause, never a stack trace; anything else is rethrown as the bug it is.
 */
export function writeFiles(root: string, files: readonly FileToWrite[]): void {
  const notAFolder = [root, ...files.map((file) => dirname(join(root, file.path)))].find(isFileNotFolder)
  if (notAFolder !== undefined)
    throw new UsageError(`${notAFolder} is a file, not a folder: give a folder to write into`)
  for (const file of files) {
    const target = join(root, file.path)
    try {
      mkdirSync(dirname(target), { recursive: true })
      writeFileSync(target, file.content)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? ''
      const cause = WRITE_ERRORS[code]
      if (cause === undefined) throw error
      throw new UsageError(`cannot write ${relative(process.cwd(), target) || target}: ${cause}`)
    }
  }
}

const WRITE_ERRORS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EEXIST: 'a file is in the way of a folder',
  ENOTDIR: 'a file is in the way of a folder',
  EISDIR: 'a folder is in the way of the file',
}

function isFileNotFolder(path: string): boolean {
  try {
    return !statSync(path).isDirectory()
  } catch {
    return false
  }
}

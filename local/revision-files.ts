import { execFileSync } from 'node:child_process'
import { realpathSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { MAX_SOURCE_BYTES } from '../core/index.js'
import { MANIFEST_FILE, readLimited } from './files.js'
import { readFilesAtCommit } from './git.js'
import type { ReadFiles } from './read-models.js'

/**
 * Reads repository files from the working tree. Paths come from manifests (`metrics.file`), so a
 * file reached through a link that leaves the repository is treated as absent, never read.
 */
export function workingTreeFiles(root: string): ReadFiles {
  const realRoot = realpathSync(root)
  return (paths) =>
    Promise.resolve(
      new Map(
        paths.flatMap((path): [string, Uint8Array][] => {
          try {
            const real = realpathSync(join(root, path))
            if (!real.startsWith(realRoot + sep)) return []
            return [[path, readLimited(real, MAX_SOURCE_BYTES)]]
          } catch {
            return [] // absent (or unreadable): the model or metrics file does not exist here
          }
        }),
      ),
    )
}

/** Reads repository files at a commit with one `git cat-file --batch` per call. */
export function commitFiles(gitRoot: string, commit: string, root: string): ReadFiles {
  const prefix = gitPrefix(gitRoot, root)
  return (paths) => {
    const found = readFilesAtCommit(
      gitRoot,
      commit,
      paths.map((path) => prefix + path),
    )
    return Promise.resolve(
      new Map(
        paths.flatMap((path): [string, Uint8Array][] => {
          const source = found.get(prefix + path)
          return source ? [[path, source]] : []
        }),
      ),
    )
  }
}

/** Every `<modelsRoot>/<name>/model.yaml` at a commit, repository-relative, in path order. */
export function manifestsAtCommit(
  gitRoot: string,
  commit: string,
  root: string,
  modelsRoot: string,
): string[] {
  const prefix = gitPrefix(gitRoot, root)
  const folder = `${prefix}${modelsRoot.replace(/\/+$/, '')}/`
  const listing = execFileSync(
    'git',
    ['ls-tree', '-r', '-z', '--name-only', '--end-of-options', commit, '--', `:(literal)${folder}`],
    {
      cwd: gitRoot,
      maxBuffer: 256 * 1024 * 1024,
    },
  ).toString('utf8')
  return listing
    .split('\0')
    .filter((path) => path.startsWith(folder) && path.slice(folder.length).split('/').length === 2)
    .filter((path) => path.endsWith(`/${MANIFEST_FILE}`))
    .map((path) => path.slice(prefix.length))
    .sort()
}

/** A folder (the model repository, an environments checkout) inside its git work tree, as a path prefix (`''` at the top). */
export function gitPrefix(gitRoot: string, root: string): string {
  const inside = relative(realpathSync(gitRoot), realpathSync(root)).split(sep).join('/')
  return inside === '' ? '' : `${inside}/`
}

import {
  closeSync,
  existsSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import { UsageError } from './errors.js'

import { MANIFEST_FILE } from '../core/index.js'

export { MANIFEST_FILE }
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'lib'])

/** A file to validate: where it is on disk and how it is named in reports. */
export interface RepoFile {
  absolute: string
  /** Path relative to the repository root, with `/` separators. */
  relative: string
  /**
   * The symbolic link the manifest was reached through (the manifest itself or a folder above it,
   * repository-relative): such a manifest is refused, never read (see `linkRefused`).
   */
  link?: string
}

/**
 * The manifests to validate. With no paths: every `<modelsRoot>/<name>/model.yaml`. A path may be
 * a manifest file or a folder searched for `model.yaml` files. Every path must stay inside the
 * repository (after resolving `..` and symbolic links), so a crafted path or link cannot make
 * modelgate read, and quote, files from elsewhere.
 */
export function findManifests(
  root: string,
  cwd: string,
  paths: readonly string[],
  modelsRoot: string,
): RepoFile[] {
  const realRoot = realpathSync(root)
  if (paths.length === 0) {
    if (!isDirectory(resolve(root, modelsRoot))) {
      throw new UsageError(
        `no ${modelsRoot}/ folder in ${root}; pass the manifests to check, or set models.root in .modelgate/config.yml`,
      )
    }
    return modelFolderManifests(realRoot, insideRoot(realRoot, resolve(root, modelsRoot), modelsRoot))
  }
  const files = paths.flatMap((path) => {
    const target = insideRoot(realRoot, resolve(cwd, path), path)
    const link = firstLink(root, resolve(cwd, path))
    // A linked folder is walked where it was found, so its manifests are reported (and refused) there.
    return isDirectory(target)
      ? manifestsIn(realRoot, link ? located(realRoot, resolve(cwd, path), path) : target, 8, link)
      : [toRepoFile(realRoot, located(realRoot, resolve(cwd, path), path), target, link)]
  })
  return [...new Map(files.map((file) => [file.absolute, file])).values()]
}

/**
 * `<folder>/<name>/model.yaml` for every model folder: one `lstat` per folder rather than listing
 * each (ten thousand models cost ten thousand system calls, not thirty thousand).
 */
function modelFolderManifests(realRoot: string, folder: string): RepoFile[] {
  const found: RepoFile[] = []
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  )) {
    if (entry.name.startsWith('.') || !(entry.isDirectory() || entry.isSymbolicLink())) continue
    const path = join(folder, entry.name, MANIFEST_FILE)
    const stats = lstatSync(path, { throwIfNoEntry: false })
    if (!stats) continue
    // A regular file in a real folder needs no resolving; anything reached through a link does.
    const direct = entry.isDirectory() && stats.isFile()
    if (direct || stats.isSymbolicLink() || entry.isSymbolicLink()) {
      const link = direct ? undefined : entry.isSymbolicLink() ? join(folder, entry.name) : path
      found.push(toRepoFile(realRoot, path, direct ? path : insideRoot(realRoot, path, path), link))
    }
  }
  return found
}

/** `model.yaml` files under `folder`, at most `depth` folders down, in a stable order. */
function manifestsIn(
  realRoot: string,
  folder: string,
  depth: number,
  link: string | undefined = undefined,
): RepoFile[] {
  const found: RepoFile[] = []
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))
  for (const entry of entries) {
    const path = join(folder, entry.name)
    if (entry.name === MANIFEST_FILE && (entry.isFile() || entry.isSymbolicLink())) {
      // `folder` is already a real path, so only a link needs resolving (and checking).
      const real = entry.isFile() ? path : insideRoot(realRoot, path, path)
      found.push(toRepoFile(realRoot, path, real, link ?? (entry.isFile() ? undefined : path)))
    } else if (depth > 0 && !entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) {
      const isFolder =
        entry.isDirectory() || (entry.isSymbolicLink() && isDirectory(insideRoot(realRoot, path, path)))
      const via = link ?? (entry.isSymbolicLink() ? path : undefined)
      if (isFolder) for (const file of manifestsIn(realRoot, path, depth - 1, via)) found.push(file)
    }
  }
  return found
}

/** The real path of `path`, refusing anything outside the repository. */
function insideRoot(realRoot: string, path: string, shown: string): string {
  let real: string
  try {
    real = realpathSync(path)
  } catch {
    throw new UsageError(`${shown}: no such file or folder`)
  }
  if (real !== realRoot && !real.startsWith(realRoot + sep)) {
    throw new UsageError(
      `${shown}: outside the repository (${realRoot}); modelgate only reads files inside it (to check a lone manifest, run modelgate in its folder)`,
    )
  }
  return real
}

/**
 * A file found at `location` (a path whose folders are real) and read from `real`. Reports name
 * the location, so a manifest linked from elsewhere is judged where it was found.
 */
function toRepoFile(realRoot: string, location: string, real: string, link?: string): RepoFile {
  const inRepo = (path: string) => relative(realRoot, path).split(sep).join('/')
  return { absolute: real, relative: inRepo(location), ...(link === undefined ? {} : { link: inRepo(link) }) }
}

/**
 * The first symbolic link on the way from `root` down to `path` (`path` itself included), as an
 * absolute path under the repository's real root; `undefined` when every step is a real folder
 * or file (or `path` is not under `root`).
 */
export function firstLink(root: string, path: string): string | undefined {
  const steps = relative(root, path).split(sep)
  if (steps[0] === '..' || steps[0] === '') return undefined
  let at = root
  for (const step of steps) {
    at = join(at, step)
    const stats = lstatSync(at, { throwIfNoEntry: false })
    if (!stats) return undefined
    if (stats.isSymbolicLink()) return join(realpathSync(dirname(at)), basename(at))
  }
  return undefined
}

/** `path` with its folders resolved (the file itself may be a link), checked to be inside the repository. */
function located(realRoot: string, path: string, shown: string): string {
  return join(insideRoot(realRoot, dirname(path), shown), basename(path))
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/**
 * Reads at most `limit + 1` bytes: enough for the core to see that a file is over the limit
 * without loading a huge file into memory.
 */
export function readLimited(path: string, limit: number): Uint8Array {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW)
  try {
    const size = Math.min(fstatSync(fd).size, limit + 1)
    const buffer = Buffer.allocUnsafe(size)
    let read = 0
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read)
      if (n === 0) break
      read += n
    }
    return buffer.subarray(0, read)
  } finally {
    closeSync(fd)
  }
}

/**
 * The model repository's root: the nearest folder from `cwd` up that holds `.modelgate/`, not
 * above the git work tree; else the git work tree; else `cwd`. So a repository that keeps its
 * models in a subfolder (or several, as in a monorepo) works from anywhere inside it.
 */
export function findRepoRoot(cwd: string, gitRoot: string | undefined): string {
  for (let folder = resolve(cwd); ; folder = dirname(folder)) {
    if (isDirectory(join(folder, '.modelgate'))) return folder
    if (folder === gitRoot || dirname(folder) === folder) return gitRoot ?? resolve(cwd)
  }
}

/**
 * The folder a manifest sits in: `models/<name>/model.yaml` → `<name>`; none for a manifest at the
 * root (a lone file checked on its own has no folder to be named after).
 */
export function folderOf(file: RepoFile): string | undefined {
  return file.relative.includes('/') ? basename(dirname(file.relative)) : undefined
}

/** The names the repository config may have, in the order they are looked for. */
export const CONFIG_NAMES: readonly string[] = ['.modelgate/config.yml', '.modelgate/config.yaml']

/**
 * The repository config to read: the explicit `--config` file (anywhere; the user chose it) or
 * `.modelgate/config.yml` (which must stay inside the repository, links included). Returns where
 * to read it and how to name it, or `undefined` when there is no config.
 */
export function findConfigFile(
  root: string,
  cwd: string,
  explicit: string | undefined,
): { path: string; shown: string } | undefined {
  if (explicit === undefined) {
    const shown = CONFIG_NAMES.find((name) => existsSync(join(root, name)))
    return shown === undefined
      ? undefined
      : { path: insideRoot(realpathSync(root), join(root, shown), shown), shown }
  }
  let real: string
  try {
    real = realpathSync(resolve(cwd, explicit))
  } catch {
    throw new UsageError(`--config: ${explicit}: no such file`)
  }
  if (!statSync(real).isFile()) throw new UsageError(`--config: ${explicit}: not a file`)
  return { path: real, shown: explicit }
}

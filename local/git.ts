import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { UsageError } from './errors.js'

/**
 * The top folder of the git work tree holding `cwd` (the nearest folder with a `.git` entry: a
 * folder, or a file in worktrees and submodules), or `undefined` outside git. Looked up on disk,
 * not with `git rev-parse`: a process spawn costs more than the rest of a one-manifest check.
 */
export function findGitRoot(cwd: string): string | undefined {
  for (let folder = resolve(cwd); ; folder = dirname(folder)) {
    if (existsSync(join(folder, '.git'))) return folder
    if (dirname(folder) === folder) return undefined
  }
}

/** Resolves a revision to a commit SHA, or explains how to make it available. */
export function resolveCommit(root: string, revision: string): string {
  if (revision.startsWith('-') || /[\s\0]/.test(revision))
    throw new UsageError(`--base: "${revision}" is not a git revision`)
  const result = spawnSync(
    'git',
    ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`],
    { cwd: root, encoding: 'utf8' },
  )
  if (result.status !== 0) {
    throw new UsageError(`--base: unknown git revision "${revision}"; ${fetchAdvice(root, revision)}`)
  }
  return result.stdout.trim()
}

/** How to make a missing revision available: `origin/release` is fetched as `git fetch origin release`. */
function fetchAdvice(root: string, revision: string): string {
  const remotes = spawnSync('git', ['remote'], { cwd: root, encoding: 'utf8' })
    .stdout.split('\n')
    .filter(Boolean)
  const remote = [...remotes, 'origin'].find((name) => revision.startsWith(`${name}/`))
  const fetch = remote
    ? `git fetch ${remote} ${revision.slice(remote.length + 1)}`
    : `git fetch origin ${revision}`
  return `fetch it first (${fetch}, or actions/checkout with fetch-depth: 0)`
}

/**
 * Reads many files at one commit: one `git ls-tree` lists the folder they share (their blob ids),
 * then one `git cat-file --batch` reads the blobs by id. (Asking `cat-file` for `<commit>:<path>`
 * walks the tree once per path: ten thousand manifests took 11–15 s that way, 0.1 s this way.)
 * Only regular files are read: a symbolic link, a submodule or a folder at that path is absent
 * from the map, like a missing file, so a link is never followed nor read as its target's name.
 */
export function readFilesAtCommit(
  root: string,
  commit: string,
  paths: readonly string[],
): Map<string, Uint8Array> {
  const wanted = paths.filter((path) => !/[\n\r\0]/.test(path))
  const files = new Map<string, Uint8Array>()
  if (wanted.length === 0) return files
  const blobs = listBlobs(root, commit, sharedFolder(wanted))
  const found = wanted.flatMap((path): [string, string][] => {
    const id = blobs.get(path)
    return id === undefined ? [] : [[path, id]]
  })
  if (found.length === 0) return files
  const output = execFileSync('git', ['cat-file', '--batch'], {
    cwd: root,
    input: found.map(([, id]) => `${id}\n`).join(''),
    maxBuffer: 1024 * 1024 * 1024,
  })
  let offset = 0
  for (const [path] of found) {
    const headerEnd = output.indexOf(0x0a, offset)
    const header = output.subarray(offset, headerEnd).toString('utf8')
    offset = headerEnd + 1
    const blob = /^[0-9a-f]{40,64} blob (\d+)$/.exec(header)
    if (!blob) throw new Error(`git cat-file: unexpected answer "${header}" for ${path}`)
    const length = Number(blob[1])
    files.set(path, output.subarray(offset, offset + length))
    offset += length + 1
  }
  return files
}

/** Git's modes for a regular file (plain or executable); links are 120000, submodules 160000. */
const REGULAR_FILE = /^100(644|755)$/

/** Every regular file under `folder` (`''`: the whole tree) at `commit`, path → blob id. */
export function listBlobs(root: string, commit: string, folder: string): Map<string, string> {
  const listing = execFileSync(
    'git',
    [
      'ls-tree',
      '-r',
      '-z',
      '--full-tree',
      '--end-of-options',
      commit,
      ...(folder ? ['--', `:(literal)${folder}`] : []),
    ],
    { cwd: root, maxBuffer: 1024 * 1024 * 1024 },
  ).toString('utf8')
  const blobs = new Map<string, string>()
  for (const entry of listing.split('\0')) {
    // `<mode> <type> <id>\t<path>`
    const tab = entry.indexOf('\t')
    if (tab < 0) continue
    const [mode, type, id] = entry.slice(0, tab).split(' ')
    if (type === 'blob' && REGULAR_FILE.test(mode ?? '')) blobs.set(entry.slice(tab + 1), id!)
  }
  return blobs
}

/** The deepest folder holding every path (`''` when they share none), as a `git` pathspec. */
function sharedFolder(paths: readonly string[]): string {
  let shared = paths[0]!.split('/').slice(0, -1)
  for (const path of paths) {
    const parts = path.split('/')
    let same = 0
    while (same < shared.length && same < parts.length - 1 && shared[same] === parts[same]) same++
    shared = shared.slice(0, same)
    if (shared.length === 0) break
  }
  return shared.join('/')
}

/**
 * The paths that differ between two commits (renames as a deletion plus an addition), relative
 * to `root` and limited to it, read with one `git diff`; `undefined` when either commit is not in
 * the clone (a shallow checkout).
 */
export function changedPathsBetween(root: string, base: string, head: string): string[] | undefined {
  const result = spawnSync(
    'git',
    ['diff', '--name-only', '-z', '--no-renames', '--relative', '--end-of-options', base, head],
    { cwd: root, maxBuffer: 1024 * 1024 * 1024 },
  )
  if (result.status !== 0) return undefined
  return result.stdout.toString('utf8').split('\0').filter(Boolean)
}

/** One commit of `git log`: its SHA, committer time (ISO 8601, UTC) and full message. */
export interface LoggedCommit {
  commit: string
  at: string
  message: string
}

/**
 * The commits of `ref` that touched `path` (a file or folder, taken literally), newest first, at
 * most `max`: one `git log`. Empty outside git history (an untracked file, a shallow clone's edge).
 */
export function commitsTouching(root: string, path: string, max: number, ref = 'HEAD'): LoggedCommit[] {
  const result = spawnSync(
    'git',
    [
      'log',
      '-z',
      `--max-count=${max}`,
      '--format=%H%x1f%ct%x1f%B',
      '--end-of-options',
      ref,
      '--',
      `:(literal)${path}`,
    ],
    { cwd: root, maxBuffer: 256 * 1024 * 1024 },
  )
  if (result.status !== 0) return []
  return result.stdout
    .toString('utf8')
    .split('\0')
    .filter((record) => record.includes('\x1f'))
    .map((record) => {
      const [commit = '', seconds = '0', message = ''] = record.replace(/^\n/, '').split('\x1f')
      // UTC, to the second: the same text whatever the committer's time zone.
      const at = new Date(Number(seconds) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
      return { commit, at, message }
    })
}

/**
 * One file at several commits (its versions through history), read with one `git cat-file
 * --batch` of `<commit>:<path>`: commit → bytes, absent where the file did not exist. The
 * per-path tree walk that makes this slow for thousands of paths costs nothing for one path.
 */
export function readFileAtCommits(
  root: string,
  path: string,
  commits: readonly string[],
): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>()
  const wanted = commits.filter((commit) => /^[0-9a-f]{40,64}$/.test(commit))
  if (wanted.length === 0 || /[\n\r\0]/.test(path)) return files
  const output = execFileSync('git', ['cat-file', '--batch'], {
    cwd: root,
    input: wanted.map((commit) => `${commit}:${path}\n`).join(''),
    maxBuffer: 1024 * 1024 * 1024,
  })
  let offset = 0
  for (const commit of wanted) {
    const headerEnd = output.indexOf(0x0a, offset)
    const header = output.subarray(offset, headerEnd).toString('utf8')
    offset = headerEnd + 1
    const blob = /^[0-9a-f]{40,64} blob (\d+)$/.exec(header)
    if (!blob) continue // "<commit>:<path> missing": not there at that commit
    const length = Number(blob[1])
    files.set(commit, output.subarray(offset, offset + length))
    offset += length + 1
  }
  return files
}

/**
 * The `owner/name` of the GitHub repository the work tree's `origin` remote points to
 * (`https://github.com/acme/models.git`, `git@github.com:acme/models.git`, a GitHub Enterprise
 * host alike), or `undefined` without such a remote.
 */
export function originRepository(root: string): string | undefined {
  const url = spawnSync('git', ['remote', 'get-url', 'origin'], { cwd: root, encoding: 'utf8' })
  if (url.status !== 0) return undefined
  const found = /[:/]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url.stdout.trim())
  return found ? `${found[1]}/${found[2]}` : undefined
}

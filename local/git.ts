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
 * Reads many files at one commit with a single `git cat-file --batch` process (one process for
 * ten thousand files, not ten thousand). Files absent at that commit are absent from the map.
 */
export function readFilesAtCommit(
  root: string,
  commit: string,
  paths: readonly string[],
): Map<string, Uint8Array> {
  const wanted = paths.filter((path) => !/[\n\r\0]/.test(path))
  const files = new Map<string, Uint8Array>()
  if (wanted.length === 0) return files
  const output = execFileSync('git', ['cat-file', '--batch'], {
    cwd: root,
    input: wanted.map((path) => `${commit}:${path}\n`).join(''),
    maxBuffer: 1024 * 1024 * 1024,
  })
  let offset = 0
  for (const path of wanted) {
    const headerEnd = output.indexOf(0x0a, offset)
    const header = output.subarray(offset, headerEnd).toString('utf8')
    offset = headerEnd + 1
    const found = /^[0-9a-f]{40,64} (\w+) (\d+)$/.exec(header)
    if (!found) continue // "<name> missing": no content follows
    const length = Number(found[2])
    if (found[1] === 'blob') files.set(path, output.subarray(offset, offset + length))
    offset += length + 1
  }
  return files
}

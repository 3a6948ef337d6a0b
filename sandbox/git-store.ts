import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { HttpError } from './http-error.js'

const ZERO = '0'.repeat(40)

/** A commit as git stores it. */
export interface GitCommit {
  sha: string
  tree: string
  parents: string[]
  author: GitSignature
  committer: GitSignature
  message: string
}

export interface GitSignature {
  name: string
  email: string
  /** ISO 8601. */
  date: string
}

export interface TreeEntry {
  path: string
  mode: string
  type: 'blob' | 'tree' | 'commit'
  sha: string
  size?: number
}

/**
 * One bare git repository on disk, driven through the real `git` command: the emulator's contents,
 * refs, blobs, trees, commits, compare and merge all come from here, so a `git clone` of the
 * repository shows exactly what the API wrote.
 */
export class GitStore {
  constructor(readonly dir: string) {}

  /** Creates an empty bare repository whose HEAD points at `defaultBranch`. */
  static init(dir: string, defaultBranch: string): GitStore {
    execFileSync('git', ['init', '-q', '--bare', `--initial-branch=${defaultBranch}`, dir])
    return new GitStore(dir)
  }

  /** Commits every file of `folder` onto `branch` (creating or advancing it). */
  seed(folder: string, branch: string, message = 'Initial commit'): string {
    const index = join(mkdtempSync(join(tmpdir(), 'emulator-index-')), 'index')
    try {
      const env = { GIT_INDEX_FILE: index }
      this.git(['--work-tree', folder, 'add', '-A', '.'], { env })
      const tree = this.git(['write-tree'], { env }).trim()
      const parent = this.resolve(`refs/heads/${branch}`)
      const sha = this.commitTree(tree, parent ? [parent] : [], message, SEED_SIGNATURE, SEED_SIGNATURE)
      this.git(['update-ref', `refs/heads/${branch}`, sha])
      return sha
    } finally {
      rmSync(join(index, '..'), { recursive: true, force: true })
    }
  }

  /** The object a revision names, or `undefined`. */
  resolve(revision: string): string | undefined {
    try {
      // `^{object}` makes git check a full SHA exists; after `rev:path` it would be read as part of the path.
      const name = revision.includes(':') ? revision : `${revision}^{object}`
      return this.git(['rev-parse', '--verify', '--quiet', '--end-of-options', name]).trim() || undefined
    } catch {
      return undefined
    }
  }

  /** The commit a branch, tag or SHA names, or `undefined`. */
  resolveCommit(revision: string): string | undefined {
    return this.resolve(`${revision}^{commit}`)
  }

  objectType(sha: string): string | undefined {
    try {
      return this.git(['cat-file', '-t', sha]).trim()
    } catch {
      return undefined
    }
  }

  readBlob(sha: string): Buffer {
    return this.gitBuffer(['cat-file', 'blob', sha])
  }

  /** A file at a revision, or `undefined` when absent. */
  readFile(revision: string, path: string): { sha: string; content: Buffer } | undefined {
    const sha = this.resolve(`${revision}:${path}`)
    if (!sha || this.objectType(sha) !== 'blob') return undefined
    return { sha, content: this.readBlob(sha) }
  }

  /** Entries of a tree (recursively when asked), with blob sizes. */
  readTree(treeish: string, recursive = false): TreeEntry[] {
    const out = this.git(['ls-tree', '-l', '-z', ...(recursive ? ['-r', '-t'] : []), treeish])
    return out
      .split('\0')
      .filter(Boolean)
      .map((line) => {
        const [meta, path] = line.split('\t') as [string, string]
        const [mode, type, sha, size] = meta.split(/\s+/) as [string, TreeEntry['type'], string, string]
        return { path, mode, type, sha, ...(type === 'blob' ? { size: Number(size) } : {}) }
      })
  }

  readCommit(sha: string): GitCommit | undefined {
    if (this.objectType(sha) !== 'commit') return undefined
    const raw = this.git(['cat-file', 'commit', sha])
    const [header, ...rest] = raw.split('\n\n')
    const lines = header!.split('\n')
    const field = (name: string) =>
      lines.filter((line) => line.startsWith(`${name} `)).map((line) => line.slice(name.length + 1))
    return {
      sha,
      tree: field('tree')[0]!,
      parents: field('parent'),
      author: parseSignature(field('author')[0]!),
      committer: parseSignature(field('committer')[0]!),
      message: rest.join('\n\n').replace(/\n$/, ''),
    }
  }

  /**
   * Many commits in one `git log --no-walk` (a page of a pull request's commits costs one process,
   * not two per commit); the same answers as {@link readCommit}, which any commit it cannot read
   * falls back to.
   */
  readCommits(shas: readonly string[]): (GitCommit | undefined)[] {
    if (shas.length === 0) return []
    if (!shas.every((sha) => /^[0-9a-f]{40}$/.test(sha))) return shas.map((sha) => this.readCommit(sha))
    let out: string
    try {
      out = this.git([
        'log',
        '--no-walk=unsorted',
        '--date=raw',
        `--format=%H%x00%T%x00%P%x00%an <%ae> %ad%x00%cn <%ce> %cd%x00%B%x00${RECORD_END}`,
        '--end-of-options',
        ...shas,
      ])
    } catch {
      return shas.map((sha) => this.readCommit(sha))
    }
    const read = new Map<string, GitCommit>()
    for (const record of out.split(`\0${RECORD_END}\n`)) {
      const [sha, tree, parents, author, committer, message] = record.split('\0')
      if (!sha || tree === undefined || message === undefined) continue
      read.set(sha, {
        sha,
        tree,
        parents: parents ? parents.split(' ') : [],
        author: parseSignature(author!),
        committer: parseSignature(committer!),
        message: message.replace(/\n$/, ''),
      })
    }
    return shas.map((sha) => read.get(sha) ?? this.readCommit(sha))
  }

  writeBlob(content: Buffer): string {
    return this.git(['hash-object', '-w', '--stdin'], { input: content }).trim()
  }

  /**
   * Writes a tree: `base` (a tree SHA) with `entries` applied; an entry with `sha: null` deletes
   * its path. Paths may be nested, as GitHub's create-tree allows.
   */
  writeTree(base: string | undefined, entries: { path: string; mode: string; sha: string | null }[]): string {
    const folder = mkdtempSync(join(tmpdir(), 'emulator-index-'))
    const env = { GIT_INDEX_FILE: join(folder, 'index') }
    try {
      if (base) this.git(['read-tree', base], { env })
      else this.git(['read-tree', '--empty'], { env })
      // --index-info works in a bare repository (--add/--force-remove want a work tree); mode 0 removes.
      const lines = entries.map((entry) =>
        entry.sha === null
          ? `0 ${'0'.repeat(40)}\t${entry.path}`
          : `${entry.mode} ${entry.sha}\t${entry.path}`,
      )
      if (lines.length > 0)
        this.git(['update-index', '--index-info'], { env, input: Buffer.from(`${lines.join('\n')}\n`) })
      return this.git(['write-tree'], { env }).trim()
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  }

  commitTree(
    tree: string,
    parents: string[],
    message: string,
    author: GitSignature,
    committer: GitSignature,
  ): string {
    return this.git(['commit-tree', tree, ...parents.flatMap((parent) => ['-p', parent])], {
      input: Buffer.from(message),
      env: {
        GIT_AUTHOR_NAME: author.name,
        GIT_AUTHOR_EMAIL: author.email,
        GIT_AUTHOR_DATE: author.date,
        GIT_COMMITTER_NAME: committer.name,
        GIT_COMMITTER_EMAIL: committer.email,
        GIT_COMMITTER_DATE: committer.date,
      },
    }).trim()
  }

  /** Full ref names (`refs/heads/main`…) with their SHAs, optionally under a prefix. */
  listRefs(prefix = 'refs/'): { ref: string; sha: string }[] {
    return this.git(['for-each-ref', '--format=%(refname) %(objectname)', prefix])
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [ref, sha] = line.split(' ') as [string, string]
        return { ref, sha }
      })
  }

  /** Branches (short names, with their heads) whose history contains `sha`, at most `limit`. */
  branchesContaining(sha: string, limit: number): { name: string; sha: string }[] {
    return this.git([
      'for-each-ref',
      `--count=${limit}`,
      '--format=%(refname:short) %(objectname)',
      '--contains',
      sha,
      'refs/heads/',
    ])
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [name, head] = line.split(' ') as [string, string]
        return { name, sha: head }
      })
  }

  /**
   * Commits reachable from `revision`, newest first (`git log`), only those touching `path` (a
   * file or folder) when given.
   */
  log(revision: string, path?: string): string[] {
    return this.git(['log', '--format=%H', '--end-of-options', revision, '--', ...(path ? [path] : [])])
      .split('\n')
      .filter(Boolean)
  }

  /** Creates a ref; 422 "Reference already exists" when it does (this is the promotion lock). */
  createRef(ref: string, sha: string): void {
    if (!this.objectType(sha)) throw new HttpError(422, 'Object does not exist')
    try {
      this.git(['update-ref', ref, sha, ZERO])
    } catch {
      throw new HttpError(422, 'Reference already exists')
    }
  }

  /**
   * Moves a ref. Without `force` the new commit must descend from the current one (422 "Update is
   * not a fast forward"); the update is a compare-and-swap, so a concurrent writer loses cleanly.
   */
  updateRef(ref: string, sha: string, force: boolean): void {
    const current = this.resolve(ref)
    if (!current) throw new HttpError(422, 'Reference does not exist')
    if (!this.objectType(sha)) throw new HttpError(422, 'Object does not exist')
    if (!force && !this.isAncestor(current, sha)) throw new HttpError(422, 'Update is not a fast forward')
    try {
      this.git(['update-ref', ref, sha, current])
    } catch {
      throw new HttpError(422, 'Update is not a fast forward')
    }
  }

  deleteRef(ref: string): void {
    if (!this.resolve(ref)) throw new HttpError(422, 'Reference does not exist')
    this.git(['update-ref', '-d', ref])
  }

  isAncestor(ancestor: string, descendant: string): boolean {
    try {
      this.git(['merge-base', '--is-ancestor', ancestor, descendant])
      return true
    } catch {
      return false
    }
  }

  mergeBase(a: string, b: string): string | undefined {
    try {
      return this.git(['merge-base', a, b]).trim() || undefined
    } catch {
      return undefined
    }
  }

  /** Commits reachable from `head` and not from `base`, oldest first. */
  commitsBetween(base: string, head: string): string[] {
    return this.git(['rev-list', '--reverse', `${base}..${head}`])
      .split('\n')
      .filter(Boolean)
  }

  /** Files changed between two commits, with their status and line counts. */
  diffFiles(
    base: string,
    head: string,
  ): { filename: string; status: string; additions: number; deletions: number; previous?: string }[] {
    const stats = new Map<string, [number, number]>()
    for (const line of this.git(['diff', '--numstat', '-M', base, head]).split('\n').filter(Boolean)) {
      const [add, del, ...name] = line.split('\t')
      stats.set(name.at(-1)!, [Number(add) || 0, Number(del) || 0])
    }
    return this.git(['diff', '--name-status', '-M', base, head])
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [code, first, second] = line.split('\t') as [string, string, string | undefined]
        const filename = second ?? first
        const [additions, deletions] = stats.get(filename) ?? [0, 0]
        const status =
          { A: 'added', D: 'removed', M: 'modified', R: 'renamed', C: 'copied', T: 'changed' }[code[0]!] ??
          'modified'
        return { filename, status, additions, deletions, ...(second ? { previous: first } : {}) }
      })
  }

  /** The tree of merging `head` into `base`, or `undefined` on conflict. */
  mergeTrees(base: string, head: string): string | undefined {
    try {
      return this.git(['merge-tree', '--write-tree', base, head]).split('\n')[0]!.trim()
    } catch {
      return undefined
    }
  }

  private git(args: string[], options: { env?: Record<string, string>; input?: Buffer } = {}): string {
    return this.gitBuffer(args, options).toString('utf8')
  }

  /**
   * Runs git. A read's answer (output or failure) is kept until the next write: the repository
   * changes only through this class, so a kept answer is what git would say again, and a delivery's
   * dozen reads of the same refs, trees and blobs cost no process.
   */
  private gitBuffer(args: string[], options: { env?: Record<string, string>; input?: Buffer } = {}): Buffer {
    if (!READ_COMMANDS.has(args[0]!) || options.env || options.input) {
      this.answers.clear()
      this.keptBytes = 0
      return this.run(args, options)
    }
    const key = args.join('\0')
    let answer = this.answers.get(key)
    if (!answer) {
      try {
        answer = { output: this.run(args, options) }
      } catch (error) {
        answer = { error }
      }
      this.keep(key, answer)
    }
    if ('error' in answer) throw answer.error
    return answer.output
  }

  private readonly answers = new Map<string, GitAnswer>()
  private keptBytes = 0

  /** Keeps an answer, forgetting the oldest beyond KEPT_ANSWERS answers or KEPT_BYTES of output. */
  private keep(key: string, answer: GitAnswer): void {
    const size = 'output' in answer ? answer.output.length : 0
    if (size > KEPT_BYTES) return
    this.answers.set(key, answer)
    this.keptBytes += size
    for (const [oldest, kept] of this.answers) {
      if (this.answers.size <= KEPT_ANSWERS && this.keptBytes <= KEPT_BYTES) break
      this.answers.delete(oldest)
      this.keptBytes -= 'output' in kept ? kept.output.length : 0
    }
  }

  private run(args: string[], options: { env?: Record<string, string>; input?: Buffer }): Buffer {
    return execFileSync('git', ['--git-dir', this.dir, ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: this.dir, GIT_CONFIG_NOSYSTEM: '1', ...options.env },
      ...(options.input ? { input: options.input } : {}),
      stdio: ['pipe', 'pipe', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
    })
  }
}

/** git commands that change nothing (`merge-tree` writes only objects, named by their content). */
/** Ends each record of {@link GitStore.readCommits}' listing (after a NUL, which no field holds). */
const RECORD_END = '\x1e'

const READ_COMMANDS = new Set([
  'log',
  'rev-parse',
  'cat-file',
  'ls-tree',
  'for-each-ref',
  'merge-base',
  'rev-list',
  'diff',
  'merge-tree',
])
const KEPT_ANSWERS = 4096
const KEPT_BYTES = 32 * 1024 * 1024
type GitAnswer = { output: Buffer } | { error: unknown }

const SEED_SIGNATURE: GitSignature = {
  name: 'Seed',
  email: 'seed@emulator.invalid',
  date: '2026-01-01T00:00:00Z',
}

function parseSignature(text: string): GitSignature {
  const found = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(text)
  if (!found) return { name: text, email: '', date: new Date(0).toISOString() }
  return {
    name: found[1]!,
    email: found[2]!,
    date: new Date(Number(found[3]) * 1000).toISOString().replace('.000Z', 'Z'),
  }
}

import { execFileSync } from 'node:child_process'
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** Files to write: repository-relative path → content. */
export type FileMap = Record<string, string | Uint8Array>

const tempDirs = new Set<string>()

/**
 * A fresh empty folder under the system temp folder, by its real path (so paths the CLI prints,
 * which it resolves, compare equal). Removed by {@link removeTempDirs}.
 */
export function makeTempDir(prefix = 'modelgate-test-'): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)))
  tempDirs.add(dir)
  return dir
}

/** Removes every folder {@link makeTempDir} made; call it from `afterAll`/`afterEach`. */
export async function removeTempDirs(): Promise<void> {
  const dirs = [...tempDirs]
  tempDirs.clear()
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })))
}

/** Writes `files` under `root`, creating folders as needed. */
export function writeFiles(root: string, files: FileMap): void {
  for (const [path, content] of Object.entries(files)) {
    const absolute = join(root, path)
    mkdirSync(dirname(absolute), { recursive: true })
    writeFileSync(absolute, content)
  }
}

/** Git with no system or global config, so the user's settings (hooks, signing…) cannot interfere. */
const GIT_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_TERMINAL_PROMPT: '0',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
}

/** A real git repository in a temp folder, on branch `main`. */
export class GitRepo {
  constructor(readonly root: string) {}

  /** Runs git in the repository and returns its trimmed stdout. */
  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.root, env: GIT_ENV, encoding: 'utf8' }).trim()
  }

  /** The absolute path of a repository-relative path. */
  path(relativePath: string): string {
    return join(this.root, relativePath)
  }

  /** Writes (or overwrites) files in the work tree, without committing. */
  write(files: FileMap): this {
    writeFiles(this.root, files)
    return this
  }

  /** Creates a symbolic link at `linkPath` (repository-relative) pointing at `target` (as given). */
  symlink(target: string, linkPath: string): this {
    const absolute = this.path(linkPath)
    mkdirSync(dirname(absolute), { recursive: true })
    symlinkSync(target, absolute)
    return this
  }

  /** Deletes files or folders from the work tree, without committing. */
  remove(...paths: string[]): this {
    for (const path of paths) rmSync(this.path(path), { recursive: true, force: true })
    return this
  }

  /** Stages everything and commits; returns the new commit's SHA. */
  commit(message = 'change'): string {
    this.git('add', '--all')
    this.git('commit', '--quiet', '--no-verify', '--allow-empty', '-m', message)
    return this.head()
  }

  /** Writes files and commits them; returns the new commit's SHA. */
  commitFiles(files: FileMap, message = 'change'): string {
    return this.write(files).commit(message)
  }

  /** The SHA of HEAD. */
  head(): string {
    return this.git('rev-parse', 'HEAD')
  }
}

/** `git init -q -b main` in `root` with a local identity. */
export function initGitRepo(root: string): GitRepo {
  const repo = new GitRepo(root)
  repo.git('init', '--quiet', '-b', 'main')
  // The local identity and settings (what `git config user.name …` would write), in one write.
  appendFileSync(
    join(root, '.git', 'config'),
    '[user]\n\tname = modelgate tests\n\temail = tests@modelgate.invalid\n' +
      '[commit]\n\tgpgsign = false\n[core]\n\tautocrlf = false\n',
  )
  return repo
}

/**
 * A new git repository in a temp folder holding `files`, committed on `main` (when `files` is
 * empty, nothing is committed and the repository has no commits yet).
 */
export function createGitRepo(files: FileMap = {}, message = 'initial'): GitRepo {
  const repo = initGitRepo(makeTempDir('modelgate-repo-'))
  if (Object.keys(files).length > 0) repo.commitFiles(files, message)
  return repo
}

/** A new git repository holding a copy of `source` (e.g. an example repository), committed. */
export function copyIntoGitRepo(source: string, message = 'initial'): GitRepo {
  const repo = initGitRepo(makeTempDir('modelgate-repo-'))
  cpSync(source, repo.root, { recursive: true })
  repo.commit(message)
  return repo
}

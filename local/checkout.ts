import { existsSync, realpathSync } from 'node:fs'
import { join } from 'node:path'
import type { ModelgateConfig, RevisionLabel, ValidationResult } from '../core/index.js'
import { DEFAULT_MODELS_ROOT } from '../core/index.js'
import type { RepoFile } from './files.js'
import { findManifests, findRepoRoot } from './files.js'
import { findGitRoot, resolveCommit } from './git.js'
import type { ReadFiles } from './read-models.js'
import type { ConfigFile } from './read-config.js'
import { readBaseConfig, readRepoConfig } from './read-config.js'
import { commitFiles, manifestsAtCommit, workingTreeFiles } from './revision-files.js'
import { UsageError } from './errors.js'

/** A model repository checked out locally: where it is, and its configuration. */
export interface Checkout {
  gitRoot: string | undefined
  /** The model repository's root (the folder holding `.modelgate/`, else the git work tree). */
  root: string
  config: ModelgateConfig
  modelsRoot: string
  /** The config file read (absent when the repository has none). */
  configFile?: ConfigFile
}

/** One revision of the checkout to read models from: the working tree or a commit. */
export interface Revision {
  label: RevisionLabel
  read: ReadFiles
  /** Every model manifest at this revision, repository-relative. */
  manifests(): string[]
}

/** Finds the repository around `cwd` and reads its config; an invalid config comes back as problems. */
export function openCheckout(
  cwd: string,
  explicitConfig: string | undefined,
): { checkout: Checkout } | { invalid: ValidationResult } {
  const gitRoot = findGitRoot(cwd)
  const root = findRepoRoot(cwd, gitRoot)
  const read = readRepoConfig(root, cwd, explicitConfig)
  if ('invalid' in read) return read
  const modelsRoot = read.config.models?.root ?? DEFAULT_MODELS_ROOT
  const file = read.file ? { configFile: read.file } : {}
  return { checkout: { gitRoot, root, config: read.config, modelsRoot, ...file } }
}

/**
 * The checkout judged by the config at its base revision (see `readBaseConfig`): a change never
 * relaxes its own validation. `changes` holds the warning that lists the settings it edits.
 */
export async function judgedByBase(
  checkout: Checkout,
  base: Pick<Revision, 'read' | 'label'>,
): Promise<{ checkout: Checkout; changes: ValidationResult['files'] } | { invalid: ValidationResult }> {
  const head = { config: checkout.config, ...(checkout.configFile ? { file: checkout.configFile } : {}) }
  const read = await readBaseConfig(head, base.read, base.label.ref)
  if ('invalid' in read) return read
  const modelsRoot = read.config.models?.root ?? DEFAULT_MODELS_ROOT
  return { checkout: { ...checkout, config: read.config, modelsRoot }, changes: read.changes }
}

/** The manifests named on the command line (files or folders), or every model's, in the working tree. */
export function selectManifests(checkout: Checkout, cwd: string, paths: readonly string[]): string[] {
  return findManifests(checkout.root, cwd, paths, checkout.modelsRoot).map((file: RepoFile) => file.relative)
}

/** The working tree as a revision. */
export function workingTree(checkout: Checkout): Revision {
  return {
    label: { ref: 'working tree' },
    read: workingTreeFiles(checkout.root),
    manifests: () =>
      findManifests(checkout.root, checkout.root, [], checkout.modelsRoot).map((f) => f.relative),
  }
}

/** A git revision (`origin/main`, a tag, a SHA) as a revision; unknown revisions are usage errors. */
export function commitRevision(checkout: Checkout, ref: string, option = '--base'): Revision {
  const { gitRoot, root, modelsRoot } = checkout
  if (!gitRoot) throw new UsageError(`${option} needs a git repository, and this folder is not in one`)
  const sha = resolveCommit(gitRoot, ref)
  return {
    label: { ref, sha },
    read: commitFiles(gitRoot, sha, root),
    manifests: () => manifestsAtCommit(gitRoot, sha, root, modelsRoot),
  }
}

/** Another checkout of the same repository in a folder (e.g. the base branch checked out beside the head). */
export function folderRevision(checkout: Checkout, folder: string, shownAs: string): Revision {
  const realFolder = realpathSync(folder)
  return {
    label: { ref: shownAs },
    read: workingTreeFiles(realFolder),
    manifests: () =>
      existsSync(join(realFolder, checkout.modelsRoot))
        ? findManifests(realFolder, realFolder, [], checkout.modelsRoot).map((file) => file.relative)
        : [],
  }
}

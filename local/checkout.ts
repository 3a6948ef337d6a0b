import { existsSync, realpathSync } from 'node:fs'
import { join } from 'node:path'
import type { ModelgateConfig, RevisionLabel, ValidationResult } from '../core/index.js'
import { DEFAULT_MODELS_ROOT } from '../core/index.js'
import type { RepoFile } from './files.js'
import { findManifests, findRepoRoot } from './files.js'
import { findGitRoot, resolveCommit } from './git.js'
import type { ReadFiles } from './read-models.js'
import { readRepoConfig } from './read-config.js'
import { commitFiles, manifestsAtCommit, workingTreeFiles } from './revision-files.js'
import { UsageError } from './errors.js'

/** A model repository checked out locally: where it is, and its configuration. */
export interface Checkout {
  gitRoot: string | undefined
  /** The model repository's root (the folder holding `.modelgate/`, else the git work tree). */
  root: string
  config: ModelgateConfig
  modelsRoot: string
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
  configFile: string | undefined,
): { checkout: Checkout } | { invalid: ValidationResult } {
  const gitRoot = findGitRoot(cwd)
  const root = findRepoRoot(cwd, gitRoot)
  const read = readRepoConfig(root, cwd, configFile)
  if ('invalid' in read) return read
  const modelsRoot = read.config.models?.root ?? DEFAULT_MODELS_ROOT
  return { checkout: { gitRoot, root, config: read.config, modelsRoot } }
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

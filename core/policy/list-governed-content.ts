import type { Policy } from './policy.js'
import { DEFAULT_GOVERNED_PATHS } from './policy.js'
import { matchGlob } from './match-glob.js'

/** One file of a commit's tree: its path and the git blob id of its content. */
export interface TreeEntry {
  path: string
  blobSha: string
}

/** The globs of governed files: the policy's `governed`, or {@link DEFAULT_GOVERNED_PATHS}. */
export function governedPaths(policy: Pick<Policy, 'governed'>): readonly string[] {
  return policy.governed ?? DEFAULT_GOVERNED_PATHS
}

/**
 * The canonical text whose digest is a commit's `governedDigest`: one `<blob id> <path>` line per
 * governed file, sorted by path. Blob ids name content, so two commits with identical governed files
 * (a rebase, a merge of the base branch that touched nothing governed) give the same text, and any
 * change to a governed file, or a governed file added or removed, changes it. The adapter hashes it
 * (SHA-256) and reads the tree with one recursive tree request per commit.
 * @example
 * listGovernedContent([{ path: 'models/a/model.yaml', blobSha: 'e69de29' }], ['models/**'])
 * // 'e69de29 models/a/model.yaml\n'
 */
export function listGovernedContent(tree: readonly TreeEntry[], globs: readonly string[]): string {
  return tree
    .filter((entry) => globs.some((glob) => matchGlob(glob, entry.path)))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((entry) => `${entry.blobSha} ${JSON.stringify(entry.path).slice(1, -1)}\n`)
    .join('')
}

import type { Policy } from './policy.js'
import { defaultGovernedPaths } from './policy.js'
import { matchGlob } from './match-glob.js'

/**
 * One entry of a commit's recursive tree that is not a folder: a file (`100644`, `100755`), a
 * symbolic link (`120000`) or a submodule (`160000`, whose id names a commit), with its git object id.
 */
export interface TreeEntry {
  path: string
  /** The git object id: a blob's, or for a submodule the commit it points at. */
  blobSha: string
  /** The git file mode; absent reads as a regular file (`100644`). */
  mode?: string
  /** Size in bytes of a blob, when the tree listing gives it. */
  size?: number
}

/** Git's mode of a symbolic link: its blob holds the target path, not content. */
export const SYMLINK_MODE = '120000'

/**
 * The globs of governed files: the policy's `governed`, or the default derived from the models
 * root of the default branch's config (see {@link defaultGovernedPaths}).
 */
export function governedPaths(policy: Pick<Policy, 'governed'>, modelsRoot: string): readonly string[] {
  return policy.governed ?? defaultGovernedPaths(modelsRoot)
}

/**
 * The canonical text whose digest is a commit's `governedDigest`: one `<mode> <object id> <path>`
 * line per governed entry, sorted by path. Object ids name content, so two commits with identical
 * governed files (a rebase, a merge of the base branch that touched nothing governed) give the
 * same text, and any change to a governed file, its mode (a file turned into a link), a submodule's
 * commit, or an entry added or removed, changes it. The adapter hashes it (SHA-256) and reads the
 * tree with one recursive tree request per commit.
 * @example
 * listGovernedContent([{ path: 'models/a/model.yaml', blobSha: 'e69de29' }], ['models/**'])
 * // '100644 e69de29 models/a/model.yaml\n'
 */
export function listGovernedContent(tree: readonly TreeEntry[], globs: readonly string[]): string {
  return governedEntries(tree, globs)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((entry) => `${entry.mode ?? '100644'} ${entry.blobSha} ${JSON.stringify(entry.path).slice(1, -1)}\n`)
    .join('')
}

/**
 * Why a tree's governed content cannot be bound to an approval, or `undefined` when it can: a
 * symbolic link under a governed path points at content outside what the digest covers (the
 * actions read through it), so an approval would survive a change of its target. The evaluation
 * fails closed with this sentence.
 * @example
 * governedLinkProblem([{ path: 'models/a/metrics.json', blobSha: '1', mode: '120000' }], ['models/**'])
 * // 'models/a/metrics.json is a symbolic link under a governed path; …'
 */
export function governedLinkProblem(
  tree: readonly TreeEntry[],
  globs: readonly string[],
): string | undefined {
  const links = governedEntries(tree, globs)
    .filter((entry) => entry.mode === SYMLINK_MODE)
    .map((entry) => JSON.stringify(entry.path).slice(1, -1))
  if (links.length === 0) return undefined
  const shown =
    links.length > 3 ? `${links.slice(0, 3).join(', ')} and ${links.length - 3} more` : links.join(', ')
  const are = links.length === 1 ? 'is a symbolic link' : 'are symbolic links'
  return `${shown} ${are} under a governed path; governed content must be regular files, since an approval cannot be bound to what a link points at; replace each link by the file it points to`
}

function governedEntries(tree: readonly TreeEntry[], globs: readonly string[]): TreeEntry[] {
  return tree.filter((entry) => globs.some((glob) => matchGlob(glob, entry.path)))
}

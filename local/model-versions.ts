import { validateManifest } from '../core/index.js'
import type { KnownVersion, ManifestAtCommit } from '../core/promotion/promotion-facts.js'
import { commitsTouching, readFilesAtCommit } from './git.js'

/** At most this many commits of a manifest are read for its versions. */
export const MAX_VERSION_COMMITS = 100

export interface ModelVersions {
  /** Newest first, one per version: the newest commit that holds it. */
  versions: KnownVersion[]
  /** The manifest of each version, at that commit. */
  manifests: Map<string, ManifestAtCommit>
}

/** The manifest at `path` in `commit` of the model repository, when it is there and readable. */
export function readManifestAt(
  gitRoot: string,
  prefix: string,
  commit: string,
  path: string,
): ManifestAtCommit | undefined {
  const source = readFilesAtCommit(gitRoot, commit, [prefix + path]).get(prefix + path)
  if (source === undefined) return undefined
  const report = validateManifest({ file: path, source, ruleSettings: {} })
  return report.manifest === undefined ? undefined : { manifest: report.manifest, path, commit }
}

/**
 * Every version of a model on `ref` (the default branch): its manifest at each commit that
 * changed it (`git log`), newest first. A commit whose manifest does not parse is skipped.
 */
export function readModelVersions(
  gitRoot: string,
  prefix: string,
  manifestPath: string,
  ref = 'HEAD',
): ModelVersions {
  const manifests = new Map<string, ManifestAtCommit>()
  const versions: KnownVersion[] = []
  for (const { commit } of commitsTouching(gitRoot, prefix + manifestPath, MAX_VERSION_COMMITS, ref)) {
    const read = readManifestAt(gitRoot, prefix, commit, manifestPath)
    const version = read?.manifest.metadata.version
    if (read === undefined || version === undefined || manifests.has(version)) continue
    manifests.set(version, read)
    versions.push({ version, commit })
  }
  return { versions, manifests }
}

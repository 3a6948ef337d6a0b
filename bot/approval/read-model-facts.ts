import type { ChangedFile, ModelFacts, ModelSide, TreeEntry } from '../../core/index.js'
import { RISK_TIERS } from '../../core/index.js'
import { loadFast } from '../../core/yaml/load-fast.js'
import type { FastLoad } from '../../core/yaml/load-fast.js'
import type { GitHubReader } from '../github-reader.js'
import { ReadError } from '../github-reader.js'
import type { PullSnapshot } from './gather-facts.js'

export interface TouchedModel {
  name: string
  /** `<models.root>/<name>/model.yaml`. */
  file: string
  changedFiles: readonly ChangedFile[]
  environments: readonly string[]
}

/**
 * A touched model's manifest on both sides: on the base branch (at its SHA; not read when the pull
 * request adds the manifest) and at the head (from the head tree; absent when the pull request
 * removes it). A model with neither side is for the engine to refuse: its tier cannot be known.
 */
export async function readModelFacts(
  reader: GitHubReader,
  pull: PullSnapshot,
  headTree: readonly TreeEntry[],
  { name, file, changedFiles, environments }: TouchedModel,
): Promise<ModelFacts> {
  const side = (source: Uint8Array, where: string) => ({
    ...toModelSide(source, where),
    environments: [...environments],
  })
  const headEntry = headTree.find((entry) => entry.path === file)
  const added = changedFiles.some((changed) => changed.path === file && changed.status === 'added')
  const [base, head] = await Promise.all([
    added ? null : reader.readFileAt(pull.baseSha, file),
    headEntry ? reader.readBlob(headEntry.blobSha, headEntry) : null,
  ])
  return {
    name,
    file,
    ...(base ? { base: side(base, `${file} on ${pull.baseRef}`) } : {}),
    ...(head ? { head: side(head, `${file} at ${pull.headSha.slice(0, 7)}`) } : {}),
  }
}

/**
 * Manifests parsed, by the very bytes the reader's SHA-keyed caches hand out again: a manifest is
 * parsed once however many evaluations read it, and forgotten with its cached content.
 */
const loadedManifests = new WeakMap<Uint8Array, FastLoad>()

/**
 * The tier and owners of one side of a manifest. A manifest without a readable tier cannot be
 * judged, so it fails the evaluation (closed) instead of guessing.
 */
export function toModelSide(source: Uint8Array, where: string): ModelSide {
  let loaded = loadedManifests.get(source)
  if (!loaded) loadedManifests.set(source, (loaded = loadFast(Buffer.from(source).toString('utf8'))))
  const value = loaded.ok ? (loaded.value as Record<string, unknown> | null) : null
  const riskTier = value?.riskTier
  if (typeof riskTier !== 'string' || !(RISK_TIERS as readonly string[]).includes(riskTier))
    throw new ReadError(
      `${where}: riskTier is missing or not one of ${RISK_TIERS.join(', ')}; fix the manifest`,
    )
  const owners = (value?.owners ?? {}) as { team?: unknown; maintainers?: unknown }
  return {
    riskTier: riskTier as ModelSide['riskTier'],
    owners: {
      team: typeof owners.team === 'string' ? owners.team : '',
      maintainers: Array.isArray(owners.maintainers)
        ? owners.maintainers.filter((m): m is string => typeof m === 'string')
        : [],
    },
  }
}

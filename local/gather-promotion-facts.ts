import type { HealthEntry } from '../core/environments/parse-health-file.js'
import { manifestPathOf } from '../core/index.js'
import type { ManifestAtCommit, PromotionFacts, PromotionRequest } from '../core/promotion/promotion-facts.js'
import { targetVersion } from '../core/promotion/promotion-context.js'
import type { Checkout } from './checkout.js'
import type { EnvironmentModelRead } from './environment-states.js'
import { readEnvironmentStates } from './environment-states.js'
import { UsageError } from './errors.js'
import { resolveCommit } from './git.js'
import { readManifestAt, readModelVersions } from './model-versions.js'
import { readHolds } from './promotion-inputs.js'
import { gitPrefix, manifestsAtCommit } from './revision-files.js'

export interface GatherPromotionOptions {
  checkout: Checkout
  /** The environments checkout (see `findEnvironmentsCheckout`). */
  environments: string
  request: PromotionRequest
  health: Map<string, Map<string, HealthEntry>>
  /** The model repository's default branch as checked out (default `HEAD`). */
  ref?: string
}

/**
 * Gathers everything `planPromotion` needs from local checkouts, once: the models and the
 * model's versions on the default branch (git history of its manifest), the manifest of the
 * version the request is about, the environments checkout's state and holds.
 */
export function gatherPromotionFacts(options: GatherPromotionOptions): {
  facts: PromotionFacts
  reads: EnvironmentModelRead[]
} {
  const { checkout, request } = options
  const { gitRoot, root, config, modelsRoot } = checkout
  if (gitRoot === undefined)
    throw new UsageError(
      'plan needs the model repository as a git checkout: versions are read from its history',
    )
  const sha = resolveCommit(gitRoot, options.ref ?? 'HEAD')
  const prefix = gitPrefix(gitRoot, root)
  const models = manifestsAtCommit(gitRoot, sha, root, modelsRoot).map((path) => path.split('/').at(-2)!)
  const manifestPath = manifestPathOf(modelsRoot, request.model)
  const known = models.includes(request.model)
    ? readModelVersions(gitRoot, prefix, manifestPath, sha)
    : { versions: [], manifests: new Map<string, ManifestAtCommit>() }
  const reads = readEnvironmentStates(options.environments, config, {
    models: [request.model],
    health: options.health,
  })
  const state = reads.find((read) => read.state.environment === request.environment)?.state ?? {
    environment: request.environment,
    model: request.model,
  }
  const newest = known.versions[0] === undefined ? undefined : known.manifests.get(known.versions[0].version)
  const version = targetVersion(request, state, newest?.manifest.metadata.version)
  const manifest =
    request.kind === 'retire'
      ? newest
      : version === undefined
        ? undefined
        : request.kind === 'rollback'
          ? (rollbackManifest(gitRoot, prefix, manifestPath, state.history ?? [], version) ??
            known.manifests.get(version))
          : known.manifests.get(version)
  const holds = readHolds(options.environments)
  return {
    facts: {
      request,
      config,
      ...(manifest === undefined ? {} : { manifest }),
      models,
      versions: known.versions,
      states: reads.map((read) => read.state),
      holds: holds.holds,
      ...(holds.problems.length > 0 ? { holdsProblems: holds.problems } : {}),
    },
    reads,
  }
}

/** A rollback renders the manifest the version was rendered from before (its source commit). */
function rollbackManifest(
  gitRoot: string,
  prefix: string,
  manifestPath: string,
  history: readonly { version: string; sourceCommit: string }[],
  version: string,
): ManifestAtCommit | undefined {
  const entry = history.find((item) => item.version === version)
  if (entry === undefined || !/^[0-9a-f]{40}$/.test(entry.sourceCommit)) return undefined
  try {
    const read = readManifestAt(gitRoot, prefix, entry.sourceCommit, manifestPath)
    return read?.manifest.metadata.version === version ? read : undefined
  } catch {
    return undefined // the source commit is not in this clone: fall back to the default branch's copy
  }
}

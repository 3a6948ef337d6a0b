import type { ModelgateConfig } from '../../core/config/config.js'
import { manifestPathOf } from '../../core/index.js'
import { targetVersion } from '../../core/promotion/promotion-context.js'
import type {
  EnvironmentModelState,
  ManifestAtCommit,
  PromotionFacts,
  PromotionRequest,
} from '../../core/promotion/promotion-facts.js'
import type { EnvironmentsReader, EnvironmentsSnapshot } from './environments-reader.js'
import { MAX_HISTORY } from './environments-reader.js'
import type { ModelReader } from './model-reader.js'

/** The facts of one request, and what they were read at (read again before the write). */
export interface GatheredPromotion {
  facts: PromotionFacts
  modelHead: string
  environments: EnvironmentsSnapshot
  /** Why the version's commit may not be promoted (required checks), in sentences. */
  checkProblems: string[]
}

/**
 * Gathers what `planPromotion` needs through the API, once: the requested (environment, model)
 * with its files and history, the upstream environment's state and health, the holds, an open
 * promotion, and the manifest of the version asked for on the default branch. Other environments
 * are not read: the planner reads only these two for a promotion or a rollback.
 */
export async function gatherPromotion(options: {
  request: PromotionRequest
  config: ModelgateConfig
  model: ModelReader
  environments: EnvironmentsReader
  modelHead: string
}): Promise<GatheredPromotion> {
  const { request, config, model, environments, modelHead } = options
  const modelsRoot = config.models?.root ?? 'models'
  const upstream = config.environments?.find((entry) => entry.name === request.environment)?.upstream
  const [snapshot, branches] = await Promise.all([environments.snapshot(), environments.branches()])
  const [target, upstreamState, holds, openPromotion] = await Promise.all([
    environments.state(snapshot, request.environment, request.model, {
      files: true,
      depth: request.kind === 'rollback' ? MAX_HISTORY : 1,
    }),
    upstream === undefined || request.kind !== 'promote'
      ? undefined
      : environments.state(snapshot, upstream, request.model, { files: false, depth: 1 }),
    environments.holds(snapshot, branches),
    environments.openPromotion(request.environment, request.model, branches),
  ])
  const state: EnvironmentModelState = {
    ...target,
    ...(openPromotion === undefined ? {} : { openPromotion }),
  }
  const wanted = targetVersion(request, state)
  const known = await model.versions(modelHead, modelsRoot, request.model, wanted)
  const newest = known.versions[0]
  const version = wanted ?? newest?.version
  const manifest =
    version === undefined
      ? undefined
      : request.kind === 'rollback'
        ? ((await rollbackManifest(model, state, version, manifestPathOf(modelsRoot, request.model))) ??
          known.manifests.get(version))
        : known.manifests.get(version)
  const models = newest === undefined ? await model.models(modelHead, modelsRoot) : [request.model]
  const checkProblems =
    manifest === undefined || request.kind !== 'promote'
      ? []
      : await model.checkProblems(manifest.commit, config.promotion?.requiredChecks ?? [])
  return {
    facts: {
      request,
      config,
      ...(manifest === undefined ? {} : { manifest }),
      models,
      versions: known.versions,
      states: [state, ...(upstreamState === undefined ? [] : [upstreamState])],
      holds: holds.holds,
      ...(holds.problems.length > 0 ? { holdsProblems: holds.problems } : {}),
    },
    modelHead,
    environments: snapshot,
    checkProblems,
  }
}

/** A rollback renders the manifest the version was rendered from before (its source commit). */
async function rollbackManifest(
  model: ModelReader,
  state: EnvironmentModelState,
  version: string,
  path: string,
): Promise<ManifestAtCommit | undefined> {
  const entry = state.history?.find((item) => item.version === version)
  if (entry === undefined || !/^[0-9a-f]{40}$/.test(entry.sourceCommit)) return undefined
  const read = await model.manifestAt(entry.sourceCommit, path)
  return read?.manifest.metadata.version === version ? read : undefined
}

import type { EnvironmentProfile } from '../environments/environment-profile.js'
import { resolveProfile } from '../environments/environment-profile.js'
import type { EnvironmentModelState, PromotionFacts, PromotionRequest } from './promotion-facts.js'

/** The facts as the rules read them: the profiles and states the request names, resolved once. */
export interface PromotionContext {
  facts: PromotionFacts
  request: PromotionRequest
  /** Environment names in config order. */
  environments: string[]
  /** The requested environment's profile; undefined when the config has no such environment. */
  profile?: EnvironmentProfile
  /** The requested (environment, model) state (an empty one when the facts have none). */
  state: EnvironmentModelState
  /** The version the request is about (see `targetVersion`). */
  version?: string
}

/** The state of (environment, model) in the facts, or an empty one: no folder, nothing live. */
export function stateOf(facts: PromotionFacts, environment: string): EnvironmentModelState {
  return (
    facts.states.find(
      (state) => state.environment === environment && state.model === facts.request.model,
    ) ?? {
      environment,
      model: facts.request.model,
    }
  )
}

/**
 * The version a request is about. Promote: the one asked for, else the manifest's. Rollback: the
 * one asked for, else the newest version live here before the current one — adapters call this
 * to know which manifest to read. Retire: the live version, if any.
 */
export function targetVersion(
  request: PromotionRequest,
  state: EnvironmentModelState,
  manifestVersion?: string,
): string | undefined {
  if (request.kind === 'retire') return state.live?.version
  if (request.version !== undefined) return request.version
  if (request.kind === 'promote') return manifestVersion
  const current = state.live?.version
  return state.history?.find((entry) => entry.version !== current)?.version
}

export function contextOf(facts: PromotionFacts): PromotionContext {
  const { request } = facts
  const profile = resolveProfile(facts.config, request.environment)
  const state = stateOf(facts, request.environment)
  const version = targetVersion(request, state, facts.manifest?.manifest.metadata.version)
  return {
    facts,
    request,
    environments: (facts.config.environments ?? []).map((entry) => entry.name),
    ...(profile === undefined ? {} : { profile }),
    state,
    ...(version === undefined ? {} : { version }),
  }
}

/** Environments downstream of `environment` (directly or through others), nearest first. */
export function downstreamOf(facts: PromotionFacts, environment: string): string[] {
  const entries = facts.config.environments ?? []
  const found: string[] = []
  let frontier = [environment]
  // Bounded by the number of environments: a cycle (refused by validateConfig) cannot loop.
  for (let depth = 0; depth < entries.length && frontier.length > 0; depth++) {
    const next = entries
      .filter((entry) => entry.upstream !== undefined && frontier.includes(entry.upstream))
      .map((entry) => entry.name)
      .filter((name) => name !== environment && !found.includes(name))
    found.push(...next)
    frontier = next
  }
  return found
}

import type { EnvironmentProfile } from '../environments/environment-profile.js'
import { suggest } from '../suggest.js'
import type { PromotionContext } from './promotion-context.js'
import { downstreamOf, stateOf } from './promotion-context.js'
import type { PromotionKind, PromotionRequest } from './promotion-facts.js'
import type { Reason } from './promotion-plan.js'
import { listNames } from '../list-names.js'

/** A decided rule of promotion: a small named check that returns its reasons (none: it passes). */
export interface PromotionRule {
  id: string
  /** One line for listings and docs/promotion.md. */
  summary: string
  /** The request kinds it applies to. */
  kinds: readonly PromotionKind[]
  check(context: PromotionContext): Omit<Reason, 'rule'>[]
}

function didYouMean(word: string, known: readonly string[]): string {
  const match = suggest(word, known)
  return match === undefined ? '' : `did you mean "${match}"? `
}

const short = (digest: string) => (digest.length > 19 ? `${digest.slice(0, 19)}…` : digest)

/** Whether the requester may force into this environment: `force.allowed` and named in `force.by`. */
export function mayForce(profile: EnvironmentProfile, request: PromotionRequest): boolean {
  if (!profile.force.allowed) return false
  const login = request.requester.toLowerCase()
  const teams = (request.requesterTeams ?? []).map((team) => team.toLowerCase())
  return profile.force.by.some((entry) => {
    const name = entry.replace(/^@/, '').toLowerCase()
    return name.includes('/') ? teams.includes(name) : name === login
  })
}

const environmentKnown: PromotionRule = {
  id: 'environment-known',
  summary: 'the environment is one of the config’s environments',
  kinds: ['promote', 'rollback', 'retire'],
  check({ profile, request, environments }) {
    if (profile !== undefined) return []
    return [
      {
        effect: 'refuse',
        message: `"${request.environment}" is not an environment; environments: ${listNames(environments)}`,
        hint: `${didYouMean(request.environment, environments)}environments are listed in .modelgate/config.yml (environments:)`,
      },
    ]
  },
}

const modelKnown: PromotionRule = {
  id: 'model-known',
  summary: 'the model exists on the model repository’s default branch',
  kinds: ['promote', 'rollback', 'retire'],
  check({ facts, request }) {
    if (facts.manifest !== undefined || facts.models.includes(request.model)) return []
    return [
      {
        effect: 'refuse',
        message: `there is no model "${request.model}" on the default branch; models: ${listNames(facts.models)}`,
        hint: `${didYouMean(request.model, facts.models)}merge the model's manifest first`,
      },
    ]
  },
}

const versionKnown: PromotionRule = {
  id: 'version-known',
  summary:
    'the version asked for exists (promote: on the default branch; rollback: where it was rendered from)',
  kinds: ['promote', 'rollback'],
  check({ facts, request, version }) {
    if (facts.manifest !== undefined || !facts.models.includes(request.model)) return []
    const versions = facts.versions.map((known) => known.version)
    if (version === undefined)
      return [
        {
          effect: 'refuse',
          message: `${request.model} was never live in ${request.environment} before its current version; there is nothing to roll back to`,
          hint: `name the version: /rollback ${request.model} in ${request.environment} to <version>, or retire it`,
        },
      ]
    return [
      {
        effect: 'refuse',
        message: `${request.model} has no version ${version} on the default branch; versions: ${listNames(versions)}`,
        hint: 'ask for one of these, or merge that version first',
      },
    ]
  },
}

const notRetired: PromotionRule = {
  id: 'not-retired',
  summary: 'a version whose manifest says lifecycle.stage: retired is not promoted',
  kinds: ['promote'],
  check({ facts, request }) {
    if (facts.manifest?.manifest.lifecycle?.stage !== 'retired') return []
    return [
      {
        effect: 'refuse',
        message: `${request.model} ${facts.manifest.manifest.metadata.version} is retired (lifecycle.stage: retired in ${facts.manifest.path})`,
        hint: `merging that stage already removes it from the environments (downstream first); to promote it again, change its stage and merge that`,
      },
    ]
  },
}

const noOpenPromotion: PromotionRule = {
  id: 'no-open-promotion',
  summary: 'no other promotion pull request is open for the same (environment, model)',
  kinds: ['promote', 'rollback', 'retire'],
  check({ state, request }) {
    const open = state.openPromotion
    if (open === undefined) return []
    return [
      {
        effect: 'refuse',
        message: `a promotion of ${request.model} to ${request.environment} is already open: #${open.number}`,
        hint: 'merge or close that pull request first; one change per (environment, model) at a time',
        url: open.url,
      },
    ]
  },
}

const notOnHold: PromotionRule = {
  id: 'not-on-hold',
  summary: 'no hold stops promotions into the environment or of this model there (rollbacks pass)',
  kinds: ['promote', 'rollback'],
  check({ facts, request }) {
    const holds = facts.holds.filter(
      (hold) =>
        hold.environment === request.environment &&
        (hold.model === undefined || hold.model === request.model),
    )
    return holds.map((hold) => {
      const what = hold.model === undefined ? request.environment : `${hold.model} in ${request.environment}`
      const since = hold.since === undefined ? '' : ` since ${hold.since}`
      const message = `${what} is on hold by ${hold.by}${since}: ${hold.reason}`
      return request.kind === 'rollback'
        ? { effect: 'note' as const, message: `${message} (a rollback is not blocked by holds)` }
        : {
            effect: 'refuse' as const,
            message,
            hint: `ask ${hold.by} to lift it: remove it from .modelgate/holds.yml in the environments repository`,
          }
    })
  },
}

const holdsReadable: PromotionRule = {
  id: 'holds-readable',
  summary: 'the holds file reads in full: a hold that cannot be read must not be ignored',
  kinds: ['promote'],
  check({ facts }) {
    return (facts.holdsProblems ?? []).map((problem) => ({
      effect: 'refuse' as const,
      message: problem,
      hint: 'fix .modelgate/holds.yml in the environments repository (see docs/promotion.md)',
    }))
  },
}

const forcePermitted: PromotionRule = {
  id: 'force-permitted',
  summary: 'force is used only where the config allows it, by someone named in force.by',
  kinds: ['promote'],
  check({ profile, request }) {
    if (request.force !== true || profile === undefined) return []
    if (profile.upstream === undefined)
      return [
        {
          effect: 'note',
          message: `force has no effect: ${request.environment} has no upstream environment to skip`,
        },
      ]
    if (mayForce(profile, request)) return []
    return [
      {
        effect: 'refuse',
        message: profile.force.allowed
          ? `${request.requester} may not force promotions into ${request.environment}; force.by: ${listNames(profile.force.by)}`
          : `${request.environment} does not allow force`,
        hint: profile.force.allowed
          ? `ask one of ${listNames(profile.force.by)}, or promote without force once the upstream check passes`
          : `promote it to ${profile.upstream} first, or set force: { allowed: true, by: [...] } on ${request.environment} in .modelgate/config.yml`,
      },
    ]
  },
}

/** Why `version` may not yet leave `upstream`, or undefined when it is live and healthy there. */
function upstreamBlocker(
  context: PromotionContext,
  upstream: string,
): Omit<Reason, 'rule' | 'effect'> | undefined {
  const { request, version, facts } = context
  const model = request.model
  const state = stateOf(facts, upstream)
  const live = state.live
  const promoteThere = `/promote ${model}@${version} to ${upstream}`
  if (live === undefined)
    return {
      message: `${model} ${version} is not live in ${upstream} (the upstream of ${request.environment}): ${model} is not there at all`,
      hint: `promote it to ${upstream} first (${promoteThere})`,
    }
  if (live.version !== version)
    return {
      message: `${model} ${version} is not live in ${upstream} (the upstream of ${request.environment}): ${upstream} runs ${live.version}`,
      hint: `promote ${version} to ${upstream} first (${promoteThere})`,
    }
  const digest = facts.manifest?.manifest.artifact.digest
  if (digest !== undefined && live.digest !== digest)
    return {
      message: `${upstream} runs ${model} ${version} with another artifact (${short(live.digest)}, not ${short(digest)})`,
      hint: `promote this artifact to ${upstream} first (${promoteThere}); a version's artifact must not change between environments`,
    }
  const health = state.health ?? 'unknown'
  const since = state.healthSince === undefined ? '' : ` since ${state.healthSince}`
  switch (health) {
    case 'healthy':
      return undefined
    case 'progressing':
      return {
        message: `${model} ${version} is still progressing in ${upstream}${since}`,
        hint: `wait until Argo CD reports it healthy in ${upstream}, then ask again`,
      }
    case 'degraded':
    case 'missing':
      return {
        message: `${model} ${version} is ${health} in ${upstream}${since}`,
        hint: `fix it in ${upstream} (or roll ${upstream} back) first: ${request.environment} takes only what is healthy upstream`,
      }
    case 'unknown':
      return {
        message: `the health of ${model} ${version} in ${upstream} is unknown`,
        hint: 'wait for Argo CD to report it (offline: pass --health FILE)',
      }
  }
}

const upstreamLiveAndHealthy: PromotionRule = {
  id: 'upstream-live-and-healthy',
  summary:
    'a version enters an environment with an upstream only once it is live and healthy there, same digest',
  kinds: ['promote'],
  check(context) {
    const { profile, request, version } = context
    if (profile?.upstream === undefined || version === undefined || context.facts.manifest === undefined)
      return []
    const blocker = upstreamBlocker(context, profile.upstream)
    if (blocker === undefined) return []
    if (request.force === true && mayForce(profile, request))
      return [
        {
          effect: 'note',
          message: `forced by ${request.requester} past the upstream check: ${blocker.message}`,
          hint: 'recorded in the rendered annotations (modelgate.dev/forced), the commit and the pull request',
        },
      ]
    return [{ effect: 'refuse', ...blocker }]
  },
}

const notAlreadyLive: PromotionRule = {
  id: 'not-already-live',
  summary: 'the version is not already live with the same digest (then nothing is done)',
  kinds: ['promote', 'rollback'],
  check({ state, version, facts, request }) {
    const live = state.live
    if (live === undefined || version === undefined || live.version !== version) return []
    const digest = facts.manifest?.manifest.artifact.digest
    if (digest !== undefined && live.digest !== digest)
      return [
        {
          effect: 'note',
          message: `${request.environment} runs ${request.model} ${version} with another artifact (${short(live.digest)}); this replaces it with ${short(digest)}`,
        },
      ]
    return [
      { effect: 'noop', message: `${request.model} is already at ${version} in ${request.environment}` },
    ]
  },
}

const rollbackToEarlierLive: PromotionRule = {
  id: 'rollback-to-earlier-live',
  summary:
    'a rollback goes only to a version that was live in that environment before; never blocked by health',
  kinds: ['rollback'],
  check({ state, version, request }) {
    if (version === undefined) return []
    const history = state.history ?? []
    const current = state.live?.version
    if (history.some((entry) => entry.version === version && entry.version !== current)) return []
    if (version === current) return []
    const before = [...new Set(history.map((entry) => entry.version).filter((v) => v !== current))]
    return [
      {
        effect: 'refuse',
        message: `${request.model} ${version} was never live in ${request.environment}; live there before: ${listNames(before)}`,
        hint: `roll back to one of those, or promote ${version} (it then passes the upstream check)`,
      },
    ]
  },
}

const retiredInManifest: PromotionRule = {
  id: 'retired-in-manifest',
  summary: 'a model is retired only once its manifest says lifecycle.stage: retired',
  kinds: ['retire'],
  check({ facts, request }) {
    const stage = facts.manifest?.manifest.lifecycle?.stage
    if (facts.manifest === undefined || stage === 'retired') return []
    return [
      {
        effect: 'refuse',
        message: `${request.model}'s manifest says lifecycle.stage: ${stage ?? '(none)'}, not retired`,
        hint: `set lifecycle.stage: retired (with lifecycle.retirement) in ${facts.manifest.path} and merge it first`,
      },
    ]
  },
}

const retireDownstreamFirst: PromotionRule = {
  id: 'retire-downstream-first',
  summary: 'a model leaves environments downstream first (prod before staging before dev)',
  kinds: ['retire'],
  check(context) {
    const { facts, request, state } = context
    if (context.profile === undefined) return []
    const stillLive = downstreamOf(facts, request.environment).filter((env) => {
      const downstream = stateOf(facts, env)
      return downstream.live !== undefined || downstream.unreadable !== undefined
    })
    if (stillLive.length > 0)
      return [
        {
          effect: 'refuse',
          message: `${request.model} is still in ${listNames(stillLive)}, downstream of ${request.environment}`,
          hint: `retire it from ${stillLive[stillLive.length - 1]} first`,
        },
      ]
    if (
      state.live === undefined &&
      state.unreadable === undefined &&
      Object.keys(state.files ?? {}).length === 0
    )
      return [{ effect: 'noop', message: `${request.model} is not in ${request.environment}` }]
    return []
  },
}

const deploymentModeChange: PromotionRule = {
  id: 'deployment-mode-change',
  summary: 'a change of the environment’s deployment mode replaces the InferenceService (said, never silent)',
  kinds: ['promote', 'rollback'],
  check({ state, profile, request }) {
    const live = state.live
    if (live === undefined || profile === undefined || live.deploymentMode === profile.deploymentMode)
      return []
    return [
      {
        effect: 'note',
        message: `${request.environment} runs ${request.model} in ${live.deploymentMode} mode and its profile now says ${profile.deploymentMode}: KServe cannot change the mode of an InferenceService in place, so this promotion replaces it`,
        hint: 'Argo CD deletes and recreates it (sync option Force=true,Replace=true on this render only): expect a short outage; promote in a quiet hour',
      },
    ]
  },
}

const unreadableFile: PromotionRule = {
  id: 'live-file-readable',
  summary: 'a live file modelgate cannot read (edited by hand) is said, and replaced',
  kinds: ['promote', 'rollback', 'retire'],
  check({ state, request }) {
    if (state.unreadable === undefined) return []
    return [
      {
        effect: 'note',
        message: `${state.unreadable}; the ${request.kind === 'retire' ? 'retirement deletes' : 'promotion replaces'} it`,
      },
    ]
  },
}

/**
 * The decided rules of promotion, in the order their reasons are shown. Each returns nothing
 * when it passes, so a person reads every blocker at once instead of one per attempt.
 */
export const PROMOTION_RULES: readonly PromotionRule[] = [
  environmentKnown,
  modelKnown,
  versionKnown,
  notRetired,
  noOpenPromotion,
  notOnHold,
  holdsReadable,
  forcePermitted,
  rollbackToEarlierLive,
  upstreamLiveAndHealthy,
  retiredInManifest,
  retireDownstreamFirst,
  notAlreadyLive,
  deploymentModeChange,
  unreadableFile,
]

/** Runs every rule that applies to the request's kind, in catalog order. */
export function checkPromotionRules(context: PromotionContext): Reason[] {
  return PROMOTION_RULES.filter((rule) => rule.kinds.includes(context.request.kind)).flatMap((rule) =>
    rule.check(context).map((reason) => ({ rule: rule.id, ...reason })),
  )
}

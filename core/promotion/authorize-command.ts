import type { ModelgateConfig } from '../config/config.js'
import type { Permission } from '../policy/policy.js'
import { hasPermission, normalizeLogin, normalizeTeam } from '../policy/policy-context.js'

/** The verbs that change something; `/help` is open to anyone who can read the repository. */
export type ActingVerb = 'promote' | 'rollback' | 'hold' | 'unhold'

/** Who asked, as the adapter read it from the API when the command was processed. */
export interface Requester {
  login: string
  /** Permission on the model repository (`repos/get-collaborator-permission-level`); undefined: none. */
  permission?: Permission
  /** `org/team` of the teams the environment's `promoters` name that the requester is an active member of. */
  teams: readonly string[]
}

export type Authorization = { allowed: true } | { allowed: false; reason: string; hint: string }

/** The teams (`org/team`) an environment's `promoters` name: the adapter asks about these only. */
export function promoterTeams(config: ModelgateConfig, environment: string): string[] {
  const promoters = config.environments?.find((entry) => entry.name === environment)?.promoters ?? []
  return promoters.filter((entry) => entry.includes('/')).map(normalizeTeam)
}

/**
 * Whether `requester` may run `verb` on `environment`. Everything needs write permission on the
 * model repository (read from the API, never the comment's `author_association`). Where the
 * environment names `promoters`, only they may promote, roll back or lift a hold there; anyone
 * with write may set a hold, since stopping the line must never wait for a particular person.
 */
export function authorizeCommand(
  config: ModelgateConfig,
  verb: ActingVerb,
  environment: string,
  requester: Requester,
): Authorization {
  if (!hasPermission(requester.permission, 'write'))
    return {
      allowed: false,
      reason: `@${requester.login} has ${requester.permission ?? 'no'} permission on this repository; /${verb} needs write`,
      hint: 'ask a maintainer of the repository for write access, or ask someone who has it',
    }
  if (verb === 'hold') return { allowed: true }
  const promoters = config.environments?.find((entry) => entry.name === environment)?.promoters
  if (promoters === undefined) return { allowed: true }
  const login = normalizeLogin(requester.login)
  const teams = new Set(requester.teams.map(normalizeTeam))
  const listed = promoters.some((entry) =>
    entry.includes('/') ? teams.has(normalizeTeam(entry)) : normalizeLogin(entry) === login,
  )
  return listed
    ? { allowed: true }
    : {
        allowed: false,
        reason: `only ${promoters.join(', ')} may /${verb} in ${environment}`,
        hint: `ask one of them, or change promoters of ${environment} in .modelgate/config.yml on the default branch`,
      }
}

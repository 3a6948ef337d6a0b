import type { Permission, RuleRequirements } from './policy.js'
import type { PolicyContext } from './policy-context.js'
import { hasPermission, listWords, normalizeLogin, teamMembers } from './policy-context.js'

/** Whether a person may approve under a rule's `requires`, and which `distinct` groups they belong to. */
export type Eligibility = { eligible: true; groups: number[] } | { eligible: false; reason: string }

/** Who may approve under a rule, answered per login; built once per rule. */
export interface ApproverGroups {
  check(login: string): Eligibility
  /** "alice or a member of org/risk-team", for "still needed" sentences. */
  describe(): string
  /** Each `distinct` group described the same way. */
  describeGroup(index: number): string
}

/**
 * Who may approve: `users`, members of `teams`, or members of any `distinct` group, each holding at
 * least `permission`. Naming nobody means anyone with at least `write`, so a bare `count` is never
 * "anyone at all". Call only after every team the rule names was gathered (see `teamsOf`).
 */
export function approverGroups(
  requires: RuleRequirements | undefined,
  context: PolicyContext,
): ApproverGroups {
  const members = (teams: readonly string[] = []) =>
    teams.flatMap((team) => {
      const found = teamMembers(context, team)
      return 'error' in found ? [] : [...found]
    })
  const top = new Set([...(requires?.users ?? []).map(normalizeLogin), ...members(requires?.teams)])
  const groups = (requires?.distinct ?? []).map(
    (group) => new Set([...(group.users ?? []).map(normalizeLogin), ...members(group.teams)]),
  )
  const named = hasNames(requires)
  const minimum: Permission | undefined = requires?.permission ?? (named ? undefined : 'write')
  return {
    check(login) {
      const inGroups = groups.flatMap((group, index) => (group.has(login) ? [index] : []))
      if (named && !top.has(login) && inGroups.length === 0)
        return {
          eligible: false,
          reason: `not ${describeNames(requires?.users, requires?.teams, requires?.distinct)}`,
        }
      const level = context.permissions.get(login)
      if (minimum && !hasPermission(level, minimum))
        return {
          eligible: false,
          reason: `has ${level ?? 'no'} permission on the repository; ${minimum} or higher is required`,
        }
      return { eligible: true, groups: inGroups }
    },
    describe() {
      const who = named
        ? describeNames(requires?.users, requires?.teams, requires?.distinct)
        : `anyone with ${minimum ?? 'write'} permission or higher`
      return requires?.permission && named ? `${who} with ${requires.permission} permission or higher` : who
    },
    describeGroup(index) {
      const group = requires?.distinct?.[index]
      return group ? describeNames(group.users, group.teams) : ''
    },
  }
}

/** Every team a rule needs, for its `if` and its `requires`. */
export function teamsOf(requires: RuleRequirements | undefined): string[] {
  return [...(requires?.teams ?? []), ...(requires?.distinct ?? []).flatMap((group) => group.teams ?? [])]
}

function hasNames(requires: RuleRequirements | undefined): boolean {
  return (
    teamsOf(requires).length > 0 ||
    [requires?.users, ...(requires?.distinct ?? []).map((g) => g.users)].some(
      (users) => (users ?? []).length > 0,
    )
  )
}

function describeNames(
  users: readonly string[] = [],
  teams: readonly string[] = [],
  distinct: RuleRequirements['distinct'] = [],
): string {
  const names = [
    ...users,
    ...distinct.flatMap((group) => group.users ?? []),
    ...[...teams, ...distinct.flatMap((group) => group.teams ?? [])].map((team) => `a member of ${team}`),
  ]
  return listWords([...new Set(names)])
}

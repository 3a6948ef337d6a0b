import type { Permission } from '../../core/index.js'
import { PERMISSIONS } from '../../core/index.js'
import type { GitHubReader } from '../github-reader.js'
import { describeFailure } from '../octokit.js'

/** Each team's members among the people who matter, and the teams whose list could not be read. */
export interface Memberships {
  teams: Record<string, string[]>
  errors: Record<string, string>
}

/**
 * Which of the people who matter belong to each team the applying rules name: one member list per
 * team (`teams/list-members-in-org`, paged only until everyone wanted was found), whatever the
 * number of voters; no request for a team when nobody's membership matters (no voters, and the
 * author only for `authorIn` teams). A list that fails (an unknown team, a missing permission, a
 * fault) marks the whole team as an error, so every rule that needs it fails closed.
 */
export async function readMemberships(
  reader: GitHubReader,
  teams: readonly string[],
  voters: readonly string[],
  authorTeams: readonly string[],
  author: string,
): Promise<Memberships> {
  const result: Memberships = { teams: {}, errors: {} }
  await Promise.all(
    teams.map(async (team) => {
      const people = [...new Set([...voters, ...(authorTeams.includes(team) ? [author] : [])])]
      try {
        result.teams[team] = await reader.teamMembersAmong(team, people)
      } catch (error) {
        result.errors[team] = `could not read the members of ${team}: ${describeFailure(error)}`
      }
    }),
  )
  return result
}

/** Each voter's repository permission (one `repos/get-collaborator-permission-level` each), when it is one the policy knows. */
export async function readPermissions(
  reader: GitHubReader,
  voters: readonly string[],
): Promise<Record<string, Permission>> {
  const levels = await Promise.all(voters.map((login) => reader.permissionOf(login)))
  const permissions: Record<string, Permission> = {}
  voters.forEach((login, index) => {
    const level = levels[index]
    // A custom role reads as its base permission only when GitHub names one we know; else none.
    if (level && (PERMISSIONS as readonly string[]).includes(level)) permissions[login] = level as Permission
  })
  return permissions
}

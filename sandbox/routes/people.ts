import { HttpError } from '../http-error.js'
import { instantiate, simpleUser } from '../shapes.js'
import type { User } from '../state.js'
import type { Handler, RequestContext } from './context.js'
import { paginate, repoFor } from './context.js'

/** A user as `users/get-*` answers it (the private-user example, with ours). */
function fullUser(context: RequestContext, user: User): Record<string, unknown> {
  const template = instantiate(context.emulator.api.example(context.route, 200), context.baseUrl) as Record<
    string,
    unknown
  >
  return {
    ...template,
    ...simpleUser(user, context.baseUrl),
    name: user.name ?? null,
    email: user.email ?? null,
  }
}

/** GitHub's four-level answer for a role: `maintain` reads as write, `triage` as read. */
const LEGACY = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
  none: 'none',
} as const

/**
 * The members of the organisation's team named by the path, after checking the caller may read
 * them. Team routes are organisation routes, outside `repoFor`'s repository areas: an installation
 * token must belong to the organisation's own installation (else 404, it cannot see the team) and
 * hold the organisation permission `members` (else 403, as on GitHub). 404 for an unknown team.
 */
function teamMembers(context: RequestContext): Set<string> {
  const actor = context.actor
  if (!actor) throw new HttpError(401, 'Requires authentication')
  if (actor.kind === 'app') throw new HttpError(403, 'A JSON web token could not be decoded')
  const { org = '', team_slug: team = '' } = context.params
  if (actor.kind === 'installation') {
    if (actor.installation.account.login.toLowerCase() !== org.toLowerCase())
      throw new HttpError(404, 'Not Found')
    if (!actor.permissions.members) throw new HttpError(403, 'Resource not accessible by integration')
  }
  const members = context.emulator.state.teams.get(`${org}/${team}`.toLowerCase())
  if (!members) throw new HttpError(404, 'Not Found')
  return members
}

export const peopleRoutes: Record<string, Handler> = {
  /** A user's permission on a repository; `none` (with 200) for people without access, as on GitHub. */
  'repos/get-collaborator-permission-level': (context) => {
    const repo = repoFor(context)
    const user = context.emulator.state.user(context.params.username!)
    if (!user) throw new HttpError(404, 'Not Found')
    const role = context.emulator.state.permissionOf(repo, user.login)
    const isCollaborator =
      role !== 'none' && (repo.owner === user || repo.permissions.has(user.login.toLowerCase()))
    return {
      status: 200,
      body: {
        permission: isCollaborator ? LEGACY[role] : 'none',
        role_name: isCollaborator ? role : 'none',
        user: {
          ...simpleUser(user, context.baseUrl),
          role_name: isCollaborator ? role : 'none',
          permissions: {
            admin: role === 'admin',
            maintain: role === 'maintain' || role === 'admin',
            push: ['write', 'maintain', 'admin'].includes(role),
            triage: role !== 'read' && role !== 'none',
            pull: role !== 'none',
          },
        },
      },
    }
  },

  'repos/check-collaborator': (context) => {
    const repo = repoFor(context)
    const login = context.params.username!.toLowerCase()
    return { status: repo.owner.login.toLowerCase() === login || repo.permissions.has(login) ? 204 : 404 }
  },

  /** Team membership: 404 when the user is not a member (or the team does not exist); the same access checks as the member list. */
  'teams/get-membership-for-user-in-org': (context) => {
    const { org = '', team_slug: team = '', username = '' } = context.params
    if (!teamMembers(context).has(username.toLowerCase())) throw new HttpError(404, 'Not Found')
    return {
      status: 200,
      body: {
        url: `${context.baseUrl}/organizations/${org}/team/${team}/memberships/${username}`,
        role: 'member',
        state: 'active',
      },
    }
  },

  /**
   * A team's active members (the emulator has no pending invitations and no maintainers: every
   * member has the role `member`), paginated as GitHub paginates, each from the spec's example.
   */
  'teams/list-members-in-org': (context) => {
    const members = teamMembers(context)
    const role = context.query.get('role') ?? 'all'
    const users =
      role === 'maintainer' ? [] : [...members].flatMap((login) => context.emulator.state.user(login) ?? [])
    const [template] = instantiate(
      context.emulator.api.example(context.route, 200),
      context.baseUrl,
    ) as Record<string, unknown>[]
    const { page, headers } = paginate(context, users)
    return {
      status: 200,
      body: page.map((user) => {
        const { name: _name, email: _email, ...simple } = simpleUser(user, context.baseUrl)
        return { ...template, ...simple, role: 'member', inherited: false }
      }),
      headers,
    }
  },

  'users/get-by-username': (context) => {
    const user = context.emulator.state.user(context.params.username!)
    if (!user) throw new HttpError(404, 'Not Found')
    return { status: 200, body: fullUser(context, user) }
  },

  /** The token's own user; installation tokens have none (403, as on GitHub). */
  'users/get-authenticated': (context) => {
    const actor = context.actor
    if (actor?.kind !== 'user') throw new HttpError(403, 'Resource not accessible by integration')
    return { status: 200, body: fullUser(context, actor.user) }
  },
}

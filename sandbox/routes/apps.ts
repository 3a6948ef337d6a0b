import { randomBytes } from 'node:crypto'
import { HttpError } from '../http-error.js'
import { instantiate, simpleUser } from '../shapes.js'
import type { App, Installation } from '../state.js'
import type { Handler, RequestContext } from './context.js'

function appFor(context: RequestContext): App {
  if (context.actor?.kind !== 'app') throw new HttpError(401, 'A JSON web token could not be decoded')
  return context.actor.app
}

function installationBody(context: RequestContext, installation: Installation): Record<string, unknown> {
  const template = context.emulator.api.example(
    context.emulator.api.match('GET', '/app/installations/1')!,
    200,
  ) as Record<string, unknown>
  return {
    ...(instantiate(template, context.baseUrl) as Record<string, unknown>),
    id: installation.id,
    account: simpleUser(installation.account, context.baseUrl),
    app_id: installation.app.id,
    app_slug: installation.app.slug,
    target_id: installation.account.id,
    target_type: installation.account.type === 'Organization' ? 'Organization' : 'User',
    permissions: installation.app.permissions,
    events: installation.app.events,
    repository_selection: installation.repositories ? 'selected' : 'all',
  }
}

export const appRoutes: Record<string, Handler> = {
  'meta/root': (context) => ({
    status: 200,
    body: instantiate(context.emulator.api.example(context.route, 200), context.baseUrl),
  }),

  'apps/get-authenticated': (context) => ({
    status: 200,
    body: context.emulator.appBody(appFor(context), context.baseUrl),
  }),

  'apps/get-installation': (context) => {
    const app = appFor(context)
    const installation = context.emulator.state.installations.find(
      (i) => i.app === app && String(i.id) === context.params.installation_id,
    )
    if (!installation) throw new HttpError(404, 'Not Found')
    return { status: 200, body: installationBody(context, installation) }
  },

  'apps/get-repo-installation': (context) => {
    const app = appFor(context)
    const repo = context.emulator.state.repo(context.params.owner!, context.params.repo!)
    const installation = repo && context.emulator.state.installationFor(app, repo)
    if (!installation) throw new HttpError(404, 'Not Found')
    return { status: 200, body: installationBody(context, installation) }
  },

  /** Mints an installation token, narrowed to the requested repositories and permissions (least privilege). */
  'apps/create-installation-access-token': (context) => {
    const app = appFor(context)
    const { state } = context.emulator
    const installation = state.installations.find(
      (i) => i.app === app && String(i.id) === context.params.installation_id,
    )
    if (!installation) throw new HttpError(404, 'Not Found')
    const body = (context.body ?? {}) as {
      repositories?: string[]
      repository_ids?: number[]
      permissions?: Record<string, string>
    }
    const reachable =
      installation.repositories ??
      [...state.repos.values()].filter((repo) => repo.owner === installation.account)
    let repositories = reachable
    if (body.repositories || body.repository_ids) {
      repositories = reachable.filter(
        (repo) => body.repositories?.includes(repo.name) || body.repository_ids?.includes(repo.id),
      )
      if (repositories.length === 0)
        throw new HttpError(
          422,
          'There is at least one repository that does not exist or is not accessible to the parent installation.',
        )
    }
    const permissions = body.permissions ?? app.permissions
    for (const [name, level] of Object.entries(permissions)) {
      const granted = app.permissions[name]
      if (!granted || (granted === 'read' && level !== 'read'))
        throw new HttpError(422, `The permissions requested are not granted to this installation.`)
    }
    const token = `ghs_${randomBytes(18).toString('hex')}`
    const scoped: Installation = { ...installation, repositories }
    state.tokens.set(token, { kind: 'installation', installation: scoped, user: app.bot, permissions })
    return {
      status: 201,
      body: {
        token,
        expires_at: new Date(Date.now() + 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        permissions,
        repository_selection:
          body.repositories || body.repository_ids || installation.repositories ? 'selected' : 'all',
      },
    }
  },
}

import { HttpError } from '../http-error.js'
import { nodeId, now } from '../shapes.js'
import type { Repo, Ruleset } from '../state.js'
import type { Handler, RequestContext } from './context.js'
import { paginate, repoFor } from './context.js'

/*
 * Repository rulesets, as `modelgate protect` writes them. As on GitHub: anyone who can read the
 * repository lists and reads them; creating and updating take admin rights (a token with the
 * Administration permission, for an App); names are unique per repository. Rules are stored as
 * sent (the request schema has checked them) and not enforced on pushes.
 */

interface RulesetRequest {
  name?: string
  target?: Ruleset['target']
  enforcement?: Ruleset['enforcement']
  bypass_actors?: unknown[]
  conditions?: Record<string, unknown>
  rules?: unknown[]
}

/** The summary `repos/get-repo-rulesets` lists: no target, rules, conditions or bypass actors. */
function summaryBody(context: RequestContext, ruleset: Ruleset): Record<string, unknown> {
  const { repo } = ruleset
  return {
    id: ruleset.id,
    name: ruleset.name,
    source_type: 'Repository',
    source: repo.fullName,
    enforcement: ruleset.enforcement,
    node_id: nodeId('RRS', ruleset.id),
    _links: {
      self: { href: `${context.baseUrl}/repos/${repo.fullName}/rulesets/${ruleset.id}` },
      html: { href: `${context.emulator.url}/${repo.fullName}/rules/${ruleset.id}` },
    },
    created_at: ruleset.createdAt,
    updated_at: ruleset.updatedAt,
  }
}

function rulesetBody(context: RequestContext, ruleset: Ruleset): Record<string, unknown> {
  const admin =
    context.actor?.kind === 'user' &&
    context.emulator.state.permissionOf(ruleset.repo, context.actor.user.login) === 'admin'
  return {
    ...summaryBody(context, ruleset),
    target: ruleset.target,
    bypass_actors: ruleset.bypassActors,
    current_user_can_bypass: admin ? 'always' : 'never',
    conditions: ruleset.conditions,
    rules: ruleset.rules,
  }
}

function rulesetOf(context: RequestContext, repo: Repo): Ruleset {
  const id = Number(context.params.ruleset_id)
  const found = context.emulator.state.rulesets.find((ruleset) => ruleset.repo === repo && ruleset.id === id)
  if (!found) throw new HttpError(404, 'Not Found')
  return found
}

/** GitHub refuses a second ruleset of the same name in a repository. */
function checkNameFree(context: RequestContext, repo: Repo, name: string, except?: Ruleset): void {
  const taken = context.emulator.state.rulesets.some(
    (ruleset) => ruleset.repo === repo && ruleset !== except && ruleset.name === name,
  )
  if (taken)
    throw new HttpError(422, 'Validation Failed', [
      { resource: 'Ruleset', field: 'name', code: 'already_exists', message: 'Name must be unique' },
    ])
}

export const rulesetRoutes: Record<string, Handler> = {
  'repos/get-repo-rulesets': (context) => {
    const repo = repoFor(context)
    const own = context.emulator.state.rulesets.filter((ruleset) => ruleset.repo === repo)
    const { page, headers } = paginate(context, own)
    return { status: 200, body: page.map((ruleset) => summaryBody(context, ruleset)), headers }
  },

  'repos/get-repo-ruleset': (context) => ({
    status: 200,
    body: rulesetBody(context, rulesetOf(context, repoFor(context))),
  }),

  'repos/create-repo-ruleset': (context) => {
    const repo = repoFor(context, 'admin')
    const body = context.body as RulesetRequest & { name: string; enforcement: Ruleset['enforcement'] }
    checkNameFree(context, repo, body.name)
    const at = now()
    const ruleset: Ruleset = {
      id: context.emulator.state.id(),
      repo,
      name: body.name,
      target: body.target ?? 'branch',
      enforcement: body.enforcement,
      bypassActors: body.bypass_actors ?? [],
      conditions: body.conditions ?? null,
      rules: body.rules ?? [],
      createdAt: at,
      updatedAt: at,
    }
    context.emulator.state.rulesets.push(ruleset)
    return { status: 201, body: rulesetBody(context, ruleset) }
  },

  /** Replaces the fields sent; the others stay. */
  'repos/update-repo-ruleset': (context) => {
    const repo = repoFor(context, 'admin')
    const ruleset = rulesetOf(context, repo)
    const body = (context.body ?? {}) as RulesetRequest
    if (body.name !== undefined) checkNameFree(context, repo, body.name, ruleset)
    Object.assign(ruleset, {
      ...(body.name === undefined ? {} : { name: body.name }),
      ...(body.target === undefined ? {} : { target: body.target }),
      ...(body.enforcement === undefined ? {} : { enforcement: body.enforcement }),
      ...(body.bypass_actors === undefined ? {} : { bypassActors: body.bypass_actors }),
      ...(body.conditions === undefined ? {} : { conditions: body.conditions }),
      ...(body.rules === undefined ? {} : { rules: body.rules }),
      updatedAt: now(),
    })
    return { status: 200, body: rulesetBody(context, ruleset) }
  },
}

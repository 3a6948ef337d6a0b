import type { IncomingHttpHeaders } from 'node:http'
import type { Emulator } from '../emulator.js'
import { HttpError } from '../http-error.js'
import type { Route } from '../openapi.js'
import type { Actor, Permission, Repo } from '../state.js'
import { installationReaches } from '../state.js'

/** What a route handler gets: the matched route, the request, who is calling, and the emulator. */
export interface RequestContext {
  route: Route
  params: Record<string, string>
  query: URLSearchParams
  body: any // eslint-disable-line @typescript-eslint/no-explicit-any -- validated against the spec before the handler runs
  headers: IncomingHttpHeaders
  actor: Actor | undefined
  emulator: Emulator
  /** Base URL for links in responses (with `/api/v3` when the request used it). */
  baseUrl: string
}

export interface HandlerResult {
  status: number
  body?: unknown
  /** A non-JSON answer (raw file content for `Accept: application/vnd.github.raw`). */
  raw?: Buffer
  headers?: Record<string, string>
}

export type Handler = (context: RequestContext) => HandlerResult | Promise<HandlerResult>

const RANK: Record<Permission | 'none', number> = {
  none: 0,
  read: 1,
  triage: 2,
  write: 3,
  maintain: 4,
  admin: 5,
}

/**
 * The GitHub App permissions that allow an operation (any one suffices): comments and reactions on
 * pull requests go with `issues` or `pull_requests`, as on GitHub.
 */
export function permissionAreas(operationId: string): string[] {
  if (
    operationId.startsWith('git/') ||
    operationId === 'repos/get-content' ||
    operationId === 'repos/create-or-update-file-contents' ||
    operationId === 'repos/list-commits' ||
    operationId === 'repos/list-pull-requests-associated-with-commit' ||
    operationId === 'repos/get-branch'
  ) {
    return ['contents']
  }
  // Rulesets: anyone who reads the repository reads them; writing them is administration.
  if (/^repos\/(create|update|delete)-repo-ruleset$/.test(operationId)) return ['administration']
  if (operationId.startsWith('pulls/') || operationId.startsWith('repos/compare')) return ['pull_requests']
  if (operationId.startsWith('issues/') || operationId.startsWith('reactions/'))
    return ['issues', 'pull_requests']
  if (operationId.startsWith('checks/')) return ['checks']
  if (operationId.includes('deployment')) return ['deployments']
  if (operationId.includes('commit-status') || operationId.includes('statuses')) return ['statuses']
  return ['metadata']
}

/**
 * The repository named by the path, after checking the caller may act on it with `needed`
 * permission. As on GitHub: 404 when the caller cannot see it, 403 when it can see but not write.
 */
export function repoFor(context: RequestContext, needed: Permission = 'read'): Repo {
  const repo = context.emulator.state.repo(context.params.owner ?? '', context.params.repo ?? '')
  const actor = context.actor
  if (!repo || !actor) throw new HttpError(404, 'Not Found')
  if (actor.kind === 'app') throw new HttpError(403, 'A JSON web token could not be decoded')
  if (actor.kind === 'installation') {
    const { installation } = actor
    if (!installationReaches(installation, repo)) throw new HttpError(404, 'Not Found')
    // An installation token holds per-area permissions: it may write only where it was granted write.
    const levels = permissionAreas(context.route.operationId).map((area) =>
      area === 'metadata' ? (actor.permissions.metadata ?? 'read') : actor.permissions[area],
    )
    const allowed =
      needed === 'read'
        ? levels.some(Boolean)
        : levels.some((level) => level === 'write' || level === 'admin')
    if (!allowed) {
      throw new HttpError(403, 'Resource not accessible by integration')
    }
    return repo
  }
  const permission = context.emulator.state.permissionOf(repo, actor.user.login)
  if (permission === 'none') throw new HttpError(404, 'Not Found')
  if (RANK[permission] < RANK[needed])
    throw new HttpError(
      403,
      needed === 'admin' ? 'Must have admin rights to Repository.' : 'Must have push access to repository',
    )
  return repo
}

/** A page of items per GitHub's `per_page` (default 30, at most 100) and `page`, with its `link` header. */
export function paginate<T>(
  context: RequestContext,
  items: readonly T[],
): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Math.max(Number(context.query.get('per_page') ?? 30) || 30, 1), 100)
  const page = Math.max(Number(context.query.get('page') ?? 1) || 1, 1)
  const last = Math.max(Math.ceil(items.length / perPage), 1)
  const url = (n: number) => {
    const query = new URLSearchParams(context.query)
    query.set('per_page', String(perPage))
    query.set('page', String(n))
    return `<${context.baseUrl}${context.route.template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(context.params[name] ?? ''))}?${query.toString()}>`
  }
  const links = [
    ...(page < last ? [`${url(page + 1)}; rel="next"`, `${url(last)}; rel="last"`] : []),
    ...(page > 1 ? [`${url(1)}; rel="first"`, `${url(page - 1)}; rel="prev"`] : []),
  ]
  return {
    page: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length ? { link: links.join(', ') } : {},
  }
}

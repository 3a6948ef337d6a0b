import { createPublicKey, createVerify, randomBytes, randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Events } from './events.js'
import { FaultInjector } from './faults.js'
import { GitStore } from './git-store.js'
import { HttpError } from './http-error.js'
import { OpenApi } from './openapi.js'
import type { Route } from './openapi.js'
import { answerGraphql } from './graphql.js'
import type { HandlerResult, RequestContext } from './routes/context.js'
import { handlers } from './routes/index.js'
import { instantiate, nodeId, now, repository, simpleUser } from './shapes.js'
import type { Actor, App, Installation, Permission, Repo, User } from './state.js'
import { EmulatorState } from './state.js'
import { Webhooks } from './webhooks.js'

/** One request the emulator answered, for tests that count calls or inspect bodies. */
export interface RecordedRequest {
  method: string
  path: string
  /** The OpenAPI path template, when the route is known. */
  template?: string
  operationId?: string
  headers: Record<string, string | string[] | undefined>
  body: unknown
  status: number
  fault?: string
}

export interface EmulatorOptions {
  /** Seed for fault injection (default 1). */
  seed?: number
  /**
   * How many commits `pulls/list-commits` lists at most: GitHub's 250 unless a test lowers it to
   * stage a cut-short list with a handful of commits (a push of 250 commits costs seconds of git).
   */
  pullCommitsListed?: number
}

const DOCS = 'https://docs.github.com/rest'
let sharedApi: OpenApi | undefined

/**
 * A local GitHub: REST at `/` (as actions see it) and under `/api/v3` (as Probot sees it with
 * GHE_HOST), every request and response checked against GitHub's OpenAPI description (mismatches go
 * to {@link problems}), real bare git repositories underneath, signed webhooks out, fault injection.
 *
 * @example
 * const gh = await Emulator.start()
 * const repo = gh.createRepo('acme', 'models', { seed: 'examples/model-repo' })
 * const token = gh.tokenFor('ana')
 * // … drive a client at gh.url; then: expect(gh.problems).toEqual([])
 */
export class Emulator {
  readonly state = new EmulatorState()
  readonly api: OpenApi
  readonly faults: FaultInjector
  readonly webhooks: Webhooks
  readonly events: Events
  readonly requests: RecordedRequest[] = []
  /** Every way a request or response differed from GitHub's description. Tests assert it is empty. */
  readonly problems: string[] = []
  /** See {@link EmulatorOptions.pullCommitsListed}. */
  readonly pullCommitsListed: number
  private readonly root = mkdtempSync(join(tmpdir(), 'modelgate-emulator-'))
  private server: Server | undefined
  url = ''

  private constructor(options: EmulatorOptions) {
    sharedApi ??= new OpenApi()
    this.api = sharedApi
    this.faults = new FaultInjector(options.seed ?? 1)
    this.pullCommitsListed = options.pullCommitsListed ?? 250
    this.webhooks = new Webhooks(this)
    this.events = new Events(this)
  }

  /** Starts an emulator on 127.0.0.1 (a free port unless given). */
  static async start(options: EmulatorOptions & { port?: number } = {}): Promise<Emulator> {
    const emulator = new Emulator(options)
    const server = createServer((request, response) => void emulator.handle(request, response))
    await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
    emulator.server = server
    emulator.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    return emulator
  }

  async stop(): Promise<void> {
    await this.webhooks.settled()
    await new Promise<void>((resolve) => {
      if (!this.server) return resolve()
      this.server.closeAllConnections()
      this.server.close(() => resolve())
    })
    rmSync(this.root, { recursive: true, force: true })
  }

  // ── Seeding and identities ────────────────────────────────────────────────

  createUser(login: string, type: User['type'] = 'User'): User {
    const existing = this.state.user(login)
    if (existing) return existing
    const user: User = {
      id: this.state.id(),
      login,
      type,
      name: login,
      email: `${login}@users.noreply.emulator.invalid`,
    }
    this.state.users.set(login.toLowerCase(), user)
    return user
  }

  /** Creates a repository backed by a new bare git repo, optionally seeded from a folder. */
  createRepo(
    owner: string,
    name: string,
    options: { seed?: string; defaultBranch?: string; private?: boolean } = {},
  ): Repo {
    const ownerUser = this.state.user(owner) ?? this.createUser(owner, 'Organization')
    const defaultBranch = options.defaultBranch ?? 'main'
    const git = GitStore.init(join(this.root, `${owner}__${name}.git`), defaultBranch)
    if (options.seed) git.seed(options.seed, defaultBranch)
    const repo: Repo = {
      id: this.state.id(),
      owner: ownerUser,
      name,
      fullName: `${owner}/${name}`,
      defaultBranch,
      private: options.private ?? true,
      git,
      permissions: new Map(),
      labels: new Map(),
      nextNumber: 1,
      createdAt: now(),
    }
    this.state.repos.set(repo.fullName.toLowerCase(), repo)
    return repo
  }

  /** Gives a user a permission on a repository (creating the user if needed). */
  grant(repo: Repo, login: string, permission: Permission): void {
    this.createUser(login)
    repo.permissions.set(login.toLowerCase(), permission)
  }

  addTeamMember(org: string, team: string, login: string): void {
    this.createUser(login)
    const key = `${org}/${team}`.toLowerCase()
    const members = this.state.teams.get(key) ?? new Set<string>()
    members.add(login.toLowerCase())
    this.state.teams.set(key, members)
  }

  /** A personal access token acting as `login` (the user is created if needed). */
  tokenFor(login: string): string {
    const user = this.createUser(login)
    const token = `ghp_${randomBytes(18).toString('hex')}`
    this.state.tokens.set(token, { kind: 'user', user })
    return token
  }

  /** Registers a GitHub App whose JWTs verify against `publicKey` (PEM). */
  registerApp(options: {
    slug: string
    publicKey: string
    webhookUrl?: string
    webhookSecret?: string
    permissions?: Record<string, string>
    events?: string[]
  }): App {
    const id = this.state.id()
    const app: App = {
      id,
      slug: options.slug,
      name: options.slug,
      owner: this.createUser(`${options.slug}-owner`, 'Organization'),
      publicKey: createPublicKey(options.publicKey).export({ type: 'spki', format: 'pem' }).toString(),
      ...(options.webhookUrl ? { webhookUrl: options.webhookUrl } : {}),
      ...(options.webhookSecret ? { webhookSecret: options.webhookSecret } : {}),
      permissions: options.permissions ?? {
        checks: 'write',
        contents: 'write',
        pull_requests: 'write',
        issues: 'write',
        metadata: 'read',
      },
      events: options.events ?? [],
      bot: this.createUser(`${options.slug}[bot]`, 'Bot'),
    }
    this.state.apps.push(app)
    return app
  }

  /** Installs an app on an account, for all of its repositories or some. */
  install(app: App, account: string, repositories?: Repo[]): Installation {
    const installation: Installation = {
      id: this.state.id(),
      app,
      account: this.state.user(account) ?? this.createUser(account, 'Organization'),
      ...(repositories ? { repositories } : {}),
    }
    this.state.installations.push(installation)
    return installation
  }

  // ── Shapes shared by routes ───────────────────────────────────────────────

  /** A repository as GitHub returns it (instantiated from the spec's example of `repos/get`). */
  repositoryBody(repo: Repo, baseUrl: string): Record<string, unknown> {
    return repository(repo, baseUrl, this.api.example(this.api.match('GET', '/repos/o/r')!, 200))
  }

  /** A GitHub App (`integration`), instantiated from the spec's example of `apps/get-authenticated`. */
  appBody(app: App, baseUrl: string): Record<string, unknown> {
    return {
      ...(instantiate(this.api.example(this.api.match('GET', '/app')!, 200), baseUrl) as Record<
        string,
        unknown
      >),
      id: app.id,
      slug: app.slug,
      node_id: nodeId('A', app.id),
      client_id: `Iv1.${app.id}`,
      owner: simpleUser(app.owner, baseUrl),
      name: app.name,
      permissions: app.permissions,
      events: app.events,
    }
  }

  // ── Observation ───────────────────────────────────────────────────────────

  /** Requests answered so far, optionally only those of one `METHOD /template` or operationId. */
  count(route?: string): number {
    if (!route) return this.requests.length
    return this.requests.filter((r) => r.operationId === route || `${r.method} ${r.template}` === route)
      .length
  }

  // ── The request pipeline ──────────────────────────────────────────────────

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://emulator.invalid')
    const enterprise = url.pathname.startsWith('/api/v3')
    const path = enterprise ? url.pathname.slice('/api/v3'.length) || '/' : url.pathname
    const raw = await readBody(request)
    const route = this.api.match(request.method ?? 'GET', path) ?? graphqlRoute(request.method, path)
    const record: RecordedRequest = {
      method: request.method ?? 'GET',
      path,
      ...(route ? { template: route.template, operationId: route.operationId } : {}),
      headers: request.headers,
      body: undefined,
      status: 0,
    }
    this.requests.push(record)
    try {
      record.body = parseJson(raw) // recorded before any fault, so tests see what was attempted
    } catch (error) {
      return this.send(response, record, route, errorResult(error), false)
    }

    const fault = this.faults.decide({
      method: record.method,
      ...(route ? { template: route.template, operationId: route.operationId } : {}),
    })
    if (fault) {
      record.fault = fault.kind
      if (fault.kind === 'drop') return void request.socket.destroy()
      if (fault.kind !== 'latency') return this.send(response, record, route, faultResult(fault), false)
      await new Promise((resolve) => setTimeout(resolve, fault.latencyMs ?? 100))
      // The latency is the way there: a client that died meanwhile (a killed bot) never reached GitHub.
      if (request.socket.destroyed) return
    }

    let result: HandlerResult
    try {
      result = await this.answer(route, path, url, record.body, request, enterprise)
    } catch (error) {
      result = errorResult(error)
    }
    this.send(response, record, route, result, true)
  }

  private async answer(
    route: Route | undefined,
    path: string,
    url: URL,
    body: unknown,
    request: IncomingMessage,
    enterprise: boolean,
  ): Promise<HandlerResult & { unchecked?: boolean }> {
    if (!route) return { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } }
    // Validated and shaped by GitHub's GraphQL schema, not its REST description.
    if (route.operationId === GRAPHQL.operationId) {
      const actor = this.authenticate(request.headers.authorization)
      return {
        ...(await answerGraphql(body, { state: this.state, actor, problems: this.problems })),
        unchecked: true,
      }
    }
    const handler = handlers[route.operationId]
    if (!handler) {
      this.problems.push(
        `not implemented in the emulator: ${route.operationId} (${route.method} ${route.template})`,
      )
      return { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } }
    }
    const invalid = this.api.checkRequest(route, body)
    if (invalid.length > 0) {
      for (const problem of invalid) this.problems.push(`request: ${problem}`)
      return {
        unchecked: true,
        status: 422,
        body: {
          message: 'Invalid request.',
          errors: invalid.map((message) => ({ resource: route.operationId, code: 'invalid', message })),
          documentation_url: DOCS,
        },
      }
    }
    const context: RequestContext = {
      route,
      params: route.params,
      query: url.searchParams,
      body,
      headers: request.headers,
      actor: this.authenticate(request.headers.authorization),
      emulator: this,
      baseUrl: `${this.url}${enterprise ? '/api/v3' : ''}`,
    }
    if (!context.actor && route.operationId !== 'meta/root')
      throw new HttpError(401, 'Requires authentication')
    return await handler(context)
  }

  private send(
    response: ServerResponse,
    record: RecordedRequest,
    route: Route | undefined,
    result: HandlerResult & { unchecked?: boolean },
    check: boolean,
  ): void {
    record.status = result.status
    // Our own answers to faults and to rejected requests are GitHub's error shapes, not the operation's.
    if (check && route && result.status !== 404 && !result.unchecked && result.raw === undefined) {
      try {
        const found = this.api.checkResponse(route, result.status, result.body)
        for (const problem of found) this.problems.push(`response: ${problem}`)
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        this.problems.push(`response: ${route.operationId}: could not be checked (${reason})`)
      }
    }
    const body = result.raw ?? (result.body === undefined ? '' : JSON.stringify(result.body))
    response.writeHead(result.status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-request-id': randomUUID(),
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(Math.max(0, 5000 - this.requests.length)),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-resource': 'core',
      ...result.headers,
    })
    response.end(body)
  }

  /** The caller, from `Authorization: token …` or `Bearer …` (a user or installation token, or an App's JWT). */
  private authenticate(header: string | undefined): Actor | undefined {
    const credential = header?.replace(/^(token|bearer)\s+/i, '')
    if (!credential) return undefined
    const known = this.state.tokens.get(credential)
    if (known) return known
    const app = this.verifyAppJwt(credential)
    if (app) return { kind: 'app', app }
    throw new HttpError(401, 'Bad credentials')
  }

  private verifyAppJwt(jwt: string): App | undefined {
    const [header, payload, signature] = jwt.split('.')
    if (!header || !payload || !signature) return undefined
    let claims: { iss?: string | number; exp?: number }
    try {
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as typeof claims
    } catch {
      return undefined
    }
    const app = this.state.apps.find((candidate) => String(candidate.id) === String(claims.iss))
    if (!app) return undefined
    const valid = createVerify('RSA-SHA256')
      .update(`${header}.${payload}`)
      .verify(app.publicKey, Buffer.from(signature, 'base64url'))
    if (!valid) throw new HttpError(401, 'A JSON web token could not be decoded')
    if (!claims.exp || claims.exp * 1000 < Date.now())
      throw new HttpError(
        401,
        "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires",
      )
    return app
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

function parseJson(raw: string): unknown {
  if (raw === '') return undefined
  try {
    return JSON.parse(raw)
  } catch {
    throw new HttpError(400, 'Problems parsing JSON')
  }
}

function errorResult(error: unknown): HandlerResult {
  if (error instanceof HttpError) {
    const body =
      error.status === 422
        ? { message: error.message, errors: error.errors ?? [], documentation_url: DOCS, status: '422' }
        : { message: error.message, documentation_url: DOCS, status: String(error.status) }
    return { status: error.status, body, headers: error.headers }
  }
  return {
    status: 500,
    body: {
      message: `emulator error: ${error instanceof Error ? error.message : String(error)}`,
      documentation_url: DOCS,
    },
  }
}

function faultResult(fault: import('./faults.js').FaultRule): HandlerResult {
  const retryAfter = String(fault.retryAfterSeconds ?? 1)
  switch (fault.kind) {
    case 'secondary-rate-limit':
      return {
        status: 403,
        headers: { 'retry-after': retryAfter },
        body: {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url: DOCS,
        },
      }
    case 'rate-limit':
      // The primary rate limit: clients recognise it by `x-ratelimit-remaining: 0`, not by the status.
      return {
        status: 429,
        headers: {
          'retry-after': retryAfter,
          'x-ratelimit-remaining': '0',
          'x-ratelimit-used': '5000',
          'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + Number(retryAfter)),
        },
        body: { message: 'API rate limit exceeded for user ID 1.', documentation_url: DOCS },
      }
    default:
      return { status: fault.status ?? 502, body: { message: 'Server Error', documentation_url: DOCS } }
  }
}

/**
 * `POST /graphql` (`/api/graphql` on GitHub Enterprise Server, beside `/api/v3`) is not in GitHub's
 * REST description: it gets a route of its own (faults name it `graphql`).
 */
const GRAPHQL = { method: 'POST', template: '/graphql', operationId: 'graphql', params: {} } as const

function graphqlRoute(method: string | undefined, path: string): Route | undefined {
  return method === 'POST' && (path === '/graphql' || path === '/api/graphql')
    ? { ...GRAPHQL, params: {} }
    : undefined
}

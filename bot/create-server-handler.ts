import type { IncomingMessage, ServerResponse } from 'node:http'
import { createNodeMiddleware, createProbot } from 'probot'
import type { Logger } from 'probot'
import { checkEnvironment } from './check-environment.js'
import { createModelgateApp } from './index.js'
import { BotOctokit } from './octokit.js'
import { guardWebhooks } from './webhook-guard.js'

/** Where GitHub posts deliveries unless `WEBHOOK_PATH` says otherwise. */
export const DEFAULT_WEBHOOK_PATH = '/api/github/webhooks'
/** Where the bot listens unless `PORT` says otherwise (Probot's default). */
export const DEFAULT_PORT = 3000
/** The health route: `GET` answers 200 `{"status":"ok"}` while the process serves HTTP. */
export const HEALTH_PATH = '/healthz'

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void

/** A handler ready to serve, or why the environment refuses one. */
export type ServerHandler = { handler: RequestHandler; log: Logger } | { problem: string }

/**
 * The bot as one Node HTTP handler, shared by the long-running entry (`main.ts`) and the
 * serverless one (`serverless.ts`): `{ problem }` (one line: what is wrong, what is expected, what
 * to do) when {@link checkEnvironment} refuses `env`; otherwise the health route, then Probot's
 * webhook middleware behind {@link guardWebhooks}, which refuses oversized, forged and malformed
 * deliveries before Probot reads them. Logs JSON at `info` unless LOG_FORMAT/LOG_LEVEL say
 * otherwise; GitHub is reached through `BotOctokit` (retries within one budget, per-installation
 * write pacing). `NODE_ENV` defaults to `production` in `env`.
 */
export async function createServerHandler(env: NodeJS.ProcessEnv): Promise<ServerHandler> {
  const problem = checkEnvironment(env)
  if (problem) return { problem }
  env.NODE_ENV ??= 'production'
  const probot = createProbot({
    env: { ...env, LOG_FORMAT: env.LOG_FORMAT ?? 'json', LOG_LEVEL: env.LOG_LEVEL ?? 'info' },
    overrides: {
      Octokit: env.WRITE_SPACING_MS
        ? BotOctokit.defaults({ requestPolicy: { writeSpacingMs: Number(env.WRITE_SPACING_MS) } })
        : BotOctokit,
    },
  })
  const path = (env.WEBHOOK_PATH ?? DEFAULT_WEBHOOK_PATH).replace(/\/+$/, '')
  const middleware = await createNodeMiddleware(createModelgateApp({ appId: Number(env.APP_ID) }), {
    probot,
    webhooksPath: path,
  })
  const guarded = guardWebhooks({
    secret: env.WEBHOOK_SECRET!,
    path,
    log: probot.log,
    next: (request, response) =>
      middleware(request, response, () => {
        response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"Not Found"}\n')
      }),
  })
  const handler: RequestHandler = (request, response) => {
    if (isHealthCheck(request)) {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}\n')
      return
    }
    guarded(request, response)
  }
  return { handler, log: probot.log }
}

/**
 * A `GET` (or `HEAD`) of {@link HEALTH_PATH}. It says the process answers HTTP, nothing about
 * GitHub: an outage there must not make an orchestrator restart every replica.
 */
function isHealthCheck(request: IncomingMessage): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  const url = request.url ?? '/'
  const end = url.indexOf('?')
  return (end === -1 ? url : url.slice(0, end)) === HEALTH_PATH
}

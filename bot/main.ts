import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createNodeMiddleware, createProbot } from 'probot'
import { checkEnvironment } from './check-environment.js'
import { createModelgateApp } from './index.js'
import { BotOctokit } from './octokit.js'
import { guardWebhooks } from './webhook-guard.js'

const DEFAULT_WEBHOOK_PATH = '/api/github/webhooks'

/**
 * Production entry (`node lib/bot/main.js`), and the only one: refuses to start on a missing,
 * malformed or placeholder setting with one line on stderr and exit code 1, then serves Probot's
 * webhook middleware on HOST/PORT (Probot's defaults: localhost:3000; set HOST=0.0.0.0 in a
 * container) behind {@link guardWebhooks}, which refuses oversized, forged and malformed deliveries
 * before Probot reads them. Logs JSON unless LOG_FORMAT says otherwise. No state beyond in-memory
 * caches, so it runs as N replicas. GitHub is reached through `BotOctokit`: retries within one
 * budget and per-installation write pacing.
 */
async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const problem = checkEnvironment(env)
  if (problem) {
    process.stderr.write(`modelgate bot: ${problem}\n`)
    process.exitCode = 1
    return
  }
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
  const server = createServer(
    guardWebhooks({
      secret: env.WEBHOOK_SECRET!,
      path,
      log: probot.log,
      next: (request, response) =>
        middleware(request, response, () => {
          response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"Not Found"}\n')
        }),
    }),
  )
  const host = env.HOST || 'localhost'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(env.PORT ? Number(env.PORT) : 3000, host, resolve)
  })
  probot.log.info(`Listening on http://${host}:${(server.address() as AddressInfo).port}`)
}

main().catch((error: unknown) => {
  process.stderr.write(`modelgate bot: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
})

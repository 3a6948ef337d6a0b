import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createServerHandler, DEFAULT_PORT } from './create-server-handler.js'

/**
 * Production entry (`node lib/bot/main.js`): refuses to start on a missing, malformed or
 * placeholder setting with one line on stderr and exit code 1, then serves
 * {@link createServerHandler} (the health route, then Probot's webhook middleware behind the
 * webhook guard) on HOST/PORT (Probot's defaults: localhost:3000; set HOST=0.0.0.0 in a
 * container). No state beyond in-memory caches, so it runs as N replicas. `serverless.ts` serves
 * the same handler without a server of its own.
 */
async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const served = await createServerHandler(env)
  if ('problem' in served) {
    process.stderr.write(`modelgate bot: ${served.problem}\n`)
    process.exitCode = 1
    return
  }
  const server = createServer(served.handler)
  const host = env.HOST || 'localhost'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(env.PORT ? Number(env.PORT) : DEFAULT_PORT, host, resolve)
  })
  served.log.info(`Listening on http://${host}:${(server.address() as AddressInfo).port}`)
}

main().catch((error: unknown) => {
  process.stderr.write(`modelgate bot: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
})

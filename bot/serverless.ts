import type { IncomingMessage, ServerResponse } from 'node:http'
import type { RequestHandler, ServerHandler } from './create-server-handler.js'
import { createServerHandler } from './create-server-handler.js'

/**
 * The bot as a function for a platform that runs the server itself and hands the function Node's
 * `(request, response)`, the body unread (the guard reads and verifies the bytes): the same handler as `main.ts` ({@link createServerHandler}: the health route, the webhook
 * guard, Probot's middleware), built on the first request from `env` (read then, not at import).
 * A refused environment answers every request 503 and writes the one-line reason to stderr, the
 * function's log; the reason never goes into the answer, which anyone can read.
 */
export function createServerlessHandler(env: NodeJS.ProcessEnv = process.env): RequestHandler {
  let served: Promise<ServerHandler> | undefined
  return (request: IncomingMessage, response: ServerResponse) => {
    served ??= createServerHandler(env)
    served.then(
      (ready) => {
        if ('handler' in ready) return ready.handler(request, response)
        process.stderr.write(`modelgate bot: ${ready.problem}\n`)
        refuse(response, 503, 'the bot is not configured: its log says which setting to fix')
      },
      (error: unknown) => {
        served = undefined // the next request tries again
        process.stderr.write(`modelgate bot: ${error instanceof Error ? error.message : String(error)}\n`)
        refuse(response, 500, 'the bot could not start: its log says why')
      },
    )
  }
}

function refuse(response: ServerResponse, status: number, error: string): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(`${JSON.stringify({ error })}\n`)
}

/** The default export for platforms that take one (Vercel); `handler` for those that take a name. */
export const handler = createServerlessHandler()
export default handler

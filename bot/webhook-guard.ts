import { createHmac, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Logger } from 'probot'
import { checkPayload } from './check-payload.js'

/** GitHub caps a webhook payload at 25 MB; it never sends a larger one. */
export const MAX_WEBHOOK_BYTES = 25 * 1024 * 1024

/** How long a refused sender still has to read the answer before its connection is closed. */
const REFUSAL_GRACE_MS = 1_000

export interface WebhookGuardOptions {
  /** The webhook secret: deliveries are verified against it before anything parses them. */
  secret: string
  /** Where deliveries arrive (`/api/github/webhooks`); other paths go straight to `next`. */
  path: string
  log: Pick<Logger, 'warn' | 'debug'>
  /** Largest body accepted, in bytes (default {@link MAX_WEBHOOK_BYTES}). */
  maxBytes?: number
  /** Probot's middleware: gets every request the guard lets through, the body already read. */
  next: (request: IncomingMessage, response: ServerResponse) => unknown
}

/** What the guard passes on: the body it read, where `@octokit/webhooks` looks for one first. */
type ReadRequest = IncomingMessage & { rawBody?: Uint8Array }

/**
 * The HTTP handler in front of Probot's webhook middleware, which would otherwise read any body
 * whole, decode it and parse it before checking its signature (a forged 100 MB POST held ~1 GB).
 * In order, each refusal answered at once and logged once (delivery id, event, size; never the payload):
 *
 * 1. a `Content-Length` over the cap: 413, before reading a byte;
 * 2. a body that grows over the cap while streaming (no or a false length): 413, the connection closed;
 * 3. a signature that does not match the body's bytes: 400 (a forged delivery), before parsing;
 * 4. a body that is not JSON, an event GitHub does not send this App, or a payload whose fields the
 *    handlers read have the wrong shape ({@link checkPayload}): 400, before any handler runs.
 *
 * A known event with an action the bot ignores is answered 200 without reaching Probot. The rest
 * reaches Probot with the body already read, so it is never read twice.
 */
export function guardWebhooks(options: WebhookGuardOptions) {
  const maxBytes = options.maxBytes ?? MAX_WEBHOOK_BYTES
  return (request: IncomingMessage, response: ServerResponse): void => {
    if (request.method !== 'POST' || pathOf(request) !== options.path) {
      void options.next(request, response)
      return
    }
    const delivery = {
      delivery: header(request, 'x-github-delivery'),
      event: header(request, 'x-github-event'),
    }
    const refuse = (status: number, reason: string, bytes: number) => {
      options.log.warn({ ...delivery, bytes, status }, `webhook delivery refused: ${reason}`)
      const body = `${JSON.stringify({ error: reason })}\n`
      // The rest of a refused body is discarded as it comes, never kept; after a grace for the
      // sender to read the answer, the connection is closed. Not `connection: close`: Node then
      // destroys the socket as soon as the answer is written, and the reset can reach the sender first.
      request.resume()
      response.once('finish', () => {
        if (!request.complete) setTimeout(() => request.destroy(), REFUSAL_GRACE_MS).unref()
      })
      response.writeHead(status, { 'content-type': 'application/json' }).end(body)
    }
    const declared = request.headers['content-length']
    if (declared !== undefined && !(Number(declared) <= maxBytes)) {
      refuse(413, `the body is ${declared} bytes, over GitHub's cap of ${maxBytes}`, Number(declared) || 0)
      return
    }
    void readBody(request, maxBytes).then((body) => {
      if (body === 'aborted') return // the sender went away: nobody to answer
      if (body === 'too-large') {
        refuse(413, `the body is over GitHub's cap of ${maxBytes} bytes`, maxBytes + 1)
        return
      }
      if (!signatureMatches(options.secret, body, request.headers['x-hub-signature-256'])) {
        refuse(
          400,
          'the signature does not match the body (a forged delivery, or another webhook secret)',
          body.length,
        )
        return
      }
      let payload: unknown
      try {
        payload = JSON.parse(body.toString('utf8'))
      } catch {
        refuse(400, 'the body is not JSON', body.length)
        return
      }
      const verdict = checkPayload(delivery.event, payload)
      if (verdict.kind === 'malformed') {
        refuse(400, `malformed payload: ${verdict.problem}`, body.length)
        return
      }
      if (verdict.kind === 'ignored') {
        options.log.debug({ ...delivery, bytes: body.length }, 'webhook delivery ignored: nothing to do')
        response.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n')
        return
      }
      const read = request as ReadRequest
      read.body = payload as Record<string, unknown> // checkPayload: an object
      read.rawBody = body
      void options.next(request, response)
    })
  }
}

/** The body; `too-large` once it grows over `maxBytes` (then it is no longer read). */
function readBody(request: IncomingMessage, maxBytes: number): Promise<Buffer | 'too-large' | 'aborted'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    const stop = (result: Buffer | 'too-large' | 'aborted') => {
      request.off('data', onData)
      request.off('end', onEnd)
      request.off('error', onError)
      resolve(result)
    }
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBytes) {
        chunks.length = 0
        stop('too-large')
      } else chunks.push(chunk)
    }
    const onEnd = () => stop(Buffer.concat(chunks, size))
    const onError = () => stop('aborted')
    request.on('data', onData)
    request.on('end', onEnd)
    request.on('error', onError)
  })
}

/** Whether `x-hub-signature-256` is the HMAC-SHA256 of exactly these bytes under `secret`. */
function signatureMatches(secret: string, body: Buffer, signature: string | string[] | undefined): boolean {
  if (typeof signature !== 'string' || !/^sha256=[0-9a-f]{64}$/.test(signature)) return false
  const expected = createHmac('sha256', secret).update(body).digest()
  return timingSafeEqual(expected, Buffer.from(signature.slice('sha256='.length), 'hex'))
}

/** A header as one short string for the log (attacker-chosen: capped, never the payload). */
function header(request: IncomingMessage, name: string): string {
  const value = request.headers[name]
  return (Array.isArray(value) ? value.join(',') : (value ?? '')).slice(0, 100)
}

function pathOf(request: IncomingMessage): string {
  const url = request.url ?? '/'
  const end = url.search(/[?#]/)
  return (end === -1 ? url : url.slice(0, end)).replace(/\/+$/, '')
}

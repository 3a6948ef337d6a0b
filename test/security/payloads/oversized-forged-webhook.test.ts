import { readFileSync } from 'node:fs'
import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Emulator } from '../../../sandbox/emulator.js'
import type { Bot } from '../../support/bot-harness.js'
import { startBot, waitFor } from '../../support/bot-harness.js'
import { createHmac, randomUUID } from 'node:crypto'

/*
 * Attack: anyone who can reach the webhook URL (no secret needed) POSTs a huge body. Probot's
 * middleware read it whole, decoded it and parsed it before checking the signature: a forged
 * 100 MB POST held ~1 GB of the bot's memory, 300 MB → 3.2 GB, and the refusal logged the payload
 * (a forged 5 MB body produced 15 MiB of log). Now a body over GitHub's 25 MB cap is refused with
 * 413 before it is read (by its Content-Length, or while it streams), a forged one with 400 before
 * it is parsed, and each refusal is one log line with the delivery id, event and size.
 */

const MB = 1024 * 1024
const MARKER = 'FORGED-PAYLOAD-'

let gh: Emulator
let bot: Bot

beforeAll(async () => {
  gh = await Emulator.start()
  bot = await startBot({ appPath: 'lib/bot/main.js', emulator: gh, env: { LOG_LEVEL: 'info' } })
}, 60_000)

afterAll(async () => {
  await bot?.stop()
  await gh?.stop()
})

/** The bot's peak resident memory so far (Linux `VmHWM`), in bytes. */
function peakMemory(): number {
  const status = readFileSync(`/proc/${bot.pid}/status`, 'utf8')
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) * 1024
}

interface Post {
  /** Bytes of body to offer. */
  size: number
  /** Send a Content-Length header (else chunked). */
  declared: boolean
  /** Sign the body with the real secret (else a forged signature). */
  signed?: boolean
}

/**
 * POSTs `size` bytes of JSON-ish filler in 1 MB chunks, as fast as the bot takes them, and stops
 * writing once it answers. Resolves with the status and how many bytes were written.
 */
function post({ size, declared, signed = false }: Post, id: string) {
  const chunk = Buffer.from(MARKER.repeat(Math.ceil(MB / MARKER.length)).slice(0, MB))
  const signature = signed
    ? createHmac('sha256', bot.secret)
        .update(Buffer.concat(Array.from({ length: size / MB }, () => chunk)))
        .digest('hex')
    : '0'.repeat(64)
  return new Promise<{ status: number; written: number }>((resolve) => {
    let written = 0
    let status = 0
    const req = request(bot.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-github-event': 'pull_request',
        'x-github-delivery': id,
        'x-hub-signature-256': `sha256=${signature}`,
        ...(declared ? { 'content-length': String(size) } : {}),
      },
    })
    const finish = () => resolve({ status, written })
    req.on('response', (response) => {
      status = response.statusCode ?? 0
      response.resume()
      response.on('end', finish)
    })
    req.on('error', finish) // the bot may close the connection on a refused body
    const pump = () => {
      while (written < size && status === 0) {
        written += chunk.length
        if (!req.write(chunk)) return void req.once('drain', pump)
      }
      req.end()
    }
    pump()
  })
}

describe('a webhook body over GitHub’s 25 MB cap, or forged', () => {
  it.each([
    {
      name: 'forged 100 MB with its Content-Length',
      size: 100 * MB,
      declared: true,
      expected: 413,
      growth: 40 * MB,
    },
    {
      name: 'forged 100 MB, chunked (no length)',
      size: 100 * MB,
      declared: false,
      expected: 413,
      growth: 40 * MB,
    },
    {
      name: 'signed 30 MB, chunked (a real signature does not lift the cap)',
      size: 30 * MB,
      declared: false,
      signed: true,
      expected: 413,
      growth: 60 * MB,
    },
    { name: 'forged 5 MB, under the cap', size: 5 * MB, declared: true, expected: 400, growth: 20 * MB },
  ])(
    '$name: $expected, memory bounded, one log line without the payload',
    async ({ expected, growth, ...body }) => {
      const id = randomUUID()
      const before = peakMemory()
      const logsFrom = bot.logs().length
      const { status } = await post(body, id)
      expect(status).toBe(expected)
      // Never held whole over the cap, never decoded or parsed before its signature: the peak stays low.
      expect(peakMemory() - before).toBeLessThan(growth)
      await waitFor(() =>
        bot
          .logs()
          .slice(logsFrom)
          .some((line) => line.delivery === id),
      )
      const lines = bot.logs().slice(logsFrom)
      const refusal = lines.filter((line) => line.delivery === id)
      expect(refusal).toHaveLength(1)
      expect(refusal[0]).toMatchObject({ level: 40, event: 'pull_request', status: expected })
      expect(refusal[0]!.bytes).toBeGreaterThan(0)
      expect(JSON.stringify(lines)).not.toContain(MARKER)
      expect(JSON.stringify(lines).length).toBeLessThan(4_000)
      expect(bot.stderr()).toBe('')
    },
    60_000,
  )

  it('still answers a genuine delivery afterwards', async () => {
    const response = await bot.deliver('ping', { zen: 'Keep it logically awesome.', hook_id: 1 })
    expect(response.status).toBe(200)
  })
})

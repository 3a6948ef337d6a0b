import { spawn } from 'node:child_process'
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

/** The production entry, as a deployment starts it: `node lib/bot/main.js` (built by the global setup). */
const MAIN = join(process.cwd(), 'lib', 'bot', 'main.js')
const cwd = mkdtempSync(join(tmpdir(), 'bot-main-')) // no .env to read
afterAll(() => rmSync(cwd, { recursive: true, force: true }))

const { privateKey } = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
})

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as { port: number }
  await new Promise((done) => server.close(done))
  return port
}

/** Runs main.js with exactly `env` (plus PATH) until it exits or prints `until`, then stops it. */
function start(env: Record<string, string>, until?: RegExp) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, [MAIN], { cwd, env: { PATH: process.env.PATH ?? '', ...env } })
    let stdout = ''
    let stderr = ''
    const timer = setTimeout(() => child.kill(), 15_000)
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      if (until?.test(stdout)) child.kill()
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('close', (code) => {
      clearTimeout(timer)
      done({ code, stdout, stderr })
    })
  })
}

const secret = randomBytes(24).toString('hex')

describe('the bot’s production entry', () => {
  it.each([
    [{}, 'APP_ID is not set to a number: set it to the GitHub App id shown on the App settings page'],
    [{ APP_ID: '7' }, 'PRIVATE_KEY (or PRIVATE_KEY_PATH) is not set: give the App private key in PEM form'],
    [
      { APP_ID: '7', PRIVATE_KEY: privateKey },
      'WEBHOOK_SECRET is not set: set it to the webhook secret of the GitHub App',
    ],
    [
      { APP_ID: '7', PRIVATE_KEY: privateKey, WEBHOOK_SECRET: 'development' },
      'WEBHOOK_SECRET is "development", Probot\'s placeholder: set the webhook secret of the GitHub App',
    ],
  ])('refuses to start with %j: one line, exit 1, no stack', async (env, message) => {
    const result = await start(env)
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(`modelgate bot: ${message}\n`)
    expect(result.stdout).toBe('')
  })

  it('starts with real credentials, listening where HOST and PORT say and logging JSON', async () => {
    const port = await freePort()
    const result = await start(
      { APP_ID: '7', PRIVATE_KEY: privateKey, WEBHOOK_SECRET: secret, HOST: '127.0.0.1', PORT: String(port) },
      /Listening on/,
    )
    const listening = result.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { msg?: string })
      .find((line) => line.msg?.includes('Listening on'))
    expect(listening?.msg).toContain(`http://127.0.0.1:${port}`)
    expect(result.stdout + result.stderr).not.toContain(secret)
  }, 20_000)
})

import { spawn } from 'node:child_process'
import { createHmac, generateKeyPairSync, randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { HEALTH_PATH } from '../../bot/create-server-handler.js'

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
  // Titled by the message, never the environment: a title that prints PRIVATE_KEY is a leaked key to a secret scanner.
  const refusals: [Record<string, string>, string][] = [
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
    [
      { APP_ID: '0', PRIVATE_KEY: privateKey, WEBHOOK_SECRET: secret },
      'APP_ID is "0", not a GitHub App id (a positive whole number): set it to the App id shown on the App settings page',
    ],
    [
      { APP_ID: '7', PRIVATE_KEY: 'my-key', WEBHOOK_SECRET: secret },
      'PRIVATE_KEY is not a PEM private key: give the whole .pem file GitHub generated for the App, BEGIN and END lines included',
    ],
    [
      {
        APP_ID: '7',
        PRIVATE_KEY: '-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n',
        WEBHOOK_SECRET: secret,
      },
      'PRIVATE_KEY does not parse as a PEM private key: give the whole .pem file GitHub generated for the App, BEGIN and END lines included',
    ],
    [
      { APP_ID: '7', PRIVATE_KEY_PATH: cwd, WEBHOOK_SECRET: secret },
      `PRIVATE_KEY_PATH names ${cwd}, which is a folder: name the .pem file GitHub generated for the App`,
    ],
    [
      { APP_ID: '7', PRIVATE_KEY: privateKey, WEBHOOK_SECRET: secret, GHE_HOST: 'https://ghe.example.com' },
      'GHE_HOST is "https://ghe.example.com", not a host name: give the host alone (github.example.com, or host:port), and the scheme in GHE_PROTOCOL',
    ],
    [
      { APP_ID: '7', PRIVATE_KEY: privateKey, WEBHOOK_SECRET: secret, GHE_PROTOCOL: 'ftp' },
      'GHE_PROTOCOL is "ftp": use https (or http), or unset it',
    ],
    [
      { APP_ID: '7', PRIVATE_KEY: privateKey, WEBHOOK_SECRET: secret, PORT: 'abc' },
      'PORT is "abc", not a port number (0 to 65535): set the port to listen on, or unset it for 3000',
    ],
    [
      { APP_ID: '7', PRIVATE_KEY: privateKey, WEBHOOK_SECRET: secret, LOG_LEVEL: 'loud' },
      'LOG_LEVEL is "loud", not a log level: use one of trace, debug, info, warn, error, fatal, silent, or unset it for info',
    ],
    [
      { APP_ID: '7', PRIVATE_KEY: privateKey, WEBHOOK_SECRET: secret, LOG_FORMAT: 'xml' },
      'LOG_FORMAT is "xml": use json or pretty, or unset it for json',
    ],
  ]
  it.each(refusals.map(([env, message]) => ({ env, message })))(
    'refuses to start: $message',
    async ({ env, message }) => {
      const result = await start(env)
      expect(result.code).toBe(1)
      expect(result.stderr).toBe(`modelgate bot: ${message}\n`)
      expect(result.stdout).toBe('')
    },
  )

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

  it('answers GET /healthz with 200 {"status":"ok"} without touching GitHub; other methods and paths are not the health route', async () => {
    const port = await freePort()
    const child = spawn(process.execPath, [MAIN], {
      cwd,
      env: {
        PATH: process.env.PATH ?? '',
        APP_ID: '7',
        PRIVATE_KEY: privateKey,
        WEBHOOK_SECRET: secret,
        HOST: '127.0.0.1',
        PORT: String(port),
        GHE_HOST: '127.0.0.1:9', // nothing listens there: the health route must not ask GitHub
        GHE_PROTOCOL: 'http',
      },
    })
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    try {
      await expect.poll(() => stdout, { timeout: 15_000 }).toContain('Listening on')
      const base = `http://127.0.0.1:${port}`
      const health = await fetch(`${base}${HEALTH_PATH}?probe=1`)
      expect([health.status, health.headers.get('content-type'), await health.text()]).toEqual([
        200,
        'application/json',
        '{"status":"ok"}\n',
      ])
      expect((await fetch(`${base}${HEALTH_PATH}`, { method: 'HEAD' })).status).toBe(200)
      expect((await fetch(`${base}${HEALTH_PATH}`, { method: 'POST', body: '{}' })).status).toBe(404)
      expect((await fetch(`${base}/health`)).status).toBe(404)
    } finally {
      child.kill()
    }
  }, 30_000)

  it('refuses the development path `probot run lib/bot/index.js` (Probot’s server, unguarded), even with the "development" secret', async () => {
    const probot = join(process.cwd(), 'node_modules', 'probot', 'bin', 'probot.js')
    const result = await new Promise<{ code: number | null; stderr: string }>((done) => {
      const child = spawn(process.execPath, [probot, 'run', join(process.cwd(), 'lib', 'bot', 'index.js')], {
        cwd,
        env: {
          PATH: process.env.PATH ?? '',
          APP_ID: '7',
          PRIVATE_KEY: privateKey,
          WEBHOOK_SECRET: 'development',
          PORT: '0',
        },
      })
      let stderr = ''
      const timer = setTimeout(() => child.kill(), 15_000)
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      child.on('close', (code) => {
        clearTimeout(timer)
        done({ code, stderr })
      })
    })
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      'modelgate bot: `probot run lib/bot/index.js` is not supported (its server reads any body before checking the signature): run `node lib/bot/main.js`\n',
    )
  }, 20_000)

  it('against an unreachable GitHub, gives up within the retry budget and logs "connection refused to <host>", never "HTTP 500"', async () => {
    const [port, github] = [await freePort(), await freePort()]
    const child = spawn(process.execPath, [MAIN], {
      cwd,
      env: {
        PATH: process.env.PATH ?? '',
        APP_ID: '7',
        PRIVATE_KEY: privateKey,
        WEBHOOK_SECRET: secret,
        HOST: '127.0.0.1',
        PORT: String(port),
        GHE_HOST: `127.0.0.1:${github}`,
        GHE_PROTOCOL: 'http',
      },
    })
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    try {
      await expect.poll(() => stdout, { timeout: 15_000 }).toContain('Listening on')
      const sha = 'a'.repeat(40)
      const body = JSON.stringify({
        action: 'opened',
        installation: { id: 1 },
        repository: { name: 'models', owner: { login: 'acme' }, default_branch: 'main' },
        pull_request: {
          number: 1,
          state: 'open',
          user: { login: 'ana' },
          base: { ref: 'main', sha },
          head: { sha: 'b'.repeat(40) },
          labels: [],
        },
      })
      const started = Date.now()
      const response = await fetch(`http://127.0.0.1:${port}/api/github/webhooks`, {
        method: 'POST',
        body,
        headers: {
          'content-type': 'application/json',
          'x-github-event': 'pull_request',
          'x-github-delivery': 'unreachable-1',
          'x-hub-signature-256': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`,
        },
      })
      const took = Date.now() - started
      expect(response.status).toBe(500) // the check could not be written: GitHub will redeliver
      // One budget (8 s of waiting) for the evaluation's reads, their retries and the check write.
      expect(took).toBeLessThan(15_000) // it took ≈ 76 s before
      expect(stdout).toContain(`connection refused to 127.0.0.1:${github}`)
      expect(stdout).not.toMatch(/HTTP 500/)
    } finally {
      child.kill()
    }
  }, 40_000)
})

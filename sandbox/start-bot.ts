// A Probot app as its own process against the emulator: for the tests, the playground and the demo.
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { createHmac, generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { parse } from 'yaml'
import type { Emulator } from './emulator.js'
import type { App } from './state.js'

/** One line Probot logged (pino, `LOG_FORMAT=json`): `level` 10 trace … 60 fatal. */
export interface BotLogLine {
  level: number
  msg: string
  name?: string
  time?: number
  [key: string]: unknown
}

export interface DeliverOptions {
  /**
   * The `x-hub-signature-256` header: computed from the harness's secret when absent, sent as
   * given when a string, left out when `false` (an unsigned delivery).
   */
  signature?: string | false
  /** The `x-github-delivery` id (a fresh UUID when absent; GitHub keeps it on redelivery). */
  id?: string
  /** The body sent as is instead of `JSON.stringify(payload)` (a body that is not JSON); signed like any other. */
  rawBody?: string
}

export interface StartBotOptions {
  /**
   * What to run, absolute or relative to the working directory: a Probot app module (`export
   * default (app) => …`) under `probot run`, or, when it ends in `main.js`, an entry that starts
   * Probot's server itself (the bot's production `lib/bot/main.js`), under `node`.
   */
  appPath: string
  emulator: Emulator
  /** Extra environment for the bot (wins over the harness's own, e.g. `{ LOG_LEVEL: 'info' }`). */
  env?: Record<string, string>
  /** The App's slug in the emulator (default `probot-harness`). */
  slug?: string
  /**
   * A GitHub App manifest (`app.yml`): the App is registered with its `default_permissions` and
   * `default_events` (the emulator then sends it no other event) instead of the emulator's broad defaults.
   */
  manifest?: string
  /** How long the server may take to say "Listening on" (default 20 s). */
  startTimeoutMs?: number
  /**
   * Runs another process of that bot's App (its id, key and secret; `slug` and `manifest` are not
   * used): the emulator then delivers each webhook to one of the App's processes in turn, as a
   * load balancer would. A stopped process leaves the rotation.
   */
  replicaOf?: Bot
}

export interface Bot {
  /** The App as registered in the emulator: `emulator.install(bot.app, owner)` to install it. */
  app: App
  /** The bot's webhook URL (`http://127.0.0.1:<port>/api/github/webhooks`). */
  url: string
  /** The webhook secret shared by the bot and the emulator. */
  secret: string
  /** The bot process's id. */
  pid: number
  /** Posts a delivery to the bot, as GitHub does; resolves once the bot answered (after its handlers ran). */
  deliver(event: string, payload: unknown, options?: DeliverOptions): Promise<Response>
  /** Every JSON log line the bot printed so far. */
  logs(): BotLogLine[]
  /** What the bot printed on stderr so far (Probot prints there only when it fails badly). */
  stderr(): string
  /** Stops the bot (SIGTERM, then SIGKILL after 5 s); safe to call twice. */
  stop(): Promise<void>
}

/** Probot's own CLI, as `npx probot` would run it (found from here, bundled or not). */
const PROBOT_BIN = resolve(
  dirname(createRequire(import.meta.url).resolve('probot')),
  '..',
  'bin',
  'probot.js',
)

/**
 * Environment variables Probot reads: never inherited from the developer's shell, so a stray
 * `REDIS_URL`, `WEBHOOK_PROXY_URL` or `GHE_HOST` cannot change what the test runs against.
 */
const PROBOT_ENV = [
  'APP_ID',
  'PRIVATE_KEY',
  'PRIVATE_KEY_PATH',
  'WEBHOOK_SECRET',
  'WEBHOOK_PATH',
  'WEBHOOK_PROXY_URL',
  'GHE_HOST',
  'GHE_PROTOCOL',
  'GH_ORG',
  'HOST',
  'PORT',
  'LOG_FORMAT',
  'LOG_LEVEL',
  'LOG_LEVEL_IN_STRING',
  'LOG_MESSAGE_KEY',
  'REDIS_URL',
  'SENTRY_DSN',
  'NO_SMEE_SETUP',
  'NODE_OPTIONS',
]

/** Each App's credentials, for starting more processes of it ({@link StartBotOptions.replicaOf}). */
const credentials = new WeakMap<App, { privateKey: string; secret: string }>()

/** Registers the App in the emulator with a throwaway RSA key and a random webhook secret. */
function registerApp(
  options: StartBotOptions,
  webhookUrl: string,
): { app: App; privateKey: string; secret: string } {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  })
  const secret = randomBytes(24).toString('hex')
  const manifest = options.manifest
    ? (parse(readFileSync(options.manifest, 'utf8')) as {
        default_permissions: Record<string, string>
        default_events: string[]
      })
    : undefined
  const app = options.emulator.registerApp({
    slug: options.slug ?? 'probot-harness',
    publicKey,
    webhookUrl,
    webhookSecret: secret,
    ...(manifest ? { permissions: manifest.default_permissions, events: manifest.default_events } : {}),
  })
  credentials.set(app, { privateKey, secret })
  return { app, privateKey, secret }
}

/**
 * Runs a Probot app as production does: `probot run <app>` in its own process, as a GitHub App
 * registered in the emulator (a throwaway RSA key, a random webhook secret), talking to the
 * emulator in GHE mode (`GHE_HOST=127.0.0.1:<port>`, `GHE_PROTOCOL=http`, so `…/api/v3`). Webhooks
 * the emulator emits reach it signed; {@link Bot.deliver} sends hand-made ones.
 *
 * @example
 * const bot = await startBot({ appPath: 'test/fixtures/bot/app.js', emulator: gh })
 * gh.install(bot.app, 'acme')
 * // … make the emulator emit a webhook, then: await gh.webhooks.settled()
 * await bot.stop()
 */
export async function startBot(options: StartBotOptions): Promise<Bot> {
  const { emulator } = options
  const webhookUrl = (port: number) => `http://127.0.0.1:${port}/api/github/webhooks`
  let port = await freePort()
  const { app, privateKey, secret } = options.replicaOf
    ? { app: options.replicaOf.app, ...credentials.get(options.replicaOf.app)! }
    : registerApp(options, webhookUrl(port))
  const appPath = resolve(options.appPath)
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !PROBOT_ENV.includes(name)),
  )

  // A free port can be taken between our probe and Probot's listen: try a few.
  let lastError: unknown
  for (let attempt = 0; attempt < 3; attempt++) {
    if (attempt > 0) {
      port = await freePort()
      if (!options.replicaOf) app.webhookUrl = webhookUrl(port)
    }
    const url = webhookUrl(port)
    // Probot reads `.env` from its working directory over the environment: give it an empty one.
    const cwd = mkdtempSync(join(tmpdir(), 'probot-harness-'))
    const env: NodeJS.ProcessEnv = {
      ...inherited,
      NODE_ENV: 'test',
      APP_ID: String(app.id),
      PRIVATE_KEY: privateKey,
      WEBHOOK_SECRET: secret,
      PORT: String(port),
      HOST: '127.0.0.1',
      GHE_HOST: new URL(emulator.url).host,
      GHE_PROTOCOL: 'http',
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'debug',
      ...options.env,
    }
    const command = appPath.endsWith('main.js') ? [appPath] : [PROBOT_BIN, 'run', appPath]
    const child = spawn(process.execPath, command, {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const bot = watch(child, { app, url, secret, cwd })
    try {
      await bot.listening(options.startTimeoutMs ?? 20_000)
      if (options.replicaOf) app.replicaUrls = [...(app.replicaUrls ?? [app.webhookUrl!]), url]
      return bot.handle
    } catch (error) {
      lastError = error
      await bot.handle.stop()
      if (!/already in use|EADDRINUSE/.test(String(error))) break
    }
  }
  throw lastError
}

/** A TCP port nobody listens on right now (someone may take it before you listen on it). */
export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

function watch(
  child: ChildProcess,
  context: { app: App; url: string; secret: string; cwd: string },
): { handle: Bot; listening: (timeoutMs: number) => Promise<void> } {
  const lines: BotLogLine[] = []
  let stderr = ''
  let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined
  const waiters = new Set<() => void>()
  const notify = () => waiters.forEach((waiter) => waiter())

  createInterface({ input: child.stdout! }).on('line', (line) => {
    try {
      const parsed = JSON.parse(line) as unknown
      lines.push(
        typeof parsed === 'object' && parsed !== null
          ? (parsed as BotLogLine)
          : { level: 30, msg: String(parsed) },
      )
    } catch {
      lines.push({ level: 30, msg: line, raw: true })
    }
    notify()
  })
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk
    notify()
  })
  const exit = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = { code, signal }
      notify()
      resolve()
    })
  })
  // Never leave a bot behind when the test process itself goes away.
  const onExit = () => child.kill('SIGKILL')
  process.once('exit', onExit)

  const transcript = () =>
    `${lines.map((line) => JSON.stringify(line)).join('\n')}${stderr ? `\nstderr:\n${stderr}` : ''}`

  const listening = (timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (lines.some((line) => typeof line.msg === 'string' && line.msg.startsWith('Listening on'))) {
          done()
          resolve()
        } else if (exited) {
          done()
          reject(
            new Error(`probot exited (${exited.code ?? exited.signal}) before listening:\n${transcript()}`),
          )
        }
      }
      const timer = setTimeout(() => {
        done()
        reject(new Error(`probot did not listen within ${timeoutMs} ms:\n${transcript()}`))
      }, timeoutMs)
      const done = () => {
        clearTimeout(timer)
        waiters.delete(check)
      }
      waiters.add(check)
      check()
    })

  let stopping: Promise<void> | undefined
  const handle: Bot = {
    app: context.app,
    url: context.url,
    secret: context.secret,
    pid: child.pid ?? -1,
    deliver(event, payload, options = {}) {
      const body = options.rawBody ?? JSON.stringify(payload)
      const signature =
        options.signature ?? `sha256=${createHmac('sha256', context.secret).update(body).digest('hex')}`
      return fetch(context.url, {
        method: 'POST',
        body,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'GitHub-Hookshot/bot-harness',
          'x-github-event': event,
          'x-github-delivery': options.id ?? randomUUID(),
          ...(signature === false ? {} : { 'x-hub-signature-256': signature }),
        },
      })
    },
    logs: () => [...lines],
    stderr: () => stderr,
    stop() {
      stopping ??= (async () => {
        process.removeListener('exit', onExit)
        const { app } = context
        if (app.replicaUrls) app.replicaUrls = app.replicaUrls.filter((url) => url !== context.url)
        if (!exited) {
          child.kill('SIGTERM')
          const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
          await exit
          clearTimeout(timer)
        }
        rmSync(context.cwd, { recursive: true, force: true })
      })()
      return stopping
    },
  }
  return { handle, listening }
}

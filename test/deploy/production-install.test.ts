import { execFile, spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HEALTH_PATH } from '../../bot/create-server-handler.js'

/*
 * The bot from a production install, as the Dockerfile's runtime stage and docs/deploy.md make it:
 * package.json and package-lock.json (plus the prepare script npm runs) in an empty folder,
 * `npm ci --omit=dev` (from the npm cache when it holds the packages), then the bot's lib/ (built
 * by the global setup). Every import of the built entries must resolve from the runtime
 * dependencies alone: a dev dependency imported at run time fails here.
 */

const root = process.cwd()
const folder = mkdtempSync(join(tmpdir(), 'production-install-'))
/** The environment without npm's own variables: the parent `npm test` must not configure the install. */
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)))
let install: { stdout: string; stderr: string }

beforeAll(async () => {
  for (const file of ['package.json', 'package-lock.json', 'scripts/prepare.mjs'])
    cpSync(join(root, file), join(folder, file))
  install = await promisify(execFile)(
    'npm',
    ['ci', '--omit=dev', '--ignore-scripts=false', '--prefer-offline', '--no-audit', '--no-fund'],
    { cwd: folder, env },
  )
  cpSync(join(root, 'lib', 'bot'), join(folder, 'lib', 'bot'), { recursive: true })
}, 180_000)

afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** Runs `node <entry>` in the install with exactly `vars` (plus PATH) until it exits or prints `until`. */
function run(entry: string, vars: Record<string, string>, until?: RegExp) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, [entry], { cwd: folder, env: { PATH: env.PATH ?? '', ...vars } })
    let [stdout, stderr] = ['', '']
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

describe('a production install (npm ci --omit=dev)', () => {
  it('succeeds, builds nothing and installs no dev dependency', () => {
    expect(install.stdout).toContain(
      'modelgate: esbuild is not installed (a production install): nothing to build',
    )
    for (const tool of ['esbuild', 'typescript', 'vitest', 'eslint'])
      expect(existsSync(join(folder, 'node_modules', tool)), tool).toBe(false)
    expect(existsSync(join(folder, 'node_modules', 'probot'))).toBe(true)
  })

  it('runs the bot: every import resolves, and a refused environment gets the one-line refusal', async () => {
    const result = await run('lib/bot/main.js', {})
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'modelgate bot: APP_ID is not set to a number: set it to the GitHub App id shown on the App settings page\n',
    })
  })

  it('starts the bot and serves the health route, writing nothing into its folder or HOME (the image’s root filesystem can be read-only)', async () => {
    const files = () => readdirSync(folder, { recursive: true }).map(String).sort()
    const before = files()
    const home = mkdtempSync(join(tmpdir(), 'production-home-'))
    const { privateKey } = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    })
    const child = spawn(process.execPath, ['lib/bot/main.js'], {
      cwd: folder,
      env: {
        PATH: env.PATH ?? '',
        APP_ID: '7',
        PRIVATE_KEY: privateKey,
        WEBHOOK_SECRET: randomBytes(24).toString('hex'),
        HOST: '127.0.0.1',
        PORT: '0',
        HOME: home,
      },
    })
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    try {
      await expect.poll(() => stdout, { timeout: 15_000 }).toContain('Listening on')
      const origin = /http:\/\/127\.0\.0\.1:\d+/.exec(stdout)![0]
      const response = await fetch(`${origin}${HEALTH_PATH}`)
      expect([response.status, await response.text()]).toEqual([200, '{"status":"ok"}\n'])
    } finally {
      child.kill()
    }
    expect(files()).toEqual(before)
    expect(readdirSync(home)).toEqual([])
    rmSync(home, { recursive: true, force: true })
  }, 30_000)

  it('loads the serverless entry', async () => {
    const loaded = await promisify(execFile)(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const m = await import('./lib/bot/serverless.js'); console.log(typeof m.default)",
      ],
      { cwd: folder, env: { PATH: env.PATH ?? '' } },
    )
    expect(loaded.stdout).toBe('function\n')
  })
})

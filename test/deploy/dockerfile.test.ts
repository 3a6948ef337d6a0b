import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DEFAULT_PORT, HEALTH_PATH } from '../../bot/create-server-handler.js'
import { argsOf, parseDockerfile } from '../support/dockerfile.js'

/*
 * Docker is not available where the tests run, so the Dockerfile is held to the bot by reading it:
 * the port, the health route and the entry are the ones the bot serves, the image runs as a user
 * other than root, and no dev dependency reaches the runtime stage.
 */

const stages = parseDockerfile(readFileSync('Dockerfile', 'utf8'))
const runtime = stages.at(-1)!
const stage = (name: string) => stages.find((s) => s.name === name)!

describe('the Dockerfile', () => {
  it('builds in stages, the image being the last one', () => {
    expect(stages.map((s) => s.name)).toEqual(['build', 'deps', 'runtime'])
  })

  it('runs as a user other than root, by number (so Kubernetes runAsNonRoot can check it)', () => {
    const users = argsOf(runtime, 'USER')
    expect(users).toHaveLength(1)
    expect(users[0]).toMatch(/^[1-9]\d*(:[1-9]\d*)?$/)
  })

  it('listens on every interface, on the port it exposes, which is the bot’s default port', () => {
    const env = argsOf(runtime, 'ENV').join(' ')
    expect(env).toContain('HOST=0.0.0.0')
    expect(env).toContain('NODE_ENV=production')
    expect(env).toContain(`PORT=${DEFAULT_PORT}`)
    expect(argsOf(runtime, 'EXPOSE')).toEqual([String(DEFAULT_PORT)])
  })

  it('checks health at the route the entry serves, with node (slim images have no curl)', () => {
    const [check] = argsOf(runtime, 'HEALTHCHECK')
    const command = JSON.parse(check!.slice(check!.indexOf('CMD ') + 4)) as string[]
    expect(command.slice(0, 2)).toEqual(['node', '-e'])
    expect(command[2]).toContain(`'${HEALTH_PATH}'`)
    expect(check).not.toMatch(/curl|wget/)
  })

  it('starts the production entry', () => {
    expect(argsOf(runtime, 'CMD')).toEqual(['["node", "lib/bot/main.js"]'])
  })

  it('installs nothing in the image; its node_modules come from an install without dev dependencies', () => {
    expect(argsOf(runtime, 'RUN')).toEqual([])
    const copies = argsOf(runtime, 'COPY')
    expect(copies).toContain('--from=deps /app/node_modules ./node_modules')
    expect(argsOf(stage('deps'), 'RUN')).toEqual(['npm ci --omit=dev --ignore-scripts --no-audit --no-fund'])
    // From the build stage, which holds every dev dependency, only the compiled bot.
    expect(copies.filter((c) => c.startsWith('--from=build'))).toEqual([
      '--from=build /app/lib/bot ./lib/bot',
    ])
  })

  it('copies files that exist (the build makes lib/bot/main.js)', () => {
    expect(existsSync('lib/bot/main.js')).toBe(true)
    const fromContext = argsOf(runtime, 'COPY').filter((c) => !c.startsWith('--from'))
    const files = fromContext.flatMap((c) => c.split(' ').slice(0, -1))
    expect(files).toEqual(['package.json', 'app.yml'])
    for (const file of files) expect(existsSync(file), file).toBe(true)
  })

  it('is sent no host install, build or secret (.dockerignore)', () => {
    const ignored = readFileSync('.dockerignore', 'utf8').split('\n')
    for (const entry of ['node_modules', 'lib', '.git', '.env', '*.pem']) expect(ignored).toContain(entry)
  })
})

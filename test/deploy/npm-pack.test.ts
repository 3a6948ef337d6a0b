import { execFile } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../support/cli.js'

/*
 * The CLI as `npm install -g modelgate` gives it: `npm pack` in a fresh copy of the repository
 * (no lib/, no dist/: npm runs `prepare`, which builds them), then a global install of the
 * tarball into a temporary prefix from an empty folder, runtime dependencies only, and the
 * installed `modelgate` run on a copy of examples/model-repo. Slow (a build and an install).
 */

const run = promisify(execFile)
const folder = mkdtempSync(join(tmpdir(), 'npm-pack-'))
const source = join(folder, 'source')
const prefix = join(folder, 'global')
const modelgate = join(prefix, 'bin', 'modelgate')
/** Without npm's own variables: the parent `npm test` must not configure the pack or the install. */
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)))
const SKIPPED = new Set(['node_modules', '.git', 'lib', 'dist', 'coverage', 'reports', '.cache'])
let tarball: string
let packed: string[]

beforeAll(async () => {
  cpSync(PROJECT_ROOT, source, {
    recursive: true,
    filter: (path) => !SKIPPED.has(relative(PROJECT_ROOT, path).split(/[\\/]/)[0]!),
  })
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(source, 'node_modules'))
  await run('npm', ['pack', '--pack-destination', folder, '--no-audit', '--no-fund'], { cwd: source, env })
  tarball = join(
    folder,
    readdirSync(folder).find((name) => name.endsWith('.tgz'))!,
  )
  packed = (await run('tar', ['-tzf', tarball])).stdout.split('\n').filter(Boolean).sort()
  const empty = join(folder, 'empty')
  mkdirSync(empty)
  await run(
    'npm',
    [
      'install',
      '-g',
      '--prefix',
      prefix,
      tarball,
      '--omit=dev',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
    ],
    { cwd: empty, env },
  )
}, 300_000)

afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('npm pack, then npm install -g of the tarball', () => {
  it('packs the built CLI, its entry, the schemas and the scaffold workflows, and nothing else', () => {
    expect(packed).toContain('package/lib/cli/modelgate.js')
    expect(packed).toContain('package/bin/modelgate.js')
    expect(packed).toContain('package/schemas/model-manifest.schema.json')
    expect(packed).toContain('package/examples/workflows/modelgate-pr.yml')
    const folders = new Set(packed.map((path) => path.split('/').slice(1, -1)[0] ?? '.'))
    expect([...folders].sort()).toEqual(['.', 'bin', 'examples', 'lib', 'schemas'])
  })

  it('installs a modelgate that validates the example models', async () => {
    const models = join(folder, 'models')
    cpSync(join(PROJECT_ROOT, 'examples', 'model-repo'), models, { recursive: true })
    const result = await run(modelgate, ['validate'], { cwd: models, env })
    expect(result.stdout).toMatch(/4 files valid/)
  })

  it('prints its help', async () => {
    const result = await run(modelgate, ['--help'], { cwd: folder, env })
    expect(result.stdout).toContain('Usage: modelgate <command> [options]')
    expect(result.stdout).toContain('protect')
  })

  it('scaffolds a model repository from the workflows it ships', async () => {
    const target = join(folder, 'scaffolded')
    await run(modelgate, ['init', 'model-repo', target], { cwd: folder, env })
    expect(existsSync(join(target, '.github', 'workflows', 'modelgate-pr.yml'))).toBe(true)
  })
})

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { linesOf, PROJECT_ROOT, runCli, stackTraceLines } from '../support/cli.js'
import { makeTempDir, removeTempDirs } from '../support/git-repo.js'

const MANIFEST_ID = 'https://modelgate.dev/schemas/model-manifest.schema.json'
const CONFIG_ID = 'https://modelgate.dev/schemas/modelgate-config.schema.json'

const committedJson = (path: string): unknown => JSON.parse(readFileSync(join(PROJECT_ROOT, path), 'utf8'))
const committedDocs = ['manifest.md', 'config.md'].every((page) =>
  existsSync(join(PROJECT_ROOT, 'docs', page)),
)

afterAll(removeTempDirs)

describe.concurrent('modelgate schema', () => {
  let cwd: string
  beforeAll(() => {
    cwd = makeTempDir('modelgate-schema-')
  })

  it('prints the model manifest JSON Schema by default', async () => {
    const result = await runCli(['schema'], { cwd })
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const schema = JSON.parse(result.stdout) as { $id: string; $schema: string }
    expect(schema.$id).toBe(MANIFEST_ID)
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema).toEqual(committedJson('schemas/model-manifest.schema.json'))
  })

  it('schema manifest prints the same as schema', async () => {
    const [plain, named] = await Promise.all([
      runCli(['schema'], { cwd }),
      runCli(['schema', 'manifest'], { cwd }),
    ])
    expect(named.code).toBe(0)
    expect(named.stdout).toBe(plain.stdout)
  })

  it('schema config prints the repository config JSON Schema', async () => {
    const result = await runCli(['schema', 'config'], { cwd })
    expect(result.code).toBe(0)
    const schema = JSON.parse(result.stdout) as { $id: string }
    expect(schema.$id).toBe(CONFIG_ID)
    expect(schema).toEqual(committedJson('schemas/modelgate-config.schema.json'))
  })

  it('schema --out DIR writes both schemas into DIR (created if needed) and prints nothing', async () => {
    const out = join(makeTempDir('modelgate-out-'), 'nested', 'schemas')
    const result = await runCli(['schema', '--out', out], { cwd })
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' })
    expect(readdirSync(out).sort()).toEqual(['model-manifest.schema.json', 'modelgate-config.schema.json'])
    const manifest = JSON.parse(readFileSync(join(out, 'model-manifest.schema.json'), 'utf8')) as {
      $id: string
    }
    const config = JSON.parse(readFileSync(join(out, 'modelgate-config.schema.json'), 'utf8')) as {
      $id: string
    }
    expect(manifest.$id).toBe(MANIFEST_ID)
    expect(config.$id).toBe(CONFIG_ID)
    expect(manifest).toEqual(committedJson('schemas/model-manifest.schema.json'))
    expect(config).toEqual(committedJson('schemas/modelgate-config.schema.json'))
  })

  it('schema --out resolves a relative DIR against the working folder', async () => {
    const dir = makeTempDir('modelgate-out-')
    const result = await runCli(['schema', '--out', 'schemas'], { cwd: dir })
    expect(result.code).toBe(0)
    expect(readdirSync(join(dir, 'schemas')).sort()).toEqual([
      'model-manifest.schema.json',
      'modelgate-config.schema.json',
    ])
  })

  it('schema --docs DIR writes manifest.md and config.md', async () => {
    const docs = makeTempDir('modelgate-docs-')
    const result = await runCli(['schema', '--docs', docs], { cwd })
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' })
    expect(readdirSync(docs).sort()).toEqual(['config.md', 'manifest.md'])
    expect(readFileSync(join(docs, 'manifest.md'), 'utf8')).toMatch(/^# Model manifest reference/m)
    expect(readFileSync(join(docs, 'config.md'), 'utf8')).toMatch(/^# Repository config reference/m)
  })

  it.skipIf(!committedDocs)('schema --docs writes pages identical to the committed docs/', async () => {
    const docs = makeTempDir('modelgate-docs-')
    const result = await runCli(['schema', '--docs', docs], { cwd })
    expect(result.code).toBe(0)
    for (const page of ['manifest.md', 'config.md']) {
      expect(readFileSync(join(docs, page), 'utf8'), `docs/${page} is stale: run npm run docs`).toBe(
        readFileSync(join(PROJECT_ROOT, 'docs', page), 'utf8'),
      )
    }
  })

  it('schema --out and --docs together write both sets', async () => {
    const dir = makeTempDir('modelgate-both-')
    const result = await runCli(['schema', '--out', 'o', '--docs', 'd'], { cwd: dir })
    expect(result).toMatchObject({ code: 0, stdout: '' })
    expect(readdirSync(join(dir, 'o'))).toHaveLength(2)
    expect(readdirSync(join(dir, 'd')).sort()).toEqual(['config.md', 'manifest.md'])
  })

  it('schema nope → exit 2 naming the schemas, no stack trace', async () => {
    const result = await runCli(['schema', 'nope'], { cwd })
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(linesOf(result.stderr)).toEqual([
      'modelgate: schema: "nope" is not a schema; use manifest or config',
      'Run "modelgate schema --help" for usage.',
    ])
    expect(stackTraceLines(result)).toEqual([])
  })

  it('two schema names → exit 2', async () => {
    const result = await runCli(['schema', 'manifest', 'config'], { cwd })
    expect(result.code).toBe(2)
    expect(linesOf(result.stderr)[0]).toBe(
      'modelgate: schema: "manifest config" is not a schema; use manifest or config',
    )
  })

  it('an unknown option → exit 2, no stack trace', async () => {
    const result = await runCli(['schema', '--frobnicate'], { cwd })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^modelgate: unknown option --frobnicate; options: --/)
    expect(stackTraceLines(result)).toEqual([])
  })

  it('--out naming a file → exit 2 naming it, nothing written, no stack trace', async () => {
    const dir = makeTempDir('modelgate-schema-')
    writeFileSync(join(dir, 'schemas'), 'mine\n')
    const result = await runCli(['schema', '--out', 'schemas'], { cwd: dir })
    expect(result.code).toBe(2)
    expect(linesOf(result.stderr)[0]).toBe(
      `modelgate: ${join(dir, 'schemas')} is a file, not a folder: give a folder to write into`,
    )
    expect(stackTraceLines(result)).toEqual([])
    expect(readFileSync(join(dir, 'schemas'), 'utf8')).toBe('mine\n')
  })

  it('schema --help and help schema print the schema usage', async () => {
    const [flag, help] = await Promise.all([
      runCli(['schema', '--help'], { cwd }),
      runCli(['help', 'schema'], { cwd }),
    ])
    expect(flag.code).toBe(0)
    expect(flag.stdout).toMatch(/^Usage: modelgate schema \[manifest\|config\] \[--out DIR\] \[--docs DIR\]/)
    expect(help).toMatchObject({ code: 0, stdout: flag.stdout })
  })
})

import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { runAction } from '../support/action-runner.js'

/*
 * What a step loads before it does anything (scripts/build.mjs): @actions/core with its OIDC client
 * (@actions/http-client, undici) replaced by a stub, so a step that makes no API call loads no HTTP
 * stack at all; and none of the compiled CRD validators, which only rendering uses.
 */

const temp = mkdtempSync(join(tmpdir(), 'start-up-bundle-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))
const stub = '../../scripts/stubs/oidc-http-client.mjs'
const MESSAGE = 'OIDC tokens are not used by modelgate'

/** A preload whose loader hook lists every module file the action loads. */
function traceLoads(list: string): string {
  const hooks = join(temp, 'trace-hooks.mjs')
  writeFileSync(
    hooks,
    `import { appendFileSync } from 'node:fs'\n` +
      `export async function load(url, context, next) {\n` +
      `  if (url.startsWith('file:')) appendFileSync(${JSON.stringify(list)}, url + '\\n')\n` +
      `  return next(url, context)\n}\n`,
  )
  const register = join(temp, 'trace.mjs')
  writeFileSync(
    register,
    `import { register } from 'node:module'\nregister(${JSON.stringify(`file://${hooks}`)})\n`,
  )
  appendFileSync(list, '')
  return register
}

describe('what a bundled step loads at start-up', () => {
  it('the OIDC client stub throws the stated error when anything constructs it', async () => {
    const { HttpClient, BearerCredentialHandler } = (await import(stub)) as Record<string, new () => unknown>
    expect(() => new HttpClient!()).toThrow(MESSAGE)
    expect(() => new BearerCredentialHandler!()).toThrow(MESSAGE)
  })

  it('the stub is what the bundled @actions/core imports: a step without API calls loads no undici, nor the CRD validators', async () => {
    const chunks = readdirSync('dist/chunks').map((name) => readFileSync(join('dist/chunks', name), 'utf8'))
    expect(chunks.filter((text) => text.includes(MESSAGE))).toHaveLength(1)

    const workspace = join(temp, 'workspace')
    mkdirSync(join(workspace, 'models', 'fraud-detector'), { recursive: true })
    cpSync(
      'examples/model-repo/models/fraud-detector/model.yaml',
      join(workspace, 'models/fraud-detector/model.yaml'),
    )
    const list = join(temp, 'loaded.txt')
    const run = await runAction({
      actionDir: 'actions/validate',
      inputs: { token: 'unused' },
      event: { name: 'workflow_dispatch', payload: { inputs: {} } },
      repository: 'acme/models',
      apiUrl: 'http://127.0.0.1:9',
      workspace,
      env: { NODE_OPTIONS: `--import ${traceLoads(list)}` },
    })
    expect(run.exitCode, run.stderr).toBe(0)
    expect(run.outputs).toMatchObject({ files: '1', errors: '0' })
    const loaded = readFileSync(list, 'utf8')
      .split('\n')
      .filter((url) => url.includes('/dist/'))
    expect(loaded.length).toBeGreaterThan(2)
    for (const url of loaded)
      expect(readFileSync(fileURLToPath(url), 'utf8')).not.toContain('node_modules/undici/')
  })
})

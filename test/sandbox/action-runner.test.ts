import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Emulator } from '../../sandbox/emulator.js'
import { runAction } from '../support/action-runner.js'
import { checkActionMetadata, lintWorkflows } from '../support/workflow-checks.js'

const probe = 'test/fixtures/actions/probe'
let gh: Emulator
let token: string

beforeAll(async () => {
  gh = await Emulator.start()
  const repo = gh.createRepo('acme', 'models', { seed: 'examples/model-repo' })
  gh.grant(repo, 'ana', 'write')
  token = gh.tokenFor('ana')
})
afterAll(async () => gh.stop())

const run = (inputs: Record<string, string>) =>
  runAction({
    actionDir: probe,
    inputs: { token, ...inputs },
    event: { name: 'pull_request', payload: { action: 'opened', number: 1 } },
    repository: 'acme/models',
    apiUrl: gh.url,
  })

describe('runAction: the bundled action as the runner runs it', () => {
  it('passes inputs and the event, and collects outputs, summary, annotations and masks', async () => {
    const before = gh.count('repos/get')
    const result = await run({})
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toEqual({ repository: 'acme/models', report: 'line one\nline two (opened)' })
    expect(result.summary).toBe('### Probe\n\nRead acme/models.\n')
    expect(result.annotations).toEqual([
      {
        command: 'warning',
        properties: { file: 'models/a/model.yaml', line: '3', col: '5', title: 'probe' },
        message: '50% done\nsecond line',
      },
    ])
    expect(result.masks).toEqual([token])
    expect(gh.count('repos/get') - before).toBe(1)
    const request = gh.requests.filter((r) => r.operationId === 'repos/get').at(-1)!
    expect(request.headers.authorization).toBe(`token ${token}`)
    expect(
      gh.requests.some((r) => r.path.includes(token) || JSON.stringify(r.body ?? '').includes(token)),
    ).toBe(false)
    expect(gh.problems).toEqual([])
  })

  it('reports a failed step by its exit code and error annotation', async () => {
    const result = await run({ fail: 'true' })
    expect(result.exitCode).toBe(1)
    expect(result.annotations.map((a) => [a.command, a.message])).toContainEqual([
      'error',
      'the probe was asked to fail',
    ])
  })

  it('refuses to guess an input whose default is an expression the runner would evaluate', async () => {
    await expect(
      runAction({
        actionDir: probe,
        event: { name: 'push', payload: {} },
        repository: 'acme/models',
        apiUrl: gh.url,
      }),
    ).rejects.toThrow(
      'input "token" defaults to an expression (${{ github.token }}); the runner evaluates it, so the test must pass a value',
    )
  })

  it('runs the action in a clean environment', async () => {
    process.env.MODELGATE_LEAK_CHECK = 'leaked'
    try {
      const dir = mkdtempSync(join(tmpdir(), 'env-action-'))
      writeFileSync(
        join(dir, 'action.yml'),
        'name: env\ndescription: env\nruns:\n  using: node20\n  main: index.js\n',
      )
      writeFileSync(
        join(dir, 'index.js'),
        "process.stdout.write('::notice::' + (process.env.MODELGATE_LEAK_CHECK ?? 'clean'))\n",
      )
      const result = await runAction({
        actionDir: dir,
        event: { name: 'push', payload: {} },
        repository: 'acme/models',
        apiUrl: gh.url,
      })
      expect(result.annotations.map((a) => a.message)).toEqual(['clean'])
      rmSync(dir, { recursive: true, force: true })
    } finally {
      delete process.env.MODELGATE_LEAK_CHECK
    }
  })
})

describe('action metadata and workflow checks', () => {
  it("GitHub's parser accepts the probe's action.yml", () => {
    expect(checkActionMetadata(`${probe}/action.yml`)).toEqual([])
  })

  it("GitHub's parser rejects an unsupported runtime", () => {
    const dir = mkdtempSync(join(tmpdir(), 'bad-action-'))
    writeFileSync(
      join(dir, 'action.yml'),
      readFileSync(`${probe}/action.yml`, 'utf8').replace('using: node24', 'using: node18'),
    )
    const errors = checkActionMetadata(join(dir, 'action.yml'))
    rmSync(dir, { recursive: true, force: true })
    expect(errors.join('\n')).toMatch(/node18/)
  })

  it('actionlint flags an untrusted expression in a run step and passes a safe workflow', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'workflows-'))
    const workflow = (run: string, env = '') =>
      `name: ci\non: pull_request\npermissions:\n  contents: read\njobs:\n  check:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ${run}\n${env}`
    writeFileSync(join(dir, 'unsafe.yml'), workflow('echo "${{ github.event.pull_request.title }}"'))
    writeFileSync(
      join(dir, 'safe.yml'),
      workflow('echo "$TITLE"', '        env:\n          TITLE: ${{ github.event.pull_request.title }}\n'),
    )
    const unsafe = await lintWorkflows([join(dir, 'unsafe.yml')])
    const safe = await lintWorkflows([join(dir, 'safe.yml')])
    rmSync(dir, { recursive: true, force: true })
    expect(unsafe.join('\n')).toMatch(/github\.event\.pull_request\.title.*potentially untrusted/)
    expect(safe).toEqual([])
  })
})

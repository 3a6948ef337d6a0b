import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Emulator } from '../../sandbox/emulator.js'
import type { Repo } from '../../sandbox/state.js'
import type { ActionRun } from '../support/action-runner.js'
import { runAction } from '../support/action-runner.js'
import { actionsToken, checkout, exampleFile, openPull } from '../support/action-scenario.js'

let gh: Emulator
let repo: Repo
let token: string

beforeAll(async () => {
  gh = await Emulator.start()
  repo = gh.createRepo('acme', 'models', { seed: 'examples/model-repo' })
  gh.grant(repo, 'ana', 'write')
  token = await actionsToken(gh, repo, { contents: 'read', pull_requests: 'read', metadata: 'read' })
})
afterAll(async () => gh.stop())

const FRAUD = 'models/fraud-detector/model.yaml'
const CHURN = 'models/churn-predictor/model.yaml'

/** Runs a bundled action on a pull request, from a checkout of its head branch. */
async function runOnPull(
  action: string,
  pull: Awaited<ReturnType<typeof openPull>>,
  branch: string,
  inputs: Record<string, string> = {},
  depth: 'full' | 'shallow' = 'full',
): Promise<ActionRun & { workspaceFiles: (path: string) => string }> {
  const workspace = checkout(repo, branch, depth)
  const files: Record<string, string> = {}
  try {
    const run = await runAction({
      actionDir: action,
      inputs: { token, ...inputs },
      event: { name: 'pull_request', payload: pull.payload },
      repository: 'acme/models',
      apiUrl: gh.url,
      sha: pull.headSha,
      workspace: workspace.dir,
    })
    if (inputs['sarif-file'])
      files[inputs['sarif-file']] = readFileSync(join(workspace.dir, inputs['sarif-file']), 'utf8')
    return { ...run, workspaceFiles: (path) => files[path]! }
  } finally {
    workspace.remove()
  }
}

function expectClean(run: ActionRun) {
  expect(run.masks).toContain(token)
  // The runner hides the token once told to; nothing else may print it.
  const printed = (run.stdout + run.stderr).replace(`::add-mask::${token}`, '')
  expect(printed).not.toContain(token.slice(4))
  expect(gh.requests.some((r) => JSON.stringify(r.body ?? '').includes(token))).toBe(false)
  expect(gh.problems).toEqual([])
}

describe('the validate action', () => {
  it('validates only the models a pull request changes, annotating each problem at its line', async () => {
    const pull = await openPull(gh, repo, token, 'break-churn', {
      [CHURN]: exampleFile(CHURN).replace(/digest: sha256:[0-9a-f]+/, 'digest: latest'),
      [FRAUD]: exampleFile(FRAUD).replace('version: 1.4.0', 'version: 1.4.1'),
    })
    const before = gh.count('pulls/list-files')
    const run = await runOnPull('actions/validate', pull, 'break-churn', { 'sarif-file': 'modelgate.sarif' })

    expect(run.exitCode).toBe(1)
    expect(gh.count('pulls/list-files') - before).toBe(1)
    expect(run.outputs).toMatchObject({ files: '2', errors: '1', warnings: '0' })
    const errors = run.annotations.filter((a) => a.command === 'error')
    expect(errors[0]).toMatchObject({
      properties: expect.objectContaining({ file: CHURN, line: '13', col: '11' }) as unknown,
    })
    expect(errors[0]!.message).toContain('artifact.digest: "latest"')
    expect(errors.at(-1)!.message).toBe('1 of 2 manifests invalid (1 errors)')
    expect(run.summary).toContain('❌ 1 of 2 manifests invalid (1 error, 0 warnings)')
    expect(run.summary).toContain('models/churn\\-predictor/model\\.yaml:13:11')
    const sarif = JSON.parse(run.workspaceFiles('modelgate.sarif')) as { runs: { results: unknown[] }[] }
    expect(sarif.runs[0]!.results).toHaveLength(1)
    expectClean(run)
  })

  it('checks version rules against the base, read through the API when the clone is shallow', async () => {
    const changed = exampleFile(FRAUD).replace(/digest: sha256:[0-9a-f]{4}/, 'digest: sha256:ffff')
    const pull = await openPull(gh, repo, token, 'same-version', { [FRAUD]: changed })
    const contents = gh.count('repos/get-content')
    const full = await runOnPull('actions/validate', pull, 'same-version', {}, 'full')
    expect(gh.count('repos/get-content')).toBe(contents) // the base commit is in the clone
    const shallow = await runOnPull('actions/validate', pull, 'same-version', {}, 'shallow')
    expect(gh.count('repos/get-content') - contents).toBe(1)
    for (const run of [full, shallow]) {
      expect(run.exitCode).toBe(1)
      expect(run.annotations.map((a) => a.properties.title ?? '')).toContain('modelgate version-bumped')
    }
    expect(shallow.stdout).toContain('is not in the local clone; reading the base through the API')
    expectClean(shallow)
  })
})

describe('the gate action', () => {
  it('fails the step on a blocking gate, with the verdict as outputs and in the summary', async () => {
    const regressed = exampleFile(FRAUD)
      .replace('version: 1.4.0', 'version: 1.5.0')
      .replace('value: 0.947', 'value: 0.93')
    const pull = await openPull(gh, repo, token, 'auc-drops', { [FRAUD]: regressed })
    const run = await runOnPull('actions/gate', pull, 'auc-drops')

    expect(run.exitCode).toBe(1)
    expect(run.outputs.passed).toBe('false')
    const result = JSON.parse(run.outputs.result!) as { passed: boolean; results: Record<string, unknown>[] }
    expect(result.passed).toBe(false)
    expect(result.results[0]).toEqual({
      model: 'fraud-detector',
      file: FRAUD,
      metric: 'auc',
      passed: false,
      severity: 'blocking',
      candidate: 0.93,
      baseline: 0.947,
      reasons: ['auc 0.93 regresses by 0.017 from the baseline 0.947; beyond the allowed 0.005'],
    })
    expect(run.annotations).toContainEqual({
      command: 'error',
      properties: { file: FRAUD, title: 'gate auc' },
      message: 'auc 0.93 regresses by 0.017 from the baseline 0.947; beyond the allowed 0.005',
    })
    expect(run.summary).toContain('❌ 1 blocking gate failed')
    expect(run.summary).toContain('| ❌ | auc | 0.93 | 0.947 |')
    expectClean(run)
  })

  it('passes when the change keeps every blocking gate, and the umbrella action runs the same', async () => {
    const better = exampleFile(FRAUD)
      .replace('version: 1.4.0', 'version: 1.6.0')
      .replace('value: 0.947', 'value: 0.95')
    const pull = await openPull(gh, repo, token, 'auc-rises', { [FRAUD]: better })
    const run = await runOnPull('actions/gate', pull, 'auc-rises')
    expect(run.exitCode).toBe(0)
    expect(run.outputs.passed).toBe('true')
    const umbrella = await runOnPull('.', pull, 'auc-rises', { command: 'gate' })
    expect(umbrella.exitCode).toBe(0)
    expect(umbrella.outputs.result).toBe(run.outputs.result)
    expectClean(umbrella)
  })

  it('refuses an unknown umbrella command with a sentence, not a stack trace', async () => {
    const pull = await openPull(gh, repo, token, 'noop', { 'README.md': 'hello\n' })
    const run = await runOnPull('.', pull, 'noop', { command: 'deploy' })
    expect(run.exitCode).toBe(1)
    expect(run.annotations.map((a) => a.message)).toEqual([
      'input command: "deploy" is not one of validate, gate, diff',
    ])
    expect(run.stdout).not.toContain('    at ')
  })
})

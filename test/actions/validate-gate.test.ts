import { describe, expect, it } from 'vitest'
import type { ActionRun } from '../support/action-runner.js'
import type { OpenedPull } from '../support/action-scenario.js'
import { exampleFile, FRAUD, fraudDetectorAt, useActionScenario } from '../support/action-scenario.js'

const scenario = useActionScenario({ contents: 'read', pull_requests: 'read', metadata: 'read' })

const CHURN = 'models/churn-predictor/model.yaml'
const AUC_DROP = 'auc 0.93 regresses by 0.017 from the baseline 0.947; beyond the allowed 0.005'

/** Runs a bundled action on a pull request, from a checkout of its head branch; a SARIF file it writes is `kept`. */
const runOnPull = (
  action: string,
  pull: OpenedPull,
  branch: string,
  inputs: Record<string, string> = {},
  depth: 'full' | 'shallow' = 'full',
) =>
  scenario.runInCheckout({
    action,
    event: { name: 'pull_request', payload: pull.payload },
    branch,
    depth,
    inputs,
    sha: pull.headSha,
    keep: inputs['sarif-file'],
  })

/** Opens a pull request changing fraud-detector to `version` with auc `auc`, and runs the gate action on it. */
async function gateFraud(branch: string, version: string, auc: number) {
  const pull = await scenario.openPull(branch, {
    [FRAUD]: fraudDetectorAt(version, ['value: 0.947', `value: ${auc}`]),
  })
  return { pull, run: await runOnPull('actions/gate', pull, branch) }
}

function expectClean(run: ActionRun) {
  const { gh, token } = scenario
  expect(run.masks).toContain(token)
  // The runner hides the token once told to; nothing else may print it.
  const printed = (run.stdout + run.stderr).replace(`::add-mask::${token}`, '')
  expect(printed).not.toContain(token.slice(4))
  expect(gh.requests.some((r) => JSON.stringify(r.body ?? '').includes(token))).toBe(false)
  expect(gh.problems).toEqual([])
}

describe('the validate action', () => {
  it('validates only the models a pull request changes, annotating each problem at its line', async () => {
    const { gh } = scenario
    const pull = await scenario.openPull('break-churn', {
      [CHURN]: exampleFile(CHURN).replace(/digest: sha256:[0-9a-f]+/, 'digest: latest'),
      [FRAUD]: fraudDetectorAt('1.4.1'),
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
    const sarif = JSON.parse(run.kept!) as { runs: { results: unknown[] }[] }
    expect(sarif.runs[0]!.results).toHaveLength(1)
    expectClean(run)
  })

  it('checks version rules against the base, read through the API when the clone is shallow', async () => {
    const { gh } = scenario
    const changed = exampleFile(FRAUD).replace(/digest: sha256:[0-9a-f]{4}/, 'digest: sha256:ffff')
    const pull = await scenario.openPull('same-version', { [FRAUD]: changed })
    const contents = gh.count('repos/get-content')
    const full = await runOnPull('actions/validate', pull, 'same-version', {}, 'full')
    expect(gh.count('repos/get-content')).toBe(contents) // the base commit is in the clone
    const shallow = await runOnPull('actions/validate', pull, 'same-version', {}, 'shallow')
    // The manifest at the base, and the base's .modelgate/config.yml, which judges the change.
    expect(gh.count('repos/get-content') - contents).toBe(2)
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
    const { run } = await gateFraud('auc-drops', '1.5.0', 0.93)

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
      reasons: [AUC_DROP],
    })
    // At the gate's line in the manifest (`- metric: auc` under evaluation.gates), like validate's.
    const gateLine = exampleFile(FRAUD).split('\n').indexOf('    - metric: auc') + 1
    expect(run.annotations).toContainEqual({
      command: 'error',
      properties: expect.objectContaining({
        file: FRAUD,
        line: String(gateLine),
        title: 'modelgate gate/maxAbsoluteRegression',
      }),
      message: `gate auc: ${AUC_DROP}`,
    })
    expect(run.summary).toContain('❌ 1 blocking gate failed')
    expect(run.summary).toContain('| ❌ | auc | 0.93 | 0.947 |')
    expectClean(run)
  })

  it('passes when the change keeps every blocking gate, and the umbrella action runs the same', async () => {
    const { pull, run } = await gateFraud('auc-rises', '1.6.0', 0.95)
    expect(run.exitCode).toBe(0)
    expect(run.outputs.passed).toBe('true')
    const umbrella = await runOnPull('.', pull, 'auc-rises', { command: 'gate' })
    expect(umbrella.exitCode).toBe(0)
    expect(umbrella.outputs.result).toBe(run.outputs.result)
    expectClean(umbrella)
  })

  it('compares with the version live in evaluation.baseline.environment when given an environments checkout', async () => {
    // What prod runs: a version with auc 0.96, on a branch the gated pull request's clone lacks.
    const live = await scenario.openPull('prod-live', {
      [FRAUD]: fraudDetectorAt('1.4.5', ['value: 0.947', 'value: 0.96']),
    })
    const pull = await scenario.openPull('below-prod', {
      [FRAUD]: fraudDetectorAt('1.5.0', ['value: 0.947', 'value: 0.95']),
    })
    const environments = {
      'envs/environments/prod/fraud-detector/inferenceservice.yaml': [
        'apiVersion: serving.kserve.io/v1beta1',
        'kind: InferenceService',
        'metadata:',
        '  name: fraud-detector',
        '  annotations:',
        '    modelgate.dev/version: 1.4.5',
        `    modelgate.dev/artifact-digest: sha256:${'e'.repeat(64)}`,
        `    modelgate.dev/source-commit: ${live.headSha}`,
        '',
      ].join('\n'),
    }
    // A full clone reads the live commit locally; a shallow one through the API.
    for (const depth of ['full', 'shallow'] as const) {
      const run = await scenario.runInCheckout({
        action: 'actions/gate',
        event: { name: 'pull_request', payload: pull.payload },
        branch: 'below-prod',
        depth,
        inputs: { environments: 'envs' },
        sha: pull.headSha,
        files: environments,
      })
      // Against the base (auc 0.947) 0.95 passes; against prod (0.96) it regresses by 0.01.
      expect(run.exitCode).toBe(1)
      const result = JSON.parse(run.outputs.result!) as { results: Record<string, unknown>[] }
      expect(result.results[0]).toMatchObject({
        metric: 'auc',
        passed: false,
        candidate: 0.95,
        baseline: 0.96,
      })
      // The summary escapes Markdown and breaks SHAs with a zero-width space; read it without them.
      expect(run.summary.replace(/\\|\u200b/g, '')).toContain(
        `prod (1.4.5 from ${live.headSha.slice(0, 12)})`,
      )
      expectClean(run)
    }
  })

  it('refuses an unknown umbrella command with a sentence, not a stack trace', async () => {
    const pull = await scenario.openPull('noop', { 'README.md': 'hello\n' })
    const run = await runOnPull('.', pull, 'noop', { command: 'deploy' })
    expect(run.exitCode).toBe(1)
    expect(run.annotations.map((a) => a.message)).toEqual([
      'input command: "deploy" is not one of validate, gate, diff',
    ])
    expect(run.stdout).not.toContain('    at ')
  })
})

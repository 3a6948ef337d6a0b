import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CliResult } from '../support/cli.js'
import { linesOf, PROJECT_ROOT, runCli, stackTraceLines } from '../support/cli.js'
import { liveInferenceService } from '../support/environments-repo.js'
import type { GitRepo } from '../support/git-repo.js'
import { copyIntoGitRepo, createGitRepo, removeTempDirs } from '../support/git-repo.js'

const MODEL_REPO = join(PROJECT_ROOT, 'examples', 'model-repo')
const FRAUD = 'models/fraud-detector/model.yaml'
const FRAUD_SOURCE = readFileSync(join(MODEL_REPO, FRAUD), 'utf8')
const DIGEST = /digest: (sha256:[0-9a-f]{64})/.exec(FRAUD_SOURCE)![1]!
const folder = (environment: string) => `environments/${environment}/fraud-detector/inferenceservice.yaml`

/**
 * The model repository with fraud-detector 1.3.0 committed first, then 1.4.0 (the example); the
 * environments repository where dev and staging run 1.4.0 (staging ran 1.3.0 before) and prod
 * runs 1.3.0, each rendered from the matching model repository commit.
 */
function repositories(): { models: GitRepo; environments: GitRepo; v13: string; v14: string } {
  const models = copyIntoGitRepo(MODEL_REPO)
  const v14Source = FRAUD_SOURCE
  models.commitFiles(
    { [FRAUD]: v14Source.replace('version: 1.4.0', 'version: 1.3.0') },
    'fraud-detector 1.3.0',
  )
  const v13 = models.head()
  const v14 = models.commitFiles({ [FRAUD]: v14Source }, 'fraud-detector 1.4.0')
  const live = (environment: string, version: string, sourceCommit: string) =>
    liveInferenceService({
      model: 'fraud-detector',
      namespace: `ml-${environment}`,
      version,
      sourceCommit,
      digest: DIGEST,
      mode: environment === 'prod' ? 'Standard' : 'Knative',
    })
  const environments = createGitRepo({ 'README.md': 'environments\n' })
  environments.commitFiles(
    { [folder('staging')]: live('staging', '1.3.0', v13), [folder('prod')]: live('prod', '1.3.0', v13) },
    'modelgate: promote fraud-detector 1.3.0 (#3)',
  )
  environments.commitFiles(
    { [folder('dev')]: live('dev', '1.4.0', v14), [folder('staging')]: live('staging', '1.4.0', v14) },
    'modelgate: promote fraud-detector 1.4.0 (#4)',
  )
  return { models, environments, v13, v14 }
}

const HEALTHY = 'staging:\n  fraud-detector: { status: healthy, since: "2026-12-01T10:00:00Z" }\n'

afterAll(removeTempDirs)

describe.concurrent('modelgate plan', () => {
  let repos: ReturnType<typeof repositories>
  const plan = (...args: string[]) =>
    runCli(['plan', ...args, '--environments', repos.environments.root], { cwd: repos.models.root })
  beforeAll(() => {
    repos = repositories()
    repos.models.write({
      'healthy.yml': HEALTHY,
      'progressing.json': '{"staging": {"fraud-detector": {"status": "Progressing"}}}',
    })
  })

  function expectRefused(result: CliResult, lines: string[]): void {
    expect(result).toMatchObject({ code: 1, stderr: '' })
    expect(linesOf(result.stdout)).toEqual(lines)
  }

  it('promote into prod with 1.4.0 live and healthy in staging → allowed: branch, files, trailers, PR', async () => {
    const result = await plan(
      'promote',
      'fraud-detector',
      '--env',
      'prod',
      '--health',
      'healthy.yml',
      '--requester',
      'alice',
    )
    expect(result).toMatchObject({ code: 0, stderr: '' })
    const lines = linesOf(result.stdout)
    expect(lines[0]).toBe('promote fraud-detector 1.4.0 to prod: allowed')
    expect(lines).toContain('branch modelgate/prod/fraud-detector')
    expect(lines).toContain('  write  environments/prod/fraud-detector/inferenceservice.yaml')
    expect(lines).toContain('  modelgate: promote fraud-detector 1.4.0 to prod')
    expect(lines).toContain('  Modelgate-Version: 1.4.0')
    expect(lines).toContain(`  Modelgate-Digest: ${DIGEST}`)
    expect(lines).toContain(`  Modelgate-Source-Commit: ${repos.v14}`)
    expect(lines).toContain('  Modelgate-Requester: alice')
    expect(lines).toContain('  Modelgate-Previous-Version: 1.3.0')
    expect(lines).toContain('pull request: modelgate: promote fraud-detector 1.4.0 to prod')
    expect(lines).toContain('  labels: modelgate, env:prod')
  })

  it('without a health file the upstream health is unknown → refused, exit 1', async () => {
    expectRefused(await plan('promote', 'fraud-detector', '--env', 'prod'), [
      'promote fraud-detector 1.4.0 to prod: refused',
      '  ✗ the health of fraud-detector 1.4.0 in staging is unknown [upstream-live-and-healthy]',
      '      wait for Argo CD to report it (offline: pass --health FILE)',
    ])
  })

  it('still progressing upstream (JSON health file, Argo CD names) → refused: wait', async () => {
    expectRefused(await plan('promote', 'fraud-detector', '--env', 'prod', '--health', 'progressing.json'), [
      'promote fraud-detector 1.4.0 to prod: refused',
      '  ✗ fraud-detector 1.4.0 is still progressing in staging [upstream-live-and-healthy]',
      '      wait until Argo CD reports it healthy in staging, then ask again',
    ])
  })

  it('force by a member of force.by → allowed, the skipped check noted and recorded', async () => {
    const result = await plan(
      'promote',
      'fraud-detector',
      '--env',
      'prod',
      '--force',
      '--requester',
      'bob',
      '--team',
      '@acme/release',
    )
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(linesOf(result.stdout)).toContain(
      '  ! forced by bob past the upstream check: the health of fraud-detector 1.4.0 in staging is unknown [upstream-live-and-healthy]',
    )
    expect(linesOf(result.stdout)).toContain('  Modelgate-Forced: true')
  })

  it('force by someone else → refused', async () => {
    const result = await plan('promote', 'fraud-detector', '--env', 'prod', '--force', '--requester', 'bob')
    expect(result.code).toBe(1)
    expect(linesOf(result.stdout)[1]).toBe(
      '  ✗ bob may not force promotions into prod; force.by: @acme/release [force-permitted]',
    )
  })

  it('already live → nothing to do, exit 0', async () => {
    const result = await plan('promote', 'fraud-detector@1.4.0', '--env', 'staging')
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(linesOf(result.stdout)).toEqual([
      'promote fraud-detector 1.4.0 to staging: nothing to do',
      '  = fraud-detector is already at 1.4.0 in staging [not-already-live]',
    ])
  })

  it('an unknown version → refused, listing the versions from the manifest’s history', async () => {
    expectRefused(await plan('promote', 'fraud-detector@1.5.0', '--env', 'dev'), [
      'promote fraud-detector 1.5.0 to dev: refused',
      '  ✗ fraud-detector has no version 1.5.0 on the default branch; versions: 1.4.0, 1.3.0 [version-known]',
      '      ask for one of these, or merge that version first',
    ])
  })

  it('rollback in staging → to 1.3.0, the version live there before, rendered from its source commit', async () => {
    const result = await plan('rollback', 'fraud-detector', '--env', 'staging', '--requester', 'alice')
    expect(result).toMatchObject({ code: 0, stderr: '' })
    const lines = linesOf(result.stdout)
    expect(lines[0]).toBe('roll back fraud-detector in staging to 1.3.0: allowed')
    expect(lines).toContain(`  Modelgate-Source-Commit: ${repos.v13}`)
    expect(lines).toContain('  labels: modelgate, env:staging, rollback')
  })

  it('rollback to a version never live there → refused, listing those that were', async () => {
    expectRefused(await plan('rollback', 'fraud-detector@1.4.0', '--env', 'prod'), [
      'roll back fraud-detector in prod to 1.4.0: refused',
      '  ✗ fraud-detector 1.4.0 was never live in prod; live there before: none [rollback-to-earlier-live]',
      '      roll back to one of those, or promote 1.4.0 (it then passes the upstream check)',
    ])
  })

  it('retire from staging: the manifest is not retired and prod still runs it → both reasons', async () => {
    expectRefused(await plan('retire', 'fraud-detector', '--env', 'staging'), [
      'retire fraud-detector from staging: refused',
      "  ✗ fraud-detector's manifest says lifecycle.stage: candidate, not retired [retired-in-manifest]",
      '      set lifecycle.stage: retired (with lifecycle.retirement) in models/fraud-detector/model.yaml and merge it first',
      '  ✗ fraud-detector is still in prod, downstream of staging [retire-downstream-first]',
      '      retire it from prod first',
    ])
  })

  it('--format json → the plan as data', async () => {
    const result = await plan(
      'promote',
      'fraud-detector',
      '--env',
      'prod',
      '--health',
      'healthy.yml',
      '--format',
      'json',
    )
    expect(result).toMatchObject({ code: 0, stderr: '' })
    const parsed = JSON.parse(result.stdout) as {
      decision: string
      reasons: unknown[]
      writes: { branch: string }
    }
    expect(parsed).toMatchObject({
      decision: 'allow',
      reasons: [],
      writes: { branch: 'modelgate/prod/fraud-detector' },
    })
  })

  it.each([
    { args: ['promote'], message: 'plan promote takes one <model>[@<version>]' },
    {
      args: ['deploy', 'fraud-detector', '--env', 'dev'],
      message: 'plan takes promote, rollback or retire first (got "deploy")',
    },
    { args: ['promote', 'fraud-detector'], message: '--env is required: the environment to plan for' },
    {
      args: ['promote', 'fraud-detector@', '--env', 'dev'],
      message: '"fraud-detector@" is not <model>[@<version>]',
    },
    {
      args: ['promote', 'fraud-detector', '--env', 'dev', '--health', 'nope.yml'],
      message: '--health: nope.yml: no such file',
    },
  ])('usage error: $message', async ({ args, message }) => {
    const result = await plan(...args)
    expect(result.code, result.stderr).toBe(2)
    expect(linesOf(result.stderr)).toEqual([
      `modelgate: ${message}`,
      'Run "modelgate plan --help" for usage.',
    ])
    expect(stackTraceLines(result)).toEqual([])
  })
})

describe('modelgate plan: holds in the environments repository', () => {
  it('a hold on prod refuses a promotion and names who to ask', async () => {
    const repos = repositories()
    repos.environments.commitFiles({
      '.modelgate/holds.yml': 'holds:\n  - { environment: prod, reason: quarter-end freeze, by: "@carol" }\n',
    })
    repos.models.write({ 'healthy.yml': HEALTHY })
    const result = await runCli(
      [
        'plan',
        'promote',
        'fraud-detector',
        '--env',
        'prod',
        '--health',
        'healthy.yml',
        '--environments',
        repos.environments.root,
      ],
      { cwd: repos.models.root },
    )
    expect(result).toMatchObject({ code: 1, stderr: '' })
    expect(linesOf(result.stdout)).toEqual([
      'promote fraud-detector 1.4.0 to prod: refused',
      '  ✗ prod is on hold by @carol: quarter-end freeze [not-on-hold]',
      '      ask @carol to lift it: remove it from .modelgate/holds.yml in the environments repository',
    ])
  })
})

import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { linesOf, PROJECT_ROOT, runCli } from '../support/cli.js'
import { liveInferenceService, testDigest } from '../support/environments-repo.js'
import type { GitRepo } from '../support/git-repo.js'
import { copyIntoGitRepo, createGitRepo, removeTempDirs } from '../support/git-repo.js'

const MODEL_REPO = join(PROJECT_ROOT, 'examples', 'model-repo')
const SOURCE = 'c0ffee'.padEnd(40, '0')
const file = (environment: string, model: string) =>
  `environments/${environment}/${model}/inferenceservice.yaml`
const live = (environment: string, model: string, version: string, hex = 'a') =>
  liveInferenceService({
    model,
    namespace: `ml-${environment}`,
    version,
    sourceCommit: SOURCE,
    digest: testDigest(hex),
  })

/** A promotion commit as modelgate writes it, squash-merged as pull request `number`. */
function promotionMessage(
  model: string,
  environment: string,
  version: string,
  requester: string,
  number: number,
) {
  return [
    `modelgate: promote ${model} ${version} to ${environment} (#${number})`,
    '',
    `Modelgate-Kind: promote\nModelgate-Model: ${model}\nModelgate-Environment: ${environment}\nModelgate-Version: ${version}\nModelgate-Requester: ${requester}`,
  ].join('\n')
}

afterAll(removeTempDirs)

describe.concurrent('modelgate status', () => {
  let models: GitRepo
  let environments: GitRepo
  let handEdit: string
  const status = (...args: string[]) =>
    runCli(['status', ...args, '--environments', environments.root], { cwd: models.root })

  beforeAll(() => {
    models = copyIntoGitRepo(MODEL_REPO)
    models.write({
      'health.yml': 'prod:\n  fraud-detector: { status: degraded, since: "2026-12-02T08:00:00Z" }\n',
    })
    environments = createGitRepo({ 'README.md': 'environments\n' })
    environments.commitFiles(
      { [file('dev', 'fraud-detector')]: live('dev', 'fraud-detector', '1.4.0', 'b') },
      promotionMessage('fraud-detector', 'dev', '1.4.0', 'alice', 7),
    )
    environments.commitFiles(
      { [file('prod', 'fraud-detector')]: live('prod', 'fraud-detector', '1.3.0') },
      promotionMessage('fraud-detector', 'prod', '1.3.0', 'bob', 5),
    )
    handEdit = environments.commitFiles(
      { [file('dev', 'churn-predictor')]: 'kind: InferenceService\nmetadata: { name: churn-predictor }\n' },
      'hand edit',
    )
  })

  it('one line per model and environment, in promotion order: version, digest, health, since, PR and requester', async () => {
    const result = await status('--health', 'health.yml')
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(linesOf(result.stdout)).toEqual([
      'MODEL            ENVIRONMENT  VERSION     DIGEST               HEALTH    SINCE                 PUT THERE BY',
      'churn-predictor  dev          unreadable  -                    unknown   -                     -',
      'churn-predictor  staging      -           -                    -         -                     -',
      'churn-predictor  prod         -           -                    -         -                     -',
      'fraud-detector   dev          1.4.0       sha256:bbbbbbbbbbbb  unknown   2026-01-01T00:00:00Z  #7 alice',
      'fraud-detector   staging      -           -                    -         -                     -',
      'fraud-detector   prod         1.3.0       sha256:aaaaaaaaaaaa  degraded  2026-12-02T08:00:00Z  #5 bob',
      'churn-predictor in dev: environments/dev/churn-predictor/inferenceservice.yaml has no modelgate.dev/version, modelgate.dev/artifact-digest and modelgate.dev/source-commit annotations (not rendered by modelgate, or edited by hand)',
    ])
    expect(handEdit).toMatch(/^[0-9a-f]{40}$/)
  })

  it('MODEL narrows to one model; --format json gives the rows', async () => {
    const result = await status('fraud-detector', '--format', 'json')
    expect(result).toMatchObject({ code: 0, stderr: '' })
    const { rows } = JSON.parse(result.stdout) as { rows: Record<string, unknown>[] }
    expect(rows.map((row) => [row.environment, row.version ?? null])).toEqual([
      ['dev', '1.4.0'],
      ['staging', null],
      ['prod', '1.3.0'],
    ])
    expect(rows[2]).toMatchObject({
      digest: testDigest('a'),
      health: 'unknown',
      pullRequest: 5,
      requester: 'bob',
    })
    expect(rows[2]!.commit).toMatch(/^[0-9a-f]{40}$/)
  })

  it('--environments naming a missing folder → usage error', async () => {
    const result = await runCli(['status', '--environments', 'no-such-dir'], { cwd: models.root })
    expect(result.code).toBe(2)
    expect(linesOf(result.stderr)[0]).toBe(
      'modelgate: --environments: no-such-dir: no such folder; check out the environments repository there',
    )
  })
})

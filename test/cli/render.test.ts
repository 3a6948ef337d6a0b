import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { linesOf, PROJECT_ROOT, runCli, stackTraceLines } from '../support/cli.js'
import { copyIntoGitRepo, makeTempDir, writeFiles } from '../support/git-repo.js'

const MODEL_REPO = join(PROJECT_ROOT, 'examples', 'model-repo')
const render = (cwd: string, ...args: string[]) => runCli(['render', ...args], { cwd })

describe.concurrent('modelgate render', () => {
  it('prints every file of the model folder as one YAML stream, each after its # Source: line', async () => {
    const repo = copyIntoGitRepo(MODEL_REPO)
    const result = await render(repo.root, 'fraud-detector', '--env', 'staging')
    expect(result).toMatchObject({ code: 0, stderr: '' })
    const sources = linesOf(result.stdout).filter((line) => line.startsWith('# Source: '))
    expect(sources[0]).toBe('# Source: environments/staging/fraud-detector/inferenceservice.yaml')
    expect(result.stdout).toContain(`modelgate.dev/source-commit: ${repo.head()}`)
  })

  it('--format json gives the files and no problems; the same input renders the same bytes', async () => {
    const repo = copyIntoGitRepo(MODEL_REPO)
    const [first, second] = await Promise.all([
      render(repo.root, 'churn-predictor', '--env', 'dev', '--format', 'json'),
      render(repo.root, 'churn-predictor', '--env', 'dev', '--format', 'json'),
    ])
    expect(first.code).toBe(0)
    const parsed = JSON.parse(first.stdout) as {
      files: { path: string; content: string }[]
      problems: unknown[]
    }
    expect(parsed.problems).toEqual([])
    expect(parsed.files.map((file) => file.path)).toContain(
      'environments/dev/churn-predictor/inferenceservice.yaml',
    )
    expect(second.stdout).toBe(first.stdout)
  })

  it('--out writes the model folder of an environments checkout and removes what else was in it', async () => {
    const repo = copyIntoGitRepo(MODEL_REPO)
    const out = makeTempDir()
    const folder = join(out, 'environments', 'dev', 'churn-predictor')
    writeFiles(out, { 'environments/dev/churn-predictor/stale.yaml': 'kind: ConfigMap\n' })
    const result = await render(repo.root, 'churn-predictor', '--env', 'dev', '--out', out)
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(linesOf(result.stdout)).toContain('wrote environments/dev/churn-predictor/inferenceservice.yaml')
    expect(existsSync(join(folder, 'stale.yaml'))).toBe(false)
    expect(readFileSync(join(folder, 'inferenceservice.yaml'), 'utf8')).toContain('kind: InferenceService')
  })

  it('names the version it replaces when an environments checkout shows one live', async () => {
    const repo = copyIntoGitRepo(MODEL_REPO)
    const environments = makeTempDir()
    writeFiles(environments, {
      'environments/prod/fraud-detector/inferenceservice.yaml': [
        'apiVersion: serving.kserve.io/v1beta1',
        'kind: InferenceService',
        'metadata:',
        '  name: fraud-detector',
        '  annotations:',
        '    modelgate.dev/version: 1.3.0',
        `    modelgate.dev/artifact-digest: sha256:${'b'.repeat(64)}`,
        `    modelgate.dev/source-commit: ${'c'.repeat(40)}`,
        '',
      ].join('\n'),
    })
    const result = await render(repo.root, 'fraud-detector', '--env', 'prod', '--environments', environments)
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('modelgate.dev/previous-version: 1.3.0')
  })

  it('a Standard-mode canary keeps the live version, read at the commit it was rendered from, as the stable predictor', async () => {
    const repo = copyIntoGitRepo(MODEL_REPO)
    const released = repo.head()
    const path = join(repo.root, 'models/fraud-detector/model.yaml')
    const manifest = readFileSync(path, 'utf8')
    repo
      .write({
        'models/fraud-detector/model.yaml': manifest
          .replace('version: 1.4.0', 'version: 1.5.0')
          .replace('fraud-detector/1.4.0/', 'fraud-detector/1.5.0/'),
      })
      .commit('fraud-detector 1.5.0')
    const environments = makeTempDir()
    writeFiles(environments, {
      'environments/prod/fraud-detector/inferenceservice.yaml': [
        'apiVersion: serving.kserve.io/v1beta1',
        'kind: InferenceService',
        'metadata:',
        '  name: fraud-detector',
        '  annotations:',
        '    modelgate.dev/version: 1.4.0',
        `    modelgate.dev/artifact-digest: sha256:${'b'.repeat(64)}`,
        `    modelgate.dev/source-commit: ${released}`,
        '',
      ].join('\n'),
    })
    const result = await render(repo.root, 'fraud-detector', '--env', 'prod', '--environments', environments)
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain('modelgate.dev/previous-version: 1.4.0')
    expect(result.stdout).toMatch(/\n {2}canary:\n/)
    expect(result.stdout).toContain('fraud-detector/1.4.0/')
    expect(result.stdout).toContain('fraud-detector/1.5.0/')
  })

  it("--version renders that committed version, naming its commit, not the working tree's manifest", async () => {
    const repo = copyIntoGitRepo(MODEL_REPO)
    const released = repo.head()
    const path = join(repo.root, 'models/fraud-detector/model.yaml')
    const manifest = readFileSync(path, 'utf8')
    const bumped = manifest
      .replace('version: 1.4.0', 'version: 1.5.0')
      .replace('fraud-detector/1.4.0/', 'fraud-detector/1.5.0/')
    repo.write({ 'models/fraud-detector/model.yaml': bumped }).commit('fraud-detector 1.5.0')
    // An uncommitted edit of the working tree is not what --version renders, and draws no warning.
    repo.write({ 'models/fraud-detector/model.yaml': bumped.replace('version: 1.5.0', 'version: 1.6.0') })
    const result = await render(repo.root, 'fraud-detector', '--env', 'staging', '--version', '1.4.0')
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(result.stdout).toContain('modelgate.dev/version: 1.4.0')
    expect(result.stdout).toContain(`modelgate.dev/source-commit: ${released}`)
    expect(result.stdout).toContain('fraud-detector/1.4.0/')
    expect(result.stdout).not.toContain('1.5.0')
    const newest = await render(repo.root, 'fraud-detector', '--env', 'staging', '--version', '1.5.0')
    expect(newest.stdout).toContain(`modelgate.dev/source-commit: ${repo.head()}`)
  })

  it('--version with an unknown version → exit 2 listing the known ones, newest first, with the near miss', async () => {
    const repo = copyIntoGitRepo(MODEL_REPO)
    const path = join(repo.root, 'models/fraud-detector/model.yaml')
    repo
      .write({
        'models/fraud-detector/model.yaml': readFileSync(path, 'utf8').replace(
          'version: 1.4.0',
          'version: 1.5.0',
        ),
      })
      .commit('fraud-detector 1.5.0')
    const result = await render(repo.root, 'fraud-detector', '--env', 'dev', '--version', '1.4.1')
    expect(result).toMatchObject({ code: 2, stdout: '' })
    expect(linesOf(result.stderr)[0]).toBe(
      'modelgate: --version: fraud-detector has no version "1.4.1" on this branch; did you mean "1.4.0"? (versions: 1.5.0, 1.4.0)',
    )
    const never = await render(repo.root, 'fraud-detecter', '--env', 'dev', '--version', '1.0.0')
    expect(linesOf(never.stderr)[0]).toBe(
      'modelgate: no model "fraud-detecter" on this branch: models/fraud-detecter/model.yaml was never committed',
    )
  })

  it('a manifest with uncommitted changes renders with a warning that HEAD does not hold them', async () => {
    const repo = copyIntoGitRepo(MODEL_REPO)
    const path = join(repo.root, 'models/churn-predictor/model.yaml')
    repo.write({ 'models/churn-predictor/model.yaml': `${readFileSync(path, 'utf8')}# local edit\n` })
    const result = await render(repo.root, 'churn-predictor', '--env', 'dev')
    expect(result.code).toBe(0)
    expect(linesOf(result.stderr)).toEqual([
      `modelgate: warning: models/churn-predictor has uncommitted changes; the files name HEAD (${repo.head().slice(0, 12)}) as their source, which does not hold them`,
    ])
  })

  it.each([
    {
      name: 'an unknown environment, with the near miss',
      args: ['fraud-detector', '--env', 'prd'],
      message:
        'modelgate: --env: "prd" is not an environment; did you mean "prod"? (environments: dev, staging, prod)',
    },
    {
      name: 'no --env',
      args: ['fraud-detector'],
      message: 'modelgate: --env is required: the environment to render for',
    },
    {
      name: 'an unknown model',
      args: ['fraud-detecter', '--env', 'dev'],
      message: 'modelgate: no model "fraud-detecter": models/fraud-detecter/model.yaml does not exist',
    },
    {
      name: 'two models',
      args: ['a', 'b', '--env', 'dev'],
      message: 'modelgate: render takes one model name',
    },
  ])('$name → exit 2 with the message, no stack', async ({ args, message }) => {
    const repo = copyIntoGitRepo(MODEL_REPO)
    const result = await render(repo.root, ...args)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(linesOf(result.stderr)[0]).toBe(message)
    expect(stackTraceLines(result)).toEqual([])
  })

  it('outside git → exit 2: the files must name the commit they come from', async () => {
    const dir = makeTempDir()
    writeFiles(dir, {
      '.modelgate/config.yml': readFileSync(join(MODEL_REPO, '.modelgate/config.yml'), 'utf8'),
      'models/churn-predictor/model.yaml': readFileSync(
        join(MODEL_REPO, 'models/churn-predictor/model.yaml'),
        'utf8',
      ),
    })
    const result = await render(dir, 'churn-predictor', '--env', 'dev')
    expect(result.code).toBe(2)
    expect(linesOf(result.stderr)[0]).toBe(
      'modelgate: render needs a git repository: the rendered files name the commit they come from',
    )
  })
})

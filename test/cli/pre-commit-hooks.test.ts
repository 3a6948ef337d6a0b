import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { linesOf, PROJECT_ROOT, runCli } from '../support/cli.js'
import type { GitRepo } from '../support/git-repo.js'
import { copyIntoGitRepo, removeTempDirs } from '../support/git-repo.js'

/*
 * .pre-commit-hooks.yaml, run as pre-commit runs a hook: the staged files its `files` pattern
 * selects, passed after its `entry`, from the repository's root.
 */

interface Hook {
  id: string
  entry: string
  language: string
  files: string
  pass_filenames: boolean
}
const hooks = parse(readFileSync(join(PROJECT_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[]
const hook = hooks.find((candidate) => candidate.id === 'modelgate-validate')!
let repo: GitRepo

beforeAll(() => {
  repo = copyIntoGitRepo(join(PROJECT_ROOT, 'examples', 'model-repo'))
})
afterAll(removeTempDirs)

/** The hook on `changed` (repository-relative): pre-commit's filter, then `entry file…`. */
function runHook(changed: string[]) {
  // pre-commit matches `files` with Python's re.search; this pattern means the same in JavaScript.
  const selected = changed.filter((path) => new RegExp(hook.files).test(path))
  const [command, ...args] = hook.entry.split(' ')
  expect(command).toBe('modelgate')
  return { selected, result: runCli([...args, ...selected], { cwd: repo.root }) }
}

describe('.pre-commit-hooks.yaml', () => {
  it('declares a node hook that passes the changed files to modelgate validate', () => {
    expect(hook).toMatchObject({ language: 'node', entry: 'modelgate validate', pass_filenames: true })
  })

  it('selects manifests and the repository config, nothing else', () => {
    const { selected } = runHook([
      'models/fraud-detector/model.yaml',
      'models/churn/model.yml',
      '.modelgate/config.yml',
      'models/fraud-detector/metrics.json',
      'docs/model.yaml.md',
      'sub/.modelgate/config.yml',
      'README.md',
    ])
    expect(selected).toEqual([
      'models/fraud-detector/model.yaml',
      'models/churn/model.yml',
      '.modelgate/config.yml',
    ])
  })

  it('passes a valid changed manifest', async () => {
    const { result } = runHook(['models/fraud-detector/model.yaml', 'README.md'])
    expect(await result).toMatchObject({ code: 0, stdout: '1 file valid (0 errors, 0 warnings)\n' })
  })

  it('fails a broken manifest, naming the file and line', async () => {
    const path = 'models/fraud-detector/model.yaml'
    repo.write({ [path]: readFileSync(repo.path(path), 'utf8').replace('riskTier:', 'riskTeir:') })
    try {
      const { result } = runHook([path])
      const { code, stdout } = await result
      expect(code).toBe(1)
      expect(linesOf(stdout)[0]).toMatch(
        /^models\/fraud-detector\/model\.yaml:\d+:\d+: error: unknown key "riskTeir"/,
      )
    } finally {
      repo.git('checkout', '--', path)
    }
  })

  it('judges every manifest by a changed config, rather than reading the config as a manifest', async () => {
    const { result } = runHook(['.modelgate/config.yml'])
    expect(await result).toMatchObject({ code: 0, stdout: '4 files valid (0 errors, 0 warnings)\n' })
  })
})

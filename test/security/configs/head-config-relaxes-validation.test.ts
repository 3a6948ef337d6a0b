import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { PROJECT_ROOT, runCli, textProblems } from '../../support/cli.js'
import { exampleFile, useActionScenario } from '../../support/action-scenario.js'
import { copyIntoGitRepo, removeTempDirs } from '../../support/git-repo.js'

afterAll(removeTempDirs)

const CONFIG = '.modelgate/config.yml'
const CREDIT_METRICS = 'models/credit-limit-scorer/metrics.json'
const FRAUD = 'models/fraud-detector/model.yaml'

const config = () => exampleFile(CONFIG)
/** The example config with `validation.rules` replaced by `rules` (YAML lines under `rules:`). */
const withRules = (...rules: string[]) =>
  config().replace('    gate-metric-known: error\n', rules.map((rule) => `    ${rule}\n`).join(''))

/** Changes a released version's content without bumping it, each hidden by some relaxed setting. */
const releasedMetricsEdit = {
  [CREDIT_METRICS]: exampleFile(CREDIT_METRICS).replace('"auc": 0.806', '"auc": 0.906'),
}
const releasedDatasetsEdit = {
  [FRAUD]: exampleFile(FRAUD).replace(/(datasets:[\s\S]*?digest: sha256:)[0-9a-f]{4}/, '$1ffff'),
}
const releasedArtifactEdit = {
  [FRAUD]: exampleFile(FRAUD).replace(/(artifact:[\s\S]*?digest: sha256:)[0-9a-f]{4}/, '$1eeee'),
}

/**
 * Item 6 of issue 10: a change edits `.modelgate/config.yml` to switch off (or soften) the very
 * rule its other edits break. Each row is one hostile config plus the edit it tries to hide; the
 * base revision's config must judge it, and the config change must be reported.
 */
const attacks: { name: string; files: Record<string, string | null>; rule: string; change: string }[] = [
  {
    name: 'released-version-immutable and version-bumped off, metrics.json of 3.0.0 rewritten',
    files: {
      [CONFIG]: withRules('released-version-immutable: off', 'version-bumped: off'),
      ...releasedMetricsEdit,
    },
    rule: 'released-version-immutable',
    change: 'released-version-immutable error → off',
  },
  {
    name: 'released-version-immutable softened to a warning, datasets of 1.4.0 changed',
    files: { [CONFIG]: withRules('released-version-immutable: warning'), ...releasedDatasetsEdit },
    rule: 'released-version-immutable',
    change: 'released-version-immutable error → warning',
  },
  {
    name: 'version-bumped off, the artifact of 1.4.0 swapped',
    files: { [CONFIG]: withRules('version-bumped: off'), ...releasedArtifactEdit },
    rule: 'version-bumped',
    change: 'version-bumped error → off',
  },
  {
    name: 'the config deleted, so gate-metric-known falls back to a warning',
    files: {
      [CONFIG]: null,
      [FRAUD]: exampleFile(FRAUD)
        .replace('version: 1.4.0', 'version: 1.5.0')
        .replace('- metric: auc', '- metric: auc_typo'),
    },
    rule: 'gate-metric-known',
    change: 'gate-metric-known error → warning',
  },
  {
    name: 'the config renamed to config.yaml with every release rule off',
    files: {
      [CONFIG]: null,
      '.modelgate/config.yaml': withRules(
        'released-version-immutable: off',
        'version-bumped: off',
        'version-not-lowered: off',
      ),
      ...releasedDatasetsEdit,
    },
    rule: 'released-version-immutable',
    change: 'released-version-immutable error → off',
  },
  {
    name: 'models.root moved to a folder holding one valid copy, away from the broken model',
    files: {
      [CONFIG]: config().replace('  root: models', '  root: staging-models'),
      'staging-models/churn-predictor/model.yaml': exampleFile('models/churn-predictor/model.yaml'),
      ...releasedArtifactEdit,
    },
    rule: 'version-bumped',
    change: 'models.root models → staging-models',
  },
]

describe('attack: a change relaxes its own validation settings (CLI validate --base)', () => {
  it.each(attacks)('$name → still $rule, and the change is reported', async ({ files, rule, change }) => {
    const repo = copyIntoGitRepo(join(PROJECT_ROOT, 'examples', 'model-repo'))
    for (const [path, content] of Object.entries(files))
      if (content === null) repo.remove(path)
      else repo.write({ [path]: content })
    repo.commit('relax the rules')
    const result = await runCli(['validate', '--base', 'HEAD~1'], { cwd: repo.root })
    expect(result.code, result.stdout).toBe(1)
    const problems = textProblems(result.stdout)
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.rule)).toContain(rule)
    const warning = problems.find((p) => p.rule === 'config-changed')
    expect(warning?.message, result.stdout).toContain(`this change changes validation settings: `)
    expect(warning?.message).toContain(change)
    expect(warning?.file).toMatch(/^\.modelgate\/config\.ya?ml$/)
  })

  it('without --base the working tree config applies, as before', async () => {
    const repo = copyIntoGitRepo(join(PROJECT_ROOT, 'examples', 'model-repo'))
    repo.write({ [CONFIG]: withRules('datasets-required: off') }).commit()
    const result = await runCli(['validate'], { cwd: repo.root })
    expect(result.code).toBe(0)
    expect(readFileSync(repo.path(CONFIG), 'utf8')).toContain('datasets-required: off')
  })
})

const scenario = useActionScenario({ contents: 'read', pull_requests: 'read', metadata: 'read' })

describe('attack: a pull request relaxes its own validation settings (bundled validate action)', () => {
  it.each(attacks.slice(0, 5))('$name → the step fails with $rule', async ({ name, files, rule, change }) => {
    const branch = `relax-${attacks.findIndex((attack) => attack.name === name)}`
    const pull = await scenario.openPull(branch, files)
    const run = await scenario.runInCheckout({
      action: 'actions/validate',
      event: { name: 'pull_request', payload: pull.payload },
      branch,
      sha: pull.headSha,
    })
    expect(run.exitCode, run.stdout).toBe(1)
    const errors = run.annotations.filter((a) => a.command === 'error')
    expect(errors.map((a) => a.properties.title)).toContain(`modelgate ${rule}`)
    const warning = run.annotations.find((a) => a.properties.title === 'modelgate config-changed')
    expect(warning?.command).toBe('warning')
    expect(warning?.message).toContain(change)
    expect(run.summary).toContain('this change changes validation settings')
  })
})

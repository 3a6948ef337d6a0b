import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { PROJECT_ROOT, runCli, textProblems } from '../../support/cli.js'
import type { FileMap } from '../../support/git-repo.js'
import { copyIntoGitRepo, removeTempDirs } from '../../support/git-repo.js'

afterAll(removeTempDirs)

const MODEL = 'models/credit-limit-scorer'
const METRICS = `${MODEL}/metrics.json`
const MANIFEST = `${MODEL}/model.yaml`
const RELEASED = `{
  "test": { "gini": 0.612, "ks": 0.47, "auc": 0.806 },
  "fairness": { "disparate_impact_ratio": 0.91 }
}
`

/**
 * Item 7 of issue 10: the released version 3.0.0 of credit-limit-scorer keeps its manifest byte
 * for byte, and the change rewrites what its metrics file says. Each row is one such edit;
 * `validate --base main` must fail it as released-version-immutable at `metrics.file`.
 */
const edits: { name: string; files: FileMap; named: string }[] = [
  {
    name: 'a metric value raised',
    files: { [METRICS]: RELEASED.replace('"auc": 0.806', '"auc": 0.906') },
    named: 'test.auc 0.806 → 0.906',
  },
  {
    name: 'a fairness metric improved',
    files: { [METRICS]: RELEASED.replace('0.91', '0.99') },
    named: 'fairness.disparate_impact_ratio 0.91 → 0.99',
  },
  {
    name: 'a metric removed',
    files: { [METRICS]: RELEASED.replace('"ks": 0.47, ', '') },
    named: 'test.ks 0.47 → absent',
  },
  {
    name: 'a metric added',
    files: { [METRICS]: RELEASED.replace('"auc": 0.806', '"auc": 0.806, "f1": 0.7') },
    named: 'test.f1 absent → 0.7',
  },
  {
    name: 'the same numbers flattened differently (a key renamed)',
    files: { [METRICS]: RELEASED.replace('"test"', '"holdout"') },
    named: 'holdout.auc absent → 0.806',
  },
  {
    name: 'a number turned into a string',
    files: { [METRICS]: RELEASED.replace('0.806', '"0.806"') },
    named: 'test.auc 0.806 → "0.806"',
  },
  {
    name: 'the file rewritten as YAML with new values',
    files: {
      [METRICS]: 'test: { gini: 0.7, ks: 0.47, auc: 0.806 }\nfairness: { disparate_impact_ratio: 0.91 }\n',
    },
    named: 'test.gini 0.612 → 0.7',
  },
]

describe('attack: editing the metrics file of a released version (validate --base)', () => {
  it.each(edits)('$name → released-version-immutable at metrics.file', async ({ files, named }) => {
    const repo = copyIntoGitRepo(join(PROJECT_ROOT, 'examples', 'model-repo'))
    repo.commitFiles(files, 'rewrite the released metrics')
    const result = await runCli(['validate', '--base', 'HEAD~1'], { cwd: repo.root })
    expect(result.code, result.stdout).toBe(1)
    const problems = textProblems(result.stdout).filter((p) => p.severity === 'error')
    expect(problems).toEqual([
      expect.objectContaining({ file: MANIFEST, line: 31, rule: 'released-version-immutable' }),
    ])
    expect(problems[0]!.message).toContain('metrics of released version 3.0.0 changed in the metrics file (')
    expect(problems[0]!.message).toContain(named)
  })

  it('the same edit with a version bump passes', async () => {
    const repo = copyIntoGitRepo(join(PROJECT_ROOT, 'examples', 'model-repo'))
    const manifest = (await import('node:fs')).readFileSync(repo.path(MANIFEST), 'utf8')
    repo.commitFiles({
      [METRICS]: RELEASED.replace('"auc": 0.806', '"auc": 0.906'),
      [MANIFEST]: manifest.replace('version: 3.0.0', 'version: 3.1.0'),
    })
    const result = await runCli(['validate', '--base', 'HEAD~1'], { cwd: repo.root })
    expect(result.code, result.stdout).toBe(0)
  })

  it('a metrics file deleted under a released version is an error, not "unchanged"', async () => {
    const repo = copyIntoGitRepo(join(PROJECT_ROOT, 'examples', 'model-repo'))
    repo.remove(METRICS).commit('drop the metrics')
    const result = await runCli(['validate', '--base', 'HEAD~1'], { cwd: repo.root })
    expect(result.code, result.stdout).toBe(1)
    expect(textProblems(result.stdout).map((p) => `${p.file}:${p.line} ${p.rule}`)).toEqual([
      `${MANIFEST}:31 metrics-file`,
    ])
  })
})

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { PROJECT_ROOT, runCli, stackTraceLines, textProblems } from '../../support/cli.js'
import type { GitRepo } from '../../support/git-repo.js'
import { copyIntoGitRepo, removeTempDirs } from '../../support/git-repo.js'

afterAll(removeTempDirs)

const CREDIT = 'models/credit-limit-scorer'
const FRAUD = 'models/fraud-detector'

/**
 * Item 4 of issue 10 (validate side): a model file reached through a symbolic link. The approval
 * digest hashes the link's text, not its target, so the target could change (here: a file outside
 * the models root) while approvals stand, and validate read through the link. Each row plants one
 * link; validate must refuse it at the link, as a located no-symlinks error.
 */
const links: {
  name: string
  plant: (repo: GitRepo) => void
  args: string[]
  at: string
  link: string
}[] = [
  {
    name: 'model.yaml linking to a file outside the models root',
    plant: (repo) => {
      repo.write({ 'shared/fraud.yaml': readFileSync(repo.path(`${FRAUD}/model.yaml`)) })
      repo.remove(`${FRAUD}/model.yaml`).symlink('../../shared/fraud.yaml', `${FRAUD}/model.yaml`)
    },
    args: [],
    at: `${FRAUD}/model.yaml:1`,
    link: `${FRAUD}/model.yaml`,
  },
  {
    name: 'a model folder linking to a folder outside the models root',
    plant: (repo) => {
      repo.git('mv', FRAUD, 'shared-fraud')
      repo.symlink('../shared-fraud', FRAUD)
    },
    args: [],
    at: `${FRAUD}/model.yaml:1`,
    link: FRAUD,
  },
  {
    name: 'the same model folder link, named on the command line',
    plant: (repo) => {
      repo.git('mv', FRAUD, 'shared-fraud')
      repo.symlink('../shared-fraud', FRAUD)
    },
    args: [FRAUD],
    at: `${FRAUD}/model.yaml:1`,
    link: FRAUD,
  },
  {
    name: 'metrics.json linking to a file outside the models root',
    plant: (repo) => {
      repo.write({ 'reports/credit.json': readFileSync(repo.path(`${CREDIT}/metrics.json`)) })
      repo.remove(`${CREDIT}/metrics.json`).symlink('../../reports/credit.json', `${CREDIT}/metrics.json`)
    },
    args: [],
    at: `${CREDIT}/model.yaml:31`,
    link: `${CREDIT}/metrics.json`,
  },
  {
    name: 'metrics.json linking to a file outside the repository',
    plant: (repo) => {
      repo.remove(`${CREDIT}/metrics.json`).symlink('/etc/hostname', `${CREDIT}/metrics.json`)
    },
    args: [`${CREDIT}/model.yaml`],
    at: `${CREDIT}/model.yaml:31`,
    link: `${CREDIT}/metrics.json`,
  },
  {
    name: "the metrics file's folder linking elsewhere (metrics.file: eval/metrics.json)",
    plant: (repo) => {
      const manifest = readFileSync(repo.path(`${CREDIT}/model.yaml`), 'utf8')
      repo.write({
        [`${CREDIT}/model.yaml`]: manifest.replace('file: metrics.json', 'file: eval/metrics.json'),
        'reports/eval/metrics.json': readFileSync(repo.path(`${CREDIT}/metrics.json`)),
      })
      repo.symlink('../../reports/eval', `${CREDIT}/eval`)
    },
    args: [],
    at: `${CREDIT}/model.yaml:31`,
    link: `${CREDIT}/eval`,
  },
]

describe('attack: a model file behind a symbolic link (validate)', () => {
  it.each(links)('$name → no-symlinks at the link, exit 1', async ({ plant, args, at, link }) => {
    const repo = copyIntoGitRepo(join(PROJECT_ROOT, 'examples', 'model-repo'))
    plant(repo)
    for (const base of [[], ['--base', 'main']]) {
      const result = await runCli(['validate', ...base, ...args], { cwd: repo.root })
      expect(result.code, result.stdout + result.stderr).toBe(1)
      expect(stackTraceLines(result)).toEqual([])
      const refused = textProblems(result.stdout).filter((p) => p.rule === 'no-symlinks')
      expect(refused.map((p) => `${p.file}:${p.line}`)).toEqual([at])
      expect(refused[0]!.message).toBe(
        `${link} is a symbolic link; model files are refused behind links, as the approval digest cannot follow a link to the file it names`,
      )
    }
  })
})

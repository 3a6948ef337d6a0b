import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApprovalScenario, Change } from '../../support/approval-scenario.js'
import { CRITICAL_MANIFEST, startApprovalScenario } from '../../support/approval-scenario.js'

/*
 * Attack (issue 10, item 4): the governed digest once hashed regular files only. A submodule moved
 * under models/ (or re-pointed there) kept every approval, and a metrics.json that is a symbolic
 * link to a file outside models/ kept them while its target changed (the actions read through the
 * link). The digest now hashes each entry's mode and submodule commits, and a link under a governed
 * path fails the check closed, naming the link and the fix.
 */

let scenario: ApprovalScenario
/** Two commits for submodules to point at (any commit id will do for git). */
let [first, second] = ['', '']

beforeAll(async () => {
  scenario = await startApprovalScenario({ name: 'modes' })
  first = scenario.repo.git.resolve('refs/heads/main')!
  second = scenario.commitOnMain({ 'data/credit-metrics.json': '{"auc": 0.91}\n' })
  scenario.commitOnMain({
    'vendor/scorer-lib': { mode: '160000', sha: first },
    'models/credit-limit-scorer/lib': { mode: '160000', sha: first },
  })
})

afterAll(async () => {
  await scenario?.stop()
})

const bump = () => ({
  [CRITICAL_MANIFEST]: scenario.fileOnMain(CRITICAL_MANIFEST).replace(/version: [^\n]+/, 'version: 9.0.0'),
})

/** Opens a pull request bumping the critical model, approved by everyone the policy needs. */
async function approvedPull(head: string, extra: Record<string, Change> = {}) {
  const pull = scenario.openPull({ as: 'ana', head, commits: [{ ...bump(), ...extra }] })
  await scenario.settledCheck(pull.head.sha)
  for (const reviewer of ['mo', 'rita', 'carl']) scenario.review(pull, reviewer)
  await scenario.gh.webhooks.settled()
  return { pull, run: await scenario.settledCheck(pull.head.sha) }
}

const submodules: { name: string; push: () => Record<string, Change> }[] = [
  {
    name: 'a submodule moved under models/',
    push: () => ({
      'vendor/scorer-lib': null,
      'models/credit-limit-scorer/vendor-lib': { mode: '160000', sha: first },
    }),
  },
  {
    name: 'a submodule under models/ re-pointed to another commit',
    push: () => ({ 'models/credit-limit-scorer/lib': { mode: '160000', sha: second } }),
  },
  {
    name: 'a governed file made executable',
    push: () => ({
      [CRITICAL_MANIFEST]: {
        mode: '100755',
        sha: scenario.repo.git.writeBlob(Buffer.from(bump()[CRITICAL_MANIFEST])),
      },
    }),
  },
]

describe('approvals of a critical model', () => {
  it.each(submodules)('do not survive $name', async ({ name, push }) => {
    const { pull, run } = await approvedPull(`sub-${name.replaceAll(' ', '-')}`)
    expect(run.conclusion).toBe('success')
    const sha = scenario.push(pull, 'ana', [push()])
    const after = await scenario.settledCheck(sha)
    expect(scenario.conclusionsOn(sha)).not.toContain('success')
    expect(after.conclusion).toBe('action_required')
    expect(after.output.text).toMatch(/governed files changed since/)
  })
})

const links: { name: string; link: string; target: string; message: RegExp }[] = [
  {
    name: 'a metrics file linked to data outside models/',
    link: 'models/credit-limit-scorer/metrics.json',
    target: '../../data/credit-metrics.json',
    message: /^models\/credit-limit-scorer\/metrics\.json is a symbolic link under a governed path/,
  },
  {
    name: 'a manifest-adjacent link to an absolute path',
    link: 'models/credit-limit-scorer/eval.json',
    target: '/etc/passwd',
    message: /^models\/credit-limit-scorer\/eval\.json is a symbolic link under a governed path/,
  },
  {
    name: 'a link inside the config folder',
    link: '.modelgate/extra.yml',
    target: '../data/credit-metrics.json',
    message: /^\.modelgate\/extra\.yml is a symbolic link under a governed path/,
  },
]

describe('a symbolic link under a governed path', () => {
  it.each(links)(
    'fails the check closed, even once approved: $name',
    async ({ name, link, target, message }) => {
      const entry = { mode: '120000', sha: scenario.repo.git.writeBlob(Buffer.from(target)) }
      const { pull, run } = await approvedPull(`link-${name.replaceAll(' ', '-')}`, { [link]: entry })
      expect(scenario.conclusionsOn(pull.head.sha)).not.toContain('success')
      expect(run.conclusion).toBe('failure')
      const text = `${run.output.summary}\n${run.output.text}`.replaceAll('\\', '')
      expect(text).toMatch(/could not evaluate: /)
      expect(text.slice(text.indexOf('could not evaluate: ') + 20)).toMatch(message)
      expect(text).toMatch(/replace each link by the file it points to/)
      // The target outside the governed paths changes: still no pass.
      const sha = scenario.push(pull, 'ana', [{ 'data/credit-metrics.json': '{"auc": 0.99}\n' }])
      await scenario.settledCheck(sha)
      expect(scenario.conclusionsOn(sha)).not.toContain('success')
    },
  )
})

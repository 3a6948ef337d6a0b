import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApprovalScenario } from '../../support/approval-scenario.js'
import {
  ATTACK_POLICY,
  CONFIG,
  CRITICAL_MANIFEST,
  configWith,
  startApprovalScenario,
} from '../../support/approval-scenario.js'

/*
 * Attack (issue 10, item 3): with `models.root: registry`, the governed files once defaulted to
 * `models/**` all the same, so approvals survived a swap of a model's artifact under registry/.
 * The default now follows the default branch's models root, and a `governed` list that misses the
 * root (or the config) is a policy error: the check fails closed until the list is fixed.
 */

const MANIFEST = 'registry/credit-limit-scorer/model.yaml'
const WEIGHTS = 'registry/credit-limit-scorer/weights.bin'
const toRegistry = (text: string) => text.replace(/^ {2}root: models$/m, '  root: registry')

let scenario: ApprovalScenario

beforeAll(async () => {
  scenario = await startApprovalScenario({ name: 'registry-root', config: toRegistry })
  scenario.commitOnMain({ [MANIFEST]: scenario.fileOnMain(CRITICAL_MANIFEST), [WEIGHTS]: 'weights v1\n' })
})

afterAll(async () => {
  await scenario?.stop()
})

const cases = [
  {
    name: 'the default governed paths',
    policy: ATTACK_POLICY,
    approved: 'success',
    after: /governed files changed since/,
  },
  {
    name: 'a governed list that misses the models root',
    policy: ATTACK_POLICY.replace('policy:\n', 'policy:\n  governed: [models/**, .modelgate/**]\n'),
    approved: 'failure',
    after: /policy\.governed: does not cover "registry\/\*\*"/,
  },
  {
    name: 'a governed list that misses the config file',
    policy: ATTACK_POLICY.replace('policy:\n', "policy:\n  governed: ['registry/**']\n"),
    approved: 'failure',
    after: /policy\.governed: does not cover "\.modelgate\/config\.yml"/,
  },
]

describe('approvals under models.root: registry', () => {
  it.each(cases)('do not survive an artifact swap, with $name', async ({ name, policy, approved, after }) => {
    scenario.commitOnMain({ [CONFIG]: configWith(policy, toRegistry) })
    const manifest = scenario.fileOnMain(MANIFEST).replace(/version: [^\n]+/, 'version: 9.9.9')
    const pull = scenario.openPull({
      as: 'ana',
      head: `bump-${name.replaceAll(' ', '-')}`,
      commits: [{ [MANIFEST]: manifest }],
    })
    await scenario.settledCheck(pull.head.sha)
    for (const reviewer of ['mo', 'rita', 'carl']) scenario.review(pull, reviewer)
    await scenario.gh.webhooks.settled()
    expect((await scenario.settledCheck(pull.head.sha)).conclusion).toBe(approved)

    const swapped = scenario.push(pull, 'ana', [{ [WEIGHTS]: 'weights v2, swapped\n' }])
    const run = await scenario.settledCheck(swapped)
    expect(scenario.conclusionsOn(swapped)).not.toContain('success')
    // The output is Markdown: compare without its escapes.
    expect(`${run.output.summary}\n${run.output.text}`.replaceAll('\\', '')).toMatch(after)
  })
})

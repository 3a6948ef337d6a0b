import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApprovalScenario, Change } from '../../support/approval-scenario.js'
import { CRITICAL_METRICS, startApprovalScenario } from '../../support/approval-scenario.js'

/*
 * Attack (issue 10, item 1): a pull request that touches a critical model's folder but not its
 * model.yaml. The bot once counted only manifests, so the model's risk-tier rules were skipped and
 * one maintainer's approval passed. Any file under models/<name>/ changes that model
 * (core's modelsTouchedBy, as the actions decide): the critical rule must apply.
 */

let scenario: ApprovalScenario

beforeAll(async () => {
  scenario = await startApprovalScenario({ name: 'metrics-only' })
})

afterAll(async () => {
  await scenario?.stop()
})

const cases: { name: string; commits: (metrics: string) => Record<string, Change>[] }[] = [
  {
    name: 'the metrics file edited',
    commits: (metrics) => [{ [CRITICAL_METRICS]: metrics.replace(/\d\.\d+/, '0.999') }],
  },
  { name: 'the metrics file deleted', commits: () => [{ [CRITICAL_METRICS]: null }] },
  {
    name: 'a nested evaluation report added',
    commits: () => [{ 'models/credit-limit-scorer/eval/2026/report.html': '<p>all good</p>\n' }],
  },
  {
    name: 'the metrics file renamed out of the folder',
    commits: (metrics) => [{ [CRITICAL_METRICS]: null, 'docs/credit-metrics.json': metrics }],
  },
  {
    name: 'a model-weights file swapped in a second commit',
    commits: (): Record<string, Change>[] => [
      { 'README.md': 'Notes.\n' },
      { 'models/credit-limit-scorer/weights.bin': 'evil\n' },
    ],
  },
]

describe('a change to a critical model’s folder without its manifest', () => {
  it.each(cases)('requires the critical tier’s rules: $name', async ({ name, commits }) => {
    const pull = scenario.openPull({
      as: 'ana',
      head: `touch-${name.replaceAll(' ', '-')}`,
      commits: commits(scenario.fileOnMain(CRITICAL_METRICS)),
    })
    await scenario.settledCheck(pull.head.sha)
    scenario.review(pull, 'mo')
    await scenario.gh.webhooks.settled()
    const run = await scenario.settledCheck(pull.head.sha)
    expect(scenario.conclusionsOn(pull.head.sha)).not.toContain('success')
    expect(run.conclusion).toBe('action_required')
    expect(run.output.summary).toContain('still pending: critical\\-two\\-person')
  })
})

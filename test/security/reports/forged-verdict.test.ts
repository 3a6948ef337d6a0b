import { beforeAll, describe, expect, it } from 'vitest'
import type { OpenedPull } from '../../support/action-scenario.js'
import { FRAUD, fraudDetectorAt, useActionScenario } from '../../support/action-scenario.js'

/**
 * Issue 10, item 8: the fork-safe diff renders a results file that a fork's job wrote. A file
 * claiming `passed: true` over a regression used to render "✅ 1 gate passed" and output
 * `passed=true`. Now every verdict is judged again from the numbers and gates in the file.
 */
const scenario = useActionScenario({ contents: 'read', pull_requests: 'write', metadata: 'read' })

type Report = any // a hostile file may have any shape

let pull: OpenedPull
let honest: Report

/** The trusted workflow_run job after the fork's pull_request run, given `report` as its results file. */
const renderTrusted = (report: Report) =>
  scenario.runInCheckout({
    action: 'actions/diff',
    event: {
      name: 'workflow_run',
      payload: {
        action: 'completed',
        workflow_run: {
          event: 'pull_request',
          head_sha: pull.headSha,
          head_branch: 'slower',
          head_repository: { owner: { login: 'acme' } },
          pull_requests: [{ number: pull.number, head: { sha: pull.headSha } }],
        },
      },
    },
    inputs: { 'report-file': 'report.json', key: 'forged' },
    files: { 'report.json': JSON.stringify(report) },
  })

const comment = () =>
  scenario.gh.state.comments.filter((c) => c.issueNumber === pull.number && c.body.includes('modelgate:diff')).at(-1)
    ?.body ?? ''

const forge = (edit: (report: Report) => void): Report => {
  const report = structuredClone(honest)
  edit(report)
  return report
}
const gated = (report: Report) => report.models.find((model: Report) => model.verdict)

/** Each forgery leaves the regression's numbers in place and claims it passed. */
const FORGERIES: [string, (report: Report) => void][] = [
  [
    'every verdict and gate result says passed',
    (r) => {
      for (const model of r.models) {
        if (!model.verdict) continue
        model.verdict.passed = true
        for (const result of model.verdict.results) {
          result.passed = true
          result.reasons = []
          for (const check of result.checks) check.passed = true
        }
      }
    },
  ],
  ['the gate results are removed', (r) => (gated(r).verdict.results = [])],
  ['the failing gate result is marked a warning', (r) => gated(r).verdict.results.forEach((x: Report) => (x.severity = 'warning'))],
  ['the verdict is removed (the gates stay)', (r) => delete gated(r).verdict],
  [
    'the regression is shown as an improvement',
    (r) =>
      gated(r).metrics.forEach((row: Report) => {
        if (row.movement === 'worse') row.movement = 'better'
      }),
  ],
  [
    'the verdict says passed and the candidate numbers in it are rewritten',
    (r) => {
      gated(r).verdict.passed = true
      for (const result of gated(r).verdict.results) {
        result.passed = true
        result.candidate = result.baseline
      }
    },
  ],
]

describe('a forged verdict in the fork-safe diff', () => {
  beforeAll(async () => {
    pull = await scenario.openPull('slower', { [FRAUD]: fraudDetectorAt('1.7.0', ['value: 18.4', 'value: 30']) })
    const payload = structuredClone(pull.payload) as { pull_request: { head: { repo: { full_name: string } } } }
    payload.pull_request.head.repo.full_name = 'mallory/models'
    const untrusted = await scenario.runInCheckout({
      action: 'actions/diff',
      event: { name: 'pull_request', payload },
      branch: 'slower',
      inputs: { 'write-report': 'report.json' },
      keep: 'report.json',
    })
    honest = JSON.parse(untrusted.kept!)
    expect(gated(honest).verdict.passed).toBe(false) // the latency regression fails its gate
  })

  it('renders the honest report as a failure, as a baseline for the forgeries', async () => {
    const run = await renderTrusted(honest)
    expect(run.exitCode).toBe(0)
    expect(run.outputs.passed).toBe('false')
    expect(comment()).toContain('❌')
  })

  it.each(FORGERIES)('renders a failure and outputs passed=false when %s', async (_, edit) => {
    const run = await renderTrusted(forge(edit))
    expect(run.exitCode).toBe(0)
    expect(run.outputs.passed).toBe('false')
    expect(comment()).toContain('❌ **1 blocking gate failed')
    expect(comment()).not.toContain('All gates pass')
    const latency = comment()
      .split('\n')
      .find((line) => line.startsWith('| p95\\_latency\\_ms |'))
    expect(latency).toMatch(/^\| p95\\_latency\\_ms \| 18\.4 \| 30 \| \+11\.6 \| .* \| 🔴 ▲ \| ❌ \|$/)
    expect(run.summary).toContain('❌ **1 blocking gate failed')
  })

  it.each<[string, (report: Report) => void, string]>([
    [
      'a verdict without the gates it was judged by (the old format)',
      (r) => delete gated(r).evaluation,
      'must have property evaluation when property verdict is present',
    ],
    [
      'a metric listed twice, the second time with a passing value',
      (r) => gated(r).metrics.push({ ...gated(r).metrics[0], head: 1 }),
      'the metric is listed twice',
    ],
  ])('refuses %s and posts nothing', async (_, edit, message) => {
    const before = comment()
    const run = await renderTrusted(forge(edit))
    expect(run.exitCode).toBe(1)
    expect(run.outputs.passed).toBeUndefined()
    expect(run.annotations.map((a) => a.message).join('\n')).toContain(message)
    expect(comment()).toBe(before)
  })
})

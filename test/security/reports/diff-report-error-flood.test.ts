import { describe, expect, it } from 'vitest'
import { checkDiffReport } from '../../../core/diff/check-diff-report.js'
import { useActionScenario } from '../../support/action-scenario.js'

/**
 * Issue 10, item 9: a 640 KB results file with a schema error in each of 7,000 metric rows took
 * the fork-safe diff job 113 s, each error rescanning every `anyOf` error. Now the errors are
 * folded in one pass and at most 20 are described, the rest counted.
 */
const scenario = useActionScenario({ contents: 'read', pull_requests: 'write', metadata: 'read' })

const ROWS = 7000
const report = (row: string) =>
  `{"schemaVersion":1,"base":{"ref":"a"},"head":{"ref":"b"},"models":[{"model":"m","file":"f","status":"modified","fields":[],"metrics":[${Array<string>(ROWS).fill(row).join(',')}]}],"problems":[]}`
const FLOODS: [string, string][] = [
  ['a metric value of the wrong kind in each row', report('{"metric":"m","base":{},"head":1,"delta":null,"deltaPercent":null,"movement":"better"}')],
  ['both values of the wrong kind in each row', report('{"metric":"m","base":[],"head":{},"delta":null,"deltaPercent":null,"movement":"better"}')],
  ['an unknown key in each row', report('{"metric":"m","base":1,"head":1,"delta":null,"deltaPercent":null,"movement":"better","x":1}')],
  ['a bad movement in each row', report('{"metric":"m","base":1,"head":1,"delta":null,"deltaPercent":null,"movement":"up"}')],
]

describe('a 640 KB results file with an error in each of 7,000 metric rows', () => {
  it('is about 640 KB, as in the review', () => {
    expect(FLOODS[0]![1].length).toBeGreaterThan(600_000)
  })

  it.each(FLOODS)('checkDiffReport describes 20 problems and counts the rest: %s', (_, text) => {
    const { report: checked, problems } = checkDiffReport(text, 'report.json')
    expect(checked).toBeUndefined()
    expect(problems).toHaveLength(21)
    expect(problems.at(-1)!.message).toMatch(/^and \d+ more problems like these$/)
  }, 10_000) // linear: about 1 s on a loaded machine; the quadratic fold took 18 to 25 s

  it.each(FLOODS)('the bundled diff action refuses it with 22 error annotations: %s', async (_, text) => {
    const run = await scenario.runInCheckout({
      action: 'actions/diff',
      event: {
        name: 'workflow_run',
        payload: { action: 'completed', workflow_run: { event: 'pull_request', head_sha: 'x', head_branch: 'x', head_repository: null, pull_requests: [] } },
      },
      inputs: { 'report-file': 'report.json' },
      files: { 'report.json': text },
    })
    expect(run.exitCode).toBe(1)
    expect(run.annotations.filter((a) => a.command === 'error')).toHaveLength(22) // 20, "and N more", the failure
    expect(run.annotations.at(-1)!.message).toBe('report-file: report.json is not a modelgate diff report; nothing was posted')
  })
})

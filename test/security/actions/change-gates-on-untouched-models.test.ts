import { beforeAll, describe, expect, it } from 'vitest'
import { pushToBranch } from '../../../sandbox/scenarios/pulls.js'
import { exampleFile, FRAUD, useActionScenario } from '../../support/action-scenario.js'

const scenario = useActionScenario({ contents: 'read', pull_requests: 'read', metadata: 'read' })

/** Commits `files` on main of the emulated repository; returns the commit it replaced and the new one. */
function push(files: Record<string, string>, message: string): { before: string; after: string } {
  const { gh, repo } = scenario
  const before = repo.git.resolveCommit('refs/heads/main')!
  const after = pushToBranch(gh, { repo, branch: 'main', as: 'ana', files, message })
  return { before, after }
}

type Range = { before: string; after: string }
type EventOf = (range: Range) => { name: string; payload: Record<string, unknown> }

const pushEvent: EventOf = ({ before, after }) => ({
  name: 'push',
  payload: { ref: 'refs/heads/main', before, after, created: false, deleted: false, forced: false },
})
const mergeGroupEvent: EventOf = ({ before, after }) => ({
  name: 'merge_group',
  payload: {
    action: 'checks_requested',
    merge_group: {
      base_sha: before,
      head_sha: after,
      base_ref: 'refs/heads/main',
      head_ref: 'refs/heads/gh-readonly-queue/main/pr-1',
    },
  },
})

/**
 * Item 9a of issue 10: on `push` and `merge_group` a change gate (`minRelativeChange`, a
 * regression limit without a baseline…) failed every model nobody touched, so every push to main
 * went red. Each row is a change that leaves every gated model as it was; the gate action must
 * pass it, with the untouched models either not selected (changed-only) or reported unchanged.
 */
const untouched: {
  name: string
  files: Record<string, string>
  event: EventOf
  inputs: Record<string, string>
}[] = [
  {
    name: 'push: README edited (changed-only)',
    files: { 'README.md': 'push 1\n' },
    event: pushEvent,
    inputs: {},
  },
  {
    name: 'push: README edited, every model gated (changed-only: false)',
    files: { 'README.md': 'push 2\n' },
    event: pushEvent,
    inputs: { 'changed-only': 'false' },
  },
  {
    name: "push: a notes file added in fraud-detector's folder (touched, yet unchanged)",
    files: { 'models/fraud-detector/NOTES.md': 'retrain planned\n' },
    event: pushEvent,
    inputs: {},
  },
  {
    name: 'merge_group: README edited (changed-only)',
    files: { 'README.md': 'group 1\n' },
    event: mergeGroupEvent,
    inputs: {},
  },
  {
    name: 'merge_group: README edited, every model gated (changed-only: false)',
    files: { 'README.md': 'group 2\n' },
    event: mergeGroupEvent,
    inputs: { 'changed-only': 'false' },
  },
]

describe('attack: change gates fail models nobody changed (bundled gate action on push and merge_group)', () => {
  beforeAll(() => {
    // fraud-detector's recall gate made blocking: it needs 1% over its baseline.
    push(
      {
        [FRAUD]: exampleFile(FRAUD).replace(
          'minRelativeChange: 0.01\n      severity: warning',
          'minRelativeChange: 0.01',
        ),
      },
      'make the recall gate blocking',
    )
  })

  it.each(untouched)('$name → passes, untouched models are not failed', async ({ files, event, inputs }) => {
    const range = push(files, 'an unrelated change')
    const run = await scenario.runInCheckout({
      action: 'actions/gate',
      event: event(range),
      inputs,
      sha: range.after,
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(run.outputs.passed).toBe('true')
    expect(run.summary).not.toContain('0% above the baseline')
    if (inputs['changed-only'] === 'false') {
      expect(run.summary).toContain('unchanged: change checks skipped')
      const result = JSON.parse(run.outputs.result!) as { results: { model: string; reasons: string[] }[] }
      expect(result.results.map((r) => r.model)).toContain('fraud-detector')
    }
  })

  it('a push that does change a model still judges it against before (auc regression fails)', async () => {
    const range = push(
      {
        [FRAUD]: exampleFile(FRAUD)
          .replace('minRelativeChange: 0.01\n      severity: warning', 'minRelativeChange: 0.01')
          .replace('version: 1.4.0', 'version: 1.5.0')
          .replace('value: 0.947', 'value: 0.93'),
      },
      'regress auc',
    )
    const run = await scenario.runInCheckout({
      action: 'actions/gate',
      event: pushEvent(range),
      sha: range.after,
    })
    expect(run.exitCode).toBe(1)
    expect(run.annotations.map((a) => a.message)).toContain(
      'gate auc: auc 0.93 regresses by 0.017 from the baseline 0.947; beyond the allowed 0.005',
    )
  })

  it('a shallow clone lists the push through the compare API (one request) and selects the same way', async () => {
    const { gh } = scenario
    const range = push({ 'README.md': 'push shallow\n' }, 'an unrelated change')
    const compares = gh.count('repos/compare-commits-with-basehead')
    const run = await scenario.runInCheckout({
      action: 'actions/gate',
      event: pushEvent(range),
      sha: range.after,
      depth: 'shallow',
    })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(gh.count('repos/compare-commits-with-basehead') - compares).toBe(1)
    expect(JSON.parse(run.outputs.result!)).toMatchObject({ passed: true, results: [] })
  })
})

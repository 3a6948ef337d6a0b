import { describe, expect, it } from 'vitest'
import { comment } from '../../sandbox/scenarios/comments.js'
import { pushToBranch } from '../../sandbox/scenarios/pulls.js'
import type { ActionRun } from '../support/action-runner.js'
import type { CheckoutRunOptions, OpenedPull } from '../support/action-scenario.js'
import { FRAUD, fraudDetectorAt, useActionScenario } from '../support/action-scenario.js'

const scenario = useActionScenario({ contents: 'read', pull_requests: 'write', metadata: 'read' })

const MARKER = '<!-- modelgate:diff key=test/test -->'
const COMMENT_ROUTES = [
  'users/get-authenticated',
  'issues/list-comments',
  'issues/create-comment',
  'issues/update-comment',
  'issues/delete-comment',
]
const commentRequests = () => COMMENT_ROUTES.reduce((sum, route) => sum + scenario.gh.count(route), 0)

/** Runs the bundled diff action in a fresh checkout (of `main` unless told). */
const runDiff = (options: Omit<CheckoutRunOptions, 'action'>) =>
  scenario.runInCheckout({ action: 'actions/diff', ...options })

/**
 * The event of the trusted `workflow_run` job after the pull request workflow ran on `branch`;
 * GitHub lists the pull request in it unless the pull request comes from a fork.
 */
const workflowRunEvent = (pull: OpenedPull, branch: string, listsPull = true) => ({
  name: 'workflow_run',
  payload: {
    action: 'completed',
    workflow_run: {
      event: 'pull_request',
      head_sha: pull.headSha,
      head_branch: branch,
      head_repository: { owner: { login: 'acme' } },
      pull_requests: listsPull ? [{ number: pull.number, head: { sha: pull.headSha } }] : [],
    },
  },
})

/** A diff report of no models, from `main` to `head`. */
const emptyReport = (head: string) => ({
  schemaVersion: 1,
  base: { ref: 'main' },
  head: { ref: head },
  models: [],
  problems: [],
})

const ours = (number: number) =>
  scenario.gh.state.comments.filter(
    (c) =>
      c.repo === scenario.repo &&
      c.issueNumber === number &&
      c.user.login === 'github-actions[bot]' &&
      c.body.startsWith(MARKER),
  )

describe('the diff action', () => {
  it('keeps exactly one sticky comment over three runs, among 120 comments with look-alike markers', async () => {
    const { gh, repo } = scenario
    const pull = await scenario.openPull('auc-up', {
      [FRAUD]: fraudDetectorAt('1.5.0', ['value: 0.947', 'value: 0.951']),
    })
    for (let i = 0; i < 110; i++)
      comment(gh, { repo, issue: pull.number, as: 'ben', body: `looks good ${i}` })
    comment(gh, { repo, issue: pull.number, as: 'other-bot[bot]', body: `${MARKER}\nI am not modelgate` })
    comment(gh, { repo, issue: pull.number, as: 'ana', body: `${MARKER}\nquoting the bot` })
    comment(gh, { repo, issue: pull.number, as: 'ben', body: `<!-- modelgate:diff key=test/test -->x` })
    const event = { name: 'pull_request', payload: pull.payload }

    const costs: number[] = []
    const runs: ActionRun[] = []
    for (let i = 0; i < 3; i++) {
      if (i === 2)
        pushToBranch(gh, {
          repo,
          branch: 'auc-up',
          as: 'ana',
          message: 'better still',
          files: { [FRAUD]: fraudDetectorAt('1.5.0', ['value: 0.947', 'value: 0.96']) },
        })
      const before = commentRequests()
      runs.push(await runDiff({ event, branch: 'auc-up' }))
      costs.push(commentRequests() - before)
    }

    expect(runs.map((run) => run.exitCode)).toEqual([0, 0, 0])
    expect(ours(pull.number)).toHaveLength(1)
    expect(new Set(runs.map((run) => run.outputs['comment-id'])).size).toBe(1)
    expect(runs.map((run) => /comment (\w+):/.exec(run.stdout)?.[1])).toEqual([
      'created',
      'unchanged',
      'updated',
    ])
    // identity (1) + two pages of comments (2) + at most one write: ≤ 3 + 1 per extra page
    expect(costs).toEqual([4, 3, 4])
    const body = ours(pull.number)[0]!.body
    expect(body.split('\n')[0]).toBe(MARKER)
    expect(body).toContain('| auc | 0.947 | 0.96 | +0.013 |')
    expect(body).toContain('- version: 1\\.4\\.0 → 1\\.5\\.0')
    expect(runs[2]!.summary).toContain('| auc | 0.947 | 0.96 | +0.013 |')
    expect(gh.problems).toEqual([])
  })

  it('still converges to one comment when GitHub fails with 502s and a secondary rate limit', async () => {
    const { gh } = scenario
    const pull = await scenario.openPull('faulty', { [FRAUD]: fraudDetectorAt('1.4.2') })
    gh.faults.add({ kind: 'server-error', match: { operationId: 'issues/list-comments' }, times: 1 })
    gh.faults.add({
      kind: 'secondary-rate-limit',
      match: { operationId: 'issues/create-comment' },
      times: 1,
      retryAfterSeconds: 1,
    })
    const [lists, creates] = [gh.count('issues/list-comments'), gh.count('issues/create-comment')]
    const run = await runDiff({ event: { name: 'pull_request', payload: pull.payload }, branch: 'faulty' })
    expect(run.exitCode).toBe(0)
    // each failed request was answered with the fault, then retried once
    expect([gh.count('issues/list-comments') - lists, gh.count('issues/create-comment') - creates]).toEqual([
      2, 2,
    ])
    expect(ours(pull.number)).toHaveLength(1)
    expect(gh.problems).toEqual([])
  }, 30_000)

  it('posts nothing from a fork, and hands a report to a trusted workflow_run job that comments', async () => {
    const { gh } = scenario
    const pull = await scenario.openPull('from-fork', {
      [FRAUD]: fraudDetectorAt('1.7.0', ['value: 18.4', 'value: 30']),
    })
    const payload = structuredClone(pull.payload) as {
      pull_request: { head: { repo: { full_name: string } } }
    }
    payload.pull_request.head.repo.full_name = 'mallory/models'
    const untrusted = await runDiff({
      event: { name: 'pull_request', payload },
      branch: 'from-fork',
      inputs: { 'write-report': 'modelgate-diff.json' },
      keep: 'modelgate-diff.json',
    })
    expect(untrusted.exitCode).toBe(0)
    expect(untrusted.commands.find((c) => c.command === 'notice')?.message).toContain('read-only token')
    expect(ours(pull.number)).toHaveLength(0)

    const lookups = gh.count('pulls/list')
    const trusted = await runDiff({
      event: workflowRunEvent(pull, 'from-fork', false),
      inputs: { 'report-file': 'modelgate-diff.json' },
      files: { 'modelgate-diff.json': untrusted.kept! },
    })
    expect(trusted.exitCode).toBe(0)
    expect(gh.count('pulls/list') - lookups).toBe(1)
    expect(ours(pull.number)).toHaveLength(1)
    expect(ours(pull.number)[0]!.body).toContain('| p95\\_latency\\_ms | 18.4 | 30 | +11.6 |')
    expect(ours(pull.number)[0]!.body).toContain('❌')
  })

  it('refuses a tampered results file and posts nothing', async () => {
    const pull = await scenario.openPull('tampered', { [FRAUD]: fraudDetectorAt('1.8.0') })
    const report = { ...emptyReport('x'), token: 'x' }
    const run = await runDiff({
      event: workflowRunEvent(pull, 'tampered'),
      inputs: { 'report-file': 'report.json' },
      files: { 'report.json': JSON.stringify(report) },
    })
    expect(run.exitCode).toBe(1)
    expect(run.annotations.at(-1)!.message).toBe(
      'report-file: report.json is not a modelgate diff report; nothing was posted',
    )
    expect(ours(pull.number)).toHaveLength(0)
  })

  it('escapes hostile text from a results file: no HTML, no mentions', async () => {
    const pull = await scenario.openPull('hostile', { [FRAUD]: fraudDetectorAt('1.9.0') })
    const report = emptyReport('<img src=x onerror=alert(1)> @acme/admins')
    const run = await runDiff({
      event: workflowRunEvent(pull, 'hostile'),
      inputs: { 'report-file': 'report.json' },
      files: { 'report.json': JSON.stringify(report) },
    })
    expect(run.exitCode).toBe(0)
    const body = ours(pull.number)[0]!.body
    expect(body).not.toContain('<img')
    expect(body).toContain('&lt;img')
    expect(body).not.toMatch(/@acme/)
  })
})

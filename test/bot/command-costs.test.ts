import { afterAll, beforeAll, expect, it } from 'vitest'
import type { RecordedRequest } from '../../sandbox/emulator.js'
import type { PromotionScenario } from '../support/promotion-scenario.js'
import { startPromotionScenario } from '../support/promotion-scenario.js'

/**
 * What a command costs in API requests, asserted exactly (cost is a tested behaviour; `npm run
 * bench` prints the same lists, scripts/bench/commands.mjs section 1). The commands run in this
 * order on one bot process: the first pays for the installation token and reads the config once
 * (kept, keyed by commit). Only `issue_comment` reaches the bot here: the approval check that a new
 * promotion pull request triggers is another webhook's cost, not the command's.
 */
let s: PromotionScenario

beforeAll(async () => {
  s = await startPromotionScenario()
  s.bot.app.events = ['issue_comment']
}, 60_000)

afterAll(async () => {
  await s?.stop()
})

/** Runs the command and returns its verdict and the operationIds of its requests, sorted. */
async function costOf(as: string, body: string) {
  const from = s.gh.requests.length
  const outcome = await s.command(as, body)
  const requests: RecordedRequest[] = s.gh.requests.slice(from)
  expect(requests.every((r) => r.status < 400 || r.operationId === 'repos/get-content')).toBe(true)
  expect(outcome.requests).toBe(requests.length)
  return { verdict: outcome.verdict, operations: requests.map((r) => r.operationId).sort() }
}

it('/help, the first command: 7 requests (the installation token, the config, the permission)', async () => {
  expect(await costOf('ana', '/help')).toEqual({
    verdict: '+1',
    operations: [
      'apps/create-installation-access-token',
      'git/get-ref',
      'issues/create-comment',
      'reactions/create-for-issue-comment',
      'reactions/create-for-issue-comment',
      'repos/get-collaborator-permission-level',
      'repos/get-content',
    ],
  })
})

it('/promote that opens the pull request: 22 requests (the target is 15)', async () => {
  expect(await costOf('ana', '/promote fraud-detector to dev')).toEqual({
    verdict: 'rocket',
    operations: [
      // the commit, the lock, the pull request, its labels and reviewers
      'git/create-commit',
      'git/create-ref',
      'git/create-tree',
      'git/get-commit',
      // the heads of both repositories, then again right before the write (time of use)
      'git/get-ref',
      'git/get-ref',
      'git/get-ref',
      'git/get-ref',
      'issues/add-labels',
      // the thread's status comment: found or created
      'issues/create-comment',
      'issues/list-comments',
      'pulls/create',
      // an open promotion of (env, model)
      'pulls/list',
      'pulls/request-reviewers',
      'reactions/create-for-issue-comment',
      'reactions/create-for-issue-comment',
      'repos/get-collaborator-permission-level',
      // the environment's files, the holds (deployed branch and holds branch), the manifest
      'repos/get-content',
      'repos/get-content',
      'repos/get-content',
      'repos/get-content',
      // the version's release commit
      'repos/list-commits',
    ],
  })
})

it('/promote refused to a reader: 5 requests, nothing read past the permission', async () => {
  expect(await costOf('rita', '/promote churn-predictor to dev')).toEqual({
    verdict: '-1',
    operations: [
      'git/get-ref',
      'issues/create-comment',
      'reactions/create-for-issue-comment',
      'reactions/create-for-issue-comment',
      'repos/get-collaborator-permission-level',
    ],
  })
})

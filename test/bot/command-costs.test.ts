import { afterAll, beforeAll, expect, it } from 'vitest'
import type { RecordedRequest } from '../../sandbox/emulator.js'
import type { PromotionScenario } from '../support/promotion-scenario.js'
import { startPromotionScenario } from '../support/promotion-scenario.js'
import { mergePullRequest } from '../../sandbox/scenarios/pulls.js'
import { postStatus } from '../../sandbox/scenarios/statuses.js'

/**
 * What a command costs in API requests, asserted exactly (cost is a tested behaviour; `npm run
 * bench` prints the same lists, scripts/bench/commands.mjs section 1). The commands run in this
 * order on one bot process: the first pays for the installation token and reads the config once
 * (kept, keyed by commit). Only `issue_comment` reaches the bot here: the approval check that a new
 * promotion pull request triggers is another webhook's cost, not the command's.
 */
/** A `/promote` that opens the pull request, sorted by operationId, with why each is made. */
const PROMOTE_OPERATIONS = [
  // the commit (on the tree the tip names), the lock, the pull request, its labels and reviewers
  'git/create-commit',
  'git/create-ref',
  'git/create-tree',
  // the model repository's head when the command arrived
  'git/get-ref',
  // the environments branch as one tree: its folders, files and reviewed holds
  'git/get-tree',
  // modelgate's branches: /hold's branch and the (environment, model) lock, both absent here
  'git/list-matching-refs',
  // the version: the commits that changed its manifest, each with the manifest's text
  'graphql',
  // time of use, right before the write: the model's head and the environments branch's head and tree
  'graphql',
  'issues/add-labels',
  // the promotion's status comment, new with its pull request: created, the thread not listed
  'issues/create-comment',
  'pulls/create',
  'pulls/request-reviewers',
  'reactions/create-for-issue-comment',
  'reactions/create-for-issue-comment',
  'repos/get-collaborator-permission-level',
]

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

it('/promote that opens the pull request: 15 requests (the target)', async () => {
  expect(await costOf('ana', '/promote fraud-detector to dev')).toEqual({
    verdict: 'rocket',
    operations: PROMOTE_OPERATIONS,
  })
})

it('/promote to staging once dev is live: 18 requests (the state of dev: history and health)', async () => {
  const dev = s.openPromotions().find((pull) => pull.head === 'modelgate/dev/fraud-detector')!
  const merge = mergePullRequest(s.gh, { repo: s.environments, pull: dev.number, as: 'max' })
  postStatus(s.gh, {
    repo: s.environments,
    sha: merge,
    state: 'success',
    context: 'continuous-delivery/dev-fraud-detector',
    as: 'argocd',
  })
  await s.gh.webhooks.settled()
  expect(await costOf('ana', '/promote fraud-detector to staging')).toEqual({
    verdict: 'rocket',
    operations: PROMOTE_OPERATIONS.concat([
      // the state of dev: the commits that put its file there (its history), the pull request that
      // merged the newest, and Argo CD's statuses on that merge commit; the file itself is the blob
      // this bot wrote for dev (cached), and the version's manifest is cached by its commit
      'repos/list-commits',
      'repos/list-pull-requests-associated-with-commit',
      'repos/list-commit-statuses-for-ref',
    ]).sort(),
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

import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { edit } from '../../sandbox/scenarios/comments.js'
import {
  closePullRequest,
  mergePullRequest,
  openPullRequest,
  pushToBranch,
  review,
} from '../../sandbox/scenarios/pulls.js'
import { postStatus } from '../../sandbox/scenarios/statuses.js'
import type { PromotionScenario } from '../support/promotion-scenario.js'
import { waitFor } from '../support/bot-harness.js'
import { BOT_LOGIN, startPromotionScenario } from '../support/promotion-scenario.js'
import { formatPromotionMarker } from '../../core/promotion/promotion-marker.js'

/**
 * The chat-ops commands end to end: the production bot (`lib/bot/main.js`, registered with
 * app.yml's permissions and events) receives signed `issue_comment` webhooks from the emulator,
 * which holds every request and response to GitHub's OpenAPI description. The model repository is
 * examples/model-repo; the environments repository is examples/environments-repo.
 */
let s: PromotionScenario

beforeAll(async () => {
  s = await startPromotionScenario()
}, 60_000)

afterAll(async () => {
  await s?.stop()
})

const ARGO = (env: string, model: string) => `continuous-delivery/${env}-${model}`

/** Merges the open promotion of (env, model) and has Argo CD report it healthy; returns the merge commit. */
/** Holds the `nth` request of `operationId` for 1.5 s (a read right before the write); returns its removal. */
function holdRead(operationId: string, nth: number) {
  return s.gh.faults.add({ kind: 'latency', match: { operationId }, nth: [nth], latencyMs: 1500 })
}

async function mergeAndGoLive(environment: string, model: string, state: 'success' | 'failure' = 'success') {
  const pull = s.openPromotions().find((p) => p.head === `modelgate/${environment}/${model}`)!
  const merge = mergePullRequest(s.gh, { repo: s.environments, pull: pull.number, as: 'max' })
  await s.gh.webhooks.settled()
  postStatus(s.gh, {
    repo: s.environments,
    sha: merge,
    state,
    context: ARGO(environment, model),
    description: state === 'success' ? 'Healthy' : 'Degraded: model failed to load',
    targetUrl: `https://argocd.example.com/applications/${environment}-${model}`,
    as: 'argocd',
  })
  await s.gh.webhooks.settled()
  return merge
}

describe('commands: syntax and who may ask', () => {
  it('/help answers anyone who can read, listing what this person may run', async () => {
    const outcome = await s.command('rita', '/help')
    expect(outcome.reactions).toEqual(['eyes', '+1'])
    expect(outcome.replies).toHaveLength(1)
    expect(outcome.replies[0]).toContain('/promote <model>[@<version>] to <env>')
    expect(outcome.replies[0]).toMatch(/Environments: .*dev.*staging.*prod/)
    expect(outcome.replies[0]).toMatch(/You may not run it:\* .*read permission/)
  })

  it.each([
    ['/promote fraud-detector', /say where to/i],
    ['/promote fraud-detector@latest to dev', /immutable/],
    ['/promote Fraud-Detector to dev', /lowercase: fraud\\-detector/],
    ['/promote fraud-detector to dev; rm -rf /', /U\\\+003B/],
    ['/promote fraud-detector to qa', /dev, staging, prod/],
  ])('%s → 😕 with what is needed, nothing written', async (body, message) => {
    const outcome = await s.command('ana', body)
    expect(outcome.verdict).toBe('confused')
    expect(outcome.replies.join('\n')).toMatch(message)
    expect(s.promotionBranches()).toEqual([])
  })

  it('two commands in one comment: 😕 naming the lines, nothing done', async () => {
    const outcome = await s.command('ana', '/promote fraud-detector to dev\n/hold prod')
    expect(outcome.verdict).toBe('confused')
    expect(outcome.replies[0]).toContain('lines 1, 2')
    expect(s.promotionBranches()).toEqual([])
  })

  it('a reader is refused (permission read from the API, not the comment)', async () => {
    const outcome = await s.command('rita', '/promote fraud-detector to dev')
    expect(outcome.verdict).toBe('-1')
    expect(outcome.replies[0]).toContain('read permission on this repository; /promote needs write')
    expect(s.promotionBranches()).toEqual([])
  })

  it('commands in code, quotes and HTML comments, edits, and bots are ignored', async () => {
    const ignored = [
      s.post('ana', '```\n/promote fraud-detector to dev\n```'),
      s.post('ana', '> /promote fraud-detector to dev'),
      s.post('ana', '<!-- /promote fraud-detector to dev -->'),
      s.post('ana', '/assign @ana'),
      s.post('dependabot[bot]', '/promote fraud-detector to dev'),
    ]
    const plain = s.post('ana', 'nothing yet')
    edit(s.gh, { comment: plain, as: 'ana', body: '/promote fraud-detector to dev' })
    await s.gh.webhooks.settled()
    for (const comment of [...ignored, plain]) expect(comment.reactions).toEqual([])
    expect(s.promotionBranches()).toEqual([])
  })
})

describe('commands: promote, order, holds, rollback', () => {
  it('/promote to dev opens ONE pull request with one commit, labels, reviewers and the status comment', async () => {
    const before = s.environments.git.resolve('refs/heads/main')!
    const outcome = await s.command('ana', '/promote fraud-detector to dev\nfirst release')
    expect(outcome.reactions).toEqual(['eyes', 'rocket'])
    const [pull, ...others] = s.openPromotions()
    expect(others).toEqual([])
    expect(pull).toMatchObject({ head: 'modelgate/dev/fraud-detector', labels: ['modelgate', 'env:dev'] })
    const tip = s.environments.git.resolve('refs/heads/modelgate/dev/fraud-detector')!
    const commit = s.environments.git.readCommit(tip)!
    expect(commit.parents).toEqual([before])
    expect(commit.message).toContain('Modelgate-Requester: ana')
    expect(commit.author.name).toBe('ana')
    const rendered = s.environments.git.readFile(tip, 'environments/dev/fraud-detector/inferenceservice.yaml')
    expect(rendered?.content.toString('utf8')).toContain('modelgate.dev/promoted-by: ana')
    expect(pull!.body).toContain('<!-- modelgate:promotion ')
    expect(s.statusComment('dev', 'fraud-detector')).toContain('- ✅ pull request opened\n- ⏳ merged')
  })

  it('the same command again, or its redelivery, never opens a second pull request', async () => {
    const again = await s.command('max', '/promote fraud-detector to dev')
    expect(again.verdict).toBe('+1')
    expect(again.replies[0]).toContain('already open')
    expect(s.openPromotions()).toHaveLength(1)
  })

  it('order: staging is refused until the version is live and healthy in dev, then allowed', async () => {
    const early = await s.command('ana', '/promote fraud-detector to staging')
    expect(early.verdict).toBe('-1')
    expect(early.replies[0]).toMatch(/dev/)
    await mergeAndGoLive('dev', 'fraud-detector')
    expect(s.statusComment('dev', 'fraud-detector')).toContain('✅ live and healthy')
    const deployments = s.gh.state.deployments.filter((d) => d.repo === s.models && d.environment === 'dev')
    expect(deployments).toHaveLength(1)
    const later = await s.command('ana', '/promote fraud-detector to staging')
    expect(later.verdict).toBe('rocket')
    const staging = s.openPromotions().find((p) => p.head === 'modelgate/staging/fraud-detector')!
    closePullRequest(s.gh, { repo: s.environments, pull: staging.number, as: 'max' })
    await s.gh.webhooks.settled()
  })

  it('holds: set by a writer, block promotions, cannot be lifted by a reader, lifted idempotently', async () => {
    expect((await s.command('ana', '/hold dev\nincident 4411')).verdict).toBe('+1')
    const blocked = await s.command('ana', '/promote churn-predictor to dev')
    expect(blocked.verdict).toBe('-1')
    expect(blocked.replies[0]).toContain('incident 4411')
    expect((await s.command('rita', '/unhold dev')).verdict).toBe('-1')
    expect((await s.command('ana', '/hold dev')).replies[0]).toContain('already on hold')
    expect((await s.command('ana', '/unhold dev')).verdict).toBe('+1')
    expect((await s.command('ana', '/unhold dev')).replies[0]).toContain('no hold')
  })

  it('a promotion closed without merging is abandoned on the thread and its branch deleted', async () => {
    const outcome = await s.command('ana', '/promote churn-predictor to dev')
    expect(outcome.verdict).toBe('rocket')
    const pull = s.openPromotions().find((p) => p.head === 'modelgate/dev/churn-predictor')!
    closePullRequest(s.gh, { repo: s.environments, pull: pull.number, as: 'max' })
    await s.gh.webhooks.settled()
    expect(s.statusComment('dev', 'churn-predictor')).toContain('abandoned')
    expect(s.promotionBranches()).not.toContain('modelgate/dev/churn-predictor')
  })

  it('the bot never answers itself', () => {
    const ours = s.gh.state.comments.filter((c) => c.user.login === BOT_LOGIN)
    for (const comment of ours) expect(comment.reactions).toEqual([])
  })
})

/** The example manifest of fraud-detector at another version and artifact digest. */
function fraudDetector(version: string, digestHex: string): string {
  const text = readFileSync('examples/model-repo/models/fraud-detector/model.yaml', 'utf8')
  return text
    .replace(/^ {2}version: 1\.4\.0$/m, `  version: ${version}`)
    .replace(
      /sha256:f7a2b61906406c212dcfb9a84ec47789471428c2ee5d42fce6ecbf8945f3bdcd/,
      `sha256:${digestHex.repeat(64)}`,
    )
}

function releaseOnMain(version: string, digestHex: string): string {
  return pushToBranch(s.gh, {
    repo: s.models,
    branch: 'main',
    as: 'max',
    files: { 'models/fraud-detector/model.yaml': fraudDetector(version, digestHex) },
    message: `fraud-detector ${version}`,
  })
}

describe('commands: versions, rollback, races and faults', () => {
  /** The `issue_comment` delivery of the command comment `body` (not of the bot's replies). */
  function deliveryOf(body: string) {
    const comment = s.gh.state.comments.findLast((c) => c.body === body)!
    const delivery = s.gh.webhooks.deliveries.find(
      (d) =>
        d.event === 'issue_comment' && (d.payload as { comment: { id: number } }).comment.id === comment.id,
    )!
    return { comment, delivery }
  }

  it('a redelivered command is acted on once, without a request, by the replica that handled it', async () => {
    const outcome = await s.command('ana', '/help hold')
    expect(outcome.verdict).toBe('+1')
    const { delivery } = deliveryOf('/help hold')
    const replies = s.gh.state.comments.length
    const requests = s.gh.requests.length
    await s.gh.webhooks.redeliver(delivery)
    await s.gh.webhooks.settled()
    expect(s.gh.state.comments.length).toBe(replies)
    expect(s.gh.requests.length).toBe(requests)
  })

  it('a redelivery that reaches another replica finds the verdict on the comment and does nothing', async () => {
    const outcome = await s.command('ana', '/promote fraud-detector@1.2.0 to prod')
    expect(outcome.verdict).toBe('-1')
    const { comment, delivery } = deliveryOf('/promote fraud-detector@1.2.0 to prod')
    const replies = s.gh.state.comments.length
    const replica = await s.addReplica()
    try {
      // Round-robin over two processes: one of these two deliveries is the new replica's first sight.
      await s.gh.webhooks.redeliver(delivery)
      await s.gh.webhooks.redeliver(delivery)
      await s.gh.webhooks.settled()
    } finally {
      await replica.stop()
    }
    expect(s.gh.state.comments.length).toBe(replies)
    expect(comment.reactions.map((r) => r.content).sort()).toEqual(['-1', 'eyes'])
  })

  it('rollback goes to a version live before, marked as such; never to a version never live there', async () => {
    releaseOnMain('1.5.0', 'b')
    expect((await s.command('ana', '/promote fraud-detector@1.5.0 to dev')).verdict).toBe('rocket')
    await mergeAndGoLive('dev', 'fraud-detector')
    const never = await s.command('ana', '/rollback fraud-detector in dev to 1.3.9')
    expect(never.verdict).toBe('-1')
    expect(never.replies[0]).toMatch(/1\\\.4\\\.0/)
    const back = await s.command('ana', '/rollback fraud-detector in dev\nbad latency after 1.5.0')
    expect(back.verdict).toBe('rocket')
    const pull = s.openPromotions().find((p) => p.head === 'modelgate/dev/fraud-detector')!
    expect(pull.labels).toEqual(['modelgate', 'env:dev', 'rollback'])
    const tip = s.environments.git.resolve('refs/heads/modelgate/dev/fraud-detector')!
    const file = s.environments.git.readFile(tip, 'environments/dev/fraud-detector/inferenceservice.yaml')!
    expect(file.content.toString('utf8')).toContain('modelgate.dev/version: 1.4.0')
    closePullRequest(s.gh, { repo: s.environments, pull: pull.number, as: 'max' })
    await s.gh.webhooks.settled()
  })

  it('a version re-released with another artifact while the promotion was prepared is not written', async () => {
    // The second GraphQL query is the re-check right before the write: 1.5.0 is re-released while it waits.
    const slow = holdRead('graphql', 2)
    const pending = s.command('ana', '/promote fraud-detector@1.5.0 to staging')
    await new Promise((resolve) => setTimeout(resolve, 500))
    releaseOnMain('1.5.0', 'c')
    const outcome = await pending
    slow()
    expect(outcome.verdict).toBe('-1')
    expect(outcome.replies[0]).toContain('changed on the default branch while the promotion was prepared')
    expect(s.promotionBranches()).not.toContain('modelgate/staging/fraud-detector')
  })

  it('the environments repository moving meanwhile: the commit is rebuilt on its new head', async () => {
    // The heads read right before the write (the second GraphQL query): the environments repository moves while it waits.
    const slow = holdRead('graphql', 2)
    const pending = s.command('ana', '/promote support-ticket-router to dev')
    await new Promise((resolve) => setTimeout(resolve, 500))
    const moved = pushToBranch(s.gh, {
      repo: s.environments,
      branch: 'main',
      as: 'max',
      files: { 'README.md': 'platform edit\n' },
      message: 'an unrelated change',
    })
    const outcome = await pending
    slow()
    expect(outcome.verdict).toBe('rocket')
    const tip = s.environments.git.resolve('refs/heads/modelgate/dev/support-ticket-router')!
    expect(s.environments.git.readCommit(tip)!.parents).toEqual([moved])
  })

  it('a hand edit of the folder while the promotion was prepared stops the write: nothing is overwritten', async () => {
    // The heads read right before the write (the second GraphQL query) is held while a person writes into the folder on main.
    const slow = holdRead('graphql', 2)
    const path = 'environments/dev/credit-limit-scorer/inferenceservice.yaml'
    const pending = s.command('ana', '/promote credit-limit-scorer to dev')
    await new Promise((resolve) => setTimeout(resolve, 500))
    pushToBranch(s.gh, {
      repo: s.environments,
      branch: 'main',
      as: 'max',
      files: { [path]: 'kind: InferenceService # by hand\n' },
      message: 'a hand edit',
    })
    const outcome = await pending
    slow()
    expect(outcome.verdict).toBe('-1')
    expect(outcome.replies[0]).toContain('was changed on main while the promotion was prepared')
    expect(s.promotionBranches()).not.toContain('modelgate/dev/credit-limit-scorer')
    const main = s.environments.git.resolve('refs/heads/main')!
    expect(s.environments.git.readFile(main, path)!.content.toString('utf8')).toContain('# by hand')
    // Undone by hand, as a maintainer would after reviewing it: the next tests start from a clean folder.
    pushToBranch(s.gh, {
      repo: s.environments,
      branch: 'main',
      as: 'max',
      files: { [path]: null },
      message: 'undo',
    })
    await s.gh.webhooks.settled()
  })

  it('concurrent promotions of different models: both pull requests open and both merge', async () => {
    const [a, b] = await Promise.all([
      s.command('ana', '/promote churn-predictor to dev'),
      s.command('max', '/promote credit-limit-scorer to dev'),
    ])
    expect([a.verdict, b.verdict]).toEqual(['rocket', 'rocket'])
    for (const model of ['churn-predictor', 'credit-limit-scorer', 'support-ticket-router']) {
      const pull = s.openPromotions().find((p) => p.head === `modelgate/dev/${model}`)!
      mergePullRequest(s.gh, { repo: s.environments, pull: pull.number, as: 'max' })
    }
    const main = s.environments.git.resolve('refs/heads/main')!
    for (const model of ['churn-predictor', 'credit-limit-scorer', 'support-ticket-router'])
      expect(
        s.environments.git.readFile(main, `environments/dev/${model}/inferenceservice.yaml`),
      ).toBeDefined()
  })

  it('GitHub failing mid-command: 👎 with a reply, and no branch left behind', async () => {
    const broken = s.gh.faults.add({ kind: 'server-error', match: { operationId: 'pulls/create' } })
    const outcome = await s.command('ana', '/promote fraud-detector@1.5.0 to dev')
    broken()
    expect(outcome.verdict).toBe('-1')
    expect(outcome.replies.join('\n')).toContain('Nothing was left half-done')
    expect(s.promotionBranches()).not.toContain('modelgate/dev/fraud-detector')
  })

  it('the requester never approves their own promotion in the environments repository', async () => {
    expect((await s.command('ana', '/promote fraud-detector@1.5.0 to dev')).verdict).toBe('rocket')
    const pull = s.openPromotions().find((p) => p.head === 'modelgate/dev/fraud-detector')!
    const state = s.gh.state.pulls.find((p) => p.repo === s.environments && p.number === pull.number)!
    review(s.gh, { repo: s.environments, pull: pull.number, as: 'ana', state: 'APPROVED' })
    await s.gh.webhooks.settled()
    const runs = () =>
      s.gh.state.checkRuns.filter((run) => run.repo === s.environments && run.headSha === state.head.sha)
    await waitFor(() => runs().length > 0, { timeoutMs: 20_000, message: 'the approval check' })
    await s.gh.webhooks.settled()
    expect(runs().at(-1)!.conclusion).not.toBe('success')
    review(s.gh, { repo: s.environments, pull: pull.number, as: 'max', state: 'APPROVED' })
    await s.gh.webhooks.settled()
    await waitFor(() => runs().at(-1)!.conclusion === 'success', {
      timeoutMs: 20_000,
      message: 'approved by max',
    })
  })

  it('a promotion marker forged in a pull request a person opened moves no thread and records no deployment', async () => {
    // A writer of the environments repository copies the marker into a pull request of their own,
    // naming the model repository's thread: merged and "deployed", it must not speak for the bot.
    const marker = formatPromotionMarker({
      kind: 'promote',
      model: 'fraud-detector',
      environment: 'dev',
      version: '9.9.9',
      requester: 'ana',
      requesterId: 1,
      thread: { repository: s.models.fullName, number: s.thread.number },
      sourceCommit: 'f'.repeat(40),
    })
    const forged = openPullRequest(s.gh, {
      repo: s.environments,
      as: 'max',
      head: 'modelgate/dev/forged',
      title: 'Promote fraud-detector 9.9.9 to dev',
      body: `looks like the bot's\n${marker}\n`,
      files: { 'environments/dev/forged.txt': 'x\n' },
    })
    await s.gh.webhooks.settled()
    const comments = s.gh.state.comments.length
    const deployments = s.gh.state.deployments.length
    const merge = mergePullRequest(s.gh, { repo: s.environments, pull: forged.number, as: 'max' })
    await s.gh.webhooks.settled()
    postStatus(s.gh, {
      repo: s.environments,
      sha: merge,
      state: 'success',
      context: ARGO('dev', 'fraud-detector'),
      description: 'Healthy',
      as: 'argocd',
    })
    await s.gh.webhooks.settled()
    expect(s.gh.state.comments.length).toBe(comments)
    expect(s.gh.state.deployments.length).toBe(deployments)
  })

  it('a racing command never puts its commit under the pull request another one opened (2 processes)', async () => {
    // The first to take the lock has its pulls/create held; the second finds the branch without a
    // pull request (as a crash leaves it) and points it at its own commit, held until the first's
    // pull request exists: that pull request must end with its own requester's commit.
    for (const open of s.openPromotions().filter((p) => p.head === 'modelgate/dev/fraud-detector'))
      closePullRequest(s.gh, { repo: s.environments, pull: open.number, as: 'max' })
    releaseOnMain('1.6.0', 'd')
    await s.gh.webhooks.settled()
    const replica = await s.addReplica()
    const held = [
      s.gh.faults.add({ kind: 'latency', match: { operationId: 'pulls/create' }, nth: [1], latencyMs: 5000 }),
      s.gh.faults.add({
        kind: 'latency',
        match: { operationId: 'git/update-ref' },
        nth: [1],
        latencyMs: 8000,
      }),
    ]
    const outcomes = await Promise.all([
      s.command('ana', '/promote fraud-detector@1.6.0 to dev'),
      s.command('max', '/promote fraud-detector@1.6.0 to dev'),
    ])
    held.forEach((remove) => remove())
    await replica.stop()
    expect(outcomes.map((o) => o.verdict).sort()).toEqual(['+1', 'rocket'])
    const pulls = s.openPromotions().filter((p) => p.head === 'modelgate/dev/fraud-detector')
    expect(pulls).toHaveLength(1)
    const requester = /"requester":"([^"]+)"/.exec(pulls[0]!.body!)![1]
    const tip = s.environments.git.resolve('refs/heads/modelgate/dev/fraud-detector')!
    expect(s.environments.git.readCommit(tip)!.author.name).toBe(requester)
    const state = s.gh.state.pulls.find((p) => p.repo === s.environments && p.number === pulls[0]!.number)!
    expect(state.head.sha).toBe(tip)
  }, 60_000)
})

describe('retirement', () => {
  it('a merged lifecycle.stage: retired opens the removal pull request, and its merge removes the model', async () => {
    const manifest = readFileSync('examples/model-repo/models/churn-predictor/model.yaml', 'utf8').replace(
      '  stage: production\n',
      "  stage: retired\n  retirement: { date: '2026-12-31', reason: replaced by churn-v2 }\n",
    )
    const pull = openPullRequest(s.gh, {
      repo: s.models,
      as: 'ana',
      head: 'retire-churn',
      title: 'Retire churn-predictor',
      files: { 'models/churn-predictor/model.yaml': manifest },
    })
    mergePullRequest(s.gh, { repo: s.models, pull: pull.number, as: 'max' })
    await waitFor(
      () => s.openPromotions().find((p) => p.head === 'modelgate/dev/churn-predictor' && p.labels.length > 0),
      {
        timeoutMs: 20_000,
        message: 'the removal pull request',
      },
    )
    const removal = s.openPromotions().find((p) => p.head === 'modelgate/dev/churn-predictor')!
    expect(removal.labels).toEqual(['modelgate', 'env:dev', 'retire'])
    const tip = s.environments.git.resolve('refs/heads/modelgate/dev/churn-predictor')!
    expect(
      s.environments.git.readFile(tip, 'environments/dev/churn-predictor/inferenceservice.yaml'),
    ).toBeUndefined()
    mergePullRequest(s.gh, { repo: s.environments, pull: removal.number, as: 'max' })
    await s.gh.webhooks.settled()
    await waitFor(() => s.statusComment('dev', 'churn-predictor', pull.number)?.includes('✅ merged'), {
      timeoutMs: 20_000,
      message: 'the status comment on the retiring pull request',
    })
    expect(s.openPromotions().filter((p) => p.head.endsWith('/churn-predictor'))).toEqual([])
  })
})

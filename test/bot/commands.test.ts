import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { edit } from '../../sandbox/scenarios/comments.js'
import { closePullRequest, mergePullRequest } from '../../sandbox/scenarios/pulls.js'
import { postStatus } from '../../sandbox/scenarios/statuses.js'
import type { PromotionScenario } from '../support/promotion-scenario.js'
import { BOT_LOGIN, startPromotionScenario } from '../support/promotion-scenario.js'

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

import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Octokit } from '@octokit/rest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Emulator } from '../../sandbox/emulator.js'
import { postStatus } from '../../sandbox/scenarios/statuses.js'
import { mergePullRequest, openPullRequest, pushToBranch } from '../../sandbox/scenarios/pulls.js'
import type { App } from '../../sandbox/state.js'
import { appJwt, generateAppKey } from '../support/app-auth.js'

/*
 * What the chat-ops promotion bot needs from the emulator: the `status` webhook Argo CD's commit
 * statuses cause, Deployments and their statuses, requested reviewers, the commits API by path,
 * the pull requests of a commit, branches. Every call goes through @octokit/rest, and every request,
 * response and webhook payload is checked against GitHub's descriptions (`gh.problems`).
 */

const owner = 'acme'
let gh: Emulator
let ana: Octokit
let server: ReturnType<typeof createServer>
const deliveries: { app: string; event: string; payload: any }[] = []

/** An App whose webhooks land in `deliveries` (tagged with its slug) and an Octokit with its installation token. */
async function installedApp(
  slug: string,
  permissions: Record<string, string>,
  events: string[],
): Promise<{ app: App; octokit: Octokit }> {
  const { privateKey, publicKey } = generateAppKey()
  const app = gh.registerApp({
    slug,
    publicKey,
    webhookUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/${slug}`,
    webhookSecret: 'a-secret-of-sixteen-characters',
    permissions: { metadata: 'read', ...permissions },
    events,
  })
  const installation = gh.install(app, owner)
  const asApp = new Octokit({ auth: appJwt(app.id, privateKey), baseUrl: gh.url, request: { retries: 0 } })
  const { data } = await asApp.rest.apps.createInstallationAccessToken({ installation_id: installation.id })
  return { app, octokit: new Octokit({ auth: data.token, baseUrl: gh.url, request: { retries: 0 } }) }
}

beforeAll(async () => {
  gh = await Emulator.start()
  server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString()))
    request.on('end', () => {
      deliveries.push({
        app: (request.url ?? '/').slice(1),
        event: String(request.headers['x-github-event']),
        payload: JSON.parse(body),
      })
      response.writeHead(202).end()
    })
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const environments = gh.createRepo(owner, 'environments', { seed: 'examples/model-repo' })
  const models = gh.createRepo(owner, 'models', { seed: 'examples/model-repo' })
  for (const repo of [environments, models]) {
    gh.grant(repo, 'ana', 'write')
    gh.grant(repo, 'rui', 'read')
  }
  ana = new Octokit({ auth: gh.tokenFor('ana'), baseUrl: gh.url, request: { retries: 0 } })
})

afterAll(async () => {
  await gh.stop()
  server.close()
})

describe('status webhook', () => {
  it('goes to the App subscribed to status with statuses: read, and to no other', async () => {
    await installedApp('promoter', { statuses: 'read' }, ['status'])
    await installedApp('unsubscribed', { statuses: 'read' }, ['pull_request'])
    await installedApp('no-statuses-permission', { pull_requests: 'read' }, ['status'])
    const sha = pushToBranch(gh, {
      repo: `${owner}/environments`,
      branch: 'main',
      as: 'ana',
      files: { 'staging/fraud-detector.yaml': 'version: 1.4.0\n' },
      message: 'Promote fraud-detector 1.4.0 to staging',
    })
    const { data } = await ana.rest.repos.createCommitStatus({
      owner,
      repo: 'environments',
      sha,
      state: 'success',
      context: 'argocd/staging',
      description: 'Synced and healthy',
      target_url: 'https://argocd.example/applications/staging',
    })
    await gh.webhooks.settled()
    const statuses = deliveries.filter((d) => d.event === 'status')
    expect(statuses.map((d) => d.app)).toEqual(['promoter'])
    expect(statuses[0]!.payload).toMatchObject({
      id: data.id,
      sha,
      name: `${owner}/environments`,
      context: 'argocd/staging',
      description: 'Synced and healthy',
      state: 'success',
      target_url: 'https://argocd.example/applications/staging',
      commit: {
        sha,
        commit: { message: 'Promote fraud-detector 1.4.0 to staging', author: { name: 'ana' } },
      },
      branches: [{ name: 'main', commit: { sha }, protected: false }],
      repository: { full_name: `${owner}/environments` },
      sender: { login: 'ana' },
      installation: { id: expect.any(Number) },
    })
    expect(gh.problems).toEqual([])
  })

  it('postStatus posts as a user without HTTP and sends the same webhook', async () => {
    const before = gh.requests.length
    const status = postStatus(gh, {
      repo: `${owner}/environments`,
      sha: 'main',
      state: 'failure',
      context: 'argocd/production',
      as: 'argocd',
    })
    await gh.webhooks.settled()
    expect(gh.requests.length).toBe(before)
    expect(deliveries.at(-1)).toMatchObject({
      app: 'promoter',
      event: 'status',
      payload: {
        id: status.id,
        state: 'failure',
        description: null,
        target_url: null,
        sender: { login: 'argocd' },
      },
    })
    const { data } = await ana.rest.repos.getCombinedStatusForRef({
      owner,
      repo: 'environments',
      ref: 'main',
    })
    expect(data.statuses.map((s) => [s.context, s.state])).toContainEqual(['argocd/production', 'failure'])
    expect(gh.problems).toEqual([])
  })
})

describe('deployments', () => {
  it('creates deployments with an installation token holding deployments: write, and statuses that retire the last success', async () => {
    const { octokit: bot } = await installedApp('deployer', { deployments: 'write', statuses: 'read' }, [
      'deployment',
      'deployment_status',
    ])
    const repo = 'models'
    const first = await bot.rest.repos.createDeployment({
      owner,
      repo,
      ref: 'main',
      environment: 'staging',
      payload: { model: 'fraud-detector', version: '1.3.0' },
      description: 'fraud-detector 1.3.0 to staging',
      auto_merge: false,
      required_contexts: [],
    })
    expect(first.status).toBe(201)
    if (first.status !== 201) return
    expect(first.data).toMatchObject({
      ref: 'main',
      environment: 'staging',
      original_environment: 'staging',
      task: 'deploy',
      payload: { model: 'fraud-detector', version: '1.3.0' },
      production_environment: false,
      transient_environment: false,
      creator: { login: 'deployer[bot]' },
      performed_via_github_app: { slug: 'deployer' },
    })
    await bot.rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: first.data.id,
      state: 'success',
      log_url: 'https://argocd.example/staging/1',
      environment_url: 'https://staging.example/fraud-detector',
    })
    const sha = pushToBranch(gh, {
      repo: `${owner}/${repo}`,
      branch: 'main',
      as: 'ana',
      files: { 'models/fraud-detector/model.yaml': 'name: fraud-detector\nversion: 1.4.0\n' },
      message: 'fraud-detector 1.4.0',
    })
    const second = await bot.rest.repos.createDeployment({
      owner,
      repo,
      ref: sha,
      environment: 'staging',
      required_contexts: [],
    })
    if (second.status !== 201) throw new Error('expected a deployment')
    await bot.rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: second.data.id,
      state: 'in_progress',
    })
    const { data: notYet } = await ana.rest.repos.listDeploymentStatuses({
      owner,
      repo,
      deployment_id: first.data.id,
    })
    expect(notYet.map((s) => s.state)).toEqual(['success'])
    await bot.rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: second.data.id,
      state: 'success',
    })

    const { data: retired } = await ana.rest.repos.listDeploymentStatuses({
      owner,
      repo,
      deployment_id: first.data.id,
    })
    expect(retired.map((s) => s.state)).toEqual(['inactive', 'success'])
    expect(retired[1]).toMatchObject({
      log_url: 'https://argocd.example/staging/1',
      target_url: 'https://argocd.example/staging/1',
      environment_url: 'https://staging.example/fraud-detector',
      environment: 'staging',
    })
    const { data: listed } = await ana.rest.repos.listDeployments({ owner, repo, environment: 'staging' })
    expect(listed.map((d) => d.id)).toEqual([second.data.id, first.data.id])
    const { data: bySha } = await ana.rest.repos.listDeployments({ owner, repo, sha })
    expect(bySha.map((d) => d.id)).toEqual([second.data.id])
    expect(
      (await ana.rest.repos.listDeployments({ owner, repo, ref: 'main', per_page: 1 })).data,
    ).toHaveLength(1)
    const { data: got } = await ana.rest.repos.getDeployment({ owner, repo, deployment_id: second.data.id })
    expect(got.sha).toBe(sha)

    await gh.webhooks.settled()
    const mine = deliveries.filter((d) => d.app === 'deployer')
    expect(
      mine.map((d) => `${d.event}.${d.payload.action}:${d.payload.deployment_status?.state ?? ''}`),
    ).toEqual([
      'deployment.created:',
      'deployment_status.created:success',
      'deployment.created:',
      'deployment_status.created:in_progress',
      'deployment_status.created:success',
      'deployment_status.created:inactive',
    ])
    expect(gh.problems).toEqual([])
  })

  it('answers 409 when a required context is not green, and 403 to a token without deployments: write', async () => {
    const repo = 'models'
    postStatus(gh, { repo: `${owner}/${repo}`, sha: 'main', state: 'pending', context: 'ci/eval', as: 'ana' })
    await expect(
      ana.rest.repos.createDeployment({ owner, repo, ref: 'main', environment: 'production' }),
    ).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining('Commit status checks failed for main. (ci/eval: pending)'),
    })
    const { data } = await ana.rest.repos.createDeployment({
      owner,
      repo,
      ref: 'main',
      environment: 'production',
      required_contexts: [],
    })
    expect(data).toMatchObject({ environment: 'production', production_environment: true })
    const { octokit: reader } = await installedApp('reader', { deployments: 'read' }, [])
    await expect(
      reader.rest.repos.createDeployment({ owner, repo, ref: 'main', required_contexts: [] }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await reader.rest.repos.listDeployments({ owner, repo })).status).toBe(200)
    expect(gh.problems).toEqual([])
  })
})

describe('requested reviewers', () => {
  it('stores reviewers and teams, shows them on the pull request, and drops a reviewer who reviews', async () => {
    const repo = 'environments'
    gh.addTeamMember(owner, 'ml-platform', 'mo')
    await installedApp('reviews-listener', { pull_requests: 'read' }, ['pull_request'])
    const pull = openPullRequest(gh, {
      repo: `${owner}/${repo}`,
      as: 'modelgate[bot]',
      head: 'promote/fraud-detector-1.4.0-production',
      title: 'Promote fraud-detector 1.4.0 to production',
      files: { 'production/fraud-detector.yaml': 'version: 1.4.0\n' },
    })
    const since = deliveries.length
    const { status, data } = await ana.rest.pulls.requestReviewers({
      owner,
      repo,
      pull_number: pull.number,
      reviewers: ['rui', 'ana'],
      team_reviewers: ['ml-platform'],
    })
    expect(status).toBe(201)
    expect(data.requested_reviewers?.map((u) => u.login)).toEqual(['rui', 'ana'])
    expect(data.requested_teams?.map((t) => t.slug)).toEqual(['ml-platform'])
    const { data: listed } = await ana.rest.pulls.listRequestedReviewers({
      owner,
      repo,
      pull_number: pull.number,
    })
    expect([listed.users.map((u) => u.login), listed.teams.map((t) => t.slug)]).toEqual([
      ['rui', 'ana'],
      ['ml-platform'],
    ])
    await ana.rest.pulls.createReview({ owner, repo, pull_number: pull.number, event: 'APPROVE' })
    const { data: after } = await ana.rest.pulls.get({ owner, repo, pull_number: pull.number })
    expect(after.requested_reviewers?.map((u) => u.login)).toEqual(['rui'])

    await gh.webhooks.settled()
    expect(
      deliveries
        .slice(since)
        .filter((d) => d.app === 'reviews-listener' && d.payload.action === 'review_requested')
        .map((d) => d.payload.requested_reviewer?.login ?? d.payload.requested_team?.slug)
        .sort(), // deliveries race one another
    ).toEqual(['ana', 'ml-platform', 'rui'])
    expect(gh.problems).toEqual([])
  })

  it.each([
    {
      name: 'the author',
      reviewers: ['modelgate[bot]'],
      message: 'Review cannot be requested from pull request author.',
    },
    {
      name: 'a non-collaborator',
      reviewers: ['stranger'],
      message: 'Reviews may only be requested from collaborators',
    },
    {
      name: 'an unknown user',
      reviewers: ['nobody-here'],
      message: 'Reviews may only be requested from collaborators',
    },
    {
      name: 'an unknown team',
      team_reviewers: ['ghosts'],
      message: 'Reviews may only be requested from collaborators',
    },
  ])('answers 422 for $name and requests no one', async ({ reviewers, team_reviewers, message }) => {
    gh.createUser('stranger')
    const repo = 'environments'
    const pull = gh.state.pulls.find((p) => p.repo.name === repo && p.state === 'open')!
    const before = [...pull.requestedReviewers]
    await expect(
      ana.rest.pulls.requestReviewers({
        owner,
        repo,
        pull_number: pull.number,
        reviewers: [...(reviewers ?? []), 'ana'],
        ...(team_reviewers ? { team_reviewers } : {}),
      }),
    ).rejects.toMatchObject({ status: 422, message: expect.stringContaining(message) })
    expect(pull.requestedReviewers).toEqual(before)
    expect(gh.problems).toEqual([])
  })
})

describe('commits, branches and the pull requests of a commit', () => {
  it('lists commits from a branch or SHA, only those touching a file or folder, paginated', async () => {
    const repo = `${owner}/history`
    gh.grant(gh.createRepo(owner, 'history', { seed: 'examples/model-repo' }), 'ana', 'read')
    const commit = (files: Record<string, string>, message: string) =>
      pushToBranch(gh, { repo, branch: 'main', as: 'ana', files, message })
    const a = commit({ 'staging/fraud-detector.yaml': 'version: 1.3.0\n' }, 'staging 1.3.0')
    const b = commit({ 'production/fraud-detector.yaml': 'version: 1.3.0\n' }, 'production 1.3.0')
    const c = commit({ 'staging/fraud-detector.yaml': 'version: 1.4.0\n' }, 'staging 1.4.0')
    const d = commit({ 'staging/churn.yaml': 'version: 2.0.0\n' }, 'staging churn 2.0.0')
    const list = async (params: { sha?: string; path?: string; per_page?: number; page?: number }) =>
      (await ana.rest.repos.listCommits({ owner, repo: 'history', ...params })).data.map((x) => x.sha)

    expect(await list({ path: 'staging/fraud-detector.yaml' })).toEqual([c, a])
    expect(await list({ path: 'staging' })).toEqual([d, c, a])
    expect(await list({ path: 'production/' })).toEqual([b])
    expect(await list({ sha: b, path: 'staging' })).toEqual([a])
    const all = await list({})
    expect(all.slice(0, 4)).toEqual([d, c, b, a])
    expect(all).toHaveLength(5) // and the seed commit
    expect(await list({ per_page: 2, page: 2 })).toEqual([b, a])
    const { data } = await ana.rest.repos.listCommits({ owner, repo: 'history', per_page: 1 })
    expect(data[0]).toMatchObject({
      sha: d,
      commit: { message: 'staging churn 2.0.0', author: { name: 'ana' } },
    })
    await expect(
      ana.rest.repos.listCommits({ owner, repo: 'history', sha: 'no-such-branch' }),
    ).rejects.toMatchObject({
      status: 404,
    })
    expect(gh.problems).toEqual([])
  })

  it('finds the merged pull request of a merge commit and the open one of a head commit', async () => {
    const repo = 'environments'
    const merged = openPullRequest(gh, {
      repo: `${owner}/${repo}`,
      as: 'ana',
      head: 'promote/churn-2.0.0-staging',
      title: 'Promote churn 2.0.0 to staging',
      files: { 'staging/churn.yaml': 'version: 2.0.0\n' },
    })
    const headSha = merged.head.sha
    const mergeSha = mergePullRequest(gh, { repo: `${owner}/${repo}`, pull: merged.number, as: 'ana' })
    const open = openPullRequest(gh, {
      repo: `${owner}/${repo}`,
      as: 'ana',
      head: 'promote/churn-2.1.0-staging',
      title: 'Promote churn 2.1.0 to staging',
      files: { 'staging/churn.yaml': 'version: 2.1.0\n' },
    })
    const associated = async (commit_sha: string) =>
      (await ana.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha })).data.map(
        (p) => [p.number, p.merged_at !== null],
      )
    expect(await associated(mergeSha)).toEqual([[merged.number, true]])
    expect(await associated(headSha)).toEqual([[merged.number, true]])
    expect(await associated(open.head.sha)).toEqual([[open.number, false]])

    const { data: branch } = await ana.rest.repos.getBranch({ owner, repo, branch: 'main' })
    expect(branch).toMatchObject({ name: 'main', protected: false, commit: { sha: mergeSha } })
    await expect(ana.rest.repos.getBranch({ owner, repo, branch: 'gone' })).rejects.toMatchObject({
      status: 404,
    })
    expect(gh.problems).toEqual([])
  })
})

import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Octokit } from '@octokit/rest'
import { verify } from '@octokit/webhooks-methods'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Emulator } from '../../sandbox/emulator.js'
import { appJwt, generateAppKey } from '../support/app-auth.js'
import { openPullRequest } from '../../sandbox/scenarios/pulls.js'
import { comment, openIssue } from '../../sandbox/scenarios/comments.js'
import type { App, Installation } from '../../sandbox/state.js'

const owner = 'acme'
const repo = 'models'
const secret = 'a-webhook-secret'
let gh: Emulator
let ana: Octokit
let app: App
let installation: Installation
let bot: Octokit
let server: ReturnType<typeof createServer>
const deliveries: { event: string; action?: string; body: string; signature: string; payload: any }[] = []

beforeAll(async () => {
  gh = await Emulator.start()
  const models = gh.createRepo(owner, repo, { seed: 'examples/model-repo' })
  gh.grant(models, 'ana', 'write')
  gh.grant(models, 'rui', 'read')
  gh.grant(models, 'mo', 'maintain')
  gh.grant(models, 'tia', 'triage')
  gh.addTeamMember(owner, 'risk-ml', 'ana')
  ana = new Octokit({ auth: gh.tokenFor('ana'), baseUrl: gh.url, request: { retries: 0 } })

  server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString()))
    request.on('end', () => {
      const payload = JSON.parse(body)
      deliveries.push({
        event: String(request.headers['x-github-event']),
        action: payload.action,
        body,
        signature: String(request.headers['x-hub-signature-256']),
        payload,
      })
      response.writeHead(202).end()
    })
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { privateKey, publicKey } = generateAppKey()
  app = gh.registerApp({
    slug: 'modelgate',
    publicKey,
    webhookUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    webhookSecret: secret,
    permissions: {
      checks: 'write',
      contents: 'write',
      pull_requests: 'write',
      issues: 'write',
      members: 'read',
      metadata: 'read',
    },
  })
  installation = gh.install(app, owner)
  const asApp = new Octokit({ auth: appJwt(app.id, privateKey), baseUrl: gh.url, request: { retries: 0 } })
  const { data } = await asApp.rest.apps.createInstallationAccessToken({ installation_id: installation.id })
  bot = new Octokit({ auth: data.token, baseUrl: gh.url, request: { retries: 0 } })
})

afterAll(async () => {
  await gh.stop()
  server.close()
})

describe('issue comments', () => {
  it('creates, reads, edits and deletes comments on a pull request, with webhooks', async () => {
    const pull = openPullRequest(gh, {
      repo: `${owner}/${repo}`,
      as: 'ana',
      head: 'bump',
      title: 'Bump',
      files: { 'notes.md': 'x\n' },
    })
    const { data: created } = await ana.rest.issues.createComment({
      owner,
      repo,
      issue_number: pull.number,
      body: '/promote fraud-detector@1.4.0 to staging',
    })
    expect(created).toMatchObject({
      body: '/promote fraud-detector@1.4.0 to staging',
      user: { login: 'ana' },
      author_association: 'COLLABORATOR',
      performed_via_github_app: null,
    })
    const { data: issue } = await ana.rest.issues.get({ owner, repo, issue_number: pull.number })
    expect(issue.pull_request?.url).toBe(`${gh.url}/repos/${owner}/${repo}/pulls/${pull.number}`)
    await ana.rest.issues.updateComment({ owner, repo, comment_id: created.id, body: 'edited' })
    expect((await ana.rest.issues.getComment({ owner, repo, comment_id: created.id })).data.body).toBe(
      'edited',
    )
    await ana.rest.issues.deleteComment({ owner, repo, comment_id: created.id })
    await expect(ana.rest.issues.getComment({ owner, repo, comment_id: created.id })).rejects.toMatchObject({
      status: 404,
    })

    await gh.webhooks.settled()
    const comments = deliveries.filter((d) => d.event === 'issue_comment')
    expect(comments.map((d) => d.action)).toEqual(['created', 'edited', 'deleted'])
    expect(comments[0]!.payload.issue.pull_request).toBeDefined()
    expect(comments[0]!.payload.installation.id).toBe(installation.id)
    expect(comments[1]!.payload.changes).toEqual({
      body: { from: '/promote fraud-detector@1.4.0 to staging' },
    })
    for (const delivery of comments)
      expect(await verify(secret, delivery.body, delivery.signature)).toBe(true)
    expect(gh.problems).toEqual([])
  })

  it('pages through 105 comments in order with two requests at per_page=100', async () => {
    const issue = openIssue(gh, { repo: `${owner}/${repo}`, as: 'rui', title: 'Many comments' })
    for (let i = 0; i < 105; i++)
      comment(gh, {
        repo: `${owner}/${repo}`,
        issue: issue.number,
        as: i % 2 ? 'ana' : 'rui',
        body: `comment ${i}`,
      })
    const before = gh.count('issues/list-comments')
    const all = await ana.paginate(ana.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issue.number,
      per_page: 100,
    })
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 105 }, (_, i) => `comment ${i}`))
    expect(gh.count('issues/list-comments') - before).toBe(2)
    expect(gh.problems).toEqual([])
  })

  it('marks comments written with an installation token as the App bot’s', async () => {
    const issue = openIssue(gh, { repo: `${owner}/${repo}`, as: 'ana', title: 'Bot comment' })
    const { data } = await bot.rest.issues.createComment({
      owner,
      repo,
      issue_number: issue.number,
      body: '🚀 opened a promotion',
    })
    expect(data.user?.login).toBe('modelgate[bot]')
    expect(data.performed_via_github_app?.slug).toBe('modelgate')
    expect(gh.problems).toEqual([])
  })

  it('adds reactions once per user and content (201, then 200)', async () => {
    const issue = openIssue(gh, { repo: `${owner}/${repo}`, as: 'ana', title: 'Reactions' })
    const target = comment(gh, { repo: `${owner}/${repo}`, issue: issue.number, as: 'ana', body: '/help' })
    const first = await bot.rest.reactions.createForIssueComment({
      owner,
      repo,
      comment_id: target.id,
      content: 'eyes',
    })
    const again = await bot.rest.reactions.createForIssueComment({
      owner,
      repo,
      comment_id: target.id,
      content: 'eyes',
    })
    expect([first.status, again.status]).toEqual([201, 200])
    expect(again.data.id).toBe(first.data.id)
    const { data } = await ana.rest.reactions.listForIssueComment({ owner, repo, comment_id: target.id })
    expect(data.map((r) => [r.content, r.user?.login])).toEqual([['eyes', 'modelgate[bot]']])
    expect(
      (await ana.rest.issues.getComment({ owner, repo, comment_id: target.id })).data.reactions,
    ).toMatchObject({ total_count: 1, eyes: 1 })
    expect(gh.problems).toEqual([])
  })

  it('labels issues', async () => {
    const issue = openIssue(gh, { repo: `${owner}/${repo}`, as: 'ana', title: 'Labels' })
    await ana.rest.issues.addLabels({
      owner,
      repo,
      issue_number: issue.number,
      labels: ['promotion', 'env:prod'],
    })
    await ana.rest.issues.removeLabel({ owner, repo, issue_number: issue.number, name: 'promotion' })
    const { data } = await ana.rest.issues.listLabelsOnIssue({ owner, repo, issue_number: issue.number })
    expect(data.map((l) => l.name)).toEqual(['env:prod'])
    expect(gh.problems).toEqual([])
  })
})

describe('an App with replicas', () => {
  it('sends each delivery to one of its replicas in turn, as a load balancer would', async () => {
    const seen: string[] = []
    const servers = ['a', 'b'].map((name) =>
      createServer((request, response) => {
        request.resume().on('end', () => {
          seen.push(name)
          response.writeHead(202).end()
        })
      }),
    )
    for (const replica of servers) await new Promise<void>((done) => replica.listen(0, '127.0.0.1', done))
    const urls = servers.map((replica) => `http://127.0.0.1:${(replica.address() as AddressInfo).port}/`)
    const replicated = gh.registerApp({
      slug: 'replicated',
      publicKey: generateAppKey().publicKey,
      webhookUrl: urls[0]!,
      events: ['issue_comment'],
    })
    replicated.replicaUrls = urls
    gh.install(replicated, owner)
    const models = `${owner}/${repo}`
    const issue = openIssue(gh, { repo: models, as: 'ana', title: 'replicas' })
    for (let i = 0; i < 4; i++)
      comment(gh, { repo: models, issue: issue.number, as: 'ana', body: `hello ${i}` })
    await gh.webhooks.settled()
    expect(seen.sort()).toEqual(['a', 'a', 'b', 'b'])
    for (const replica of servers) replica.close()
  })
})

describe('check runs and statuses', () => {
  it('lets only an App write check runs, and sends created then completed', async () => {
    const head = gh.state.repo(owner, repo)!.git.resolveCommit('main')!
    await expect(ana.rest.checks.create({ owner, repo, name: 'x', head_sha: head })).rejects.toMatchObject({
      status: 403,
    })
    const { data: run } = await bot.rest.checks.create({
      owner,
      repo,
      name: 'modelgate/approval (main)',
      head_sha: head,
      status: 'in_progress',
      output: { title: 'Pending', summary: 'Waiting for approvals' },
    })
    await bot.rest.checks.update({
      owner,
      repo,
      check_run_id: run.id,
      conclusion: 'success',
      output: { title: 'Approved', summary: '2 of 2 approvals' },
    })
    const { data } = await ana.rest.checks.listForRef({
      owner,
      repo,
      ref: 'main',
      check_name: 'modelgate/approval (main)',
    })
    expect(data.check_runs.map((r) => [r.status, r.conclusion, r.output.title, r.app?.slug])).toEqual([
      ['completed', 'success', 'Approved', 'modelgate'],
    ])
    await gh.webhooks.settled()
    expect(deliveries.filter((d) => d.event === 'check_run').map((d) => d.action)).toEqual([
      'created',
      'completed',
    ])
    expect(gh.problems).toEqual([])
  })

  it('combines commit statuses: the latest per context, failure over pending over success', async () => {
    const sha = gh.state.repo(owner, repo)!.git.resolveCommit('main')!
    await ana.rest.repos.createCommitStatus({ owner, repo, sha, state: 'pending', context: 'argocd/prod' })
    await ana.rest.repos.createCommitStatus({ owner, repo, sha, state: 'success', context: 'argocd/prod' })
    expect((await ana.rest.repos.getCombinedStatusForRef({ owner, repo, ref: 'main' })).data.state).toBe(
      'success',
    )
    await ana.rest.repos.createCommitStatus({ owner, repo, sha, state: 'failure', context: 'argocd/staging' })
    const { data } = await ana.rest.repos.getCombinedStatusForRef({ owner, repo, ref: sha })
    expect([data.state, data.total_count]).toEqual(['failure', 2])
    expect((await ana.rest.repos.listCommitStatusesForRef({ owner, repo, ref: 'main' })).data).toHaveLength(3)
    expect(gh.problems).toEqual([])
  })
})

describe('people', () => {
  it.each([
    ['acme', 'admin', 'admin'],
    ['mo', 'write', 'maintain'],
    ['ana', 'write', 'write'],
    ['tia', 'read', 'triage'],
    ['rui', 'read', 'read'],
    ['stranger', 'none', 'none'],
  ])('%s has permission %s (role %s)', async (login, permission, role) => {
    gh.createUser(login)
    const { data } = await bot.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: login })
    expect([data.permission, data.role_name]).toEqual([permission, role])
    expect(gh.problems).toEqual([])
  })

  it('answers team membership, 404 for non-members', async () => {
    const { data } = await bot.rest.teams.getMembershipForUserInOrg({
      org: owner,
      team_slug: 'risk-ml',
      username: 'ana',
    })
    expect(data.state).toBe('active')
    await expect(
      bot.rest.teams.getMembershipForUserInOrg({ org: owner, team_slug: 'risk-ml', username: 'rui' }),
    ).rejects.toMatchObject({ status: 404 })
    // An App without the organisation permission `members` cannot read teams, as on GitHub.
    const { privateKey, publicKey } = generateAppKey()
    const other = gh.registerApp({ slug: 'no-members', publicKey })
    const asOther = new Octokit({
      auth: appJwt(other.id, privateKey),
      baseUrl: gh.url,
      request: { retries: 0 },
    })
    const { data: token } = await asOther.rest.apps.createInstallationAccessToken({
      installation_id: gh.install(other, owner).id,
    })
    const withoutMembers = new Octokit({ auth: token.token, baseUrl: gh.url, request: { retries: 0 } })
    await expect(
      withoutMembers.rest.teams.getMembershipForUserInOrg({
        org: owner,
        team_slug: 'risk-ml',
        username: 'ana',
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect(gh.problems).toEqual([])
  })

  it('knows who a user token belongs to', async () => {
    expect((await ana.rest.users.getAuthenticated()).data.login).toBe('ana')
    await expect(bot.rest.users.getAuthenticated()).rejects.toMatchObject({ status: 403 })
    expect((await bot.rest.users.getByUsername({ username: 'rui' })).data.login).toBe('rui')
    expect(gh.problems).toEqual([])
  })
})

import { execFileSync } from 'node:child_process'
import { createSign, generateKeyPairSync } from 'node:crypto'
import type { KeyObject } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Octokit } from '@octokit/rest'
import { verify } from '@octokit/webhooks-methods'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Emulator } from '../../sandbox/emulator.js'
import { emitPullRequestLabel } from '../../sandbox/events-pulls.js'
import { mergePullRequest, openPullRequest, pushToBranch, review } from '../../sandbox/scenarios/pulls.js'
import type { App, Repo } from '../../sandbox/state.js'

const owner = 'acme'
const repo = 'models'
const secret = 'webhook-secret'
const MODEL = 'models/fraud-detector/model.yaml'

let gh: Emulator
let models: Repo
let ana: Octokit
let bob: Octokit
let app: App
let privateKey: KeyObject
let hooks: Server
const received: { id: string; event: string; signature: string; body: string }[] = []

const git = (...args: string[]) =>
  execFileSync('git', ['--git-dir', models.git.dir, ...args], { encoding: 'utf8' }).trim()

/** A branch off main with one commit, made through the Git Data API as a client would. */
async function branchWithFile(branch: string, path: string, content: string): Promise<string> {
  const { data: main } = await ana.rest.git.getRef({ owner, repo, ref: 'heads/main' })
  const { data: parent } = await ana.rest.git.getCommit({ owner, repo, commit_sha: main.object.sha })
  const { data: tree } = await ana.rest.git.createTree({
    owner,
    repo,
    base_tree: parent.tree.sha,
    tree: [{ path, mode: '100644', type: 'blob', content }],
  })
  const { data: commit } = await ana.rest.git.createCommit({
    owner,
    repo,
    message: `Add ${path}`,
    tree: tree.sha,
    parents: [parent.sha],
  })
  await ana.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: commit.sha })
  return commit.sha
}

function appJwt(): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const at = Math.floor(Date.now() / 1000)
  const unsigned = `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode({ iat: at - 60, exp: at + 540, iss: app.id })}`
  return `${unsigned}.${createSign('RSA-SHA256').update(unsigned).sign(privateKey).toString('base64url')}`
}

beforeAll(async () => {
  gh = await Emulator.start()
  models = gh.createRepo(owner, repo, { seed: 'examples/model-repo' })
  gh.grant(models, 'ana', 'write')
  gh.grant(models, 'bob', 'write')
  const client = (login: string) =>
    new Octokit({ auth: gh.tokenFor(login), baseUrl: gh.url, request: { retries: 0 } })
  ana = client('ana')
  bob = client('bob')

  hooks = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      received.push({
        id: String(request.headers['x-github-delivery']),
        event: String(request.headers['x-github-event']),
        signature: String(request.headers['x-hub-signature-256']),
        body: Buffer.concat(chunks).toString('utf8'),
      })
      response.writeHead(200).end('ok')
    })
  })
  await new Promise<void>((resolve) => hooks.listen(0, '127.0.0.1', resolve))
  const keys = generateKeyPairSync('rsa', { modulusLength: 2048 })
  privateKey = keys.privateKey
  app = gh.registerApp({
    slug: 'modelgate',
    publicKey: keys.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    webhookUrl: `http://127.0.0.1:${(hooks.address() as AddressInfo).port}/`,
    webhookSecret: secret,
  })
  gh.install(app, owner)
})

afterAll(async () => {
  await gh.stop()
  await new Promise((resolve) => hooks.close(resolve))
})

describe('pull requests', () => {
  it('opens a pull request through the API, with 422s like GitHub', async () => {
    const head = await branchWithFile('feature/api', 'notes/api.txt', 'from the API\n')
    const { data: pull } = await ana.rest.pulls.create({
      owner,
      repo,
      head: 'feature/api',
      base: 'main',
      title: 'Add a note',
      body: 'Please review',
    })
    expect(pull).toMatchObject({
      state: 'open',
      title: 'Add a note',
      body: 'Please review',
      user: { login: 'ana' },
      head: { ref: 'feature/api', sha: head, label: 'acme:feature/api', repo: { full_name: 'acme/models' } },
      base: { ref: 'main', sha: git('rev-parse', 'main') },
      merged: false,
      mergeable: true,
      commits: 1,
      additions: 1,
      deletions: 0,
      changed_files: 1,
    })

    const { data: fetched } = await bob.rest.pulls.get({ owner, repo, pull_number: pull.number })
    expect(fetched).toMatchObject({
      number: pull.number,
      mergeable_state: 'clean',
      author_association: 'COLLABORATOR',
    })

    for (const [input, message] of [
      [{ head: 'main', base: 'main' }, 'No commits between main and main'],
      [{ head: 'no-such-branch', base: 'main' }, '"field":"head"'],
      [{ head: 'feature/api', base: 'main' }, 'A pull request already exists for acme:feature/api.'],
      [{ head: 'acme:feature/api', base: 'main' }, 'A pull request already exists'],
    ] as const) {
      await expect(ana.rest.pulls.create({ owner, repo, title: 'Again', ...input })).rejects.toMatchObject({
        status: 422,
        message: expect.stringContaining(message),
      })
    }
    await expect(ana.rest.pulls.get({ owner, repo, pull_number: 999 })).rejects.toMatchObject({ status: 404 })
    expect(gh.problems).toEqual([])
  })

  it('opens pull requests as a named user, lists them with filters and pages', async () => {
    const opened = ['list/a', 'list/b', 'list/c'].map((head, i) =>
      openPullRequest(gh, {
        repo: models,
        as: 'carol',
        head,
        title: `List ${i}`,
        files: { [`notes/${head}.txt`]: `${head}\n` },
      }),
    )
    expect(opened.map((pull) => pull.user.login)).toEqual(['carol', 'carol', 'carol'])
    expect(models.git.resolveCommit('refs/heads/list/b')).toBe(opened[1]!.head.sha)

    const first = await ana.rest.pulls.list({ owner, repo, per_page: 2 })
    expect(first.data.map((pull) => pull.number)).toEqual([opened[2]!.number, opened[1]!.number])
    expect(first.headers.link).toContain('rel="next"')
    expect(first.headers.link).toContain('per_page=2&page=2')
    const second = await ana.rest.pulls.list({ owner, repo, per_page: 2, page: 2 })
    expect(second.headers.link).toContain('rel="prev"')
    expect(second.data.length).toBeGreaterThan(0)

    const { data: byHead } = await ana.rest.pulls.list({ owner, repo, head: 'acme:list/b' })
    expect(byHead.map((pull) => pull.number)).toEqual([opened[1]!.number])
    expect(byHead[0]).not.toHaveProperty('mergeable')
    const { data: byBase } = await ana.rest.pulls.list({ owner, repo, base: 'elsewhere' })
    expect(byBase).toEqual([])

    await ana.rest.pulls.update({ owner, repo, pull_number: opened[0]!.number, state: 'closed' })
    const { data: closed } = await ana.rest.pulls.list({ owner, repo, state: 'closed' })
    expect(closed.map((pull) => pull.number)).toEqual([opened[0]!.number])
    const { data: all } = await ana.rest.pulls.list({ owner, repo, state: 'all', direction: 'asc' })
    expect(all.map((pull) => pull.number)).toEqual([...all.map((pull) => pull.number)].sort((a, b) => a - b))
    expect(all.map((pull) => pull.number)).toContain(opened[0]!.number)
    expect(gh.problems).toEqual([])
  })

  it('updates title, body, base and state', async () => {
    const pull = openPullRequest(gh, {
      repo: models,
      as: 'ana',
      head: 'update/me',
      title: 'Before',
      files: { 'notes/update.txt': 'update\n' },
    })
    const pull_number = pull.number
    const { data: edited } = await ana.rest.pulls.update({
      owner,
      repo,
      pull_number,
      title: 'After',
      body: 'Body',
    })
    expect(edited).toMatchObject({ title: 'After', body: 'Body', state: 'open' })

    models.git.createRef('refs/heads/release', models.git.resolveCommit('refs/heads/main')!)
    const { data: rebased } = await ana.rest.pulls.update({ owner, repo, pull_number, base: 'release' })
    expect(rebased.base.ref).toBe('release')
    await expect(ana.rest.pulls.update({ owner, repo, pull_number, base: 'nope' })).rejects.toMatchObject({
      status: 422,
    })

    const { data: closed } = await bob.rest.pulls.update({ owner, repo, pull_number, state: 'closed' })
    expect(closed).toMatchObject({ state: 'closed', merged: false, mergeable: null })
    expect(closed.closed_at).not.toBeNull()
    const { data: reopened } = await bob.rest.pulls.update({ owner, repo, pull_number, state: 'open' })
    expect(reopened).toMatchObject({ state: 'open', closed_at: null })
    expect(gh.problems).toEqual([])
  })

  it('lists files and commits that match git, and compares like git', async () => {
    const pull = openPullRequest(gh, {
      repo: models,
      as: 'ana',
      head: 'files/change',
      title: 'Touch files',
      files: {
        'notes/new.txt': 'one\ntwo\n',
        [MODEL]: `${models.git.readFile('refs/heads/main', MODEL)!.content.toString()}# tuned\n`,
        'models/churn-predictor/model.yaml': null,
      },
    })
    const second = pushToBranch(gh, {
      repo: 'acme/models',
      branch: 'files/change',
      as: 'ana',
      files: { 'notes/new.txt': 'one\n2\nthree\n' },
      message: 'Second commit',
    })
    const pull_number = pull.number

    const { data: files } = await ana.rest.pulls.listFiles({ owner, repo, pull_number })
    const numstat = git('diff', '--numstat', 'main...files/change')
      .split('\n')
      .map((line) => line.split('\t'))
      .map(([additions, deletions, filename]) => ({
        filename,
        additions: Number(additions),
        deletions: Number(deletions),
      }))
    expect(files.map(({ filename, additions, deletions }) => ({ filename, additions, deletions }))).toEqual(
      numstat,
    )
    expect(Object.fromEntries(files.map((file) => [file.filename, file.status]))).toEqual({
      'models/churn-predictor/model.yaml': 'removed',
      [MODEL]: 'modified',
      'notes/new.txt': 'added',
    })
    const added = files.find((file) => file.filename === 'notes/new.txt')!
    expect(added).toMatchObject({ sha: git('rev-parse', 'files/change:notes/new.txt'), changes: 3 })
    const paged = await ana.rest.pulls.listFiles({ owner, repo, pull_number, per_page: 2 })
    expect(paged.data).toHaveLength(2)
    expect(paged.headers.link).toContain('rel="last"')

    const { data: commits } = await ana.rest.pulls.listCommits({ owner, repo, pull_number })
    expect(commits.map((commit) => commit.sha)).toEqual(
      git('rev-list', '--reverse', 'main..files/change').split('\n'),
    )
    expect(commits.at(-1)).toMatchObject({
      sha: second,
      commit: { message: 'Second commit', author: { name: 'ana' } },
      author: { login: 'ana' },
    })

    const compare = (basehead: string) => ana.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead })
    const { data: ahead } = await compare('main...files/change')
    expect(ahead).toMatchObject({ status: 'ahead', ahead_by: 2, behind_by: 0, total_commits: 2 })
    expect(ahead.merge_base_commit.sha).toBe(git('rev-parse', 'main'))
    expect(ahead.files?.map((file) => file.filename).sort()).toEqual(
      files.map((file) => file.filename).sort(),
    )
    expect((await compare('files/change...main')).data).toMatchObject({ status: 'behind', behind_by: 2 })
    expect((await compare('main...main')).data).toMatchObject({
      status: 'identical',
      ahead_by: 0,
      commits: [],
    })
    expect((await compare(`main...${second}`)).data.ahead_by).toBe(2)
    await expect(compare('main...no-such-branch')).rejects.toMatchObject({ status: 404 })

    pushToBranch(gh, {
      repo: models,
      branch: 'release',
      as: 'bob',
      files: { 'notes/release.txt': 'r\n' },
      message: 'R',
    })
    expect((await compare('release...files/change')).data).toMatchObject({
      status: 'diverged',
      ahead_by: 2,
      behind_by: 1,
    })
    expect(gh.problems).toEqual([])
  })

  it('keeps review rules: the author cannot approve, the latest review per reviewer is last', async () => {
    const pull = openPullRequest(gh, {
      repo: models,
      as: 'ana',
      head: 'review/me',
      title: 'Review me',
      files: { 'notes/review.txt': 'review\n' },
    })
    const pull_number = pull.number
    await expect(
      ana.rest.pulls.createReview({ owner, repo, pull_number, event: 'APPROVE' }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('Can not approve your own pull request'),
    })
    await expect(
      ana.rest.pulls.createReview({ owner, repo, pull_number, event: 'REQUEST_CHANGES', body: 'no' }),
    ).rejects.toMatchObject({ status: 422 })

    const { data: approval } = await bob.rest.pulls.createReview({
      owner,
      repo,
      pull_number,
      event: 'APPROVE',
    })
    expect(approval).toMatchObject({ state: 'APPROVED', user: { login: 'bob' }, commit_id: pull.head.sha })
    const comment = review(gh, {
      repo: models,
      pull: pull_number,
      as: 'carol',
      state: 'COMMENTED',
      body: 'nice',
    })
    const { data: changes } = await bob.rest.pulls.createReview({
      owner,
      repo,
      pull_number,
      event: 'REQUEST_CHANGES',
      body: 'Please add a test',
    })

    const { data: reviews } = await ana.rest.pulls.listReviews({ owner, repo, pull_number })
    expect(reviews.map((r) => [r.user?.login, r.state])).toEqual([
      ['bob', 'APPROVED'],
      ['carol', 'COMMENTED'],
      ['bob', 'CHANGES_REQUESTED'],
    ])
    const latest = new Map(reviews.map((r) => [r.user?.login, r.state]))
    expect(latest.get('bob')).toBe('CHANGES_REQUESTED')
    const page = await ana.rest.pulls.listReviews({ owner, repo, pull_number, per_page: 2 })
    expect(page.data).toHaveLength(2)
    expect(page.headers.link).toContain('rel="next"')

    const { data: dismissed } = await ana.rest.pulls.dismissReview({
      owner,
      repo,
      pull_number,
      review_id: changes.id,
      message: 'Test added',
    })
    expect(dismissed.state).toBe('DISMISSED')
    await expect(
      ana.rest.pulls.dismissReview({ owner, repo, pull_number, review_id: comment.id, message: 'x' }),
    ).rejects.toMatchObject({ status: 422, message: expect.stringContaining('commented') })
    await expect(
      ana.rest.pulls.dismissReview({ owner, repo, pull_number, review_id: 1, message: 'x' }),
    ).rejects.toMatchObject({ status: 404 })
    expect(gh.problems).toEqual([])
  })

  it('merges with a merge commit that git clone shows; a second merge fails', async () => {
    const pull = openPullRequest(gh, {
      repo: models,
      as: 'ana',
      head: 'merge/me',
      title: 'Merge me',
      files: { 'notes/merged.txt': 'merged\n' },
    })
    const pull_number = pull.number
    const mainBefore = git('rev-parse', 'main')
    pushToBranch(gh, {
      repo: models,
      branch: 'main',
      as: 'bob',
      files: { 'notes/meanwhile.txt': 'm\n' },
      message: 'M',
    })
    const { data: merge } = await bob.rest.pulls.merge({ owner, repo, pull_number, sha: pull.head.sha })
    expect(merge).toMatchObject({ merged: true, message: 'Pull Request successfully merged' })
    expect(git('rev-parse', 'main')).toBe(merge.sha)
    expect(git('log', '-1', '--format=%P', 'main').split(' ')).toEqual([
      git('rev-parse', 'main^1'),
      pull.head.sha,
    ])
    expect(git('rev-parse', 'main^1')).not.toBe(mainBefore)

    const clone = mkdtempSync(join(tmpdir(), 'clone-'))
    try {
      execFileSync('git', ['clone', '-q', models.git.dir, clone])
      expect(readFileSync(join(clone, 'notes/merged.txt'), 'utf8')).toBe('merged\n')
      expect(readFileSync(join(clone, 'notes/meanwhile.txt'), 'utf8')).toBe('m\n')
      expect(execFileSync('git', ['-C', clone, 'log', '-1', '--format=%s%n%an'], { encoding: 'utf8' })).toBe(
        `Merge pull request #${pull_number} from acme/merge/me\nbob\n`,
      )
    } finally {
      rmSync(clone, { recursive: true, force: true })
    }

    const { data: merged } = await ana.rest.pulls.get({ owner, repo, pull_number })
    expect(merged).toMatchObject({
      state: 'closed',
      merged: true,
      merged_by: { login: 'bob' },
      merge_commit_sha: merge.sha,
      commits: 1,
      changed_files: 1,
    })
    const { data: commits } = await ana.rest.pulls.listCommits({ owner, repo, pull_number })
    expect(commits.map((commit) => commit.sha)).toEqual([pull.head.sha])
    await expect(bob.rest.pulls.merge({ owner, repo, pull_number })).rejects.toMatchObject({
      status: 405,
      message: expect.stringContaining('Pull Request is not mergeable'),
    })
    await expect(ana.rest.pulls.update({ owner, repo, pull_number, state: 'open' })).rejects.toMatchObject({
      status: 422,
    })

    const squash = openPullRequest(gh, {
      repo: models,
      as: 'ana',
      head: 'merge/squash',
      title: 'Squash me',
      files: { 'notes/squash.txt': 's\n' },
    })
    const squashed = mergePullRequest(gh, { repo: models, pull: squash, as: 'bob' })
    expect(git('rev-parse', 'main')).toBe(squashed)
    const { data: squashMerge } = await bob.rest.pulls.merge({
      owner,
      repo,
      pull_number: openPullRequest(gh, {
        repo: models,
        as: 'ana',
        head: 'merge/squash-2',
        title: 'Squash two',
        files: { 'notes/squash-2.txt': 's\n' },
      }).number,
      merge_method: 'squash',
    })
    expect(git('log', '-1', '--format=%P%n%s', squashMerge.sha)).toBe(
      `${squashed}\nSquash two (#${squash.number + 1})`,
    )
    expect(gh.problems).toEqual([])
  })

  it('answers 405 on conflicts and 409 when the head moved', async () => {
    const left = openPullRequest(gh, {
      repo: models,
      as: 'ana',
      head: 'conflict/left',
      title: 'Left',
      files: { 'notes/conflict.txt': 'left\n' },
    })
    const right = openPullRequest(gh, {
      repo: models,
      as: 'ana',
      head: 'conflict/right',
      title: 'Right',
      files: { 'notes/conflict.txt': 'right\n' },
    })
    await bob.rest.pulls.merge({ owner, repo, pull_number: left.number })
    const { data: conflicted } = await ana.rest.pulls.get({ owner, repo, pull_number: right.number })
    expect(conflicted).toMatchObject({ mergeable: false, mergeable_state: 'dirty' })
    const main = git('rev-parse', 'main')
    await expect(bob.rest.pulls.merge({ owner, repo, pull_number: right.number })).rejects.toMatchObject({
      status: 405,
      message: expect.stringContaining('Pull Request is not mergeable'),
    })
    expect(git('rev-parse', 'main')).toBe(main)

    const stale = openPullRequest(gh, {
      repo: models,
      as: 'ana',
      head: 'stale/head',
      title: 'Stale',
      files: { 'notes/stale.txt': '1\n' },
    })
    const reviewed = stale.head.sha
    const moved = pushToBranch(gh, {
      repo: models,
      branch: 'stale/head',
      as: 'ana',
      files: { 'notes/stale.txt': '2\n' },
      message: 'Move the head',
    })
    const { data: live } = await ana.rest.pulls.get({ owner, repo, pull_number: stale.number })
    expect(live.head.sha).toBe(moved)
    await expect(
      bob.rest.pulls.merge({ owner, repo, pull_number: stale.number, sha: reviewed }),
    ).rejects.toMatchObject({ status: 409, message: expect.stringContaining('Head branch was modified') })
    expect(git('rev-parse', 'main')).toBe(main)
    expect(gh.problems).toEqual([])
  })

  it('attributes pull requests made with an installation token to the App bot', async () => {
    const installation = gh.state.installations.find((candidate) => candidate.app === app)!
    const asApp = new Octokit({ auth: appJwt(), baseUrl: gh.url, request: { retries: 0 } })
    const { data: token } = await asApp.rest.apps.createInstallationAccessToken({
      installation_id: installation.id,
    })
    const bot = new Octokit({ auth: token.token, baseUrl: gh.url, request: { retries: 0 } })
    await branchWithFile('bot/promote', 'notes/bot.txt', 'bot\n')
    const { data: pull } = await bot.rest.pulls.create({
      owner,
      repo,
      head: 'bot/promote',
      base: 'main',
      title: 'Promote',
    })
    expect(pull.user).toMatchObject({ login: 'modelgate[bot]', type: 'Bot' })
    const { data: approval } = await ana.rest.pulls.createReview({
      owner,
      repo,
      pull_number: pull.number,
      event: 'APPROVE',
    })
    expect(approval.state).toBe('APPROVED')
    await expect(
      bot.rest.pulls.createReview({ owner, repo, pull_number: pull.number, event: 'APPROVE' }),
    ).rejects.toMatchObject({ status: 422 })
    expect(gh.problems).toEqual([])
  })

  it('sends signed pull_request and pull_request_review webhooks', async () => {
    await gh.webhooks.settled()
    const since = gh.webhooks.deliveries.length
    const pull = openPullRequest(gh, {
      repo: models,
      as: 'ana',
      head: 'hooks/demo',
      title: 'Hooks',
      body: 'first',
      files: { 'notes/hooks.txt': 'hooks\n' },
    })
    const pull_number = pull.number
    await ana.rest.pulls.update({ owner, repo, pull_number, title: 'Hooks!', body: 'second' })
    // Labels are the issues routes' business; they call these builders.
    models.labels.set('ready', { id: gh.state.id(), name: 'ready', color: '0e8a16', description: 'Ready' })
    pull.labels.push('ready')
    emitPullRequestLabel(gh, 'labeled', pull, 'ready', pull.user)
    const { data: labeled } = await ana.rest.pulls.get({ owner, repo, pull_number })
    expect(labeled.labels).toMatchObject([{ name: 'ready', color: '0e8a16', description: 'Ready' }])
    pull.labels = []
    emitPullRequestLabel(gh, 'unlabeled', pull, 'ready', pull.user)
    const before = pull.head.sha
    const after = pushToBranch(gh, {
      repo: models,
      branch: 'hooks/demo',
      as: 'ana',
      files: { 'notes/hooks.txt': 'hooks 2\n' },
      message: 'More hooks',
    })
    const { data: changes } = await bob.rest.pulls.createReview({
      owner,
      repo,
      pull_number,
      event: 'REQUEST_CHANGES',
      body: 'Not yet',
    })
    await bob.rest.pulls.dismissReview({ owner, repo, pull_number, review_id: changes.id, message: 'ok' })
    review(gh, { repo: models, pull: pull_number, as: 'bob', state: 'APPROVED' })
    await ana.rest.pulls.update({ owner, repo, pull_number, state: 'closed' })
    await ana.rest.pulls.update({ owner, repo, pull_number, state: 'open' })
    const mergeSha = mergePullRequest(gh, { repo: models, pull: pull_number, as: 'bob' })
    await gh.webhooks.settled()

    const deliveries = gh.webhooks.deliveries.slice(since)
    expect(deliveries.map((d) => `${d.event}${d.action ? `.${d.action}` : ''}`)).toEqual([
      'pull_request.opened',
      'pull_request.edited',
      'pull_request.labeled',
      'pull_request.unlabeled',
      'push',
      'pull_request.synchronize',
      'pull_request_review.submitted',
      'pull_request_review.dismissed',
      'pull_request_review.submitted',
      'pull_request.closed',
      'pull_request.reopened',
      'push',
      'pull_request.closed',
    ])
    expect(deliveries.every((d) => d.status === 200 && d.app === 'modelgate')).toBe(true)
    const payloads = (name: string) =>
      deliveries.filter((d) => `${d.event}.${d.action}` === name).map((d) => d.payload as any)
    expect(payloads('pull_request.opened')[0]).toMatchObject({
      number: pull_number,
      pull_request: { title: 'Hooks', body: 'first', head: { ref: 'hooks/demo' }, user: { login: 'ana' } },
      repository: { full_name: 'acme/models' },
      sender: { login: 'ana' },
      installation: { id: expect.any(Number) },
    })
    expect(payloads('pull_request.edited')[0]).toMatchObject({
      changes: { title: { from: 'Hooks' }, body: { from: 'first' } },
      pull_request: { title: 'Hooks!' },
    })
    expect(payloads('pull_request.labeled')[0]).toMatchObject({
      label: { name: 'ready' },
      pull_request: { labels: [{ name: 'ready' }] },
    })
    expect(payloads('pull_request.unlabeled')[0]).toMatchObject({
      label: { name: 'ready' },
      pull_request: { labels: [] },
    })
    expect(payloads('pull_request.synchronize')[0]).toMatchObject({
      before,
      after,
      pull_request: { head: { sha: after } },
    })
    const [requested, approved] = payloads('pull_request_review.submitted')
    expect(requested.review).toMatchObject({ state: 'changes_requested', user: { login: 'bob' } })
    expect(approved.review).toMatchObject({ state: 'approved', commit_id: after })
    expect(payloads('pull_request_review.dismissed')[0].review).toMatchObject({
      id: changes.id,
      state: 'dismissed',
    })
    const [closed, merged] = payloads('pull_request.closed')
    expect(closed.pull_request).toMatchObject({ state: 'closed', merged: false })
    expect(payloads('push.undefined').at(-1)).toMatchObject({ ref: 'refs/heads/main', after: mergeSha })
    expect(merged.pull_request).toMatchObject({
      state: 'closed',
      merged: true,
      merge_commit_sha: mergeSha,
      merged_by: { login: 'bob' },
    })

    for (const delivery of deliveries) {
      const got = received.find((candidate) => candidate.id === delivery.id)!
      expect(got.event).toBe(delivery.event)
      expect(JSON.parse(got.body)).toEqual(delivery.payload)
      await expect(verify(secret, got.body, got.signature)).resolves.toBe(true)
      await expect(verify('wrong-secret', got.body, got.signature)).resolves.toBe(false)
    }
    expect(gh.problems).toEqual([])
  })
})

import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Octokit } from '@octokit/rest'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { Emulator } from '../../sandbox/emulator.js'
import { appJwt, generateAppKey } from '../support/app-auth.js'

let gh: Emulator
beforeAll(async () => (gh = await Emulator.start()))
afterAll(async () => gh.stop())

it('carries a change from blob to merged commit with the unmodified @octokit/rest client, and git clone shows it', async () => {
  const owner = 'acme'
  const repo = 'environments'
  gh.grant(gh.createRepo(owner, repo, { seed: 'examples/model-repo' }), 'ana', 'write')
  gh.createUser('rui')
  gh.grant(gh.state.repo(owner, repo)!, 'rui', 'write')
  const ana = new Octokit({ auth: gh.tokenFor('ana'), baseUrl: gh.url, request: { retries: 0 } })
  const rui = new Octokit({ auth: gh.tokenFor('rui'), baseUrl: gh.url, request: { retries: 0 } })
  const { privateKey, publicKey } = generateAppKey()
  const app = gh.registerApp({ slug: 'modelgate', publicKey })
  const installation = gh.install(app, owner)
  const { data: minted } = await new Octokit({
    auth: appJwt(app.id, privateKey),
    baseUrl: gh.url,
  }).rest.apps.createInstallationAccessToken({
    installation_id: installation.id,
    repositories: [repo],
    permissions: { checks: 'write', contents: 'read' },
  })
  const bot = new Octokit({ auth: minted.token, baseUrl: gh.url, request: { retries: 0 } })

  const { data: main } = await ana.rest.git.getRef({ owner, repo, ref: 'heads/main' })
  const { data: base } = await ana.rest.git.getCommit({ owner, repo, commit_sha: main.object.sha })
  const rendered =
    'apiVersion: serving.kserve.io/v1beta1\nkind: InferenceService\nmetadata:\n  name: fraud-detector\n'
  const { data: blob } = await ana.rest.git.createBlob({
    owner,
    repo,
    content: Buffer.from(rendered).toString('base64'),
    encoding: 'base64',
  })
  const path = 'environments/staging/fraud-detector/inferenceservice.yaml'
  const { data: tree } = await ana.rest.git.createTree({
    owner,
    repo,
    base_tree: base.tree.sha,
    tree: [{ path, mode: '100644', type: 'blob', sha: blob.sha }],
  })
  const { data: commit } = await ana.rest.git.createCommit({
    owner,
    repo,
    message: 'Promote fraud-detector 1.4.0 to staging',
    tree: tree.sha,
    parents: [base.sha],
  })
  await ana.rest.git.createRef({
    owner,
    repo,
    ref: 'refs/heads/modelgate/staging/fraud-detector',
    sha: commit.sha,
  })
  const { data: pull } = await ana.rest.pulls.create({
    owner,
    repo,
    head: 'modelgate/staging/fraud-detector',
    base: 'main',
    title: 'Promote fraud-detector 1.4.0 to staging',
  })
  const { data: note } = await ana.rest.issues.createComment({
    owner,
    repo,
    issue_number: pull.number,
    body: 'Ready for review',
  })
  await rui.rest.reactions.createForIssueComment({ owner, repo, comment_id: note.id, content: 'rocket' })
  await rui.rest.pulls.createReview({ owner, repo, pull_number: pull.number, event: 'APPROVE' })
  const { data: check } = await bot.rest.checks.create({
    owner,
    repo,
    name: 'modelgate/approval (main)',
    head_sha: commit.sha,
    conclusion: 'success',
    output: { title: 'Approved', summary: '1 of 1 approvals' },
  })
  expect(check.conclusion).toBe('success')
  // The narrowed token reads but cannot write contents.
  await expect(
    bot.rest.git.createRef({ owner, repo, ref: 'refs/heads/not-allowed', sha: commit.sha }),
  ).rejects.toMatchObject({ status: 403 })
  const { data: merged } = await rui.rest.pulls.merge({
    owner,
    repo,
    pull_number: pull.number,
    sha: commit.sha,
  })
  expect(merged.merged).toBe(true)

  const clone = mkdtempSync(join(tmpdir(), 'flow-clone-'))
  try {
    execFileSync('git', ['clone', '-q', gh.state.repo(owner, repo)!.git.dir, clone])
    expect(readFileSync(join(clone, path), 'utf8')).toBe(rendered)
    const log = execFileSync('git', ['-C', clone, 'log', '--format=%P|%s', '-2'], { encoding: 'utf8' })
      .trim()
      .split('\n')
    expect(log[0]!.split('|')[0]!.split(' ')).toEqual([base.sha, commit.sha]) // a merge commit of main and the branch
    expect(log[1]).toBe(`${base.sha}|Promote fraud-detector 1.4.0 to staging`)
  } finally {
    rmSync(clone, { recursive: true, force: true })
  }
  expect(gh.problems).toEqual([])
})

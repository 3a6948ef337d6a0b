import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Octokit } from '@octokit/rest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Emulator } from '../../sandbox/emulator.js'

let gh: Emulator
let octokit: Octokit
const owner = 'acme'
const repo = 'models'

beforeAll(async () => {
  gh = await Emulator.start()
  const models = gh.createRepo(owner, repo, { seed: 'examples/model-repo' })
  gh.grant(models, 'ana', 'write')
  octokit = new Octokit({ auth: gh.tokenFor('ana'), baseUrl: gh.url, request: { retries: 0 } })
})
afterAll(async () => gh.stop())

describe('Git Data API on real git', () => {
  it('serves files from the seeded repository', async () => {
    const { data } = await octokit.rest.repos.getContent({
      owner,
      repo,
      path: 'models/fraud-detector/model.yaml',
    })
    expect(Array.isArray(data)).toBe(false)
    const file = data as { content: string; sha: string }
    expect(Buffer.from(file.content, 'base64').toString()).toBe(
      readFileSync('examples/model-repo/models/fraud-detector/model.yaml', 'utf8'),
    )
    expect(gh.problems).toEqual([])
  })

  it('writes a commit with blob → tree → commit → ref, and git clone shows it', async () => {
    const { data: ref } = await octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' })
    const { data: head } = await octokit.rest.git.getCommit({ owner, repo, commit_sha: ref.object.sha })
    const { data: blob } = await octokit.rest.git.createBlob({ owner, repo, content: 'hello from the API\n' })
    const { data: tree } = await octokit.rest.git.createTree({
      owner,
      repo,
      base_tree: head.tree.sha,
      tree: [{ path: 'notes/hello.txt', mode: '100644', type: 'blob', sha: blob.sha }],
    })
    const { data: commit } = await octokit.rest.git.createCommit({
      owner,
      repo,
      message: 'Add a note',
      tree: tree.sha,
      parents: [head.sha],
    })
    await octokit.rest.git.createRef({
      owner,
      repo,
      ref: 'refs/heads/modelgate/dev/fraud-detector',
      sha: commit.sha,
    })
    await expect(
      octokit.rest.git.createRef({
        owner,
        repo,
        ref: 'refs/heads/modelgate/dev/fraud-detector',
        sha: commit.sha,
      }),
    ).rejects.toMatchObject({ status: 422, message: expect.stringContaining('Reference already exists') })
    await octokit.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha: commit.sha })
    await expect(
      octokit.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha: head.sha }),
    ).rejects.toMatchObject({ status: 422, message: expect.stringContaining('Update is not a fast forward') })

    const clone = mkdtempSync(join(tmpdir(), 'clone-'))
    try {
      execFileSync('git', ['clone', '-q', gh.state.repo(owner, repo)!.git.dir, clone])
      expect(readFileSync(join(clone, 'notes/hello.txt'), 'utf8')).toBe('hello from the API\n')
      expect(execFileSync('git', ['-C', clone, 'log', '-1', '--format=%s%n%an'], { encoding: 'utf8' })).toBe(
        'Add a note\nana\n',
      )
    } finally {
      rmSync(clone, { recursive: true, force: true })
    }
    expect(gh.problems).toEqual([])
  })

  it('reads many commits in one listing exactly as one by one, unknown ones included', () => {
    const { git } = gh.state.repo(owner, repo)!
    const main = git.resolveCommit('refs/heads/main')!
    const tree = git.readCommit(main)!.tree
    const signature = { name: 'Zoë Ünïcode', email: 'zoe@example.invalid', date: '2026-12-04T10:00:00Z' }
    const messages = ['one line', 'subject\n\nbody with a blank line\n\n  indented\n', 'trailing\n\n\n']
    let parent = main
    const shas = messages.map(
      (message) => (parent = git.commitTree(tree, [parent], message, signature, signature)),
    )
    const listed = [...shas, main, 'f'.repeat(40)]
    expect(git.readCommits(listed)).toEqual(listed.map((sha) => git.readCommit(sha)))
  })

  it('answers unknown routes, bad bodies and bad credentials the way GitHub does', async () => {
    await expect(
      octokit.request('GET /repos/{owner}/{repo}/no-such-thing', { owner, repo }),
    ).rejects.toMatchObject({ status: 404 })
    await expect(
      octokit.request('POST /repos/{owner}/{repo}/git/blobs', { owner, repo, nope: 1 } as never),
    ).rejects.toMatchObject({ status: 422 })
    expect(gh.problems.splice(0)).toEqual([expect.stringContaining("must have required property 'content'")])
    const stranger = new Octokit({ auth: 'ghp_wrong', baseUrl: gh.url, request: { retries: 0 } })
    await expect(stranger.rest.repos.get({ owner, repo })).rejects.toMatchObject({ status: 401 })
    expect(gh.problems).toEqual([])
  })
})

import { spawn } from 'node:child_process'
import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { createInterface } from 'node:readline'
import { Octokit } from '@octokit/rest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../../sandbox/start-bot.js'
import { waitFor } from '../support/bot-harness.js'

/**
 * `npm run playground` as a person uses it: a child process whose stdout names the API root, the
 * repositories and each person's token; everything after that is plain REST as those people.
 */
let child: ChildProcessWithoutNullStreams
let port: number
const lines: string[] = []
let exited: Promise<number | null>

beforeAll(async () => {
  port = await freePort()
  child = spawn(process.execPath, ['lib/sandbox/playground.js', '--port', String(port)])
  exited = new Promise((resolve) => child.once('exit', resolve))
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  // Up when it printed its last person; a failed start says why on stderr.
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no users within 45 s:\n${stderr}`)), 45_000)
    void exited.then((code) => reject(new Error(`the playground exited (${code}):\n${stderr}`)))
    createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(line)
      if (line.startsWith('user argocd ')) resolve(clearTimeout(timer))
    })
  })
}, 60_000)

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL')
})

/** An Octokit acting as `login`, with the token the playground printed for them. */
function as(login: string): Octokit {
  const line = lines.find((candidate) => candidate.startsWith(`user ${login} `))
  if (!line) throw new Error(`the playground printed no user ${login}`)
  return new Octokit({
    auth: line.split(' ')[3],
    baseUrl: `http://127.0.0.1:${port}`,
    request: { retries: 0 },
  })
}

describe('npm run playground', () => {
  it('prints the API root, both repositories and a person per role of the example configs', () => {
    expect(lines[0]).toBe(`ready http://127.0.0.1:${port}`)
    expect(lines).toContain('repo acme/models models')
    expect(lines).toContain('repo acme/ml-environments environments')
    const roles = lines.filter((line) => line.startsWith('user ')).map((line) => line.split(' ').slice(1, 3))
    expect(roles).toEqual(
      expect.arrayContaining([
        ['max', 'admin'],
        ['ana', 'write'],
        ['rel', 'write'],
        ['rita', 'read'],
        ['argocd', 'write'],
      ]),
    )
    for (const line of lines.filter((candidate) => candidate.startsWith('user ')))
      expect(line).toMatch(/^user [a-z]+ (admin|write|read) ghp_[0-9a-f]+$/)
  })

  it('a promotion through REST alone: comment, pull request, merge, Argo CD status, live and healthy', async () => {
    const models = { owner: 'acme', repo: 'models' }
    const environments = { owner: 'acme', repo: 'ml-environments' }
    const { data: issue } = await as('ana').rest.issues.create({ ...models, title: 'Releases' })
    await as('ana').rest.issues.createComment({
      ...models,
      issue_number: issue.number,
      body: '/promote fraud-detector to dev',
    })

    const pull = await waitFor(
      async () =>
        (
          await as('max').rest.pulls.list({
            ...environments,
            state: 'open',
            head: 'acme:modelgate/dev/fraud-detector',
          })
        ).data[0],
      { timeoutMs: 20_000, message: 'the promotion pull request' },
    )
    const { data: merge } = await as('max').rest.pulls.merge({ ...environments, pull_number: pull.number })
    await as('argocd').rest.repos.createCommitStatus({
      ...environments,
      sha: merge.sha,
      state: 'success',
      context: 'continuous-delivery/dev-fraud-detector',
      description: 'Healthy',
    })

    const status = await waitFor(
      async () => {
        const { data: comments } = await as('ana').rest.issues.listComments({
          ...models,
          issue_number: issue.number,
        })
        const body = comments.find((c) =>
          c.body?.startsWith('<!-- modelgate:status dev/fraud-detector #'),
        )?.body
        return body?.includes('✅ live and healthy') && body
      },
      { timeoutMs: 20_000, message: 'the thread to say live and healthy' },
    )
    expect(status).toContain('✅ live and healthy')
  })

  it('SIGTERM stops the bot and the emulator, and the process exits 0', async () => {
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow()
  })
})

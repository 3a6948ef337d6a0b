import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Octokit } from '@octokit/rest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Emulator } from '../../sandbox/emulator.js'
import { EVENT_PERMISSIONS } from '../../sandbox/event-permissions.js'
import { OpenApi } from '../../sandbox/openapi.js'
import { handlers } from '../../sandbox/routes/index.js'
import { comment } from '../../sandbox/scenarios/comments.js'
import { openPullRequest } from '../../sandbox/scenarios/pulls.js'
import { generateAppKey } from '../support/app-auth.js'

/*
 * The emulator checks every request and response against GitHub's description, so a schema that
 * does not compile is a 500 on a route GitHub serves: `POST /repos/{owner}/{repo}/issues` answered
 * `"nullable" cannot be used without "type"`, because inline schemas skipped the normalisation the
 * shared components get. Every schema of every route it serves must compile. And GitHub sends an
 * event to an App only when its permissions let it: so does the emulator.
 */

let gh: Emulator
beforeAll(async () => {
  gh = await Emulator.start()
})
afterAll(async () => {
  await gh.stop()
})

describe('the emulator’s OpenAPI schemas', () => {
  it('compiles the request and every response schema of each operation it serves', () => {
    const api = new OpenApi()
    const operations = Object.keys(handlers)
    expect(operations.length).toBeGreaterThan(40)
    expect(operations.flatMap((operationId) => api.compileOperation(operationId))).toEqual([])
  }, 120_000)

  it('creates an issue (POST /repos/{owner}/{repo}/issues answered 500 before)', async () => {
    const repo = gh.createRepo('acme', 'issues-here')
    gh.grant(repo, 'ana', 'write')
    const ana = new Octokit({ auth: gh.tokenFor('ana'), baseUrl: gh.url, request: { retries: 0 } })
    const { status, data } = await ana.rest.issues.create({
      owner: 'acme',
      repo: 'issues-here',
      title: 'Drift on fraud-detector',
      milestone: null,
    })
    expect(status).toBe(201)
    expect(data.title).toBe('Drift on fraud-detector')
    expect(gh.problems).toEqual([])
  })
  it('accepts GitHub’s error body where the description offers two error shapes that both fit it', async () => {
    // PUT contents documents its 409 as `oneOf` basic-error / repository-rule-violation-error; every
    // property of both is optional, so GitHub's `{ message, documentation_url, status }` fits both
    // and a strict `oneOf` refused the very body GitHub sends.
    const repo = gh.createRepo('acme', 'contents-conflict')
    gh.grant(repo, 'ana', 'write')
    const ana = new Octokit({ auth: gh.tokenFor('ana'), baseUrl: gh.url, request: { retries: 0 } })
    const write = (sha?: string) =>
      ana.rest.repos.createOrUpdateFileContents({
        owner: 'acme',
        repo: 'contents-conflict',
        path: 'notes.md',
        message: 'notes',
        content: Buffer.from('one').toString('base64'),
        ...(sha ? { sha } : {}),
      })
    await write()
    await expect(write('0'.repeat(40))).rejects.toMatchObject({ status: 409 })
    expect(gh.problems).toEqual([])
  })
})

describe('event delivery follows the App’s permissions, as on GitHub', () => {
  it.each<{ name: string; permissions: Record<string, string>; delivered: boolean }>([
    {
      name: 'without the Issues permission',
      permissions: { pull_requests: 'read', metadata: 'read' },
      delivered: false,
    },
    {
      name: 'with Issues: read',
      permissions: { pull_requests: 'read', issues: 'read', metadata: 'read' },
      delivered: true,
    },
  ])('issue_comment $name: delivered $delivered', async ({ permissions, delivered }) => {
    const received: string[] = []
    const server = createServer((request, response) => {
      received.push(String(request.headers['x-github-event']))
      request.resume().on('end', () => response.writeHead(200).end())
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    try {
      const owner = `org-${delivered ? 'with' : 'without'}`
      const repo = gh.createRepo(owner, 'models', { seed: 'examples/model-repo' })
      const app = gh.registerApp({
        slug: `listener-${owner}`,
        publicKey: generateAppKey().publicKey,
        webhookUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
        webhookSecret: 'a-secret-of-sixteen-characters',
        permissions,
        events: ['pull_request', 'issue_comment'],
      })
      gh.install(app, owner)
      const pull = openPullRequest(gh, {
        repo,
        as: 'ana',
        head: 'x',
        title: 'x',
        files: { 'notes.md': 'x\n' },
      })
      comment(gh, { repo, issue: pull.number, as: 'mo', body: '/approve' })
      await gh.webhooks.settled()
      expect(received).toEqual(delivered ? ['pull_request', 'issue_comment'] : ['pull_request'])
    } finally {
      server.close()
    }
  })

  it('knows the permission of every event the emulator emits and app.yml subscribes to', () => {
    for (const event of [
      'pull_request',
      'pull_request_review',
      'check_run',
      'check_suite',
      'issue_comment',
      'merge_group',
      'issues',
      'push',
      'status',
      'deployment',
      'deployment_status',
    ])
      expect(EVENT_PERMISSIONS[event], event).toBeDefined()
  })
})

import { Octokit } from '@octokit/rest'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { Emulator } from '../../sandbox/emulator.js'
import { appJwt, generateAppKey } from '../support/app-auth.js'

/*
 * `POST /graphql` answers from the same git repositories as the REST routes, validated against
 * GitHub's published schema: the bot can read both repositories' facts in one request, and a test
 * proves the answer is what REST (and git) say.
 */

let gh: Emulator
let ana: Octokit
const owner = 'acme'
const manifest = 'models/fraud-detector/model.yaml'

/** An installation token of an App with `permissions`, installed on `repositories` of acme. */
async function installationOctokit(permissions: Record<string, string>, repositories?: string[]) {
  const { privateKey, publicKey } = generateAppKey()
  const app = gh.registerApp({
    slug: `reader-${Math.random().toString(36).slice(2, 8)}`,
    publicKey,
    permissions,
  })
  const installation = gh.install(
    app,
    owner,
    repositories?.map((name) => gh.state.repo(owner, name)!),
  )
  const asApp = new Octokit({ auth: appJwt(app.id, privateKey), baseUrl: gh.url, request: { retries: 0 } })
  const { data } = await asApp.rest.apps.createInstallationAccessToken({ installation_id: installation.id })
  return new Octokit({ auth: data.token, baseUrl: gh.url, request: { retries: 0 } })
}

const HEAD_WITH_MANIFEST = /* GraphQL */ `
  query ($owner: String!, $name: String!, $path: String!) {
    repository(owner: $owner, name: $name) {
      defaultBranchRef {
        name
        target {
          ... on Commit {
            oid
            history(path: $path, first: 2) {
              nodes {
                oid
                committedDate
              }
              pageInfo {
                hasNextPage
                endCursor
              }
            }
            file(path: $path) {
              oid
              object {
                ... on Blob {
                  text
                }
              }
            }
          }
        }
      }
    }
  }
`

beforeAll(async () => {
  gh = await Emulator.start()
  const models = gh.createRepo(owner, 'models', { seed: 'examples/model-repo' })
  gh.createRepo(owner, 'private-elsewhere')
  gh.grant(models, 'ana', 'write')
  ana = new Octokit({ auth: gh.tokenFor('ana'), baseUrl: gh.url, request: { retries: 0 } })
  // Two more commits of the manifest, one of another file: history has three entries for it.
  for (const [path, text] of [
    [manifest, 'version: 1\n'],
    ['README.md', 'other\n'],
    [manifest, 'version: 2\n'],
  ] as const) {
    const current = await ana.rest.repos.getContent({ owner, repo: 'models', path }).catch(() => undefined)
    await ana.rest.repos.createOrUpdateFileContents({
      owner,
      repo: 'models',
      path,
      message: `edit ${path}`,
      content: Buffer.from(text).toString('base64'),
      ...(current ? { sha: (current.data as { sha: string }).sha } : {}),
    })
  }
})
afterAll(async () => gh.stop())
afterEach(() => {
  gh.faults.clear()
  gh.problems.length = 0
})

describe('the emulator’s GraphQL API', () => {
  it('reads a branch head, a file’s history and its text in one request, as REST and git say', async () => {
    const before = gh.count()
    const answer = await ana.graphql<any>(HEAD_WITH_MANIFEST, { owner, name: 'models', path: manifest })
    expect(gh.count() - before).toBe(1)
    const head = answer.repository.defaultBranchRef.target
    const { data: ref } = await ana.rest.git.getRef({ owner, repo: 'models', ref: 'heads/main' })
    const { data: commits } = await ana.rest.repos.listCommits({ owner, repo: 'models', path: manifest })
    expect(answer.repository.defaultBranchRef.name).toBe('main')
    expect(head.oid).toBe(ref.object.sha)
    expect(head.history.nodes.map((node: { oid: string }) => node.oid)).toEqual(
      commits.slice(0, 2).map((commit) => commit.sha),
    )
    expect(head.history.nodes[0].committedDate).toBe(commits[0]!.commit.committer!.date)
    expect(head.history.pageInfo.hasNextPage).toBe(true)
    expect(head.file.object.text).toBe('version: 2\n')

    // The next page starts after the cursor.
    const next = await ana.graphql<any>(
      `query ($after: String) { repository(owner: "acme", name: "models") { defaultBranchRef { target {
        ... on Commit { history(path: "${manifest}", first: 100, after: $after) { nodes { oid } } } } } } }`,
      { after: head.history.pageInfo.endCursor },
    )
    expect(
      next.repository.defaultBranchRef.target.history.nodes.map((node: { oid: string }) => node.oid),
    ).toEqual(commits.slice(2).map((commit) => commit.sha))
    expect(gh.problems).toEqual([])
  })

  it('answers file(path) null for a missing file and a path through a file, an entry for a path with a leading slash', async () => {
    const answer = await ana.graphql<any>(`{
      repository(owner: "acme", name: "models") { defaultBranchRef { target { ... on Commit {
        missing: file(path: "models/fraud-detector/absent.yaml") { oid }
        through: file(path: "${manifest}/inside") { oid }
        noFolder: file(path: "nowhere/model.yaml") { oid }
        slashed: file(path: "/${manifest}") { name path type mode }
      } } } }
    }`)
    expect(answer.repository.defaultBranchRef.target).toEqual({
      missing: null,
      through: null,
      noFolder: null,
      slashed: { name: 'model.yaml', path: manifest, type: 'blob', mode: 0o100644 },
    })
    expect(gh.problems).toEqual([])
  })

  it('lists refs under a prefix and reads a tree’s entries with their blob ids', async () => {
    const { data: ref } = await ana.rest.git.getRef({ owner, repo: 'models', ref: 'heads/main' })
    await ana.rest.git.createRef({
      owner,
      repo: 'models',
      ref: 'refs/heads/modelgate/dev/a',
      sha: ref.object.sha,
    })
    const answer = await ana.graphql<any>(`{
      repository(owner: "acme", name: "models") {
        refs(refPrefix: "refs/heads/modelgate/", first: 10) { nodes { name prefix target { oid } } }
        object(expression: "main:models") { ... on Tree { oid entries { name path type mode oid } } }
      }
    }`)
    expect(answer.repository.refs.nodes).toEqual([
      { name: 'modelgate/dev/a', prefix: 'refs/heads/', target: { oid: ref.object.sha } },
    ])
    const { data: tree } = await ana.rest.git.getTree({
      owner,
      repo: 'models',
      tree_sha: answer.repository.object.oid,
    })
    expect(
      answer.repository.object.entries.map((entry: { name: string; oid: string; type: string }) => [
        entry.name,
        entry.oid,
        entry.type,
      ]),
    ).toEqual(tree.tree.map((entry) => [entry.path, entry.sha, entry.type]))
    expect(gh.problems).toEqual([])
  })

  it('answers NOT_FOUND for a repository the installation does not reach, and data for one it does', async () => {
    const octokit = await installationOctokit({ metadata: 'read', contents: 'read' }, ['models'])
    const query = `query ($name: String!) { repository(owner: "acme", name: $name) { nameWithOwner } }`
    await expect(octokit.graphql(query, { name: 'private-elsewhere' })).rejects.toMatchObject({
      errors: [
        {
          type: 'NOT_FOUND',
          path: ['repository'],
          message: "Could not resolve to a Repository with the name 'acme/private-elsewhere'.",
        },
      ],
    })
    expect(await octokit.graphql(query, { name: 'models' })).toEqual({
      repository: { nameWithOwner: 'acme/models' },
    })
    expect(gh.problems).toEqual([])
  })

  it('refuses git contents to an installation without the Contents permission', async () => {
    const octokit = await installationOctokit({ metadata: 'read' })
    await expect(
      octokit.graphql(`{ repository(owner: "acme", name: "models") { defaultBranchRef { name } } }`),
    ).rejects.toMatchObject({ errors: [{ type: 'FORBIDDEN' }] })
  })

  it('records a query that GitHub’s schema refuses and a field the emulator does not resolve', async () => {
    await expect(
      ana.graphql(`{ repository(owner: "acme", name: "models") { noSuchField } }`),
    ).rejects.toThrow(/Cannot query field "noSuchField" on type "Repository"/)
    expect(gh.problems).toEqual([expect.stringContaining('noSuchField')])
    gh.problems.length = 0
    await expect(
      ana.graphql(`{ repository(owner: "acme", name: "models") { stargazerCount } }`),
    ).rejects.toThrow(/not implemented in the emulator/)
    expect(gh.problems).toEqual(['not implemented in the emulator: GraphQL Repository.stargazerCount'])
  })

  it('injects faults into GraphQL requests by the operation id `graphql`', async () => {
    gh.faults.add({ kind: 'server-error', match: { operationId: 'graphql' }, times: 1 })
    const query = `{ repository(owner: "acme", name: "models") { name } }`
    await expect(ana.graphql(query)).rejects.toMatchObject({ status: 502 })
    expect(await ana.graphql(query)).toEqual({ repository: { name: 'models' } })
  })

  it('requires authentication', async () => {
    const anonymous = new Octokit({ baseUrl: gh.url, request: { retries: 0 } })
    await expect(anonymous.graphql(`{ viewer { login } }`)).rejects.toMatchObject({ status: 401 })
  })
})

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Emulator } from '../../sandbox/emulator.js'

/*
 * Cross-checks the emulator against real GitHub: @octokit/fixtures 23.1.2 holds request/response
 * pairs recorded from api.github.com (then normalized: SHAs renumbered 000…001, 000…002 in order of
 * appearance, ids 1000, dates 2017-10-10). We seed the emulator with the same state (same owner and
 * repository names, the same files, so even blob SHAs come out identical), replay the recorded
 * requests and compare status, key sets (top level and nested) and, where the recording allows it,
 * values.
 */

interface Interaction {
  method: string
  path: string
  body: unknown
  status: number
  response: unknown
  reqheaders: Record<string, string | number>
  headers: Record<string, string | number>
}

const require = createRequire(import.meta.url)
const scenario = (name: string) =>
  require(`@octokit/fixtures/scenarios/api.github.com/${name}/normalized-fixture.json`) as Interaction[]

const org = 'octokit-fixture-org'
const user = 'octokit-fixture-user-a'
let gh: Emulator
let token: string
const folders: string[] = []

/** A folder holding `files`, to seed a repository from. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'fixtures-crosscheck-'))
  folders.push(dir)
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  return dir
}

beforeAll(async () => {
  gh = await Emulator.start()
  token = gh.tokenFor(user)
  // As recorded for get-content and get-repository: one file, README.md, "# hello-world" (no newline), on master.
  const helloWorld = gh.createRepo(org, 'hello-world', { defaultBranch: 'master', private: false })
  gh.grant(helloWorld, user, 'admin')
  helloWorld.git.seed(folder({ 'README.md': '# hello-world' }), 'master')
})
afterAll(async () => {
  await gh.stop()
  for (const dir of folders) rmSync(dir, { recursive: true, force: true })
})

/** Sends a recorded request (method, headers that matter, body) to the emulator, at `path`. */
async function replay(
  interaction: Interaction,
  overrides: { path?: string; body?: unknown } = {},
): Promise<{ status: number; body: unknown; contentType: string | null }> {
  const body = 'body' in overrides ? overrides.body : interaction.body
  const hasBody = body !== '' && body !== undefined
  const response = await fetch(`${gh.url}${overrides.path ?? interaction.path}`, {
    method: interaction.method.toUpperCase(),
    headers: {
      accept: String(interaction.reqheaders.accept),
      authorization: `token ${token}`,
      ...(hasBody ? { 'content-type': 'application/json; charset=utf-8' } : {}),
    },
    ...(hasBody ? { body: JSON.stringify(body) } : {}),
  })
  const text = await response.text()
  const contentType = response.headers.get('content-type')
  return {
    status: response.status,
    body: contentType?.startsWith('application/json') && text !== '' ? JSON.parse(text) : text,
    contentType,
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Where the key sets differ, recursively: `-a.b` is recorded but missing here, `+a.b` is here but
 * not in the recording. Arrays are compared element by element (their lengths separately).
 */
function keyDiff(recorded: unknown, actual: unknown, path = ''): string[] {
  if (Array.isArray(recorded) && Array.isArray(actual)) {
    return recorded.slice(0, actual.length).flatMap((item, i) => keyDiff(item, actual[i], `${path}[${i}]`))
  }
  if (!isObject(recorded) || !isObject(actual)) return []
  const at = (key: string) => (path ? `${path}.${key}` : key)
  return [
    ...Object.keys(recorded)
      .filter((key) => !(key in actual))
      .map((key) => `-${at(key)}`),
    ...Object.keys(actual)
      .filter((key) => !(key in recorded))
      .map((key) => `+${at(key)}`),
    ...Object.keys(recorded)
      .filter((key) => key in actual)
      .flatMap((key) => keyDiff(recorded[key], actual[key], at(key))),
  ]
}

/** The recording as the emulator would say it: our address for GitHub's, our SHAs for the normalized ones. */
function localize(recorded: unknown, shas: Record<string, string> = {}): unknown {
  let text = JSON.stringify(recorded)
    .replaceAll('https://api.github.com', gh.url)
    .replaceAll('https://github.com', gh.url)
  for (const [normalized, real] of Object.entries(shas)) text = text.replaceAll(normalized, real)
  return JSON.parse(text)
}

/** Drops `node_id`s, which the recording normalized to one value for every object. */
function withoutNodeIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNodeIds)
  if (!isObject(value)) return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'node_id')
      .map(([key, item]) => [key, withoutNodeIds(item)]),
  )
}

const sha = (n: number) => n.toString().padStart(40, '0')

describe('git-refs: list, create, update, list, delete a branch', () => {
  const recorded = scenario('git-refs')
  let shas: Record<string, string>

  beforeAll(() => {
    // As recorded: main has two commits ("initial commit" with 1.md, "2nd commit" with 2.md).
    const repo = gh.createRepo(org, 'git-refs', { private: false })
    gh.grant(repo, user, 'admin')
    const initial = repo.git.seed(folder({ '1.md': '# git-refs\ncreated with initial commit' }), 'main')
    const second = repo.git.seed(
      folder({
        '1.md': '# git-refs\ncreated with initial commit',
        '2.md': '# git-refs\ncreated with 2nd commit',
      }),
      'main',
      '2nd commit',
    )
    // Normalization numbered SHAs in order of appearance: main's head came first.
    shas = { [sha(1)]: second, [sha(2)]: initial }
  })

  it('records the five requests we replay', () => {
    expect(recorded.map((r) => `${r.method.toUpperCase()} ${r.path} ${r.status}`)).toEqual([
      `GET /repos/${org}/git-refs/git/refs/ 200`,
      `POST /repos/${org}/git-refs/git/refs 201`,
      `PATCH /repos/${org}/git-refs/git/refs/heads/test 200`,
      `GET /repos/${org}/git-refs/git/refs/ 200`,
      `DELETE /repos/${org}/git-refs/git/refs/heads/test 204`,
    ])
  })

  it('answers each with the recorded status, keys and values', async () => {
    for (const interaction of recorded) {
      // `GET /git/refs/` (list every ref) is the legacy route: GitHub still answers it, but the
      // current OpenAPI description only has `GET /git/matching-refs/{ref}`, which the emulator
      // follows; `heads` lists the same refs here (the repository has no tags).
      const path =
        interaction.method === 'get'
          ? interaction.path.replace(/\/git\/refs\/$/, '/git/matching-refs/heads')
          : interaction.path
      const body = localize(interaction.body, shas)
      const answer = await replay(interaction, { path, body })
      const label = `${interaction.method.toUpperCase()} ${path}`
      expect(answer.status, label).toBe(interaction.status)
      expect(keyDiff(interaction.response, answer.body), label).toEqual([])
      if (interaction.status === 204) expect(answer.body, label).toBe('')
      else
        expect(withoutNodeIds(answer.body), label).toEqual(
          withoutNodeIds(localize(interaction.response, shas)),
        )
    }
    expect(
      gh.state
        .repo(org, 'git-refs')!
        .git.listRefs()
        .map((r) => r.ref),
    ).toEqual(['refs/heads/main'])
    expect(gh.problems).toEqual([])
  })
})

describe('create-file: PUT contents on the default branch', () => {
  const [recorded] = scenario('create-file') as [Interaction]

  /* GitHub recorded this on an empty repository; here it runs on one with a commit (the empty case follows). */
  it('answers 201 with the recorded keys (content and commit) and the same blob', async () => {
    const repo = gh.createRepo(org, 'create-file', { private: false })
    gh.grant(repo, user, 'admin')
    const parent = repo.git.seed(folder({ 'README.md': '# create-file' }), 'main')

    const answer = await replay(recorded)
    expect(answer.status).toBe(201)
    // GitHub added `verification.verified_at` after this was recorded; the current description has it.
    expect(keyDiff(recorded.response, answer.body)).toEqual(['+commit.verification.verified_at'])
    const expected = localize(recorded.response) as any
    const actual = answer.body as any
    // "Test content" hashes to the recorded blob: same git object as on GitHub.
    expect(actual.content).toMatchObject({
      name: 'test.txt',
      path: 'test.txt',
      sha: '3f3f005b29247e51a4f4d6b8ce07b67646cd6074',
      type: 'file',
      url: expected.content.url,
      html_url: expected.content.html_url,
      git_url: expected.content.git_url,
      _links: expected.content._links,
    })
    expect(actual.commit).toMatchObject({
      message: 'create test.txt',
      parents: [{ sha: parent }],
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null },
    })
    expect(repo.git.readFile('main', 'test.txt')?.content.toString()).toBe('Test content')
    expect(gh.problems).toEqual([])
  })

  /* GitHub answers the written file's size (12 bytes here). */
  it('reports the size of the file it wrote, as recorded', async () => {
    const repo = gh.createRepo(org, 'create-file-size', { private: false })
    gh.grant(repo, user, 'admin')
    repo.git.seed(folder({ 'README.md': '# create-file' }), 'main')
    const answer = await replay(recorded, {
      path: recorded.path.replace('/create-file/', '/create-file-size/'),
    })
    expect(answer.status).toBe(201)
    expect((answer.body as any).content.size).toBe((recorded.response as any).content.size)
  })

  /* In an empty repository GitHub creates the branch with a root commit (recorded: 201, `parents: []`). */
  it('creates the first commit of an empty repository, as recorded', async () => {
    const repo = gh.createRepo(org, 'create-file-empty', { private: false })
    gh.grant(repo, user, 'admin')
    const answer = await replay(recorded, {
      path: recorded.path.replace('/create-file/', '/create-file-empty/'),
    })
    expect(answer.status).toBe(201)
    expect((answer.body as any).commit.parents).toEqual([])
  })
})

describe('get-content: a folder listing and a file', () => {
  const [listing, raw] = scenario('get-content') as [Interaction, Interaction]

  it('answers a file (JSON) with the keys of the recorded listing entry, plus content and encoding', async () => {
    const [entry] = localize(listing.response) as [Record<string, unknown>]
    const answer = await replay({ ...listing, path: `/repos/${org}/hello-world/contents/README.md` })
    expect(answer.status).toBe(200)
    expect(keyDiff(entry, answer.body).sort()).toEqual(['+content', '+encoding'])
    const { download_url: _download, ...comparable } = entry
    expect(answer.body).toMatchObject({
      ...comparable,
      content: Buffer.from('# hello-world').toString('base64'),
      encoding: 'base64',
    })
    expect(gh.problems).toEqual([])
  })

  it('answers a folder listing with the recorded keys and values (adapted: a sub-folder)', async () => {
    // The same file one level down: same blob, same keys, paths under docs/.
    const repo = gh.createRepo(org, 'hello-world-nested', { defaultBranch: 'master', private: false })
    gh.grant(repo, user, 'admin')
    repo.git.seed(folder({ 'docs/README.md': '# hello-world' }), 'master')

    const answer = await replay(listing, { path: `/repos/${org}/hello-world-nested/contents/docs` })
    expect(answer.status).toBe(200)
    expect(Array.isArray(answer.body) && answer.body).toHaveLength(1)
    expect(keyDiff(listing.response, answer.body)).toEqual([])
    const [entry] = localize(listing.response) as [Record<string, unknown>]
    const moved = JSON.parse(
      JSON.stringify(entry)
        .replaceAll('/hello-world/', '/hello-world-nested/')
        .replaceAll('README.md', 'docs/README.md')
        .replace('"name":"docs/README.md"', '"name":"README.md"'),
    ) as Record<string, unknown>
    const { download_url: _download, ...comparable } = moved
    expect((answer.body as unknown[])[0]).toMatchObject(comparable)
    expect(gh.problems).toEqual([])
  })

  /* `GET /contents/` (an empty path) lists the repository root. */
  it('lists the root folder, as recorded', async () => {
    const answer = await replay(listing)
    expect(answer.status).toBe(listing.status)
    expect(keyDiff(listing.response, answer.body)).toEqual([])
  })

  /*
   * `Accept: application/vnd.github.v3.raw` (Octokit's `mediaType: { format: 'raw' }`, which Probot's
   * `context.config()` uses) answers the file's bytes with that content type.
   */
  it('answers the raw bytes of a file for the raw media type, as recorded', async () => {
    const answer = await replay(raw)
    expect(answer.status).toBe(raw.status)
    expect(answer.contentType).toMatch(/^application\/vnd\.github\.v3\.raw/)
    expect(answer.body).toBe(raw.response)
  })
})

describe('get-repository', () => {
  const [recorded] = scenario('get-repository') as [Interaction]

  /*
   * Includes `organization` when an organization owns the repository, the admin-only flags, and an
   * owner without name and email. (`has_discussions` is newer than the recording.)
   */
  it('answers with the recorded keys, top level, owner and permissions', async () => {
    const answer = await replay(recorded)
    expect(answer.status).toBe(200)
    expect(keyDiff(recorded.response, answer.body).filter((d) => d !== '+has_discussions')).toEqual([])
  })
})

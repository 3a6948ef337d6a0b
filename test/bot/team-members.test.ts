import { Octokit } from '@octokit/rest'
import { ProbotOctokit } from 'probot'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GitHubReader } from '../../bot/github-reader.js'
import type { CommitData, FileData } from '../../bot/github-reader.js'
import { LruCache } from '../../bot/lru-cache.js'
import type { TreeEntry } from '../../core/index.js'
import { Emulator } from '../../sandbox/emulator.js'
import { appJwt, generateAppKey } from '../support/app-auth.js'

/*
 * The emulator's `teams/list-members-in-org`, the one request per team the approval bot makes:
 * GitHub's shape (checked against the OpenAPI description), pagination, 404 for an unknown team,
 * and the organisation permission `members` an installation token needs; then the bot's reader of
 * it, which pages only until it found everyone it was asked about.
 */

let gh: Emulator
/** Octokit logs every 4xx on stderr; the tests expect them. */
const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} }

/** An installation token of a new App installed on `account`, holding `permissions`. */
async function installationToken(
  slug: string,
  account: string,
  permissions: Record<string, string>,
): Promise<string> {
  const { privateKey, publicKey } = generateAppKey()
  const app = gh.registerApp({ slug, publicKey, permissions })
  const installation = gh.install(app, account)
  const asApp = new Octokit({ auth: appJwt(app.id, privateKey), baseUrl: gh.url, request: { retries: 0 } })
  const { data } = await asApp.rest.apps.createInstallationAccessToken({ installation_id: installation.id })
  return data.token
}

async function installationClient(
  slug: string,
  account: string,
  permissions: Record<string, string>,
): Promise<Octokit> {
  const token = await installationToken(slug, account, permissions)
  return new Octokit({ auth: token, baseUrl: gh.url, request: { retries: 0 }, log: quiet })
}

beforeAll(async () => {
  gh = await Emulator.start()
  gh.createRepo('acme', 'models')
  gh.createRepo('other', 'models')
  for (const login of ['rita', 'carl', 'leo']) gh.addTeamMember('acme', 'risk', login)
})

afterAll(async () => {
  await gh?.stop()
})

describe('teams/list-members-in-org', () => {
  it('lists the members in GitHub’s shape, page by page', async () => {
    const client = await installationClient('reader', 'acme', { members: 'read', metadata: 'read' })
    const first = await client.rest.teams.listMembersInOrg({ org: 'acme', team_slug: 'risk', per_page: 2 })
    expect(first.data.map((member) => member.login)).toEqual(['rita', 'carl'])
    expect(first.data[0]).toMatchObject({ type: 'User', site_admin: false })
    expect(first.data[0]).not.toHaveProperty('email')
    expect(first.headers.link).toContain('rel="next"')
    const all = await client.paginate(client.rest.teams.listMembersInOrg, {
      org: 'acme',
      team_slug: 'risk',
      per_page: 2,
    })
    expect(all.map((member) => member.login)).toEqual(['rita', 'carl', 'leo'])
    const maintainers = await client.rest.teams.listMembersInOrg({
      org: 'acme',
      team_slug: 'risk',
      role: 'maintainer',
    })
    expect(maintainers.data).toEqual([])
    expect(gh.problems).toEqual([])
  })

  it('answers 404 for a team that does not exist, and for another organisation’s team', async () => {
    const client = await installationClient('reader-2', 'acme', { members: 'read', metadata: 'read' })
    await expect(
      client.rest.teams.listMembersInOrg({ org: 'acme', team_slug: 'no-such-team' }),
    ).rejects.toMatchObject({ status: 404 })
    gh.addTeamMember('other', 'risk', 'ana')
    await expect(
      client.rest.teams.listMembersInOrg({ org: 'other', team_slug: 'risk' }),
    ).rejects.toMatchObject({ status: 404 })
    expect(gh.problems).toEqual([])
  })

  it('refuses an installation token without the members permission (403)', async () => {
    const client = await installationClient('no-members', 'acme', { checks: 'write', metadata: 'read' })
    await expect(
      client.rest.teams.listMembersInOrg({ org: 'acme', team_slug: 'risk' }),
    ).rejects.toMatchObject({
      status: 403,
    })
    expect(gh.problems).toEqual([])
  })
})

describe('GitHubReader.teamMembersAmong', () => {
  let reader: GitHubReader

  beforeAll(async () => {
    for (let n = 1; n <= 250; n++) gh.addTeamMember('acme', 'everyone', `person-${n}`)
    const token = await installationToken('bot', 'acme', { members: 'read', metadata: 'read' })
    const octokit = new ProbotOctokit({
      auth: { token },
      baseUrl: gh.url,
      retry: { enabled: false },
      throttle: { enabled: false },
      log: quiet,
    })
    reader = new GitHubReader(octokit, 'acme', 'models', {
      trees: new LruCache<string, TreeEntry[]>(1),
      files: new LruCache<string, Uint8Array | null>(1),
      commits: new LruCache<string, CommitData[]>(1),
      changedFiles: new LruCache<string, FileData[]>(1),
    })
  })

  const pagesFor = async (wanted: string[]) => {
    const from = gh.requests.length
    const found = await reader.teamMembersAmong('acme/everyone', wanted)
    return { found, pages: gh.requests.slice(from).map((r) => `${r.operationId} ${r.status}`) }
  }

  it('stops at the page where it found everyone it was asked about', async () => {
    expect(await pagesFor(['Person-3', 'person-42'])).toEqual({
      found: ['Person-3', 'person-42'],
      pages: ['teams/list-members-in-org 200'],
    })
    expect((await pagesFor(['person-3', 'person-201'])).pages).toHaveLength(3)
  })

  it('reads every page when someone is not a member, and nothing when nobody is asked about', async () => {
    expect(await pagesFor(['person-7', 'stranger'])).toEqual({
      found: ['person-7'],
      pages: Array(3).fill('teams/list-members-in-org 200'),
    })
    expect(await pagesFor([])).toEqual({ found: [], pages: [] })
  })

  it('raises for a team that does not exist (the bot fails closed on it), never "no members"', async () => {
    await expect(reader.teamMembersAmong('acme/no-such-team', ['person-1'])).rejects.toMatchObject({
      status: 404,
    })
  })
})

import { Octokit } from '@octokit/rest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Emulator } from '../../sandbox/emulator.js'

/*
 * Repository rulesets, as `modelgate protect` uses them: every request and response held to
 * GitHub's description, admin rights to write, names unique per repository.
 */

let gh: Emulator
const client = (login: string) =>
  new Octokit({ auth: gh.tokenFor(login), baseUrl: gh.url, request: { retries: 0 } })
const body = {
  name: 'modelgate',
  target: 'branch' as const,
  enforcement: 'active' as const,
  bypass_actors: [],
  conditions: { ref_name: { include: ['refs/heads/main'], exclude: [] } },
  rules: [{ type: 'deletion' as const }, { type: 'non_fast_forward' as const }],
}

beforeAll(async () => {
  gh = await Emulator.start()
  const repo = gh.createRepo('acme', 'models')
  gh.grant(repo, 'ana', 'admin')
  gh.grant(repo, 'bo', 'write')
})
afterAll(async () => {
  await gh.stop()
})

describe('repository rulesets', () => {
  it('creates, lists, reads and updates a ruleset, keeping its id', async () => {
    const ana = client('ana')
    const created = await ana.rest.repos.createRepoRuleset({ owner: 'acme', repo: 'models', ...body })
    expect(created.status).toBe(201)
    const listed = await ana.rest.repos.getRepoRulesets({ owner: 'acme', repo: 'models' })
    expect(listed.data.map((r) => [r.id, r.name, r.source_type])).toEqual([
      [created.data.id, 'modelgate', 'Repository'],
    ])
    const updated = await ana.rest.repos.updateRepoRuleset({
      owner: 'acme',
      repo: 'models',
      ruleset_id: created.data.id,
      rules: [{ type: 'deletion' }],
    })
    expect([updated.data.id, updated.data.rules]).toEqual([created.data.id, [{ type: 'deletion' }]])
    const read = await ana.rest.repos.getRepoRuleset({
      owner: 'acme',
      repo: 'models',
      ruleset_id: created.data.id,
    })
    expect(read.data.conditions).toEqual(body.conditions)
    expect(gh.problems).toEqual([])
  })

  it('refuses a second ruleset of the same name (422)', async () => {
    await expect(
      client('ana').rest.repos.createRepoRuleset({ owner: 'acme', repo: 'models', ...body }),
    ).rejects.toMatchObject({ status: 422 })
  })

  it('lets a writer read rulesets but not write them (403)', async () => {
    const bo = client('bo')
    expect((await bo.rest.repos.getRepoRulesets({ owner: 'acme', repo: 'models' })).data).toHaveLength(1)
    await expect(
      bo.rest.repos.createRepoRuleset({ owner: 'acme', repo: 'models', ...body, name: 'other' }),
    ).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Must have admin rights to Repository.'),
    })
    expect(gh.problems).toEqual([])
  })
})

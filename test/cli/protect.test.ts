import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Emulator } from '../../sandbox/emulator.js'
import type { Repo } from '../../sandbox/state.js'
import type { CliResult } from '../support/cli.js'
import { PROJECT_ROOT, runCli, stackTraceLines } from '../support/cli.js'
import type { GitRepo } from '../support/git-repo.js'
import { copyIntoGitRepo, removeTempDirs } from '../support/git-repo.js'

/*
 * `modelgate protect --apply` against the emulator, which holds every request and response to
 * GitHub's description: the rulesets are created once, then updated in place; a token without
 * admin rights gets one line saying what to do; the token never appears in the output.
 */

let gh: Emulator
let checkout: GitRepo
let models: Repo
let environments: Repo
let admin: string
let writer: string

beforeAll(async () => {
  gh = await Emulator.start()
  models = gh.createRepo('acme', 'models')
  // The example config names acme/ml-environments as the environments repository.
  environments = gh.createRepo('acme', 'ml-environments')
  for (const repo of [models, environments]) {
    gh.grant(repo, 'platform-admin', 'admin')
    gh.grant(repo, 'ml-engineer', 'write')
  }
  admin = gh.tokenFor('platform-admin')
  writer = gh.tokenFor('ml-engineer')
  checkout = copyIntoGitRepo(join(PROJECT_ROOT, 'examples', 'model-repo'))
  checkout.git('remote', 'add', 'origin', 'git@github.com:acme/models.git')
})
afterAll(async () => {
  await gh.stop()
  await removeTempDirs()
})

/** `modelgate protect …` in the model repository's checkout, GitHub being the emulator. */
function protect(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return runCli(['protect', ...args], {
    cwd: checkout.root,
    env: { GITHUB_API_URL: gh.url, GITHUB_TOKEN: '', ...env },
  })
}

const rulesetsOf = (repo: Repo) => gh.state.rulesets.filter((ruleset) => ruleset.repo === repo)
const output = (result: CliResult) => result.stdout + result.stderr

describe('modelgate protect --apply', () => {
  it('creates the model repository’s ruleset, then updates the same one when run again', async () => {
    const first = await protect(['--app-id', '7', '--apply', '--token', admin])
    const [created] = rulesetsOf(models)
    expect(first).toMatchObject({
      code: 0,
      stdout: `created ruleset "modelgate" (id ${created!.id}) on acme/models\n`,
      stderr: '',
    })
    expect(created!.rules).toContainEqual({
      type: 'required_status_checks',
      parameters: {
        strict_required_status_checks_policy: false,
        required_status_checks: [
          { context: 'modelgate/approval (main)', integration_id: 7 },
          { context: 'validate' },
          { context: 'gate' },
        ],
      },
    })

    const requestsBefore = gh.requests.length
    const second = await protect(['--app-id', '7', '--apply'], { GITHUB_TOKEN: admin })
    expect(second).toMatchObject({
      code: 0,
      stdout: `updated ruleset "modelgate" (id ${created!.id}) on acme/models\n`,
    })
    expect(rulesetsOf(models).map((ruleset) => ruleset.id)).toEqual([created!.id])
    expect(gh.requests.slice(requestsBefore).map((r) => r.operationId)).toEqual([
      'repos/get-repo-rulesets',
      'repos/update-repo-ruleset',
    ])
    for (const result of [first, second]) expect(output(result)).not.toContain(admin)
    expect(gh.problems).toEqual([])
  })

  it('protects the environments repository of the config, the modelgate/* branches by the App alone, leaving other rulesets alone', async () => {
    gh.state.rulesets.push({
      id: gh.state.id(),
      repo: environments,
      name: 'release freeze',
      target: 'branch',
      enforcement: 'active',
      bypassActors: [],
      conditions: { ref_name: { include: ['~ALL'], exclude: [] } },
      rules: [{ type: 'update' }],
      createdAt: '2026-12-01T00:00:00Z',
      updatedAt: '2026-12-01T00:00:00Z',
    })
    const freeze = structuredClone({ ...rulesetsOf(environments)[0]!, repo: undefined })
    const result = await protect(['--environments', '--app-id', '7', '--apply', '--format', 'json'], {
      GITHUB_TOKEN: admin,
    })
    expect(result.code, result.stderr).toBe(0)
    const [, deployed, branches] = rulesetsOf(environments)
    expect(JSON.parse(result.stdout)).toEqual({
      repository: 'acme/ml-environments',
      applied: [
        { action: 'create', id: deployed!.id, name: 'modelgate' },
        { action: 'create', id: branches!.id, name: 'modelgate: promotion branches' },
      ],
    })
    expect(branches!.bypassActors).toEqual([
      { actor_id: 7, actor_type: 'Integration', bypass_mode: 'always' },
    ])
    expect(deployed!.rules).toContainEqual(
      expect.objectContaining({
        type: 'pull_request',
        parameters: expect.objectContaining({ require_code_owner_review: true }),
      }),
    )
    expect({ ...rulesetsOf(environments)[0]!, repo: undefined }).toEqual(freeze)
    expect(output(result)).not.toContain(admin)
    expect(gh.problems).toEqual([])
  })

  it('tells a token without admin rights what it needs, in one line, without a stack trace or the token', async () => {
    const before = rulesetsOf(models).map((ruleset) => ruleset.updatedAt)
    const result = await protect(['--app-id', '7', '--apply', '--token', writer])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      'modelgate: acme/models: GitHub refused to update the ruleset "modelgate" (403: Must have admin rights to Repository.); ' +
        'rulesets need a token of an admin of acme/models (a fine-grained token: Administration read and write; a classic one: the repo scope)\n',
    )
    expect(stackTraceLines(result)).toEqual([])
    expect(output(result)).not.toContain(writer)
    expect(rulesetsOf(models).map((ruleset) => ruleset.updatedAt)).toEqual(before)
  })

  it('names a token GitHub does not know, without printing it', async () => {
    const result = await protect(['--app-id', '7', '--apply', '--token', 'ghp_not-a-real-token'])
    expect(result).toMatchObject({
      code: 1,
      stderr: 'modelgate: GitHub refused the token (401: Bad credentials); check --token or GITHUB_TOKEN\n',
    })
    expect(output(result)).not.toContain('ghp_not-a-real-token')
  })

  it('says where an unreachable API was looked for', async () => {
    const result = await protect([
      '--app-id',
      '7',
      '--apply',
      '--token',
      admin,
      '--api-url',
      'http://127.0.0.1:9',
    ])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /^modelgate: cannot reach http:\/\/127\.0\.0\.1:9 to list its rulesets.*; check --api-url or GITHUB_API_URL\n$/,
    )
    expect(stackTraceLines(result)).toEqual([])
  })

  it.each([
    { name: 'without --app-id', args: ['--apply', '--token', 'x'], message: '--apply needs --app-id' },
    {
      name: 'without a token',
      args: ['--app-id', '7', '--apply'],
      message: '--apply needs a token of an admin of acme/models',
    },
    {
      name: 'with an App id that is not one',
      args: ['--app-id', 'modelgate'],
      message: '--app-id: "modelgate" is not an App id',
    },
  ])('refuses to apply $name (exit 2), before any request', async ({ args, message }) => {
    const requests = gh.requests.length
    const result = await protect(args)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(message)
    expect(gh.requests.length).toBe(requests)
  })
})

describe('modelgate protect (printing)', () => {
  it('prints a summary for the origin remote’s repository and says how to find the App id', async () => {
    const result = await protect([])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Rulesets for acme/models:\n\nruleset "modelgate" on refs/heads/main\n')
    expect(result.stdout).toContain(
      'modelgate/approval (main) (reported by the App <app id> only), validate, gate',
    )
    expect(result.stdout).toContain('pass --app-id N, the "App ID" on the App\'s settings page')
  })

  it('prints the request bodies as JSON', async () => {
    const result = await protect(['--environments', '--app-id', '7', '--format', 'json'])
    const printed = JSON.parse(result.stdout)
    expect(printed.repository).toBe('acme/ml-environments')
    expect(printed.rulesets.map((r: { name: string }) => r.name)).toEqual([
      'modelgate',
      'modelgate: promotion branches',
    ])
  })
})

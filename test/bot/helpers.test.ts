import { generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { Policy } from '../../core/index.js'
import { checkEnvironment } from '../../bot/check-environment.js'
import type { EnvironmentProbes } from '../../bot/check-environment.js'
import { checkName, conclusionOf, failureOutcome, writeCheckRun } from '../../bot/check-run.js'
import { findChangedManifests } from '../../bot/find-changed-manifests.js'
import { commentSawHead, governedDigest, toModelSide } from '../../bot/gather-facts.js'
import { parseQueueRef } from '../../bot/index.js'
import { LruCache } from '../../bot/lru-cache.js'
import { policyNeeds, teamsOfRules } from '../../bot/policy-needs.js'
import { serializeByKey } from '../../bot/serialize-by-key.js'

const { privateKey: pem } = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
})
const env = { APP_ID: '12', PRIVATE_KEY: pem, WEBHOOK_SECRET: 'a'.repeat(32) }

describe('checkEnvironment', () => {
  it.each([
    { name: 'no APP_ID', env: { ...env, APP_ID: undefined }, expected: /^APP_ID is not set/ },
    {
      name: 'no key',
      env: { ...env, PRIVATE_KEY: undefined },
      expected: /^PRIVATE_KEY \(or PRIVATE_KEY_PATH\)/,
    },
    { name: 'no secret', env: { ...env, WEBHOOK_SECRET: undefined }, expected: /^WEBHOOK_SECRET is not set/ },
    {
      name: "Probot's placeholder",
      env: { ...env, WEBHOOK_SECRET: 'development' },
      expected: /"development"/,
    },
    { name: 'a short secret', env: { ...env, WEBHOOK_SECRET: 'short' }, expected: /shorter than 16/ },
  ])('refuses $name', ({ env: given, expected }) => {
    expect(checkEnvironment(given)).toMatch(expected)
  })

  it('accepts a key file that holds a key, and refuses one that does not exist, a folder or another file', () => {
    const withPath = { ...env, PRIVATE_KEY: undefined, PRIVATE_KEY_PATH: '/keys/app.pem' }
    const reading = (readKeyFile: EnvironmentProbes['readKeyFile']): EnvironmentProbes => ({ readKeyFile })
    expect(
      checkEnvironment(
        withPath,
        reading(() => ({ text: pem })),
      ),
    ).toBeUndefined()
    expect(
      checkEnvironment(
        withPath,
        reading(() => ({ problem: 'missing' })),
      ),
    ).toMatch(/does not exist/)
    expect(
      checkEnvironment(
        withPath,
        reading(() => ({ problem: 'folder' })),
      ),
    ).toMatch(/which is a folder/)
    expect(
      checkEnvironment(
        withPath,
        reading(() => ({ text: 'hello' })),
      ),
    ).toMatch(/is not a PEM private key/)
  })

  it('reads PRIVATE_KEY as Probot does: base64, or with \\n for line breaks', () => {
    expect(checkEnvironment({ ...env, PRIVATE_KEY: Buffer.from(pem).toString('base64') })).toBeUndefined()
    expect(checkEnvironment({ ...env, PRIVATE_KEY: pem.replaceAll('\n', '\\n') })).toBeUndefined()
  })

  it('accepts a complete environment', () => {
    expect(checkEnvironment(env)).toBeUndefined()
  })
})

describe('conclusions', () => {
  it('maps each state once; only approved passes, and errors fail closed', () => {
    expect(conclusionOf('approved')).toBe('success')
    expect(conclusionOf('pending')).toBe('action_required')
    expect(conclusionOf('disapproved')).toBe('failure')
    expect(conclusionOf('error')).toBe('failure')
    expect(failureOutcome('HTTP 502').conclusion).toBe('failure')
  })

  it('names the check after the base branch', () => {
    expect(checkName('release/2.x')).toBe('modelgate/approval (release/2.x)')
  })
})

describe('findChangedManifests', () => {
  it('finds manifests on both sides of adds, removals and renames, and ignores other files', () => {
    expect(
      findChangedManifests(
        [
          { path: 'models/a/model.yaml', status: 'modified' },
          { path: 'models/b/model.yaml', status: 'added' },
          { path: 'models/c/model.yaml', status: 'removed' },
          { path: 'models/d2/model.yaml', status: 'renamed', previousPath: 'models/d/model.yaml' },
          { path: 'models/a/metrics.json', status: 'modified' },
          { path: 'models/a/nested/model.yaml', status: 'added' },
        ],
        'models',
      ),
    ).toEqual([
      {
        name: 'a',
        file: 'models/a/model.yaml',
        basePath: 'models/a/model.yaml',
        headPath: 'models/a/model.yaml',
      },
      { name: 'b', file: 'models/b/model.yaml', headPath: 'models/b/model.yaml' },
      { name: 'c', file: 'models/c/model.yaml', basePath: 'models/c/model.yaml' },
      {
        name: 'd2',
        file: 'models/d2/model.yaml',
        basePath: 'models/d/model.yaml',
        headPath: 'models/d2/model.yaml',
      },
    ])
  })

  it('honours another models root', () => {
    expect(findChangedManifests([{ path: 'ml/x/model.yaml', status: 'modified' }], './ml/')).toHaveLength(1)
    expect(findChangedManifests([{ path: 'models/x/model.yaml', status: 'modified' }], 'ml')).toEqual([])
  })
})

describe('policyNeeds', () => {
  const policy: Policy = {
    rules: [
      { name: 'owners', requires: { count: 1, teams: ['acme/ml'] } },
      { name: 'anyone', requires: { count: 2 } },
      {
        name: 'gate',
        if: { authorIn: { teams: ['acme/interns'] } },
        conditions: { checks: ['modelgate/gate'] },
      },
      { name: 'unused', requires: { teams: ['acme/unused'] }, options: { methods: { comments: ['/lgtm'] } } },
    ],
    approval: [{ or: ['owners', { and: ['anyone', 'gate'] }] }],
  }

  it('asks only for what the rules in use need', () => {
    expect(policyNeeds(policy)).toEqual({
      authorTeams: ['acme/interns'],
      permissions: true, // `anyone` names nobody: write access by default
      checks: ['modelgate/gate'],
      comments: false,
      authorMayVote: false,
      contributorsMayVote: false,
    })
  })

  it('lists the teams of the rules that apply', () => {
    expect(teamsOfRules(policy, new Set(['owners']))).toEqual(['acme/ml'])
    expect(teamsOfRules(policy, new Set(['owners', 'anyone', 'gate']))).toEqual(['acme/ml', 'acme/interns'])
  })
})

describe('toModelSide', () => {
  it('reads the tier and owners', () => {
    const side = toModelSide(Buffer.from('riskTier: high\nowners: { team: t, maintainers: ["@a"] }\n'), 'm')
    expect(side).toEqual({ riskTier: 'high', owners: { team: 't', maintainers: ['@a'] } })
  })

  it('refuses a manifest without a valid tier (fail closed)', () => {
    expect(() => toModelSide(Buffer.from('riskTier: huge\n'), 'models/x/model.yaml at abc')).toThrow(
      /models\/x\/model\.yaml at abc: riskTier/,
    )
  })
})

describe('governedDigest', () => {
  it('depends on governed blobs only', () => {
    const tree = [
      { path: 'models/a/model.yaml', blobSha: '1' },
      { path: 'README.md', blobSha: '2' },
    ]
    const globs = ['models/**']
    expect(governedDigest(tree, globs)).toBe(
      governedDigest([tree[0]!, { path: 'README.md', blobSha: '3' }], globs),
    )
    expect(governedDigest(tree, globs)).not.toBe(
      governedDigest([{ path: 'models/a/model.yaml', blobSha: '4' }], globs),
    )
    expect(governedDigest(tree, globs)).toMatch(/^sha256:[0-9a-f]{64}$/)
  })
})

describe('commentSawHead', () => {
  const name = 'modelgate/approval (main)'
  const own = { id: 1, name, conclusion: 'action_required', appId: 7, startedAt: '2026-03-01T12:00:00Z' }
  it.each([
    ['after this App’s run on the head started', [own], 7, '2026-03-01T12:00:01Z', true],
    ['in the second it started (may predate the push: fail closed)', [own], 7, '2026-03-01T12:00:00Z', false],
    ['before it started: an older head', [own], 7, '2026-03-01T11:59:59Z', false],
    [
      'with only another App’s run of that name (it may set started_at)',
      [{ ...own, appId: 8 }],
      7,
      '2026-03-01T12:00:01Z',
      false,
    ],
    ['when the App’s own id is unknown', [own], undefined, '2026-03-01T12:00:01Z', false],
    ['with no run on the head yet', [], 7, '2026-03-01T12:00:01Z', false],
    [
      'with a run for another base branch',
      [{ ...own, name: 'modelgate/approval (release)' }],
      7,
      '2026-03-01T12:00:01Z',
      false,
    ],
  ])('a comment %s → %s', (_case, runs, appId, createdAt, expected) => {
    expect(commentSawHead(runs, name, appId)(createdAt)).toBe(expected)
  })
})

describe('parseQueueRef', () => {
  const sha = 'a'.repeat(40)
  it.each([
    [`refs/heads/gh-readonly-queue/main/pr-104-${sha}`, { number: 104, headSha: sha }],
    [`refs/heads/gh-readonly-queue/release/v2/pr-7-${sha}`, { number: 7, headSha: sha }],
    [`refs/heads/main`, undefined],
    [`refs/heads/gh-readonly-queue/main/pr-104-${'a'.repeat(39)}`, undefined],
    [`refs/heads/gh-readonly-queue/main/pr-x-${sha}`, undefined],
  ])('%s → %o', (ref, expected) => {
    expect(parseQueueRef(ref)).toEqual(expected)
  })
})

describe('LruCache', () => {
  it('evicts the least recently used entry', () => {
    const cache = new LruCache<string, number>(2)
    cache.set('a', 1)
    cache.set('b', 2)
    cache.get('a')
    cache.set('c', 3)
    expect([cache.has('a'), cache.has('b'), cache.has('c')]).toEqual([true, false, true])
  })

  it('bounds what its values weigh: the oldest go until the rest fit, and a value over the whole bound is not kept', () => {
    const cache = new LruCache<string, Uint8Array>(100, { maxBytes: 10, sizeOf: (value) => value.byteLength })
    cache.set('a', new Uint8Array(4))
    cache.set('b', new Uint8Array(4))
    cache.get('a')
    cache.set('c', new Uint8Array(4)) // 12 bytes: b, the least recently used, goes
    expect([cache.has('a'), cache.has('b'), cache.has('c')]).toEqual([true, false, true])
    expect(cache.weight).toBe(8)
    cache.set('huge', new Uint8Array(11))
    expect(cache.has('huge')).toBe(false)
    expect(cache.weight).toBe(8)
    cache.set('a', new Uint8Array(1)) // replacing a value re-weighs it
    expect(cache.weight).toBe(5)
  })
})

describe('serializeByKey', () => {
  it('runs tasks of one key in order, others in parallel, and survives a failing task', async () => {
    const serialize = serializeByKey()
    const order: string[] = []
    const slow = (label: string, ms: number) => () =>
      new Promise<void>((resolve) => setTimeout(() => (order.push(label), resolve()), ms))
    const failing = serialize('pr#1', () => Promise.reject(new Error('boom')))
    await Promise.all([
      expect(failing).rejects.toThrow('boom'),
      serialize('pr#1', slow('1a', 20)),
      serialize('pr#1', slow('1b', 1)),
      serialize('pr#2', slow('2a', 5)),
    ])
    expect(order).toEqual(['2a', '1a', '1b'])
  })
})

describe('writeCheckRun', () => {
  const outcome = {
    conclusion: 'success' as const,
    title: 'Approved',
    summary: 'all approved',
    text: '## ✅',
  }
  /** An Octokit stand-in that records writes; the listing holds one run as given. */
  function octokitWith(run: Record<string, unknown>) {
    const writes: string[] = []
    const octokit = {
      paginate: () => Promise.resolve([{ id: 7, name: 'modelgate/approval (main)', ...run }]),
      rest: {
        checks: {
          listForRef: () => undefined,
          update: () => (writes.push('update'), Promise.resolve({ data: { id: 7 } })),
          create: () => (writes.push('create'), Promise.resolve({ data: { id: 8 } })),
        },
      },
    }
    return { octokit: octokit as unknown as Parameters<typeof writeCheckRun>[0]['octokit'], writes }
  }
  const write = (octokit: Parameters<typeof writeCheckRun>[0]['octokit']) =>
    writeCheckRun({
      octokit,
      owner: 'acme',
      repo: 'models',
      headSha: 'a'.repeat(40),
      baseRef: 'main',
      outcome,
    })

  it('does not write when the run already says exactly this (writes are paced a second apart)', async () => {
    const { octokit, writes } = octokitWith({
      status: 'completed',
      conclusion: 'success',
      output: { title: 'Approved', summary: 'all approved', text: '## ✅' },
    })
    expect(await write(octokit)).toEqual([7])
    expect(writes).toEqual([])
  })

  it('updates when anything differs', async () => {
    const { octokit, writes } = octokitWith({
      status: 'completed',
      conclusion: 'action_required',
      output: { title: 'Approval pending', summary: 'all approved', text: '## ✅' },
    })
    expect(await write(octokit)).toEqual([7])
    expect(writes).toEqual(['update'])
  })
})

import { generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { Policy, TreeEntry } from '../../core/index.js'
import { evaluatePolicy } from '../../core/index.js'
import { checkEnvironment } from '../../bot/check-environment.js'
import type { EnvironmentProbes } from '../../bot/check-environment.js'
import { checkName, conclusionOf, failureOutcome, writeCheckRun } from '../../bot/approval/check-run.js'
import { gatherFacts } from '../../bot/approval/gather-facts.js'
import type { PullSnapshot } from '../../bot/approval/gather-facts.js'
import { governedDigest } from '../../bot/approval/governed-digest.js'
import { policyNeeds, teamsOfRules } from '../../bot/approval/policy-needs.js'
import { toModelSide } from '../../bot/approval/read-model-facts.js'
import type { CommitData, FileData, GitHubReader } from '../../bot/github-reader.js'
import { parseQueueRef } from '../../bot/index.js'
import { LruCache } from '../../bot/lru-cache.js'
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

describe('gatherFacts: the models a pull request touches', () => {
  const [baseSha, headSha] = ['b'.repeat(40), 'c'.repeat(40)]
  const manifest = (tier: string) => Buffer.from(`riskTier: ${tier}\nowners: { team: t, maintainers: [a] }\n`)
  const policy: Policy = { rules: [{ name: 'any', requires: { count: 1 } }], approval: ['any'] }

  /** A GitHubReader stand-in: files at base by path, the head tree's blobs by id; records each read. */
  function readerOf(options: {
    files: FileData[]
    base: Record<string, Buffer>
    head: TreeEntry[]
    blobs?: Record<string, Buffer>
    commits?: CommitData[]
  }) {
    const reads: string[] = []
    const reader = {
      listFiles: () => Promise.resolve(options.files),
      listReviews: () =>
        Promise.resolve([
          {
            id: 1,
            user: { login: 'rita' },
            state: 'APPROVED',
            submitted_at: '2026-03-01T12:00:00Z',
            commit_id: headSha,
          },
        ]),
      readTree: () => Promise.resolve(options.head),
      readFileAt: (_ref: string, path: string) => (
        reads.push(`base ${path}`),
        Promise.resolve(options.base[path] ?? null)
      ),
      readBlob: (sha: string) => (
        reads.push(`blob ${sha}`),
        Promise.resolve(options.blobs?.[sha] ?? manifest('low'))
      ),
      listCommits: () =>
        Promise.resolve(
          options.commits ?? [{ sha: headSha, author: { login: 'ana' }, committer: { login: 'ana' } }],
        ),
      permissionOf: () => Promise.resolve('write'),
      teamMembersAmong: () => Promise.resolve([]),
    }
    return { reader: reader as unknown as GitHubReader, reads }
  }
  const gather = (reader: GitHubReader, modelsRoot = 'models', pull: Partial<PullSnapshot> = {}) =>
    gatherFacts({
      reader,
      policy,
      modelsRoot,
      pull: { number: 1, author: 'ana', baseRef: 'main', baseSha, headSha, labels: [], ...pull },
    })

  it('judges a model whose metrics file alone changed, with its manifest read at base and head', async () => {
    const { reader, reads } = readerOf({
      files: [{ filename: 'models/fraud/metrics.json', status: 'modified' }],
      base: { 'models/fraud/model.yaml': manifest('critical') },
      head: [
        { path: 'models/fraud/model.yaml', blobSha: '1', mode: '100644' },
        { path: 'models/fraud/metrics.json', blobSha: '2', mode: '100644' },
      ],
      blobs: { '1': manifest('critical') },
    })
    const { facts } = await gather(reader)
    expect(facts.models).toEqual([
      {
        name: 'fraud',
        file: 'models/fraud/model.yaml',
        base: expect.objectContaining({ riskTier: 'critical' }),
        head: expect.objectContaining({ riskTier: 'critical' }),
      },
    ])
    expect(reads.sort()).toEqual(['base models/fraud/model.yaml', 'blob 1'])
  })

  it('reads both names of a renamed folder, each on the side it exists, and no base of an added manifest', async () => {
    const { reader, reads } = readerOf({
      files: [
        { filename: 'ml/new/model.yaml', status: 'renamed', previous_filename: 'ml/old/model.yaml' },
        { filename: 'ml/fresh/model.yaml', status: 'added' },
        { filename: 'ml/README.md', status: 'modified' },
      ],
      base: { 'ml/old/model.yaml': manifest('high') },
      head: [
        { path: 'ml/new/model.yaml', blobSha: '1' },
        { path: 'ml/fresh/model.yaml', blobSha: '2' },
      ],
    })
    const { facts } = await gather(reader, './ml/')
    expect(facts.models.map((m) => [m.name, m.base?.riskTier, m.head?.riskTier])).toEqual([
      ['fresh', undefined, 'low'],
      ['new', undefined, 'low'],
      ['old', 'high', undefined],
    ])
    expect(reads).not.toContain('base ml/fresh/model.yaml')
  })

  it('leaves a touched folder without a manifest on either side to the engine, which fails closed', async () => {
    const { reader } = readerOf({
      files: [{ filename: 'models/loose/weights.bin', status: 'added' }],
      base: {},
      head: [{ path: 'models/loose/weights.bin', blobSha: '9' }],
    })
    const { facts } = await gather(reader)
    expect(facts.models).toEqual([{ name: 'loose', file: 'models/loose/model.yaml' }])
    expect(evaluatePolicy(policy, facts)).toMatchObject({
      state: 'error',
      summary: expect.stringMatching(
        /^models\/loose\/ changes but has no model\.yaml .*add models\/loose\/model\.yaml/,
      ),
    })
  })

  it('refuses a symbolic link under a governed path, naming it and the fix', async () => {
    const { reader } = readerOf({
      files: [{ filename: 'models/fraud/metrics.json', status: 'added' }],
      base: {},
      head: [{ path: 'models/fraud/metrics.json', blobSha: '3', mode: '120000' }],
    })
    await expect(gather(reader)).rejects.toThrow(
      /^models\/fraud\/metrics\.json is a symbolic link under a governed path; .*replace each link by the file/,
    )
  })

  it.each([
    { name: 'as many as GitHub lists, uncounted', listed: 250, counted: undefined, truncated: true },
    { name: 'fewer than the payload counts', listed: 3, counted: 4, truncated: true },
    { name: 'all of them', listed: 3, counted: 3, truncated: false },
    { name: '250 of 250 counted', listed: 250, counted: 250, truncated: false },
  ])('marks a commit list $name as truncated: $truncated', async ({ listed, counted, truncated }) => {
    const commits = Array.from({ length: listed }, (_, n) => ({
      sha: n.toString(16).padStart(40, '0'),
      author: { login: 'ana' },
      committer: { login: 'ana' },
    }))
    const { reader } = readerOf({ files: [], base: {}, head: [], commits })
    const { facts } = await gather(reader, 'models', counted === undefined ? {} : { commits: counted })
    expect(facts.pullRequest.commitsTruncated ?? false).toBe(truncated)
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

  it.each([
    { name: 'a file made executable', entry: { path: 'models/a/model.yaml', blobSha: '1', mode: '100755' } },
    {
      name: 'a file turned into a link',
      entry: { path: 'models/a/model.yaml', blobSha: '1', mode: '120000' },
    },
    {
      name: 'a submodule moved in',
      entry: { path: 'models/a/vendor', blobSha: 'f'.repeat(40), mode: '160000' },
    },
  ])('changes with $name', ({ entry }) => {
    const tree = [{ path: 'models/a/model.yaml', blobSha: '1', mode: '100644' }]
    const changed = entry.path === tree[0]!.path ? [entry] : [...tree, entry]
    expect(governedDigest(changed, ['models/**'])).not.toBe(governedDigest(tree, ['models/**']))
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

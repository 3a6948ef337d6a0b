import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { linesOf, PROJECT_ROOT, runCli, stackTraceLines } from '../support/cli.js'
import { makeTempDir, removeTempDirs, writeFiles } from '../support/git-repo.js'

const MODEL_REPO = join(PROJECT_ROOT, 'examples', 'model-repo')
const PENDING = join(PROJECT_ROOT, 'examples', 'policy-facts', 'fraud-detector-pending.json')
const facts = () => JSON.parse(readFileSync(PENDING, 'utf8')) as Record<string, any>
/** The example repository's config, which holds its approval policy. */
const EXAMPLE_POLICY = readFileSync(join(MODEL_REPO, '.modelgate/config.yml'), 'utf8')

afterAll(removeTempDirs)

/** A folder with `.modelgate/config.yml` (a policy) and, optionally, a facts file. */
function repoWith(config: string, factsJson?: unknown): string {
  const root = makeTempDir()
  writeFiles(root, {
    '.modelgate/config.yml': config,
    ...(factsJson === undefined ? {} : { 'facts.json': JSON.stringify(factsJson) }),
  })
  return root
}

describe('modelgate policy evaluate', () => {
  it('decides the example pull request exactly as the check run would, explaining every vote', async () => {
    const result = await runCli(['policy', 'evaluate', '--facts', PENDING], { cwd: MODEL_REPO })
    expect(result.code).toBe(1)
    expect(linesOf(result.stdout)).toEqual([
      'pending: still pending: model-risk',
      '✓ model-owners: 1/1 required approvals, 3 ignored',
      '    counted: @ben (approved 2c5b7f0)',
      '    ignored: @dan (not a member of acme/ml-maintainers), @ana (author of the pull request), @eli (author of commit 9a8b7c6)',
      '… model-risk: 0/1 required approvals, 4 ignored',
      '    ignored: @dan (approved 9a8b7c6, governed files changed since), @ana (author of the pull request), @eli (author of commit 9a8b7c6), @ben (not a member of acme/model-risk)',
      '    still needed: 1 more approval from a member of acme/model-risk',
      '– critical-two-person: does not apply: no changed model is critical risk (at base or head)',
      '– platform: not required: no model changes owners; the pull request does not edit the policy',
    ])
  })

  it('approves once a model-risk member approves the current content, with exit 0 and JSON for machines', async () => {
    const approved = facts()
    approved.reviews.push({
      id: 5,
      user: 'fay',
      state: 'APPROVED',
      submittedAt: '2026-11-20T11:00:00Z',
      commitSha: approved.pullRequest.headSha,
    })
    const root = repoWith(EXAMPLE_POLICY, approved)
    const result = await runCli(['policy', 'evaluate', '--facts', 'facts.json', '--format', 'json'], {
      cwd: root,
    })
    expect(result.code).toBe(0)
    const decision = JSON.parse(result.stdout) as { state: string; rules: { name: string; status: string }[] }
    expect(decision.state).toBe('approved')
    expect(decision.rules.map((rule) => [rule.name, rule.status])).toEqual([
      ['model-owners', 'approved'],
      ['model-risk', 'approved'],
      ['critical-two-person', 'skipped'],
      ['platform', 'skipped'],
    ])
  })

  it('keeps the higher risk tier when a pull request lowers its own (no self-downgrade)', async () => {
    const lowered = facts()
    lowered.models[0].base.riskTier = 'low'
    lowered.models[0].head.riskTier = 'low'
    const root = repoWith(EXAMPLE_POLICY, lowered)
    const result = await runCli(['policy', 'evaluate', '--facts', 'facts.json'], { cwd: root })
    // low on both sides: the model-risk rule no longer applies, the owners' approval suffices
    expect(result.code).toBe(0)
    expect(linesOf(result.stdout)[0]).toMatch(/^approved: /)
    // and the example, high at base and medium at head, still needs model-risk (the first test)
  })

  it('renders the check run Markdown, escaping names from the facts', async () => {
    const hostile = facts()
    hostile.reviews[2].user = 'ben<img src=x>'
    hostile.teams['acme/ml-maintainers'].push('ben<img src=x>')
    const root = repoWith(EXAMPLE_POLICY, hostile)
    const result = await runCli(['policy', 'evaluate', '--facts', 'facts.json', '--format', 'markdown'], {
      cwd: root,
    })
    expect(result.stdout).not.toContain('<img')
    expect(result.stdout).toContain('model\\-risk')
  })

  it('refuses facts that do not match the schema, at their line, with exit 2', async () => {
    const root = repoWith(EXAMPLE_POLICY, { pullRequest: 3 })
    const result = await runCli(['policy', 'evaluate', '--facts', 'facts.json'], { cwd: root })
    expect(result.code).toBe(2)
    expect(linesOf(result.stdout).at(-1)).toBe('facts invalid')
    expect(result.stdout).toMatch(/^facts\.json:1:\d+: error: /)
    expect(stackTraceLines(result)).toEqual([])
  })

  it.each([
    [['policy', 'evaluate'], 'evaluate needs --facts FILE (see schemas/policy-facts.schema.json)'],
    [['policy', 'approve'], 'policy: unknown subcommand "approve"; say evaluate or lint'],
    [['policy'], 'policy: say evaluate or lint'],
    [['policy', 'evaluate', '--facts', 'nope.json'], '--facts: nope.json: no such file'],
    [['policy', 'lint', '--format', 'yaml'], '--format: "yaml" is not a format; use text, json or markdown'],
  ])('%j is a usage error: %s', async (args, message) => {
    const result = await runCli(args, { cwd: MODEL_REPO })
    expect(result.code).toBe(2)
    expect(linesOf(result.stderr)).toEqual([
      `modelgate: ${message}`,
      'Run "modelgate policy --help" for usage.',
    ])
  })
})

describe('modelgate policy lint', () => {
  it('passes the example policy', async () => {
    const result = await runCli(['policy', 'lint'], { cwd: MODEL_REPO })
    expect([result.code, result.stdout]).toEqual([0, 'policy valid\n'])
  })

  it('locates a rule the approval tree names but nobody defined, with the fix', async () => {
    const root = repoWith(
      [
        'apiVersion: modelgate.dev/v1',
        'kind: Config',
        'policy:',
        '  rules:',
        '    - name: owners',
        '      requires: { count: 1, teams: [acme/owners] }',
        '  approval: [owners, riskteam]',
        '',
      ].join('\n'),
    )
    const result = await runCli(['policy', 'lint'], { cwd: root })
    expect(result.code).toBe(1)
    expect(linesOf(result.stdout)).toEqual([
      '.modelgate/config.yml:7:22: error: policy.approval[1]: rule "riskteam" is not defined [policy-rule-defined]',
      '  hint: defined rules: owners',
      'policy invalid',
    ])
  })

  it('says where to put the config when there is none', async () => {
    const root = makeTempDir()
    const result = await runCli(['policy', 'lint'], { cwd: root })
    expect(result.code).toBe(2)
    expect(linesOf(result.stderr)[0]).toBe(
      `modelgate: no .modelgate/config.yml in ${root}; pass --config FILE`,
    )
  })
})

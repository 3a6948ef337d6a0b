import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { resolveEnvironmentsRepo } from '../../../core/environments/environments-repo.js'
import type { ModelgateConfig, RulesetBody } from '../../../core/index.js'
import {
  approvalCheckName,
  BRANCHES_RULESET_NAME,
  formatRulesetsText,
  planRulesets,
  planRulesetWrites,
  RULESET_NAME,
  WORKFLOW_CHECKS,
} from '../../../core/index.js'
import { checkName } from '../../../bot/approval/check-run.js'

const config = parse(readFileSync('examples/model-repo/.modelgate/config.yml', 'utf8')) as ModelgateConfig
const environmentsRepo = resolveEnvironmentsRepo(config)!
const rule = (ruleset: RulesetBody, type: string) => ruleset.rules.find((r) => r.type === type)

describe('planRulesets: the model repository', () => {
  const [ruleset, ...others] = planRulesets({ repository: 'model', branch: 'main', appId: 7 })

  it('is one ruleset named modelgate on the branch, which nobody bypasses', () => {
    expect(others).toEqual([])
    expect(ruleset).toMatchObject({
      name: RULESET_NAME,
      target: 'branch',
      enforcement: 'active',
      bypass_actors: [],
      conditions: { ref_name: { include: ['refs/heads/main'], exclude: [] } },
    })
  })

  it('requires the approval check pinned to the App, and the workflow’s validate and gate', () => {
    expect(rule(ruleset!, 'required_status_checks')).toEqual({
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
  })

  it('takes changes by pull request only, leaving the counting of reviews to the approval check', () => {
    expect(rule(ruleset!, 'pull_request')).toMatchObject({
      parameters: { required_approving_review_count: 0, require_code_owner_review: false },
    })
  })

  it('forbids deleting and force-pushing the branch (git history is the audit log)', () => {
    expect(ruleset!.rules.map((r) => r.type)).toEqual(
      expect.arrayContaining(['deletion', 'non_fast_forward']),
    )
  })

  it('names the check for the branch given, as the bot names it', () => {
    const [release] = planRulesets({ repository: 'model', branch: 'release/2026', appId: 7 })
    expect(release!.conditions.ref_name.include).toEqual(['refs/heads/release/2026'])
    expect(rule(release!, 'required_status_checks')).toMatchObject({
      parameters: { required_status_checks: [{ context: checkName('release/2026') }, {}, {}] },
    })
  })

  it('leaves the check unpinned when the App id is not known (a plan to read, not to apply)', () => {
    const [unpinned] = planRulesets({ repository: 'model', branch: 'main' })
    expect(rule(unpinned!, 'required_status_checks')).toMatchObject({
      parameters: { required_status_checks: [{ context: 'modelgate/approval (main)' }, {}, {}] },
    })
    expect(formatRulesetsText([unpinned!])).toContain('(reported by the App <app id> only)')
  })
})

describe('planRulesets: the environments repository of the example config', () => {
  const rulesets = planRulesets({ repository: 'environments', branch: environmentsRepo.branch, appId: 7 })
  const [deployed, branches] = rulesets

  it('is two rulesets: the deployed branch, and the modelgate/* branches', () => {
    expect(rulesets.map((r) => [r.name, r.conditions.ref_name.include])).toEqual([
      [RULESET_NAME, ['refs/heads/main']],
      [BRANCHES_RULESET_NAME, ['refs/heads/modelgate/**/*']],
    ])
  })

  it('requires on main the approval check pinned to the App and a CODEOWNERS review; nobody bypasses', () => {
    expect(deployed!.bypass_actors).toEqual([])
    expect(rule(deployed!, 'required_status_checks')).toMatchObject({
      parameters: { required_status_checks: [{ context: approvalCheckName('main'), integration_id: 7 }] },
    })
    expect(rule(deployed!, 'pull_request')).toMatchObject({
      parameters: { require_code_owner_review: true, required_approving_review_count: 1 },
    })
    expect(deployed!.rules.map((r) => r.type)).toEqual(
      expect.arrayContaining(['deletion', 'non_fast_forward']),
    )
  })

  it('lets only the App create, update, delete or force-push the modelgate/* branches', () => {
    expect(branches!.bypass_actors).toEqual([
      { actor_id: 7, actor_type: 'Integration', bypass_mode: 'always' },
    ])
    expect(branches!.rules.map((r) => r.type)).toEqual(['creation', 'update', 'deletion', 'non_fast_forward'])
  })

  it('reads as a summary', () => {
    expect(formatRulesetsText(rulesets)).toBe(
      [
        'ruleset "modelgate" on refs/heads/main',
        '  - no deletion',
        '  - no force push',
        '  - changes by pull request only; 1 approving review, from the CODEOWNERS of the changed files',
        '  - required checks: modelgate/approval (main) (reported by the App 7 only)',
        '  bypass: nobody',
        '',
        'ruleset "modelgate: promotion branches" on refs/heads/modelgate/**/*',
        '  - no creation',
        '  - no update',
        '  - no deletion',
        '  - no force push',
        '  bypass: the App 7',
        '',
      ].join('\n'),
    )
  })
})

describe('WORKFLOW_CHECKS', () => {
  it('are jobs of the example pull request workflow, whose check runs carry the job id (no name: set)', () => {
    const workflow = parse(readFileSync('examples/workflows/modelgate-pr.yml', 'utf8'))
    for (const job of WORKFLOW_CHECKS) {
      expect(workflow.jobs[job], job).toBeDefined()
      expect(workflow.jobs[job].name, job).toBeUndefined()
    }
  })
})

describe('planRulesetWrites', () => {
  const [modelgate, branches] = planRulesets({ repository: 'environments', branch: 'main', appId: 7 })

  it.each([
    {
      name: 'creates every ruleset on a repository without any',
      existing: [],
      expected: ['create', 'create'],
    },
    {
      name: 'updates its own by name (same id), creates the missing one, touches no other',
      existing: [
        { id: 3, name: 'release freeze', source_type: 'Repository' },
        { id: 12, name: 'modelgate', source_type: 'Repository' },
      ],
      expected: ['update 12', 'create'],
    },
    {
      name: 'never updates an organisation’s ruleset of the same name',
      existing: [{ id: 9, name: 'modelgate', source_type: 'Organization' }],
      expected: ['create', 'create'],
    },
  ])('$name', ({ existing, expected }) => {
    const writes = planRulesetWrites(existing, [modelgate!, branches!])
    expect(writes.map((w) => (w.action === 'update' ? `update ${w.id}` : w.action))).toEqual(expected)
    expect(writes.map((w) => w.body)).toEqual([modelgate, branches])
  })
})

import { describe, expect, it } from 'vitest'
import { evaluatePolicy } from '../../../core/policy/evaluate-policy.js'
import { formatPolicyJson } from '../../../core/policy/format-policy-json.js'
import { formatPolicyMarkdown } from '../../../core/policy/format-policy-markdown.js'
import { formatPolicyText } from '../../../core/policy/format-policy-text.js'
import type { Policy } from '../../../core/policy/policy.js'
import { baseFacts, lowRisk, review, riskTeam, twoLeads } from './policy-fixtures.js'

const policy: Policy = {
  rules: [{ ...riskTeam, conditions: { checks: ['<img src=x> @acme/everyone'] } }, twoLeads, lowRisk],
  approval: [{ or: ['risk-team', 'two-leads'] }, 'low-risk'],
}

function decide() {
  const facts = baseFacts()
  facts.reviews.push(review('ana'), review('rita'), review('lena'))
  return evaluatePolicy(policy, facts)
}

describe('formatPolicyMarkdown', () => {
  it('renders the tree with marks, votes, reasons and what is still needed, escaped', () => {
    expect(formatPolicyMarkdown(decide())).toBe(
      [
        '## ⏳ Pending',
        '',
        'Still pending: risk\\-team, two\\-leads',
        '',
        '- … **any of**: 0 of 2 rules approved, 2 pending',
        '  - … **risk\\-team**: 1/1 required approvals, 2 ignored; waiting for check "&lt;img src=x&gt; @\u200bacme/everyone" \\(not run\\)',
        '    - counted: @\u200brita (approved c0ffee\u200b1)',
        '    - ignored: @\u200bana (author of the pull request), @\u200blena (not a member of acme/risk)',
        '    - still needed: check "&lt;img src=x&gt; @\u200bacme/everyone" \\(not run\\) to succeed',
        '  - … **two\\-leads**: 1/2 required approvals, 2 ignored',
        '    - counted: @\u200blena (approved c0ffee\u200b1)',
        '    - ignored: @\u200bana (author of the pull request), @\u200brita (not a member of acme/ml\\-leads)',
        '    - still needed: 1 more approval from a member of acme/ml\\-leads',
        '- – **low\\-risk**: does not apply: no changed model is low risk \\(at base or head\\)',
        '',
      ].join('\n'),
    )
  })

  it('shows the problems of a policy proposed in the pull request', () => {
    const text = formatPolicyMarkdown(decide(), {
      proposedPolicyProblems: [
        {
          file: '.modelgate/config.yml',
          line: 6,
          column: 14,
          path: 'policy.approval[0]',
          rule: 'policy-rule-defined',
          severity: 'error',
          message: 'policy.approval[0]: rule "risk-teem" is not defined',
          hint: 'did you mean "risk-team"?',
        },
      ],
    })
    expect(text).toContain(
      '### The policy in this pull request\n\nIt has 1 problem; fix it before merging:\n\n- ✗ ',
    )
    expect(text).toContain('rule "risk\\-teem" is not defined \\(did you mean "risk\\-team"?\\)')
    expect(formatPolicyMarkdown(decide(), { proposedPolicyProblems: [] })).toContain(
      'It lints clean; it applies once merged.',
    )
  })
})

describe('formatPolicyText', () => {
  it('renders the same tree for a terminal, without control characters', () => {
    const facts = baseFacts()
    facts.reviews.push(review('rita'))
    facts.checks = []
    const decision = evaluatePolicy(
      { rules: [{ ...riskTeam, conditions: { checks: ['gate\u001b[31m'] } }], approval: ['risk-team'] },
      facts,
    )
    expect(formatPolicyText(decision)).toBe(
      [
        'pending: still pending: risk-team',
        '… risk-team: 1/1 required approvals; waiting for check "gate�[31m" (not run)',
        '    counted: @rita (approved c0ffee1)',
        '    still needed: check "gate�[31m" (not run) to succeed',
        '',
      ].join('\n'),
    )
  })
})

describe('formatPolicyJson', () => {
  it('prints state, summary and the rule tree', () => {
    const json = JSON.parse(formatPolicyJson(decide()))
    expect(Object.keys(json)).toEqual(['state', 'summary', 'rules'])
    expect(json.state).toBe('pending')
    expect(
      json.rules[0].children.map((node: { name: string; status: string }) => [node.name, node.status]),
    ).toEqual([
      ['risk-team', 'pending'],
      ['two-leads', 'pending'],
    ])
  })
})

import { describe, expect, it } from 'vitest'
import { lintPolicy } from '../../../core/policy/lint-policy.js'
import { parsePolicy } from '../../../core/policy/parse-policy.js'
import { parsePolicyFacts } from '../../../core/policy/parse-policy-facts.js'
import { policyFactsSchema, policySchema } from '../../../core/schemas.js'
import type { SchemaNode } from '../../../core/schemas.js'
import { baseFacts } from './policy-fixtures.js'

const header = 'apiVersion: modelgate.dev/v1\nkind: Config\n'
const lint = (yaml: string) => lintPolicy('.modelgate/config.yml', Buffer.from(`${header}${yaml}`))
const located = (yaml: string) =>
  lint(yaml).problems.map(
    (p) => `${p.line}:${p.column} ${p.severity} ${p.rule} ${p.message} | ${p.hint ?? ''}`,
  )

const good = `policy:
  rules:
    - name: model-owners
      requires: { count: 1, teams: [acme/risk-ml] }
    - name: risk-team
      if: { riskTiers: [high, critical] }
      requires: { teams: [acme/risk] }
      conditions: { checks: [modelgate/gate] }
    - name: two-seniors
      requires:
        distinct:
          - { teams: [acme/ml-leads], count: 1 }
          - { users: [ana, '@kenji'], count: 1 }
    - name: platform
      requires: { count: 1, teams: [acme/platform], permission: maintain }
  approval:
    - and: [model-owners, { or: [risk-team, two-seniors] }]
  require: { policyChange: platform }
`

describe('lintPolicy', () => {
  it('accepts a good policy and returns it', () => {
    const report = lint(good)
    expect(report.problems).toEqual([])
    expect(report.policy?.rules.map((rule) => rule.name)).toEqual([
      'model-owners',
      'risk-team',
      'two-seniors',
      'platform',
    ])
  })

  it.each([
    [
      'an undefined rule in the tree, with a suggestion',
      `policy:\n  rules:\n    - { name: risk-team }\n  approval: [risk-teem]\n`,
      [
        '5:7 warning policy-requires-empty policy.rules[0]: rule "risk-team" requires no approval: it approves whenever it applies | set requires.count, or keep it to let matching changes through without review',
        '5:15 warning policy-rule-used policy.rules[0].name: rule "risk-team" is never used | add it to policy.approval or policy.require, or delete it',
        '6:14 error policy-rule-defined policy.approval[0]: rule "risk-teem" is not defined | did you mean "risk-team"?',
      ],
    ],
    [
      'a duplicate rule name',
      `policy:\n  rules:\n    - { name: a, requires: { count: 1 } }\n    - { name: a, requires: { count: 2 } }\n  approval: [a]\n`,
      [
        '6:15 error policy-rule-unique policy.rules[1].name: rule "a" is defined twice | give each rule its own name',
      ],
    ],
    [
      'an undefined rule in require',
      `policy:\n  rules:\n    - { name: a, requires: { count: 1 } }\n  approval: [a]\n  require: { ownersChange: owners }\n`,
      [
        '7:28 error policy-rule-defined policy.require.ownersChange: rule "owners" is not defined | defined rules: a',
      ],
    ],
    [
      'a distinct group larger than its users',
      `policy:\n  rules:\n    - name: a\n      requires:\n        distinct: [{ users: [ana], count: 2 }]\n  approval: [a]\n`,
      [
        '7:43 error policy-quorum-possible policy.rules[0].requires.distinct[0].count: needs 2 approvers but names only 1 user | lower the count, or add users or teams to the group',
      ],
    ],
    [
      'distinct groups that need more people than they name',
      `policy:\n  rules:\n    - name: a\n      requires:\n        distinct: [{ users: [ana, bo], count: 1 }, { users: [ana, bo], count: 2 }]\n  approval: [a]\n`,
      [
        '7:19 error policy-quorum-possible policy.rules[0].requires.distinct: needs 3 different approvers but names only 2 users | lower the counts, or name more users or teams',
      ],
    ],
    [
      'a count below the distinct groups',
      `policy:\n  rules:\n    - name: a\n      requires:\n        count: 1\n        distinct: [{ teams: [acme/x], count: 1 }, { teams: [acme/y], count: 1 }]\n  approval: [a]\n`,
      [
        '7:16 warning policy-quorum-possible policy.rules[0].requires.count: count 1 is below the 2 different people the distinct groups need | set count to 2 or remove it: 2 approvals are required either way',
      ],
    ],
    [
      'a misspelled key, from the schema',
      `policy:\n  rules:\n    - { name: a, requries: { count: 1 } }\n  approval: [a]\n`,
      [
        '5:18 error schema/additionalProperties policy.rules[0]: unknown key "requries" | did you mean "requires"?',
      ],
    ],
    [
      'a bad permission',
      `policy:\n  rules:\n    - { name: a, requires: { permission: push } }\n  approval: [a]\n`,
      [
        '5:42 error schema/enum policy.rules[0].requires.permission: "push" is not one of: read, triage, write, maintain, admin | ',
      ],
    ],
    [
      'a bad tree node',
      `policy:\n  rules:\n    - { name: a, requires: { count: 1 } }\n  approval: [{ xor: [a] }]\n`,
      [
        '6:14 error schema/anyOf policy.approval[0]: {"xor":["a"]} is not a valid approval node | expected a rule name, or `and:`/`or:` with a list of nodes',
      ],
    ],
    [
      'a missing approval tree',
      `policy:\n  rules:\n    - { name: a }\n`,
      [
        '3:1 error schema/required policy: missing required key "approval" | add approval: expected rule names, or `and`/`or` maps of further entries; every entry of this list must approve, e.g. ["model-owners",{"or":["risk-team","two-seniors"]}]',
      ],
    ],
    [
      'no policy at all',
      '',
      [
        '1:1 error policy-required missing required key "policy" | add policy: with rules and approval (see docs/policy.md)',
      ],
    ],
  ])('reports %s', (_name, yaml, expected) => {
    expect(located(yaml)).toEqual(expected)
  })

  it.each([
    {
      name: 'the default models root, missed',
      yaml: 'governed: [docs/**, .modelgate/**]',
      missing: '"models/**"',
    },
    {
      name: 'another models root, missed',
      yaml: 'governed: [models/**, .modelgate/**]',
      root: 'registry',
      missing: '"registry/**"',
    },
    { name: 'the config file, missed', yaml: 'governed: [models/**]', missing: '".modelgate/config.yml"' },
    {
      name: 'both, missed',
      yaml: "governed: ['models/*/model.yaml']",
      missing: '"models/**" and ".modelgate/config.yml"',
    },
    {
      name: 'a nested root under a narrower glob',
      yaml: 'governed: [ml/models/a/**, .modelgate/**]',
      root: 'ml/models',
      missing: '"ml/models/**"',
    },
    {
      name: 'the repository root under a folder glob',
      yaml: 'governed: [models/**, .modelgate/**]',
      root: '.',
      missing: '"**"',
    },
  ])('refuses a governed list that misses $name', ({ yaml, root, missing }) => {
    const config = `${root ? `models: { root: ${root} }\n` : ''}policy:\n  ${yaml}\n  rules: [{ name: a, requires: { count: 1 } }]\n  approval: [a]\n`
    const report = lint(config)
    expect(report.policy).toBeUndefined()
    expect(report.problems).toEqual([
      expect.objectContaining({
        rule: 'policy-governed-covers',
        severity: 'error',
        message: expect.stringContaining(
          `policy.governed: does not cover ${missing}: an approval would survive a change there`,
        ),
        hint: `add ${missing} to policy.governed, or remove governed to use the default`,
      }),
    ])
  })

  it.each([
    { yaml: 'governed: [models/**, .modelgate/**]' },
    { yaml: "governed: ['**']", root: 'registry' },
    { yaml: "governed: ['*/**']", root: 'registry' },
    { yaml: 'governed: [ml/**, .modelgate/config.yml]', root: 'ml/models' },
    { yaml: 'governed: [registry/**, .modelgate/*]', root: './registry/' },
  ])('accepts $yaml with models.root $root', ({ yaml, root }) => {
    const config = `${root ? `models: { root: ${root} }\n` : ''}policy:\n  ${yaml}\n  rules: [{ name: a, requires: { count: 1 } }]\n  approval: [a]\n`
    expect(lint(config).problems).toEqual([])
  })

  it('reports config errors outside the policy too', () => {
    expect(located(`enviroments: []\npolicy: { rules: [{ name: a }], approval: [a] }\n`)).toEqual([
      '3:1 error schema/additionalProperties unknown key "enviroments" | did you mean "environments"?',
    ])
  })

  it('returns the policy when there are only warnings', () => {
    const report = lint(`policy:\n  rules:\n    - { name: a }\n  approval: [a]\n`)
    expect(report.problems.map((p) => p.severity)).toEqual(['warning'])
    expect(report.policy).toBeDefined()
  })
})

describe('parsePolicy', () => {
  it('locates findings by key path from the config root', () => {
    const parsed = parsePolicy({ rules: [{ name: 'a', requires: { count: 1 } }], approval: ['b'] })
    expect(parsed.policy).toBeUndefined()
    expect(parsed.findings.map((f) => [f.path, f.message])).toEqual([
      [['policy', 'approval', 0], 'policy.approval[0]: rule "b" is not defined'],
      [['policy', 'rules', 0, 'name'], 'policy.rules[0].name: rule "a" is never used'],
    ])
  })

  it('says what a policy that is not a map should be', () => {
    expect(parsePolicy(['a']).findings.map((f) => f.message)).toEqual([
      'policy: expected a map, got a list ["a"]',
    ])
  })
})

describe('parsePolicyFacts', () => {
  const parse = (value: unknown) =>
    parsePolicyFacts('facts.json', Buffer.from(JSON.stringify(value, null, 2)))

  it('accepts the test facts', () => {
    expect(parse(baseFacts()).problems).toEqual([])
  })

  it('locates a bad review state and a model with neither side', () => {
    const facts = baseFacts() as any
    facts.reviews = [
      { id: 1, user: 'x', state: 'APPROVE', submittedAt: '2026-01-01T00:00:00Z', commitSha: 'abcdef1' },
    ]
    expect(parse(facts).problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '59:16 reviews[0].state: "APPROVE" is not one of: APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED',
    ])
    const sideless = baseFacts() as any
    sideless.models = [{ name: 'm', file: 'models/m/model.yaml' }]
    expect(parse(sideless).problems.map((p) => p.message)).toEqual([
      'models[0]: model "m" has neither base nor head',
    ])
  })

  it('refuses a date without a time zone', () => {
    const facts = baseFacts() as any
    facts.comments = [{ user: 'x', body: 'LGTM', createdAt: '2026-11-01 12:00', edited: false }]
    expect(parse(facts).problems.map((p) => `${p.message} | ${p.hint}`)).toEqual([
      'comments[0].createdAt: "2026-11-01 12:00" is not a valid creation time | expected an ISO 8601 date-time with a time zone, e.g. 2026-11-01T12:00:00Z',
    ])
  })

  it('refuses a list', () => {
    expect(parse([]).problems.map((p) => p.message)).toEqual(['the facts are not a map of keys'])
  })
})

describe('the policy schemas', () => {
  /** schemaFindings resolves a missing required key's `$ref` only into the manifest schema. */
  it.each([
    ['policy', policySchema],
    ['facts', policyFactsSchema],
  ])('%s: no required key is declared by $ref', (_name, schema) => {
    const offenders: string[] = []
    const visit = (node: unknown, path: string) => {
      if (node === null || typeof node !== 'object') return
      const schemaNode = node as SchemaNode
      for (const key of schemaNode.required ?? [])
        if (schemaNode.properties?.[key]?.$ref) offenders.push(`${path}/${key}`)
      for (const [key, child] of Object.entries(node)) visit(child, `${path}/${key}`)
    }
    visit(schema, '')
    expect(offenders).toEqual([])
  })
})

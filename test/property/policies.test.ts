import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import fc from 'fast-check'
import { stringify } from 'yaml'
import { describe, expect, it } from 'vitest'
import type { ApprovalNode, Policy, PolicyDecision, PolicyFacts, RuleResult } from '../../core/index.js'
import {
  evaluatePolicy,
  lintPolicy,
  MAX_TREE_DEPTH,
  parsePolicy,
  parsePolicyFacts,
  PERMISSIONS,
  policyFactsSchema,
} from '../../core/index.js'
import {
  approvingFactsArb,
  assertProperty,
  DIGEST,
  factsArb,
  HEAD,
  mutateJson,
  normalize,
  oneRulePolicyArb,
  PEOPLE,
  policyArb,
} from '../support/arbitraries.js'
import { baseFacts } from '../unit/policy/policy-fixtures.js'

/**
 * The approval engine under arbitrary policies and facts. The oracles below are written from the
 * documented rules (docs/policy.md, DESIGN.md §5), not from the engine's code: a sound "approved"
 * needs every approving rule's count of distinct, eligible, fresh approvals; errors and changes
 * requested by an allowed reviewer dominate.
 */

const RUNS = 300
const FACTS_RUNS = 100
const STATES = ['approved', 'pending', 'disapproved', 'error']
const STATUSES = ['skipped', 'pending', 'approved', 'disapproved', 'error']

function* nodesOf(results: readonly RuleResult[]): Generator<RuleResult> {
  for (const result of results) {
    yield result
    if (result.children) yield* nodesOf(result.children)
  }
}

/** An undefined rule or an `and`/`or` deeper than the limit, anywhere the engine reads the tree. */
function treeIsBroken(policy: Policy): boolean {
  const names = new Set(policy.rules.map((rule) => rule.name))
  const broken = (node: ApprovalNode, depth: number): boolean => {
    if (typeof node === 'string') return !names.has(node)
    if (depth > MAX_TREE_DEPTH) return true
    return ('and' in node ? node.and : node.or).some((child) => broken(child, depth + 1))
  }
  return policy.approval.some((node) => broken(node, 1))
}

/** Approvals the rule needs: `count`, else the `distinct` seats, else 1; nothing without `requires`. */
function needed(policy: Policy, name: string): number {
  const requires = policy.rules.find((rule) => rule.name === name)?.requires
  if (!requires) return 0
  const seats = (requires.distinct ?? []).reduce((sum, group) => sum + group.count, 0)
  return Math.max(requires.count ?? (seats > 0 ? seats : 1), seats)
}

/** Why `login`'s counted approval under rule `name` is not justified by the facts, or undefined. */
function unjustified(policy: Policy, facts: PolicyFacts, name: string, login: string): string | undefined {
  const rule = policy.rules.find((r) => r.name === name)!
  const options = rule.options ?? {}
  const who = normalize(login)
  const author = normalize(facts.pullRequest.author)
  const patterns = options.methods?.comments ?? []
  const fresh = (sha: string | undefined, digest: string | undefined) =>
    options.invalidateOnPush === false || sha === HEAD || digest === DIGEST
  const approvedByReview =
    options.methods?.reviews !== false &&
    facts.reviews.some(
      (r) => normalize(r.user) === who && r.state === 'APPROVED' && fresh(r.commitSha, r.governedDigest),
    )
  const approvedByComment = (facts.comments ?? []).some((c) => {
    const text = c.body.trim()
    return (
      normalize(c.user) === who &&
      !(c.edited && options.ignoreEditedComments !== false) &&
      fresh(undefined, c.governedDigest) &&
      patterns.some((p) => text === p || text.startsWith(`${p} `) || text.startsWith(`${p}\n`))
    )
  })
  if (!approvedByReview && !approvedByComment) return 'no fresh approving review or comment'
  if (who.endsWith('[bot]') || (facts.bots ?? []).some((bot) => normalize(bot) === who)) return 'a bot'
  if (who === author && !options.allowAuthor) return 'the author'
  const contributed = (facts.pullRequest.commits ?? []).some(
    (c) => [c.author, c.committer].some((l) => l !== undefined && normalize(l) === who) && who !== author,
  )
  if (contributed && !options.allowContributor) return 'a contributor'
  const requires = rule.requires ?? {}
  const members = (teams: readonly string[] = []) =>
    teams.flatMap((team) =>
      Object.entries(facts.teams ?? {})
        .filter(([slug]) => slug.toLowerCase() === team.toLowerCase())
        .flatMap(([, logins]) => logins.map(normalize)),
    )
  const groups = [requires, ...(requires.distinct ?? [])]
  const named = groups.some((g) => (g.users ?? []).length + (g.teams ?? []).length > 0)
  if (
    named &&
    !groups.some((g) => (g.users ?? []).map(normalize).includes(who) || members(g.teams).includes(who))
  )
    return 'not named by the rule'
  const minimum = requires.permission ?? (named ? undefined : 'write')
  const level = Object.entries(facts.permissions ?? {}).find(([l]) => normalize(l) === who)?.[1]
  if (minimum && (level === undefined || PERMISSIONS.indexOf(level) < PERMISSIONS.indexOf(minimum)))
    return `permission ${level ?? 'none'} below ${minimum}`
  return undefined
}

/** Every approved rule in the decision is justified by the facts alone. */
function checkApprovedRules(policy: Policy, facts: PolicyFacts, decision: PolicyDecision): void {
  for (const node of nodesOf(decision.rules)) {
    if (node.kind !== 'rule' || node.status !== 'approved') continue
    const logins = node.counted.map((vote) => normalize(vote.login))
    expect(new Set(logins).size, `${node.name}: one vote per person`).toBe(logins.length)
    expect(logins.length, `${node.name}: enough approvals`).toBeGreaterThanOrEqual(needed(policy, node.name))
    for (const login of logins)
      expect(unjustified(policy, facts, node.name, login), `${node.name}: ${login} counted`).toBeUndefined()
    const rule = policy.rules.find((r) => r.name === node.name)!
    for (const check of rule.conditions?.checks ?? [])
      expect((facts.checks ?? []).filter((c) => c.name === check).at(-1)?.conclusion).toBe('success')
  }
}

/** A policy whose tree names an undefined rule or nests an `and`/`or` nine levels deep, anywhere in it. */
const brokenPolicyArb: fc.Arbitrary<Policy> = fc
  .tuple(
    policyArb,
    fc.oneof(
      fc.constantFrom<ApprovalNode>('undefined-rule', 'R0', ' r0'),
      fc
        .tuple(fc.integer({ min: MAX_TREE_DEPTH, max: MAX_TREE_DEPTH + 3 }), fc.boolean())
        .map(([depth, and]) => {
          let node: ApprovalNode = { or: ['r0'] }
          for (let level = 0; level < depth; level++) node = and ? { and: [node] } : { or: [node, 'r0'] }
          return node
        }),
    ),
    fc.nat(),
  )
  .map(([policy, broken, at]) => {
    const approval = [...policy.approval]
    approval.splice(at % (approval.length + 1), 0, broken)
    return { ...policy, approval }
  })

describe('evaluatePolicy on arbitrary policies and facts', () => {
  it(`never throws, returns a closed-union state, and every node says why (${RUNS} inputs)`, () => {
    assertProperty(
      fc.property(policyArb, factsArb, (policy, facts) => {
        const decision = evaluatePolicy(policy, facts)
        expect(STATES).toContain(decision.state)
        expect(decision.summary).not.toBe('')
        for (const node of nodesOf(decision.rules)) {
          expect(STATUSES).toContain(node.status)
          expect(typeof node.summary).toBe('string')
        }
      }),
      RUNS,
    )
  })

  it(`approves only with enough distinct, eligible, fresh approvals for every approved rule (${RUNS} inputs)`, () => {
    assertProperty(
      fc.property(
        fc.oneof(policyArb, oneRulePolicyArb),
        fc.oneof(factsArb, approvingFactsArb),
        (policy, facts) => {
          checkApprovedRules(policy, facts, evaluatePolicy(policy, facts))
        },
      ),
      RUNS,
    )
  })

  it(`approves a policy whose rules all need a vote only after an approval by a person: never a bot, the author only where a rule allows it (${RUNS} inputs)`, () => {
    const everyRuleNeedsAVote = fc
      .oneof(policyArb, oneRulePolicyArb)
      .filter((policy) => policy.rules.every((rule) => needed(policy, rule.name) >= 1))
    assertProperty(
      fc.property(everyRuleNeedsAVote, fc.oneof(factsArb, approvingFactsArb), (policy, facts) => {
        if (evaluatePolicy(policy, facts).state !== 'approved') return
        const author = normalize(facts.pullRequest.author)
        const authorMayVote = policy.rules.some((rule) => rule.options?.allowAuthor === true)
        const person = (login: string) =>
          (authorMayVote || normalize(login) !== author) &&
          !normalize(login).endsWith('[bot]') &&
          !(facts.bots ?? []).map(normalize).includes(normalize(login))
        const votes = [
          ...facts.reviews.filter((r) => r.state === 'APPROVED').map((r) => r.user),
          ...(facts.comments ?? []).map((c) => c.user),
        ]
        expect(votes.some(person)).toBe(true)
      }),
      RUNS,
    )
  })

  it(`is an error whenever the approval tree names an undefined rule or nests too deep (${RUNS} inputs)`, () => {
    assertProperty(
      fc.property(brokenPolicyArb, factsArb, (policy, facts) => {
        expect(treeIsBroken(policy)).toBe(true) // the oracle agrees the tree is broken
        expect(evaluatePolicy(policy, facts).state).toBe('error')
      }),
      RUNS,
    )
  })

  it(`is an error whenever a rule in the tree needs a team that could not be listed, whatever the votes (${RUNS} inputs)`, () => {
    assertProperty(
      fc.property(policyArb, factsArb, (policy, facts) => {
        const withTeam: Policy = {
          ...policy,
          rules: [...policy.rules, { name: 'leads', requires: { count: 1, teams: ['ACME/leads'] } }],
          approval: [...policy.approval, 'leads'],
        }
        const decision = evaluatePolicy(withTeam, { ...facts, teamErrors: { 'acme/leads': 'HTTP 502' } })
        expect(decision.state).toBe('error')
      }),
      RUNS,
    )
  })

  it(`is never approved or pending after an allowed reviewer's latest vote requests changes (${RUNS} inputs)`, () => {
    const reviewer = fc.constantFrom(...PEOPLE.filter((p) => !p.endsWith('[bot]') && p !== 'ci-helper'))
    assertProperty(
      fc.property(policyArb, factsArb, reviewer, (policy, facts, login) => {
        // The reviewer is not the author, not a contributor and not a listed bot: an allowed reviewer.
        const clean: PolicyFacts = {
          ...facts,
          pullRequest: {
            ...facts.pullRequest,
            author: normalize(facts.pullRequest.author) === login ? 'someone-else' : facts.pullRequest.author,
            commits: (facts.pullRequest.commits ?? []).filter(
              (c) => ![c.author, c.committer].some((l) => l !== undefined && normalize(l) === login),
            ),
          },
          bots: (facts.bots ?? []).filter((bot) => normalize(bot) !== login),
          reviews: [
            ...facts.reviews,
            {
              id: 'last',
              user: login.toUpperCase(),
              state: 'CHANGES_REQUESTED',
              submittedAt: '2030-01-01T00:00:00Z',
              commitSha: HEAD,
            },
          ],
        }
        const guarded: Policy = {
          ...policy,
          rules: [...policy.rules, { name: 'reviewer', requires: { count: 1, users: [`@${login}`] } }],
          approval: ['reviewer', ...policy.approval],
        }
        expect(['disapproved', 'error']).toContain(evaluatePolicy(guarded, clean).state)
      }),
      RUNS,
    )
  })
})

describe('parsePolicy and lintPolicy on arbitrary input', () => {
  it(`parsePolicy never throws on any JSON value and never accepts a broken tree (${RUNS} inputs)`, () => {
    const almostPolicies = fc.oneof(
      fc.jsonValue(),
      policyArb,
      policyArb.map((p) => ({ ...p, extra: 1 })),
    )
    assertProperty(
      fc.property(almostPolicies, factsArb, (value, facts) => {
        const parsed = parsePolicy(value)
        expect(Array.isArray(parsed.findings)).toBe(true)
        if (!parsed.policy) {
          expect(parsed.findings.some((f) => f.severity === 'error')).toBe(true)
          return
        }
        expect(treeIsBroken(parsed.policy)).toBe(false)
        checkApprovedRules(parsed.policy, facts, evaluatePolicy(parsed.policy, facts))
      }),
      RUNS,
    )
  })

  it(`lintPolicy never throws on arbitrary config text and places every problem in the file (${RUNS} inputs)`, () => {
    const configText = fc.oneof(
      fc.string(),
      policyArb.map((policy) => stringify({ apiVersion: 'modelgate.dev/v1', kind: 'Config', policy })),
      fc.jsonValue().map((policy) => stringify({ apiVersion: 'modelgate.dev/v1', kind: 'Config', policy })),
    )
    assertProperty(
      fc.property(configText, (text) => {
        const report = lintPolicy('.modelgate/config.yml', Buffer.from(text))
        const lines = text.split('\n').length
        for (const problem of report.problems) {
          expect(problem.file).toBe('.modelgate/config.yml')
          expect(problem.line).toBeGreaterThanOrEqual(1)
          expect(problem.line).toBeLessThanOrEqual(lines + 1)
          expect(problem.message).not.toBe('')
        }
        if (report.policy) expect(report.problems.every((p) => p.severity === 'warning')).toBe(true)
      }),
      RUNS,
    )
  })
})

/** The facts schema compiled here, independently of the build's generated validators. */
const factsAjv = new Ajv2020({ strict: false })
addFormats.default(factsAjv)
const matchesFactsSchema = factsAjv.compile(policyFactsSchema)

describe('parsePolicyFacts on arbitrary facts files', () => {
  const factsText = fc.oneof(
    fc.string(),
    fc.jsonValue().map((value) => JSON.stringify(value)),
    factsArb.map((facts) => JSON.stringify(facts)),
    { weight: 3, arbitrary: mutateJson(baseFacts()).map((value) => JSON.stringify(value)) },
    mutateJson(baseFacts()).map((value) => stringify(value)),
  )

  it(`never throws; accepted facts match the schema and evaluate under any policy (${FACTS_RUNS} inputs)`, () => {
    assertProperty(
      fc.property(factsText, policyArb, (text, policy) => {
        const report = parsePolicyFacts('facts.json', Buffer.from(text))
        for (const problem of report.problems) {
          expect(problem.file).toBe('facts.json')
          expect(problem.line).toBeGreaterThanOrEqual(1)
          expect(problem.message).not.toBe('')
        }
        if (!report.facts) {
          expect(report.problems.length).toBeGreaterThan(0)
          return
        }
        expect(matchesFactsSchema(report.facts)).toBe(true)
        const facts: PolicyFacts = report.facts
        expect(['approved', 'pending', 'disapproved', 'error']).toContain(evaluatePolicy(policy, facts).state)
      }),
      FACTS_RUNS,
    )
  })
})

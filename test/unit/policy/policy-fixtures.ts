import type { Policy, PolicyRule } from '../../../core/policy/policy.js'
import type { CommentFact, ModelSide, PolicyFacts, ReviewFact } from '../../../core/policy/policy-facts.js'

export const HEAD = 'c0ffee1234567890c0ffee1234567890c0ffee12'
export const OLD = 'a1d5ha0000000000000000000000000000000000'
export const DIGEST = 'sha256:governed-now'

/**
 * Pull request #42 by ana, changing the high-risk fraud-detector (prod) with a commit she authored
 * and cory committed. Teams: acme/risk (rita, ravi, ana), acme/ml-leads (lena, leo), acme/platform
 * (pat). Permissions: write for most, admin for pat, read for rob.
 */
export function baseFacts(): PolicyFacts {
  const highRiskInProd = (): ModelSide => ({
    riskTier: 'high',
    owners: { team: 'risk-ml', maintainers: ['@ana'] },
    environments: ['prod'],
  })
  return {
    pullRequest: {
      number: 42,
      author: 'ana',
      baseBranch: 'main',
      headSha: HEAD,
      labels: ['model-change'],
      commits: [{ sha: HEAD, author: 'ana', committer: 'cory' }],
    },
    changedFiles: [{ path: 'models/fraud-detector/model.yaml', status: 'modified' }],
    models: [
      {
        name: 'fraud-detector',
        file: 'models/fraud-detector/model.yaml',
        base: highRiskInProd(),
        head: highRiskInProd(),
      },
    ],
    policyChanged: false,
    reviews: [],
    currentGovernedDigest: DIGEST,
    comments: [],
    teams: {
      'acme/risk': ['rita', 'ravi', 'ana'],
      'acme/ml-leads': ['lena', 'leo'],
      'acme/platform': ['pat'],
    },
    teamErrors: {},
    permissions: {
      ana: 'write',
      cory: 'write',
      rita: 'write',
      ravi: 'write',
      lena: 'write',
      leo: 'write',
      pat: 'admin',
      rob: 'read',
      tom: 'triage',
      mia: 'maintain',
      'dependabot[bot]': 'write',
      'ci-helper': 'write',
    },
    checks: [{ name: 'modelgate/gate', conclusion: 'success' }],
    bots: ['ci-helper'],
  }
}

let clock = 0

/** The next id and time: each review or comment comes one minute after the previous one. */
function tick(): { id: number; at: string } {
  clock++
  return { id: clock, at: new Date(Date.UTC(2026, 10, 1, 12, clock)).toISOString() }
}

/** A review submitted one minute after the previous one, at the head commit unless told otherwise. */
export function review(
  user: string,
  state: ReviewFact['state'] = 'APPROVED',
  rest: Partial<ReviewFact> = {},
): ReviewFact {
  const { id, at } = tick()
  return { id, user, state, submittedAt: at, commitSha: HEAD, governedDigest: DIGEST, ...rest }
}

export function comment(user: string, body: string, rest: Partial<CommentFact> = {}): CommentFact {
  const { id, at } = tick()
  return { id, user, body, createdAt: at, edited: false, governedDigest: DIGEST, ...rest }
}

/** The risk team must approve high and critical models. */
export const riskTeam: PolicyRule = {
  name: 'risk-team',
  if: { riskTiers: ['high', 'critical'] },
  requires: { count: 1, teams: ['acme/risk'] },
}

/** A rule that applies only to low-risk models (none in {@link baseFacts}). */
export const lowRisk: PolicyRule = { name: 'low-risk', if: { riskTiers: ['low'] }, requires: { count: 1 } }

/** Two ML leads must approve. */
export const twoLeads: PolicyRule = { name: 'two-leads', requires: { count: 2, teams: ['acme/ml-leads'] } }

/** A policy of the given rules, all required. */
export function policyOf(...rules: PolicyRule[]): Policy {
  return { rules, approval: rules.map((rule) => rule.name) }
}

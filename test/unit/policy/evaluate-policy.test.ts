import { describe, expect, it } from 'vitest'
import { evaluatePolicy } from '../../../core/policy/evaluate-policy.js'
import type { DistinctGroup, Policy, PolicyRule, PolicyTrigger } from '../../../core/policy/policy.js'
import type { PolicyFacts } from '../../../core/policy/policy-facts.js'
import type { PolicyState, RuleResult, RuleStatus } from '../../../core/policy/policy-decision.js'
import {
  DIGEST,
  HEAD,
  OLD,
  baseFacts,
  comment,
  lowRisk,
  policyOf,
  review,
  riskTeam,
  twoLeads,
} from './policy-fixtures.js'

interface Case {
  name: string
  policy?: Policy
  facts?: (facts: PolicyFacts) => void
  state: PolicyState
  /** The node checked; default the first top-level node. */
  rule?: string
  status?: RuleStatus
  summary?: string
  /** `login: reason` lines. */
  counted?: string[]
  ignored?: string[]
  missing?: string
}

const votes = (list: RuleResult['counted']) => list.map(({ login, reason }) => `${login}: ${reason}`)

function run(testCase: Case) {
  const facts = baseFacts()
  testCase.facts?.(facts)
  const decision = evaluatePolicy(testCase.policy ?? policyOf(riskTeam), facts)
  const node = testCase.rule ? findNode(decision.rules, testCase.rule) : decision.rules[0]
  return { decision, node: node! }
}

function findNode(nodes: readonly RuleResult[], name: string): RuleResult | undefined {
  for (const node of nodes) {
    if (node.name === name) return node
    const found = findNode(node.children ?? [], name)
    if (found) return found
  }
  return undefined
}

/** Rules the cases combine with {@link riskTeam}. */
const platform: PolicyRule = { name: 'platform', requires: { count: 1, teams: ['acme/platform'] } }
const leads: PolicyRule = { name: 'leads', requires: { count: 1, teams: ['acme/ml-leads'] } }
const anyone = (count: number): PolicyRule => ({ name: 'anyone', requires: { count } })

/** Facts with an approval at the head commit by each of `users`, in order (made when the case runs). */
const approvedBy =
  (...users: string[]) =>
  (facts: PolicyFacts) => {
    facts.reviews.push(...users.map((user) => review(user)))
  }

/** Facts with one approval by rita of the older commit `OLD`, whose governed files had `governedDigest`. */
const ritaApprovedOld = (governedDigest: string | undefined) => (facts: PolicyFacts) => {
  facts.reviews.push(review('rita', 'APPROVED', { commitSha: OLD, governedDigest }))
}

/** Facts where ravi committed ana's commit, then approved the pull request. */
const raviCommittedAndApproved = (facts: PolicyFacts) => {
  facts.pullRequest.commits = [{ sha: HEAD, author: 'ana', committer: 'ravi' }]
  facts.reviews.push(review('ravi'))
}

/** Facts where a commit linked to no account (no author or committer login) was pushed, then `user` approved. */
const unattributedThenApprovedBy = (user: string) => (facts: PolicyFacts) => {
  facts.pullRequest.commits!.push({ sha: 'bad0001000' })
  facts.reviews.push(review(user))
}

/** The risk team's rule, also approving by a comment that starts with one of `patterns`. */
const byComment = (...patterns: string[]) =>
  policyOf({ ...riskTeam, options: { methods: { comments: patterns } } })

/** {@link riskTeam} and `other`, joined by `and` or `or`. */
function tree(join: 'and' | 'or', other: PolicyRule): Policy {
  const names = ['risk-team', other.name]
  return { rules: [riskTeam, other], approval: [join === 'and' ? { and: names } : { or: names }] }
}

/** {@link riskTeam} required; `rule` required as well when the pull request makes the `trigger` change. */
const requiredOn = (trigger: PolicyTrigger, rule: PolicyRule): Policy => ({
  rules: [riskTeam, rule],
  approval: ['risk-team'],
  require: { [trigger]: rule.name },
})

/** Two approvals by different people: one from the risk team and one from `second`. */
const fourEyes = (second: DistinctGroup) =>
  policyOf({ name: 'four-eyes', requires: { distinct: [{ teams: ['acme/risk'], count: 1 }, second] } })

/** A rule for pull requests that change a metrics file. */
const metricsPolicy = policyOf({
  name: 'metrics',
  if: { changedPaths: ['models/*/metrics.json'] },
  requires: { count: 1 },
})

const cases: Case[] = [
  // Who may vote
  {
    name: 'the author is excluded, even as a team member',
    facts: approvedBy('ana'),
    state: 'pending',
    summary: '0/1 required approvals, 1 ignored',
    ignored: ['ana: author of the pull request'],
    missing: '1 more approval from a member of acme/risk',
  },
  {
    name: 'the author counts when the rule allows it',
    policy: policyOf({ ...riskTeam, options: { allowAuthor: true } }),
    facts: approvedBy('ana'),
    state: 'approved',
    counted: ['ana: approved c0ffee1'],
  },
  {
    name: 'a commit author other than the pull request author is excluded',
    facts: (f) => {
      f.pullRequest.commits!.push({ sha: 'bead123000', author: 'rita', committer: 'web-flow' })
      f.reviews.push(review('rita'))
    },
    state: 'pending',
    ignored: ['rita: author of commit bead123'],
  },
  {
    name: 'a committer is excluded',
    facts: raviCommittedAndApproved,
    state: 'pending',
    ignored: ['ravi: committer of commit c0ffee1'],
  },
  {
    name: 'contributors count when the rule allows them',
    policy: policyOf({ ...riskTeam, options: { allowContributor: true } }),
    facts: raviCommittedAndApproved,
    state: 'approved',
    counted: ['ravi: approved c0ffee1'],
  },
  {
    name: 'a commit linked to no account fails a rule that excludes contributors, naming the commit and the fix',
    facts: unattributedThenApprovedBy('rita'),
    state: 'error',
    status: 'error',
    summary:
      'commit bad0001 is linked to no GitHub account (neither its author nor its committer e-mail), so whether an approver contributed to it cannot be known',
    missing:
      "link the commit's e-mail to its author's GitHub account, or re-author commit bad0001 (git commit --amend --reset-author) and push",
  },
  {
    name: 'several unlinked commits are counted in the message',
    facts: (f) => {
      unattributedThenApprovedBy('rita')(f)
      f.pullRequest.commits!.push({ sha: 'bad0002000' })
    },
    state: 'error',
    summary:
      'commit bad0001 (and 1 more) is linked to no GitHub account (neither its author nor its committer e-mail), so whether an approver contributed to it cannot be known',
  },
  {
    name: 'a commit with only its committer linked is attributed (that committer is excluded)',
    facts: (f) => {
      f.pullRequest.commits!.push({ sha: 'bad0001000', committer: 'rita' })
      f.reviews.push(review('rita'))
    },
    state: 'pending',
    ignored: ['rita: committer of commit bad0001'],
  },
  {
    name: 'allowUnattributedCommits relaxes the unlinked-commit rule',
    policy: policyOf({ ...riskTeam, options: { allowUnattributedCommits: true } }),
    facts: unattributedThenApprovedBy('rita'),
    state: 'approved',
    counted: ['rita: approved c0ffee1'],
  },
  {
    name: 'allowContributor makes unlinked commits irrelevant',
    policy: policyOf({ ...riskTeam, options: { allowContributor: true } }),
    facts: unattributedThenApprovedBy('rita'),
    state: 'approved',
  },
  {
    name: 'a rule that needs no approval ignores unlinked commits',
    policy: policyOf({ ...riskTeam, requires: { count: 0 } }),
    facts: unattributedThenApprovedBy('rita'),
    state: 'approved',
  },
  {
    name: 'a commit list GitHub may have cut short fails a rule that excludes contributors',
    facts: (f) => {
      f.pullRequest.commitsTruncated = true
      f.reviews.push(review('rita'))
    },
    state: 'error',
    summary:
      'GitHub did not list every commit of the pull request (it lists at most 250), so the contributors it excludes cannot all be known',
    missing: 'squash or split the pull request to fewer than 250 commits',
  },
  {
    name: 'allowUnattributedCommits does not relax a cut-short commit list',
    policy: policyOf({ ...riskTeam, options: { allowUnattributedCommits: true } }),
    facts: (f) => {
      f.pullRequest.commitsTruncated = true
      f.reviews.push(review('rita'))
    },
    state: 'error',
  },
  {
    name: 'a touched model folder without a manifest on either side fails the whole decision',
    policy: policyOf({ ...riskTeam, if: undefined }),
    facts: (f) => {
      f.models.push({ name: 'loose', file: 'models/loose/model.yaml' })
      f.reviews.push(review('rita'))
    },
    state: 'error',
  },
  {
    name: 'bots never count, by [bot] suffix or by the bots list',
    policy: policyOf(anyone(1)),
    facts: approvedBy('dependabot[bot]', 'ci-helper'),
    state: 'pending',
    ignored: ['dependabot[bot]: bots never count', 'ci-helper: bots never count'],
  },
  {
    name: 'a former team member no longer in the team list does not count',
    facts: approvedBy('rex'),
    state: 'pending',
    ignored: ['rex: not a member of acme/risk'],
  },
  {
    name: 'logins compare case-insensitively',
    facts: approvedBy('Rita'),
    state: 'approved',
    counted: ['Rita: approved c0ffee1'],
  },

  // Permission is a minimum
  {
    name: 'a bare count means anyone with write permission or higher',
    policy: policyOf(anyone(2)),
    facts: approvedBy('rob', 'pat', 'mia'),
    state: 'approved',
    counted: ['pat: approved c0ffee1', 'mia: approved c0ffee1'],
    ignored: ['rob: has read permission on the repository; write or higher is required'],
  },
  {
    name: 'permission maintain rejects write and triage, accepts admin',
    policy: policyOf({ name: 'maintainers', requires: { count: 1, permission: 'maintain' } }),
    facts: approvedBy('rita', 'tom', 'stranger'),
    state: 'pending',
    ignored: [
      'rita: has write permission on the repository; maintain or higher is required',
      'tom: has triage permission on the repository; maintain or higher is required',
      'stranger: has no permission on the repository; maintain or higher is required',
    ],
    missing: '1 more approval from anyone with maintain permission or higher',
  },
  {
    name: 'a team member below the minimum permission does not count',
    policy: policyOf({ ...riskTeam, requires: { count: 1, teams: ['acme/risk'], permission: 'admin' } }),
    facts: approvedBy('rita'),
    state: 'pending',
    ignored: ['rita: has write permission on the repository; admin or higher is required'],
    missing: '1 more approval from a member of acme/risk with admin permission or higher',
  },

  // One vote per person, latest state wins
  {
    name: 'two approvals by one person are one vote',
    policy: policyOf({ ...riskTeam, requires: { count: 2, teams: ['acme/risk'] } }),
    facts: approvedBy('rita', 'rita'),
    state: 'pending',
    summary: '1/2 required approvals',
    counted: ['rita: approved c0ffee1'],
  },
  {
    name: 'a later "changes requested" withdraws an earlier approval and disapproves',
    facts: (f) => f.reviews.push(review('rita'), review('ravi'), review('rita', 'CHANGES_REQUESTED')),
    state: 'disapproved',
    summary: 'changes requested by rita',
    counted: ['ravi: approved c0ffee1', 'rita: requested changes c0ffee1'],
    missing: 'rita must approve or have the review dismissed',
  },
  {
    name: 'a later approval revokes the same person’s request for changes',
    facts: (f) => f.reviews.push(review('rita', 'CHANGES_REQUESTED'), review('rita')),
    state: 'approved',
    counted: ['rita: approved c0ffee1'],
  },
  {
    name: 'a comment review leaves an approval standing',
    facts: (f) => f.reviews.push(review('rita'), review('rita', 'COMMENTED')),
    state: 'approved',
  },
  {
    name: 'a dismissed review removes the vote',
    facts: (f) => f.reviews.push(review('rita', 'DISMISSED')),
    state: 'pending',
    ignored: ['rita: review dismissed'],
  },
  {
    name: 'reviews are ordered by time, not by list order',
    facts: (f) => {
      const later = review('rita', 'CHANGES_REQUESTED')
      const earlier = review('rita', 'APPROVED', { submittedAt: '2026-01-01T00:00:00Z' })
      f.reviews.push(later, earlier)
    },
    state: 'disapproved',
  },

  // Disapproval
  {
    name: 'changes requested by someone not allowed to approve do not disapprove',
    facts: (f) =>
      f.reviews.push(review('lena', 'CHANGES_REQUESTED'), review('ana', 'CHANGES_REQUESTED'), review('rita')),
    state: 'approved',
    ignored: [
      'lena: requested changes; not a member of acme/risk',
      'ana: requested changes; author of the pull request',
    ],
  },
  {
    name: 'a request for changes is not invalidated by a push',
    facts: (f) =>
      f.reviews.push(review('rita', 'CHANGES_REQUESTED', { commitSha: OLD, governedDigest: 'sha256:old' })),
    state: 'disapproved',
    counted: ['rita: requested changes a1d5ha0'],
  },

  // Approvals count for the content they saw
  {
    name: 'an approval dies when governed files change',
    facts: ritaApprovedOld('sha256:old'),
    state: 'pending',
    summary: '0/1 required approvals, 1 ignored',
    ignored: ['rita: approved a1d5ha0, governed files changed since'],
  },
  {
    name: 'an approval survives a rebase that leaves governed files identical',
    facts: ritaApprovedOld(DIGEST),
    state: 'approved',
    counted: ['rita: approved a1d5ha0'],
  },
  {
    name: 'an approval of an older commit without a digest fails closed',
    facts: ritaApprovedOld(undefined),
    state: 'pending',
    ignored: ['rita: approved a1d5ha0, cannot tell whether governed files changed since'],
  },
  {
    name: 'an approval of the head commit counts without a digest',
    facts: (f) => f.reviews.push(review('rita', 'APPROVED', { governedDigest: undefined })),
    state: 'approved',
  },
  {
    name: 'invalidateOnPush: false keeps approvals across changes',
    policy: policyOf({ ...riskTeam, options: { invalidateOnPush: false } }),
    facts: ritaApprovedOld('sha256:old'),
    state: 'approved',
  },

  // Comments
  {
    name: 'comments do not approve unless the rule lists patterns',
    facts: (f) => f.comments!.push(comment('rita', 'LGTM')),
    state: 'pending',
    ignored: [],
  },
  {
    name: 'an unedited comment starting with a pattern and a space approves',
    policy: byComment('LGTM', '👍'),
    facts: (f) => f.comments!.push(comment('rita', '  LGTM ship it\n')),
    state: 'approved',
    counted: ['rita: approved by comment'],
  },
  {
    name: 'a pattern glued to punctuation does not approve',
    policy: byComment('LGTM'),
    facts: (f) => f.comments!.push(comment('rita', 'LGTM? not sure')),
    state: 'pending',
  },
  {
    name: 'a comment that is exactly a pattern approves',
    policy: byComment('LGTM', '👍'),
    facts: (f) => f.comments!.push(comment('rita', '👍')),
    state: 'approved',
    counted: ['rita: approved by comment'],
  },
  {
    name: 'an edited comment never approves',
    policy: byComment('LGTM'),
    facts: (f) => f.comments!.push(comment('rita', 'LGTM', { edited: true })),
    state: 'pending',
    ignored: ['rita: comment was edited'],
  },
  {
    name: 'a comment that merely mentions a pattern does not approve',
    policy: byComment('LGTM'),
    facts: (f) => f.comments!.push(comment('rita', 'not LGTM yet')),
    state: 'pending',
  },
  {
    name: 'a comment approval from before a governed change dies',
    policy: byComment('LGTM'),
    facts: (f) => f.comments!.push(comment('rita', 'LGTM', { governedDigest: undefined })),
    state: 'pending',
    ignored: ['rita: approved by comment, governed files may have changed since'],
  },

  // Skipped, pending, conditions
  {
    name: 'a rule whose if does not match is skipped, with the reason',
    policy: policyOf(riskTeam, lowRisk),
    facts: approvedBy('rita'),
    rule: 'low-risk',
    state: 'approved',
    status: 'skipped',
    summary: 'does not apply: no changed model is low risk (at base or head)',
  },
  {
    name: 'unmet conditions keep an approved rule pending',
    policy: policyOf({ ...riskTeam, conditions: { checks: ['modelgate/gate', 'modelgate/validate'] } }),
    facts: (f) => {
      f.checks = [{ name: 'modelgate/gate', conclusion: 'failure' }]
      f.reviews.push(review('rita'))
    },
    state: 'pending',
    summary:
      '1/1 required approvals; waiting for check "modelgate/gate" (failure) and check "modelgate/validate" (not run)',
    missing: 'check "modelgate/gate" (failure) and check "modelgate/validate" (not run) to succeed',
  },
  {
    name: 'the latest run of a check decides',
    policy: policyOf({ ...riskTeam, conditions: { checks: ['modelgate/gate'] } }),
    facts: (f) => {
      f.checks = [
        { name: 'modelgate/gate', conclusion: 'failure' },
        { name: 'modelgate/gate', conclusion: 'success' },
      ]
      f.reviews.push(review('rita'))
    },
    state: 'approved',
  },
  {
    name: 'a rule requiring nobody approves once its checks pass',
    policy: policyOf({ name: 'docs-only', conditions: { checks: ['modelgate/gate'] } }),
    state: 'approved',
    summary: 'no approval required',
  },
  {
    name: 'every rule skipped is an error, not a pass',
    policy: policyOf(lowRisk),
    state: 'error',
    status: 'skipped',
  },

  // Trees
  {
    name: 'or: one approved branch is enough',
    policy: tree('or', twoLeads),
    facts: approvedBy('rita'),
    state: 'approved',
    summary: '1 of 2 rules approved, 1 pending',
  },
  {
    name: 'and: one pending branch keeps it pending',
    policy: tree('and', twoLeads),
    facts: approvedBy('rita', 'lena'),
    state: 'pending',
    summary: '1 of 2 rules approved, 1 pending',
  },
  {
    name: 'or: an error beats an approved branch (fail closed)',
    policy: tree('or', platform),
    facts: (f) => {
      f.teamErrors = { 'acme/platform': '502 Bad Gateway' }
      f.reviews.push(review('rita'))
    },
    state: 'error',
    summary: '1 of 2 rules approved, 1 error',
  },
  {
    name: 'or: a disapproval beats an approved branch',
    policy: tree('or', platform),
    facts: (f) => f.reviews.push(review('rita'), review('pat', 'CHANGES_REQUESTED')),
    state: 'disapproved',
  },
  {
    name: 'skipped branches are left out of and',
    policy: tree('and', lowRisk),
    facts: approvedBy('rita'),
    state: 'approved',
    summary: '1 of 1 rule approved, 1 skipped',
  },
  {
    name: 'an undefined rule in the tree is an error node',
    policy: { rules: [riskTeam], approval: ['risk-team', 'risk-teem'] },
    facts: approvedBy('rita'),
    rule: 'risk-teem',
    state: 'error',
    summary: 'rule "risk-teem" is not defined in policy.rules',
  },

  // Errors fail closed
  {
    name: 'a team lookup error is an error',
    facts: (f) => {
      f.teamErrors = { 'acme/risk': '502 Bad Gateway' }
      f.reviews.push(review('rita'))
    },
    state: 'error',
    summary: 'could not list the members of acme/risk: 502 Bad Gateway',
  },
  {
    name: 'a team the gatherer did not list is an error',
    facts: (f) => {
      delete f.teams!['acme/risk']
      f.reviews.push(review('rita'))
    },
    state: 'error',
    summary: 'the members of acme/risk were not gathered',
  },

  // Model awareness
  {
    name: 'lowering the tier in the pull request does not escape the high-tier rule',
    policy: policyOf(riskTeam, lowRisk),
    facts: (f) => {
      f.models[0]!.head!.riskTier = 'low'
      f.reviews.push(review('pat'))
    },
    state: 'pending',
    status: 'pending',
    missing: '1 more approval from a member of acme/risk',
  },
  {
    name: 'raising the tier in the pull request brings in the high-tier rule',
    facts: (f) => {
      f.models[0]!.base!.riskTier = 'low'
    },
    state: 'pending',
    status: 'pending',
  },
  {
    name: 'a new high-risk model is governed by its head tier',
    facts: (f) => {
      delete f.models[0]!.base
    },
    state: 'pending',
  },
  {
    name: 'environments: matches a model that targets prod at base or head',
    policy: policyOf({
      name: 'prod',
      if: { environments: ['prod'] },
      requires: { count: 1, teams: ['acme/platform'] },
    }),
    facts: (f) => {
      f.models[0]!.head!.environments = ['staging']
      f.reviews.push(review('pat'))
    },
    state: 'approved',
  },
  {
    name: 'environments: skipped when no model targets them',
    policy: policyOf({ name: 'prod', if: { environments: ['prod'] }, requires: { count: 1 } }),
    facts: (f) => {
      f.models[0]!.base!.environments = ['dev']
      f.models[0]!.head!.environments = ['dev']
    },
    state: 'error',
    status: 'skipped',
    summary: 'does not apply: no changed model targets "prod"',
  },
  {
    name: 'the policy group is required when the pull request edits the policy',
    policy: requiredOn('policyChange', platform),
    facts: (f) => {
      f.policyChanged = true
      f.changedFiles.push({ path: '.modelgate/config.yml', status: 'modified' })
      f.reviews.push(review('rita'))
    },
    rule: 'platform',
    state: 'pending',
    status: 'pending',
    summary: 'required because the pull request edits the approval policy; 0/1 required approvals, 1 ignored',
    ignored: ['rita: not a member of acme/platform'],
  },
  {
    name: 'the policy group is not required otherwise',
    policy: requiredOn('policyChange', platform),
    facts: approvedBy('rita'),
    rule: 'platform',
    state: 'approved',
    status: 'skipped',
    summary: 'not required: the pull request does not edit the policy',
  },
  {
    name: 'an owners change requires the named rule, whatever its own if says',
    policy: requiredOn('ownersChange', { ...leads, if: { labels: ['never'] } }),
    facts: (f) => {
      f.models[0]!.head!.owners = { team: 'risk-ml', maintainers: ['@ana', '@cory'] }
      f.reviews.push(review('rita'), review('leo'))
    },
    rule: 'leads',
    state: 'approved',
    status: 'approved',
    summary: 'required because a model changes owners; 1/1 required approvals, 1 ignored',
  },
  {
    name: 'reordering maintainers is not an owners change',
    policy: requiredOn('ownersChange', leads),
    facts: (f) => {
      f.models[0]!.base!.owners = { team: 'risk-ml', maintainers: ['@ana', '@cory'] }
      f.models[0]!.head!.owners = { team: 'Risk-ML', maintainers: ['@cory', '@Ana'] }
      f.reviews.push(review('rita'))
    },
    rule: 'leads',
    state: 'approved',
    status: 'skipped',
  },
  {
    name: 'a risk tier change requires the named rule',
    policy: requiredOn('riskTierChange', leads),
    facts: (f) => {
      f.models[0]!.head!.riskTier = 'critical'
      f.reviews.push(review('rita'))
    },
    rule: 'leads',
    state: 'pending',
    status: 'pending',
  },

  // Distinct quorums
  {
    name: 'distinct: one person in both groups fills only one seat',
    policy: fourEyes({ teams: ['acme/ml-leads'], count: 1 }),
    facts: (f) => {
      f.teams!['acme/ml-leads']!.push('rita')
      f.reviews.push(review('rita'))
    },
    state: 'pending',
    summary: '1/2 required approvals (a member of acme/risk 1/1; a member of acme/ml-leads 0/1)',
    missing:
      '1 more approval from a member of acme/risk or a member of acme/ml-leads; 1 from a member of acme/ml-leads, each a different person',
  },
  {
    name: 'distinct: seats are assigned so that both groups fill whatever the order',
    policy: fourEyes({ teams: ['acme/ml-leads'], count: 1 }),
    facts: (f) => {
      f.teams!['acme/ml-leads']!.push('rita')
      f.reviews.push(review('rita'), review('ravi'))
    },
    state: 'approved',
    summary: '2/2 required approvals (a member of acme/risk 1/1; a member of acme/ml-leads 1/1)',
  },
  {
    name: 'distinct: two approvers from one group do not fill the other',
    policy: fourEyes({ users: ['pat'], count: 1 }),
    facts: approvedBy('rita', 'ravi'),
    state: 'pending',
    missing: '1 from pat, each a different person',
  },

  // Other predicates
  {
    name: 'changedPaths: a glob on a rename’s old path matches',
    policy: metricsPolicy,
    facts: (f) => {
      f.changedFiles = [
        { path: 'archive/m.json', status: 'renamed', previousPath: 'models/fraud/metrics.json' },
      ]
    },
    state: 'pending',
    status: 'pending',
  },
  {
    name: 'changedPaths: skipped when nothing matches',
    policy: metricsPolicy,
    state: 'error',
    summary: 'does not apply: no changed file matches "models/*/metrics.json"',
  },
  {
    name: 'labels and target branches must all match',
    policy: policyOf({
      name: 'release',
      if: { labels: ['Model-Change'], targetBranches: ['release/*'] },
      requires: { count: 1 },
    }),
    state: 'error',
    summary: 'does not apply: the target branch "main" matches none of "release/*"',
  },
  {
    name: 'authorIn: a team member author selects the rule',
    policy: policyOf({ name: 'by-risk', if: { authorIn: { teams: ['acme/risk'] } }, requires: { count: 1 } }),
    state: 'pending',
    status: 'pending',
  },
  {
    name: 'authorIn: a failed lookup fails closed',
    policy: policyOf({
      name: 'by-platform',
      if: { authorIn: { users: ['pat'], teams: ['acme/platform'] } },
      requires: { count: 1 },
    }),
    facts: (f) => {
      f.teamErrors = { 'acme/platform': 'timeout' }
    },
    state: 'error',
    summary: 'could not list the members of acme/platform: timeout',
  },
]

describe('evaluatePolicy', () => {
  it.each(cases)('$name', (testCase) => {
    const { decision, node } = run(testCase)
    expect(decision.state).toBe(testCase.state)
    if (testCase.status) expect(node.status).toBe(testCase.status)
    if (testCase.summary !== undefined) expect(node.summary).toBe(testCase.summary)
    if (testCase.counted) expect(votes(node.counted)).toEqual(testCase.counted)
    if (testCase.ignored) expect(votes(node.ignored)).toEqual(testCase.ignored)
    if (testCase.missing !== undefined) expect(node.missing).toBe(testCase.missing)
  })

  it('shows a rule that several triggers require once: skipped with every reason, or evaluated when one fires', () => {
    const policy: Policy = {
      rules: [riskTeam, platform],
      approval: ['risk-team'],
      require: { ownersChange: 'platform', policyChange: 'platform' },
    }
    const quiet = evaluatePolicy(policy, baseFacts()).rules.filter((node) => node.name === 'platform')
    expect(quiet.map((node) => [node.status, node.summary])).toEqual([
      ['skipped', 'not required: no model changes owners; the pull request does not edit the policy'],
    ])
    const facts = baseFacts()
    facts.policyChanged = true
    const fired = evaluatePolicy(policy, facts).rules.filter((node) => node.name === 'platform')
    expect(fired.map((node) => [node.status, node.requiredBy])).toEqual([['pending', 'policyChange']])
  })

  it('names the manifest-less folder and the fix when a touched model has neither side', () => {
    const facts = baseFacts()
    facts.models.push({ name: 'loose', file: 'models/loose/model.yaml' })
    expect(evaluatePolicy(policyOf(riskTeam), facts)).toEqual({
      state: 'error',
      summary:
        'models/loose/ changes but has no model.yaml on the base branch or at the head, so its risk tier cannot be known; add models/loose/model.yaml, or move the files out of the model folder',
      rules: [],
    })
  })

  it('says why no rule applies', () => {
    const decision = evaluatePolicy(policyOf(lowRisk), baseFacts())
    expect(decision.summary).toBe('no rule applies to this pull request; the policy must cover every change')
  })

  it('names the rules a pending decision waits for', () => {
    const decision = evaluatePolicy(
      {
        rules: [riskTeam, twoLeads],
        approval: [{ and: ['risk-team', { or: ['two-leads'] }] }],
      },
      baseFacts(),
    )
    expect(decision.summary).toBe('still pending: risk-team, two-leads')
  })

  it('evaluates a rule referenced twice once, to the same result', () => {
    const decision = evaluatePolicy(
      { rules: [riskTeam], approval: ['risk-team', { or: ['risk-team'] }] },
      baseFacts(),
    )
    expect(decision.rules[1]!.children![0]).toBe(decision.rules[0])
  })

  it('refuses a tree deeper than eight levels', () => {
    let node: Policy['approval'][number] = 'risk-team'
    for (let depth = 0; depth < 9; depth++) node = { and: [node] }
    const decision = evaluatePolicy({ rules: [riskTeam], approval: [node] }, baseFacts())
    expect(decision.state).toBe('error')
  })

  it('treats a login named like an object property as a login', () => {
    const facts = baseFacts()
    facts.reviews.push(review('constructor'), review('__proto__'))
    const decision = evaluatePolicy(policyOf(anyone(1)), facts)
    expect(decision.state).toBe('pending')
    expect(votes(decision.rules[0]!.ignored)).toEqual([
      'constructor: has no permission on the repository; write or higher is required',
      '__proto__: has no permission on the repository; write or higher is required',
    ])
  })
})

import { describe, expect, it } from 'vitest'
import { validateConfig } from '../../../core/config/validate-config.js'
import { renderEnvironmentsConfig } from '../../../core/environments/render-environments-config.js'
import { evaluatePolicy } from '../../../core/policy/evaluate-policy.js'
import type { Policy } from '../../../core/policy/policy.js'
import type { PolicyFacts } from '../../../core/policy/policy-facts.js'
import { toYamlFile } from '../../../core/render/to-yaml-file.js'
import { exampleProfiles, exampleRepo } from './environments-fixtures.js'

const HEAD = 'c0ffee1234567890c0ffee1234567890c0ffee12'
const DIGEST = 'sha256:governed-now'
const policy = () => renderEnvironmentsConfig(exampleRepo(), exampleProfiles()).policy as unknown as Policy

/**
 * A promotion pull request opened by the bot, whose one commit was authored by the requester
 * `ana`, changing `paths`; rel (acme/release), max (acme/ml-maintainers) and pat (acme/platform).
 */
function promotion(paths: string[], approvers: string[]): PolicyFacts {
  return {
    pullRequest: {
      number: 7,
      author: 'modelgate[bot]',
      baseBranch: 'main',
      headSha: HEAD,
      commits: [{ sha: HEAD, author: 'ana', committer: 'modelgate[bot]' }],
    },
    changedFiles: paths.map((path) => ({ path, status: 'modified' as const })),
    models: [],
    policyChanged: paths.some((path) => path.startsWith('.modelgate/')),
    reviews: approvers.map((user, index) => ({
      id: index + 1,
      user,
      state: 'APPROVED' as const,
      submittedAt: `2026-12-01T12:0${index}:00Z`,
      commitSha: HEAD,
      governedDigest: DIGEST,
    })),
    currentGovernedDigest: DIGEST,
    teams: {
      'acme/release': ['rel', 'ana'],
      'acme/ml-maintainers': ['max', 'ana'],
      'acme/platform': ['pat'],
    },
    permissions: { rel: 'write', ana: 'write', max: 'write', pat: 'admin' },
  }
}

describe('renderEnvironmentsConfig', () => {
  it('is a valid modelgate config, policy included', () => {
    const text = toYamlFile(renderEnvironmentsConfig(exampleRepo(), exampleProfiles()), ['header'])
    expect(validateConfig('.modelgate/config.yml', new TextEncoder().encode(text)).problems).toEqual([])
  })

  it.each([
    {
      name: 'prod approved by the release team',
      paths: ['environments/prod/m/inferenceservice.yaml'],
      approvers: ['rel'],
      state: 'approved',
    },
    {
      name: 'prod approved by a model maintainer only',
      paths: ['environments/prod/m/inferenceservice.yaml'],
      approvers: ['max'],
      state: 'pending',
    },
    {
      name: 'prod approved by the requester, a release team member',
      paths: ['environments/prod/m/inferenceservice.yaml'],
      approvers: ['ana'],
      state: 'pending',
    },
    {
      name: 'dev approved by a model maintainer',
      paths: ['environments/dev/m/inferenceservice.yaml'],
      approvers: ['max'],
      state: 'approved',
    },
    {
      name: 'the ApplicationSet approved by a model maintainer',
      paths: ['argocd/applicationset.yaml'],
      approvers: ['max'],
      state: 'pending',
    },
    {
      name: 'the ApplicationSet approved by the platform',
      paths: ['argocd/applicationset.yaml'],
      approvers: ['pat'],
      state: 'approved',
    },
    {
      name: 'the policy approved by the release team',
      paths: ['.modelgate/config.yml'],
      approvers: ['rel'],
      state: 'pending',
    },
    {
      name: 'a README change approved by the platform',
      paths: ['README.md'],
      approvers: ['pat'],
      state: 'approved',
    },
    { name: 'a file no rule names', paths: ['other/thing.yaml'], approvers: ['pat'], state: 'error' },
  ])('$name: $state', ({ paths, approvers, state }) => {
    expect(evaluatePolicy(policy(), promotion(paths, approvers)).state).toBe(state)
  })

  it('says why the requester’s approval does not count', () => {
    const decision = evaluatePolicy(
      policy(),
      promotion(['environments/prod/m/inferenceservice.yaml'], ['ana']),
    )
    const prod = decision.rules.find((rule) => rule.name === 'promote-prod')!
    expect(prod.ignored?.map((vote) => vote.login)).toEqual(['ana'])
  })

  it('lets the platform owners approve an environment that names no approvers', () => {
    const [dev, ...rest] = exampleProfiles()
    const rules = renderEnvironmentsConfig(exampleRepo(), [{ ...dev!, approvers: [] }, ...rest])
      .policy as unknown as Policy
    expect(rules.rules[0]).toMatchObject({
      name: 'promote-dev',
      requires: { count: 1, teams: ['acme/platform'] },
    })
  })

  it('turns @user approvers into users and @org/team into teams', () => {
    const [dev, ...rest] = exampleProfiles()
    const rules = renderEnvironmentsConfig(exampleRepo(), [
      { ...dev!, approvers: ['@ana', '@acme/ml'] },
      ...rest,
    ]).policy as unknown as Policy
    expect(rules.rules[0]!.requires).toEqual({ count: 1, teams: ['acme/ml'], users: ['ana'] })
  })
})

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validateConfig } from '../../../core/index.js'
import { brief } from '../../support/manifests.js'

const check = (yaml: string) => validateConfig('.modelgate/config.yml', Buffer.from(yaml))
const header = 'apiVersion: modelgate.dev/v1\nkind: Config\n'
const env = (name: string, upstream?: string) =>
  `  - name: ${name}\n${upstream ? `    upstream: ${upstream}\n` : ''}    profile: { namespace: ml-${name} }\n`

describe('validateConfig', () => {
  it('accepts the example config and returns it', () => {
    const report = validateConfig(
      '.modelgate/config.yml',
      readFileSync('examples/model-repo/.modelgate/config.yml'),
    )
    expect(report.problems).toEqual([])
    expect(report.config?.environments?.map((e) => [e.name, e.upstream])).toEqual([
      ['dev', undefined],
      ['staging', 'dev'],
      ['prod', 'staging'],
    ])
  })

  it.each([
    [
      'an upstream listed later',
      `${header}environments:\n${env('staging', 'prod')}${env('prod')}`,
      ['5:15 environment-order upstream "prod" of "staging" is listed after it'],
      'list environments in promotion order (dev, staging, prod)',
    ],
    [
      'an upstream that does not exist',
      `${header}environments:\n${env('dev')}${env('staging', 'dev')}${env('prod', 'stagng')}`,
      ['10:15 environment-order upstream "stagng" of "prod" is not an environment'],
      'did you mean "staging"?',
    ],
    [
      'an environment listed twice',
      `${header}environments:\n${env('dev')}${env('dev')}`,
      ['6:11 environment-unique environment "dev" is listed twice'],
      'give each environment one entry',
    ],
    [
      'an environment that is its own upstream',
      `${header}environments:\n${env('dev', 'dev')}`,
      ['5:15 environment-order upstream "dev" of "dev" is listed after it'],
      'list environments in promotion order (dev, staging, prod)',
    ],
    [
      'two environments sharing an Argo CD project',
      `${header}environments:\n${env('dev')}  - name: prod\n    argocd: { project: modelgate-dev }\n    profile: { namespace: ml-prod }\n`,
      [
        '7:24 environment-project-unique environments "dev" and "prod" share the Argo CD project "modelgate-dev"',
      ],
      'give each environment its own project: it bounds what that environment may deploy, and where',
    ],
    [
      'force allowed with nobody to use it',
      `${header}environments:\n  - name: prod\n    force: { allowed: true }\n    profile: { namespace: ml-prod }\n`,
      ['5:23 force-has-owners "prod" allows force, but nobody may use it'],
      'list who may force in force.by (or set approvers), or set force.allowed: false',
    ],
    [
      'an unknown rule id',
      `${header}validation:\n  rules:\n    dataset-required: off\n`,
      ['5:5 known-rule unknown rule "dataset-required"'],
      'did you mean "datasets-required"?',
    ],
    [
      'a bad severity',
      `${header}validation:\n  rules:\n    datasets-required: ignore\n`,
      ['5:24 schema/enum validation.rules.datasets-required: "ignore" is not one of: error, warning, off'],
      undefined,
    ],
    [
      'an unknown key',
      `${header}environment: []\n`,
      ['3:1 schema/additionalProperties unknown key "environment"'],
      'did you mean "environments"?',
    ],
    [
      'a bad canary in a profile',
      `${header}environments:\n  - name: prod\n    profile: { namespace: p, canary: { trafficPercent: 101 } }\n`,
      ['5:56 schema/maximum environments[0].profile.canary.trafficPercent: 101 is above the maximum 100'],
      'use a value at least 0 and at most 100',
    ],
    [
      'an approval policy naming a rule nobody defined',
      `${header}policy:\n  rules:\n    - name: owners\n      requires: { count: 1 }\n  approval: [owners, riskteam]\n`,
      ['7:22 policy-rule-defined policy.approval[1]: rule "riskteam" is not defined'],
      'defined rules: owners',
    ],
  ])('reports %s', (_, yaml, expected, hint) => {
    const report = check(yaml)
    expect(brief(report.problems)).toEqual(expected)
    expect(report.problems[0]!.hint).toBe(hint)
    expect(report.config).toBeUndefined()
  })
})

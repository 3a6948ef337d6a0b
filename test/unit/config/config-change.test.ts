import { describe, expect, it } from 'vitest'
import type { ModelgateConfig } from '../../../core/index.js'
import { configChangeProblems, DEFAULT_CONFIG, validationSettingChanges } from '../../../core/index.js'

const config = (extra: Partial<ModelgateConfig> = {}): ModelgateConfig => ({ ...DEFAULT_CONFIG, ...extra })
const profile = { namespace: 'ml-prod' }

const cases: { name: string; base: ModelgateConfig; head: ModelgateConfig; expected: string[] }[] = [
  { name: 'no config on either side', base: config(), head: config(), expected: [] },
  {
    name: 'a rule switched off',
    base: config(),
    head: config({ validation: { rules: { 'released-version-immutable': 'off' } } }),
    expected: ['released-version-immutable error → off'],
  },
  {
    name: 'a setting equal to the default is no change',
    base: config(),
    head: config({ validation: { rules: { 'version-bumped': 'error' } } }),
    expected: [],
  },
  {
    name: 'the config deleted loses a stricter setting',
    base: config({ validation: { rules: { 'gate-metric-known': 'error' } } }),
    head: config(),
    expected: ['gate-metric-known error → warning'],
  },
  {
    name: 'models.root moved (./ and trailing slashes do not count)',
    base: config({ models: { root: './models/' } }),
    head: config({ models: { root: 'registry' } }),
    expected: ['models.root models → registry'],
  },
  {
    name: 'environments added, removed and changed',
    base: config({
      environments: [
        { name: 'dev', profile },
        { name: 'prod', profile },
      ],
    }),
    head: config({
      environments: [
        { name: 'dev', profile: { namespace: 'other' } },
        { name: 'staging', profile },
      ],
    }),
    expected: ['environment dev changed', 'environment prod removed', 'environment staging added'],
  },
]

describe('validationSettingChanges', () => {
  it.each(cases)('$name', ({ base, head, expected }) => {
    expect(validationSettingChanges(base, head).map((change) => change.text)).toEqual(expected)
  })
})

describe('configChangeProblems', () => {
  it('is one warning at the first changed setting, naming every change', () => {
    const source = Buffer.from(
      'apiVersion: modelgate.dev/v1\nkind: Config\nvalidation:\n  rules:\n    version-bumped: off\n',
    )
    const changes = validationSettingChanges(
      config(),
      config({ validation: { rules: { 'version-bumped': 'off' } } }),
    )
    expect(configChangeProblems('.modelgate/config.yml', source, changes)).toEqual([
      expect.objectContaining({
        file: '.modelgate/config.yml',
        line: 5,
        rule: 'config-changed',
        severity: 'warning',
        message:
          "this change changes validation settings: version-bumped error → off; the base revision's settings apply until it is merged",
      }),
    ])
  })

  it('is placed at 1:1 when the head has no config file', () => {
    const changes = [{ path: ['models', 'root'], text: 'models.root models → x' }]
    expect(configChangeProblems('.modelgate/config.yml', undefined, changes)[0]).toMatchObject({
      line: 1,
      column: 1,
    })
  })

  it('is nothing without changes', () => {
    expect(configChangeProblems('.modelgate/config.yml', undefined, [])).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { suggest } from '../../core/suggest.js'

describe('suggest', () => {
  it.each([
    ['riskTeir', ['riskTier', 'artifact'], 'riskTier'],
    ['risktier', ['riskTier'], 'riskTier'],
    ['artefact', ['artifact', 'owners'], 'artifact'],
    ['xgbost', ['sklearn', 'xgboost'], 'xgboost'],
    ['hgh', ['low', 'medium', 'high', 'critical'], 'high'],
    ['datasetz', ['datasets', 'metrics'], 'datasets'],
  ])('suggests the closest word for %s', (word, candidates, expected) => {
    expect(suggest(word, candidates)).toBe(expected)
  })

  it.each([
    ['color', ['riskTier', 'artifact']],
    ['x', ['riskTier']],
    ['serving-config', ['serving', 'monitoring']],
  ])('suggests nothing when %s is not close to any candidate', (word, candidates) => {
    expect(suggest(word, candidates)).toBeUndefined()
  })
})

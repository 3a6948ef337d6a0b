import { describe, expect, it } from 'vitest'
import { matchGlob } from '../../../core/policy/match-glob.js'

describe('matchGlob', () => {
  it.each([
    ['models/*/model.yaml', 'models/fraud/model.yaml', true],
    ['models/*/model.yaml', 'models/fraud/v2/model.yaml', false],
    ['models/**/model.yaml', 'models/model.yaml', true],
    ['models/**/model.yaml', 'models/a/b/c/model.yaml', true],
    ['models/**', 'models/a/metrics.json', true],
    ['models/**', 'modelsx/a', false],
    ['**', 'anything/at/all', true],
    ['.modelgate/**', '.modelgate/config.yml', true],
    ['release/*', 'release/1.2', true],
    ['release/*', 'release', false],
    ['*.yaml', 'models/a.yaml', false],
    ['model?.yaml', 'model1.yaml', true],
    ['model?.yaml', 'model/.yaml', false],
    ['models/(a|b)/x', 'models/a/x', false],
    ['models/(a|b)/x', 'models/(a|b)/x', true],
    ['a.c', 'abc', false],
    ['[ab]', 'a', false],
    ['*a*b*', 'xxaxxbxx', true],
  ])('%s against %s is %s', (glob, path, expected) => {
    expect(matchGlob(glob, path)).toBe(expected)
  })

  it('stays fast on patterns that make backtracking regexes explode', () => {
    const started = performance.now()
    expect(matchGlob('*a*a*a*a*a*a*a*a*b', 'a'.repeat(5000))).toBe(false)
    expect(matchGlob(`${'**/'.repeat(30)}x`, `${'a/'.repeat(200)}y`)).toBe(false)
    expect(performance.now() - started).toBeLessThan(1000)
  })
})

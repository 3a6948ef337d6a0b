import { describe, expect, it } from 'vitest'
import { matchGlob } from '../../../core/policy/match-glob.js'
import { listGovernedContent } from '../../../core/policy/list-governed-content.js'

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

describe('listGovernedContent', () => {
  it('lists governed files by path with their blob ids, ignoring the rest', () => {
    const text = listGovernedContent(
      [
        { path: 'README.md', blobSha: 'aaa' },
        { path: 'models/b/model.yaml', blobSha: 'bbb' },
        { path: '.modelgate/config.yml', blobSha: 'ccc' },
        { path: 'models/a/metrics.json', blobSha: 'ddd' },
      ],
      ['models/**', '.modelgate/**'],
    )
    expect(text).toBe('ccc .modelgate/config.yml\nddd models/a/metrics.json\nbbb models/b/model.yaml\n')
  })

  it('is the same for the same content in any order, and escapes newlines in paths', () => {
    const a = listGovernedContent(
      [
        { path: 'models/x', blobSha: '1' },
        { path: 'models/y', blobSha: '2' },
      ],
      ['models/**'],
    )
    const b = listGovernedContent(
      [
        { path: 'models/y', blobSha: '2' },
        { path: 'models/x', blobSha: '1' },
      ],
      ['models/**'],
    )
    expect(a).toBe(b)
    expect(listGovernedContent([{ path: 'models/a\n2 models/b', blobSha: '1' }], ['models/**'])).toBe(
      '1 models/a\\n2 models/b\n',
    )
  })
})

import { describe, expect, it } from 'vitest'
import {
  governedLinkProblem,
  governedPaths,
  listGovernedContent,
  SYMLINK_MODE,
} from '../../../core/policy/list-governed-content.js'

describe('listGovernedContent', () => {
  it('lists governed files by path with their modes and blob ids, ignoring the rest', () => {
    const text = listGovernedContent(
      [
        { path: 'README.md', blobSha: 'aaa' },
        { path: 'models/b/model.yaml', blobSha: 'bbb' },
        { path: '.modelgate/config.yml', blobSha: 'ccc' },
        { path: 'models/a/metrics.json', blobSha: 'ddd' },
      ],
      ['models/**', '.modelgate/**'],
    )
    expect(text).toBe(
      '100644 ccc .modelgate/config.yml\n100644 ddd models/a/metrics.json\n100644 bbb models/b/model.yaml\n',
    )
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
      '100644 1 models/a\\n2 models/b\n',
    )
  })

  it.each([
    { name: 'a mode change', entry: { path: 'models/a/run.sh', blobSha: '1', mode: '100755' } },
    { name: 'a file replaced by a link', entry: { path: 'models/a/run.sh', blobSha: '1', mode: '120000' } },
    {
      name: 'a submodule under the root',
      entry: { path: 'models/a/vendor', blobSha: 'e'.repeat(40), mode: '160000' },
    },
  ])('tells $name from the regular file', ({ entry }) => {
    const regular = [{ path: 'models/a/run.sh', blobSha: '1', mode: '100644' }]
    const changed = entry.path === 'models/a/run.sh' ? [entry] : [...regular, entry]
    expect(listGovernedContent(changed, ['models/**'])).not.toBe(listGovernedContent(regular, ['models/**']))
  })
})

describe('governedPaths', () => {
  it.each([
    { root: 'models', expected: ['models/**', '.modelgate/**'] },
    { root: './registry/', expected: ['registry/**', '.modelgate/**'] },
    { root: 'ml/models', expected: ['ml/models/**', '.modelgate/**'] },
    { root: '.', expected: ['**'] },
  ])('defaults to the models root $root and the config', ({ root, expected }) => {
    expect(governedPaths({}, root)).toEqual(expected)
  })

  it('takes the policy’s own list when it has one', () => {
    expect(governedPaths({ governed: ['**'] }, 'registry')).toEqual(['**'])
  })
})

describe('governedLinkProblem', () => {
  const link = (path: string) => ({ path, blobSha: '1', mode: SYMLINK_MODE })
  it.each([
    {
      name: 'a link to a metrics file outside the root',
      tree: [link('models/a/metrics.json')],
      found: /^models\/a\/metrics\.json is a symbolic link/,
    },
    {
      name: 'a link in the config folder',
      tree: [link('.modelgate/config.yml')],
      found: /^\.modelgate\/config\.yml is a symbolic link/,
    },
    {
      name: 'five links (three named)',
      tree: ['a', 'b', 'c', 'd', 'e'].map((n) => link(`models/${n}/m`)),
      found: /^models\/a\/m, models\/b\/m, models\/c\/m and 2 more are symbolic links/,
    },
    {
      name: 'a link with a newline in its name',
      tree: [link('models/a/x\ny')],
      found: /^models\/a\/x\\ny is a symbolic link/,
    },
  ])('refuses $name, saying how to fix it', ({ tree, found }) => {
    const problem = governedLinkProblem(tree, ['models/**', '.modelgate/**'])
    expect(problem).toMatch(found)
    expect(problem).toMatch(/replace each link by the file it points to$/)
  })

  it('accepts links outside governed paths, files and submodules', () => {
    const tree = [
      link('docs/latest'),
      { path: 'models/a/model.yaml', blobSha: '2' },
      { path: 'models/a/vendor', blobSha: '3', mode: '160000' },
    ]
    expect(governedLinkProblem(tree, ['models/**'])).toBeUndefined()
  })
})

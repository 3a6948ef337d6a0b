import { describe, expect, it } from 'vitest'
import { manifestPathOf, modelOfPath, modelsTouchedBy, normalizeModelsRoot } from '../../../core/index.js'

describe('modelsTouchedBy', () => {
  it.each([
    { name: 'a metrics file alone touches its model', paths: ['models/a/metrics.json'], expected: ['a'] },
    { name: 'a nested eval file touches its model', paths: ['models/a/eval/x/report.json'], expected: ['a'] },
    { name: 'the manifest touches its model', paths: ['models/a/model.yaml'], expected: ['a'] },
    { name: 'files outside the root touch nothing', paths: ['README.md', 'src/models/a/x'], expected: [] },
    { name: 'a file directly in the root touches nothing', paths: ['models/README.md'], expected: [] },
    { name: 'a dot folder is not a model', paths: ['models/.github/x.yml'], expected: [] },
    {
      name: 'both sides of a rename count',
      paths: ['models/b/model.yaml', 'models/a/model.yaml'],
      expected: ['a', 'b'],
    },
    { name: 'absent previous paths are skipped', paths: ['models/b/x', undefined], expected: ['b'] },
    {
      name: 'duplicates collapse, sorted',
      paths: ['models/z/1', 'models/a/2', 'models/z/3'],
      expected: ['a', 'z'],
    },
  ])('$name', ({ paths, expected }) => {
    expect(modelsTouchedBy(paths, 'models')).toEqual(expected)
  })

  it('honours a configured root, with ./ and trailing slashes', () => {
    expect(modelsTouchedBy(['registry/a/metrics.json', 'models/b/model.yaml'], './registry/')).toEqual(['a'])
  })

  it('with the repository root as models root, top-level folders are models except dot folders', () => {
    expect(modelsTouchedBy(['a/metrics.json', '.modelgate/config.yml', 'README.md'], '.')).toEqual(['a'])
  })

  it('a prefix that is only a name prefix is not the root', () => {
    expect(modelOfPath('models2/a/model.yaml', 'models')).toBeUndefined()
  })
})

describe('manifestPathOf / normalizeModelsRoot', () => {
  it('joins the normalised root, the name and model.yaml', () => {
    expect(manifestPathOf('./ml/models/', 'fraud')).toBe('ml/models/fraud/model.yaml')
    expect(manifestPathOf('.', 'fraud')).toBe('fraud/model.yaml')
    expect(normalizeModelsRoot('././models//')).toBe('models')
  })
})

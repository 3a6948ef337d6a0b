import { describe, expect, it } from 'vitest'
import { scaffoldModelRepo } from '../../../core/init/scaffold-model-repo.js'

describe('scaffoldModelRepo', () => {
  it('writes a config, an example manifest, CODEOWNERS and the given workflows, all valid', () => {
    const { files, problems } = scaffoldModelRepo([{ path: 'modelgate-pr.yml', content: 'name: pr\n' }])
    expect(problems).toEqual([])
    expect(files.map((file) => file.path)).toEqual([
      '.github/CODEOWNERS',
      '.github/workflows/modelgate-pr.yml',
      '.modelgate/config.yml',
      'models/example/model.yaml',
    ])
    expect(files[1]!.content).toBe('name: pr\n')
  })

  it('gives the platform the config and the workflows in CODEOWNERS, after the model maintainers', () => {
    const codeowners = scaffoldModelRepo([]).files.find((file) => file.path === '.github/CODEOWNERS')!
    const rules = codeowners.content.split('\n').filter((line) => line !== '' && !line.startsWith('#'))
    expect(rules).toEqual([
      '* @your-org/ml-maintainers',
      '/.modelgate/ @your-org/platform',
      '/.github/ @your-org/platform',
    ])
  })
})

import { describe, expect, it } from 'vitest'
import { renderCodeowners } from '../../../core/environments/render-codeowners.js'
import { matchGlob } from '../../../core/policy/match-glob.js'
import { exampleProfiles, exampleRepo } from './environments-fixtures.js'

/** The owners GitHub picks for `path`: the last line whose pattern matches it (the patterns used here). */
function ownersOf(codeowners: string, path: string): string[] {
  const lines = codeowners.split('\n').filter((line) => line !== '' && !line.startsWith('#'))
  let owners: string[] = []
  for (const line of lines) {
    const [pattern, ...rest] = line.split(' ')
    const glob = pattern === '*' ? '**' : `${pattern!.slice(1)}**`
    if (matchGlob(glob, path)) owners = rest
  }
  return owners
}

describe('renderCodeowners', () => {
  const codeowners = renderCodeowners(exampleRepo(), exampleProfiles())

  it.each([
    ['environments/prod/fraud-detector/inferenceservice.yaml', ['@acme/release']],
    ['environments/dev/churn-predictor/prometheusrule.yaml', ['@acme/ml-maintainers']],
    ['argocd/projects/prod.yaml', ['@acme/platform']],
    ['.github/CODEOWNERS', ['@acme/platform']],
    ['.modelgate/config.yml', ['@acme/platform']],
    ['README.md', ['@acme/platform']],
  ])('%s is owned by %j', (path, owners) => {
    expect(ownersOf(codeowners, path)).toEqual(owners)
  })

  it('leaves an environment without approvers with the platform owners', () => {
    const [dev, ...rest] = exampleProfiles()
    const text = renderCodeowners(exampleRepo(), [{ ...dev!, approvers: [] }, ...rest])
    expect(text).not.toContain('/environments/dev/')
    expect(ownersOf(text, 'environments/dev/x/inferenceservice.yaml')).toEqual(['@acme/platform'])
  })

  it('follows the configured environments folder', () => {
    const text = renderCodeowners({ ...exampleRepo(), path: 'deploy' }, exampleProfiles())
    expect(ownersOf(text, 'deploy/prod/m/inferenceservice.yaml')).toEqual(['@acme/release'])
  })
})

import { readFileSync } from 'node:fs'
import semver from 'semver'
import { describe, expect, it } from 'vitest'

/*
 * package.json's `engines.node` against what every installed package declares (package-lock.json):
 * the range must admit no Node that a dependency refuses, and docs/deploy.md's account of why it
 * starts at 22 must stay true.
 */

interface LockEntry {
  version: string
  dev?: boolean
  engines?: { node?: string }
}
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> }
const engines = (JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } }).engines
  .node
const declared = Object.entries(lock.packages)
  .filter(([path, entry]) => path !== '' && entry.engines?.node)
  .map(([path, entry]) => ({
    name: path.replace(/^.*node_modules\//, ''),
    range: entry.engines!.node!,
    runtime: !entry.dev,
  }))

describe('engines.node', () => {
  it('admits only Node versions every installed package supports, runtime and dev', () => {
    expect(declared.length).toBeGreaterThan(100)
    expect(declared.filter(({ range }) => !semver.subset(engines, range))).toEqual([])
  })

  it('starts at 22 because a runtime dependency does: content-type (via @octokit/request) refuses Node 20', () => {
    const refusing20 = declared.filter(({ range, runtime }) => runtime && !semver.satisfies('20.19.0', range))
    expect(refusing20.map(({ name, range }) => `${name} ${range}`)).toEqual(['content-type >=22'])
  })

  it('on the 22 line, starts at 22.13 because the dev tools do (ESLint 10)', () => {
    expect(semver.satisfies('22.12.0', engines)).toBe(false)
    expect(declared.find(({ name }) => name === 'eslint')?.range).toBe('^20.19.0 || ^22.13.0 || >=24')
  })
})

import semver from 'semver'
import { describe, expect, it } from 'vitest'
import { isLowerVersion, nextMinor, parseVersion } from '../../../core/manifest/semver.js'
import manifestSchema from '../../../schemas/model-manifest.schema.json' with { type: 'json' }

/*
 * Our SemVer (core/manifest/semver.ts) against the `semver` package it replaced, over every
 * version the manifest schema admits that a generator can reach: the same versions valid, the same
 * order, the same next minor. Outside the schema's versions ours is stricter on purpose (no `v`,
 * no spaces): those are listed with their answers.
 */

const cores = ['0.0.0', '0.0.1', '0.1.0', '1.0.0', '1.2.3', '1.10.0', '2.0.0', '10.0.0']
const prereleases = [
  '',
  'alpha',
  'alpha.1',
  'alpha.beta',
  'alpha.10',
  'alpha.2',
  'beta',
  'beta.11',
  'rc.1',
  '1',
  '0',
  'x-y.7',
]
const builds = ['', '+build.1', '+001', '+exp.sha.5114f85']
const versions = cores.flatMap((core) =>
  prereleases.flatMap((pre) => builds.map((build) => `${core}${pre ? `-${pre}` : ''}${build}`)),
)

describe('SemVer against the semver package', () => {
  it('admits exactly the versions it admits, among those the manifest schema admits', () => {
    const schemaVersion = new RegExp(manifestSchema.$defs.semver.pattern)
    expect(versions.length).toBeGreaterThan(300)
    for (const version of versions) {
      expect(schemaVersion.test(version), version).toBe(true)
      expect(parseVersion(version) !== undefined, version).toBe(semver.valid(version) !== null)
    }
  })

  it('orders every pair as it does', () => {
    for (const a of versions)
      for (const b of versions) expect(isLowerVersion(a, b), `${a} < ${b}`).toBe(semver.lt(a, b))
  })

  it('gives the same next minor', () => {
    for (const version of versions) expect(nextMinor(version), version).toBe(semver.inc(version, 'minor'))
  })

  it.each([
    ['v1.2.3', 'a leading v (the schema says: drop it)'],
    [' 1.2.3', 'spaces'],
    ['01.2.3', 'a leading zero'],
    ['1.2', 'two parts'],
    ['1.2.3-01', 'a numeric identifier with a leading zero'],
    ['1.2.3-', 'an empty prerelease'],
    ['9007199254740992.0.0', 'a part beyond 2^53'],
    [`1.2.3-${'a'.repeat(260)}`, 'more than 256 characters'],
  ])('%s is not a version: %s', (text) => {
    expect(parseVersion(text)).toBeUndefined()
    expect(isLowerVersion(text, '9.9.9')).toBe(false)
    expect(nextMinor(text)).toBeUndefined()
  })
})

/**
 * The SemVer 2.0.0 the rules need — parse, precedence, the next minor — for versions as the
 * manifest schema admits them (`$defs/semver`: no leading `v`, no spaces). Our own few lines rather
 * than the `semver` package, whose load (dozens of regular expressions built at start-up) was a
 * measurable part of an action's start; a differential test holds them to its answers.
 */
export interface Version {
  major: number
  minor: number
  patch: number
  /** Dot-separated identifiers after `-`; empty for a release. Build metadata is ignored. */
  prerelease: string[]
}

const IDENTIFIER = '(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)'
const VERSION = new RegExp(
  `^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-(${IDENTIFIER}(?:\\.${IDENTIFIER})*))?(?:\\+[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*)?$`,
)
/** Longer strings are not versions (as for the `semver` package). */
const MAX_LENGTH = 256

/** The version `text` names, or `undefined` when it is not SemVer 2.0.0. */
export function parseVersion(text: string): Version | undefined {
  if (text.length > MAX_LENGTH) return undefined
  const found = VERSION.exec(text)
  if (!found) return undefined
  const [major, minor, patch] = [found[1], found[2], found[3]].map(Number) as [number, number, number]
  // Beyond 2^53 numbers lose precision, so comparisons would lie: not a version.
  if (![major, minor, patch].every(Number.isSafeInteger)) return undefined
  return { major, minor, patch, prerelease: found[4] ? found[4].split('.') : [] }
}

/** Negative when `a` precedes `b`, positive when it follows, 0 when they are equal (build ignored). */
export function compareVersions(a: Version, b: Version): number {
  return (
    a.major - b.major ||
    a.minor - b.minor ||
    a.patch - b.patch ||
    comparePrereleases(a.prerelease, b.prerelease)
  )
}

/** Whether `a` is a lower version than `b`; `false` when either is not a version. */
export function isLowerVersion(a: string, b: string): boolean {
  const [left, right] = [parseVersion(a), parseVersion(b)]
  return left !== undefined && right !== undefined && compareVersions(left, right) < 0
}

/** The next minor release: `1.2.3` → `1.3.0`; a prerelease of a minor (`1.3.0-rc.1`) → `1.3.0`. */
export function nextMinor(text: string): string | undefined {
  const version = parseVersion(text)
  if (!version) return undefined
  const { major, minor, patch, prerelease } = version
  return patch === 0 && prerelease.length > 0 ? `${major}.${minor}.0` : `${major}.${minor + 1}.0`
}

/** A release follows its prereleases; identifiers compare numerically when both are numbers. */
function comparePrereleases(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return b.length - a.length
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const [x, y] = [a[i], b[i]]
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1
    if (x === y) continue
    const [xNumeric, yNumeric] = [/^\d+$/.test(x), /^\d+$/.test(y)]
    if (xNumeric && yNumeric) return Number(x) - Number(y)
    if (xNumeric !== yNumeric) return xNumeric ? -1 : 1
    return x < y ? -1 : 1
  }
  return 0
}

import type { RiskTier } from '../manifest/manifest.js'
import { RISK_TIERS } from '../manifest/manifest.js'
import type { PolicyFacts } from './policy-facts.js'
import type { Permission } from './policy.js'
import { PERMISSIONS } from './policy.js'

/**
 * The facts, normalised once for every rule: logins and team slugs lowercased (GitHub compares them
 * case-insensitively), maps without prototypes, so a login named `constructor` is just a login.
 */
export interface PolicyContext {
  facts: PolicyFacts
  author: string
  /** Commit authors and committers other than the pull request's author, with the first commit each made. */
  contributors: Map<string, { sha: string; role: 'author' | 'committer' }>
  /** Commits linked to no account (neither author nor committer): their contributor is unknown. */
  unattributed: string[]
  bots: Set<string>
  teams: Map<string, Set<string>>
  teamErrors: Map<string, string>
  permissions: Map<string, Permission>
  /** The higher of base and head tier, per changed model. */
  tiers: RiskTier[]
}

export function buildPolicyContext(facts: PolicyFacts): PolicyContext {
  const author = normalizeLogin(facts.pullRequest.author)
  const contributors = new Map<string, { sha: string; role: 'author' | 'committer' }>()
  const unattributed: string[] = []
  for (const commit of facts.pullRequest.commits ?? []) {
    if (!commit.author && !commit.committer) unattributed.push(commit.sha)
    for (const [login, role] of [
      [commit.author, 'author'],
      [commit.committer, 'committer'],
    ] as const) {
      const who = login === undefined ? undefined : normalizeLogin(login)
      if (who && who !== author && !contributors.has(who)) contributors.set(who, { sha: commit.sha, role })
    }
  }
  return {
    facts,
    author,
    contributors,
    unattributed,
    bots: new Set((facts.bots ?? []).map(normalizeLogin)),
    teams: new Map(
      Object.entries(facts.teams ?? {}).map(([team, members]) => [
        normalizeTeam(team),
        new Set(members.map(normalizeLogin)),
      ]),
    ),
    teamErrors: new Map(
      Object.entries(facts.teamErrors ?? {}).map(([team, error]) => [normalizeTeam(team), error]),
    ),
    permissions: new Map(
      Object.entries(facts.permissions ?? {}).map(([login, level]) => [normalizeLogin(login), level]),
    ),
    tiers: facts.models.map(({ base, head }) => higherTier(base?.riskTier, head?.riskTier)),
  }
}

/** `@Ana-Ortiz` → `ana-ortiz`. */
export function normalizeLogin(login: string): string {
  return login.replace(/^@/, '').toLowerCase()
}

export function normalizeTeam(team: string): string {
  return team.replace(/^@/, '').toLowerCase()
}

/** Whether `level` is at least `minimum`; `undefined` (no access) is below every level. */
export function hasPermission(level: Permission | undefined, minimum: Permission): boolean {
  return level !== undefined && PERMISSIONS.indexOf(level) >= PERMISSIONS.indexOf(minimum)
}

/** A short commit id for messages. */
export function shortSha(sha: string): string {
  return sha.slice(0, 7)
}

function higherTier(base: RiskTier | undefined, head: RiskTier | undefined): RiskTier {
  const rank = (tier: RiskTier | undefined) => (tier === undefined ? -1 : RISK_TIERS.indexOf(tier))
  // A model with neither side is malformed facts: assume the worst rather than the best.
  return (rank(base) >= rank(head) ? base : head) ?? 'critical'
}

/**
 * The members of a team, or the reason they are unknown: a lookup error, or a team the gatherer
 * did not list. Either way a rule that needs the team fails closed.
 */
export function teamMembers(context: PolicyContext, team: string): Set<string> | { error: string } {
  const slug = normalizeTeam(team)
  const error = context.teamErrors.get(slug)
  if (error !== undefined) return { error: `could not list the members of ${team}: ${error}` }
  return context.teams.get(slug) ?? { error: `the members of ${team} were not gathered` }
}

/** `a`, `a or b`, `a, b or c`. */
export function listWords(words: readonly string[], conjunction: 'and' | 'or' = 'or'): string {
  if (words.length <= 1) return words.join('')
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)!}`
}

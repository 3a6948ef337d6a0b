import type { RulesetBody } from './ruleset.js'

/** A ruleset as `repos/get-repo-rulesets` lists it (the fields the plan reads). */
export interface ListedRuleset {
  id: number
  name: string
  /** `Repository` for the repository's own; organisation rulesets are never touched. */
  source_type?: string
}

/** One request to make: create a ruleset, or replace the one of the same name. */
export type RulesetWrite =
  { action: 'create'; body: RulesetBody } | { action: 'update'; id: number; body: RulesetBody }

/**
 * The writes that make a repository's rulesets hold `wanted`: a ruleset of the repository with
 * the same name is updated in place (same id, so running again changes nothing else), any other
 * is created. Rulesets of other names, and those inherited from an organisation, are left alone.
 *
 * @example
 * planRulesetWrites([{ id: 12, name: 'modelgate', source_type: 'Repository' }], [modelgate])
 * // [{ action: 'update', id: 12, body: modelgate }]
 */
export function planRulesetWrites(
  existing: readonly ListedRuleset[],
  wanted: readonly RulesetBody[],
): RulesetWrite[] {
  const own = existing.filter((ruleset) => (ruleset.source_type ?? 'Repository') === 'Repository')
  return wanted.map((body) => {
    const found = own.find((ruleset) => ruleset.name === body.name)
    return found === undefined ? { action: 'create', body } : { action: 'update', id: found.id, body }
  })
}

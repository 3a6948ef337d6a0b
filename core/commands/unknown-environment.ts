import { suggest } from '../suggest.js'
import { isName } from './command-tokens.js'

/** How many environment names a message lists. */
const MAX_LISTED = 20

/**
 * The reply when a command names an environment the config lacks: the closest known one, if
 * any, and the known ones (at most 20 listed). The name asked for appears only when it is a
 * well-formed environment name.
 * @example unknownEnvironment('prdo', ['staging', 'prod']) // 'no environment prdo; did you mean prod? The environments are staging, prod.'
 */
export function unknownEnvironment(env: string, known: readonly string[]): string {
  const near = suggest(env, known)
  const named = isName('environment', env) ? `no environment ${env}` : 'no such environment'
  if (known.length === 0) return `${named}: the config names no environments`
  const hint = near ? `; did you mean ${near}?` : '.'
  const listed = known.slice(0, MAX_LISTED).join(', ')
  const more = known.length > MAX_LISTED ? ` and ${known.length - MAX_LISTED} more` : ''
  return `${named}${hint} The environments are ${listed}${more}.`
}

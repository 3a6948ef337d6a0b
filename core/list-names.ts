/** At most this many names are listed in a message ("environments: a, b, …"). */
export const MAX_LISTED = 20

/**
 * Names for a message, comma-separated and bounded: past {@link MAX_LISTED}, the rest are counted,
 * so a long list from a repository (versions, models) cannot flood a reason.
 * @example listNames(['dev', 'prod']) // 'dev, prod'; listNames([]) // 'none'
 */
export function listNames(names: readonly string[]): string {
  if (names.length === 0) return 'none'
  const shown = names.slice(0, MAX_LISTED).join(', ')
  return names.length > MAX_LISTED ? `${shown}, and ${names.length - MAX_LISTED} more` : shown
}

/** Most files GitHub lists for a pull request (`pulls/list-files`); `changed_files` counts them all. */
export const MAX_LISTED_FILES = 3000

/** Most commits GitHub lists for a pull request (`pulls/list-commits`); `commits` counts them all. */
export const MAX_LISTED_COMMITS = 250

/**
 * Whether a list GitHub caps at `cap` may miss entries: fewer listed than the pull request counts
 * (`changed_files`, `commits`), or, when the count is not known (review payloads and list answers
 * do not carry it), as many as the cap. The ONE answer for the bot and the actions: a change
 * judged from a cut-short list can hide a model (3,000 padding files once hid a swapped artifact).
 * @example mayBeCutShort(3000, MAX_LISTED_FILES, 3001) // true
 * @example mayBeCutShort(250, MAX_LISTED_COMMITS, 250) // false: all 250 listed
 */
export function mayBeCutShort(listed: number, cap: number, counted: number | undefined): boolean {
  return counted === undefined ? listed >= cap : listed < counted
}

import type { ErrorObject } from 'ajv'

/** The most schema errors described for one document: enough to fix it, bounded for a hostile one. */
export const MAX_SCHEMA_ERRORS = 50

/** What {@link foldSchemaErrors} kept: at most `limit` errors to describe, and how many it left out. */
export interface FoldedSchemaErrors {
  errors: ErrorObject[]
  /** Errors that would have been described past the limit ("and N more"). */
  more: number
  /** The first of those, where the "and N more" note is placed. */
  next?: ErrorObject
}

/**
 * The one place a validator's errors are folded before they are described (manifests, configs,
 * policies, gate files and diff reports all come here). An `anyOf` error stands for the errors of
 * its branches at the same place, which are dropped; `skip` drops errors the caller reports
 * another way. Linear in the number of errors (the branches are found through a map keyed by
 * instance path, never by rescanning the list), and at most `limit` errors are kept, so a
 * document with an error in each of 8,000 list items costs one pass and `limit` descriptions.
 * @example foldSchemaErrors(validate.errors ?? []).errors // one error per bad value, anyOf branches folded
 */
export function foldSchemaErrors(
  errors: readonly ErrorObject[],
  limit = MAX_SCHEMA_ERRORS,
  skip: (error: ErrorObject) => boolean = () => false,
): FoldedSchemaErrors {
  const alternatives = new Map<string, string[]>()
  for (const error of errors) {
    if (error.keyword !== 'anyOf') continue
    const paths = alternatives.get(error.instancePath)
    if (paths) paths.push(`${error.schemaPath}/`)
    else alternatives.set(error.instancePath, [`${error.schemaPath}/`])
  }
  const kept: ErrorObject[] = []
  let more = 0
  let next: ErrorObject | undefined
  for (const error of errors) {
    // Only the anyOf errors at this very value can fold it; a schema nests a handful at most.
    const branchOf = alternatives.get(error.instancePath) ?? []
    if (branchOf.some((prefix) => error.schemaPath.startsWith(prefix)) || skip(error)) continue
    if (kept.length < limit) kept.push(error)
    else {
      next ??= error
      more++
    }
  }
  return { errors: kept, more, ...(next ? { next } : {}) }
}

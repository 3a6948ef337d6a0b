/** An error answered the way GitHub answers it: a status and a `message` (plus `errors` for 422). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** GitHub's `errors`: objects for validation failures, plain strings for some (reviews). */
    readonly errors?: ({ resource?: string; field?: string; code: string; message?: string } | string)[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }
}

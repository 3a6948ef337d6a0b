/** An error answered the way GitHub answers it: a status and a `message` (plus `errors` for 422). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: { resource?: string; field?: string; code: string; message?: string }[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }
}

/**
 * A mistake the user can fix (a bad path, an unknown revision, an option out of range): the CLI
 * exits 2 and an action fails its step with the message alone, never a stack trace.
 */
export class UsageError extends Error {
  override name = 'UsageError'
}

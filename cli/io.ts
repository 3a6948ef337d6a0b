/** What a command may touch besides the file system: its working directory and output streams. */
export interface CliIo {
  cwd: string
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
}

/** A mistake in how the command was called (unknown option, missing path…): exit code 2, no stack trace. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 3 } as const

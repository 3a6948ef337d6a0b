/** What a command may touch besides the file system: its working directory and output streams. */
export interface CliIo {
  cwd: string
  /** The environment (`GITHUB_TOKEN`, `GITHUB_API_URL`); `process.env` when absent. */
  env?: Readonly<Record<string, string | undefined>>
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
}

export { UsageError } from '../local/errors.js'

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 3 } as const

/** The chat-ops verbs, in the order `/help` lists them. */
export const VERBS = ['promote', 'rollback', 'hold', 'unhold', 'help'] as const

/** One of the chat-ops verbs (`/promote`, `/rollback`, `/hold`, `/unhold`, `/help`). */
export type Verb = (typeof VERBS)[number]

/**
 * What a comment asks for, every name and version already checked against its strict pattern.
 * Environments are not checked against the config here: the bot does that (see `unknownEnvironment`).
 */
export type Command =
  | { verb: 'promote'; model: string; version?: string; environment: string; reason?: string }
  | { verb: 'rollback'; model: string; environment: string; version?: string; reason?: string }
  | { verb: 'hold'; environment: string; model?: string; reason?: string }
  | { verb: 'unhold'; environment: string; model?: string }
  | { verb: 'help'; topic?: Verb }

/**
 * The outcome of reading one comment: no command of ours (`none`: stay silent), one command,
 * one command that cannot be read (`invalid`: reply with the message and usage), or more than
 * one command line (`multiple`: reply, do nothing). `line` numbers count from 1.
 */
export type ParsedComment =
  | { kind: 'none' }
  | { kind: 'command'; command: Command; line: number }
  | { kind: 'invalid'; verb?: Verb; message: string; usage?: string; line: number }
  | { kind: 'multiple'; lines: number[] }

/** The usage line of each verb, as replies and `/help` show it. */
export const USAGE: Record<Verb, string> = {
  promote: '/promote <model>[@<version>] to <env>',
  rollback: '/rollback <model> in <env> [to <version>]',
  hold: '/hold <env> [<model>] [reason…]',
  unhold: '/unhold <env> [<model>]',
  help: '/help [promote|rollback|hold|unhold]',
}

/** The longest reason a command takes, in characters. */
export const MAX_REASON_LENGTH = 500

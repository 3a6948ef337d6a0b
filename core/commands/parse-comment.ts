import type { Command, ParsedComment, Verb } from './command.js'
import { MAX_REASON_LENGTH, USAGE, VERBS } from './command.js'
import { findForbiddenCharacter } from './command-tokens.js'
import { parseCommandLine } from './parse-command-line.js'
import type { VisibleLine } from './visible-lines.js'
import { visibleLines } from './visible-lines.js'

/** `/verb` at the start of a line (after at most 3 spaces), the verb ending the word. */
const COMMAND_START = /^ {0,3}\/([A-Za-z]+)(?![A-Za-z0-9_/-])/

/**
 * Reads the chat-ops command in a comment body (`issue_comment.created`). A command is a line of
 * ordinary text (see `visibleLines`: not code, quote or HTML comment) starting, after at most 3
 * spaces, with `/promote`, `/rollback`, `/hold`, `/unhold` or `/help` (any case). Other `/words`
 * belong to other bots: `none`. Two command lines or more: `multiple`, so nothing is done.
 *
 * The command line is plain ASCII without quotes, backticks or shell characters
 * (`findForbiddenCharacter`). For `/promote`, `/rollback` and `/hold`, the visible lines below it
 * are the reason (for `/hold`, after the rest of its own line): trimmed, at most 500 characters,
 * returned as written; render it with `neutralizeReason`. Messages hold no raw input other than
 * names and versions that passed their patterns.
 * @example
 * parseComment('/promote fraud-detector@1.4.0 to staging\nQ3 retrain')
 * // { kind: 'command', line: 1, command: { verb: 'promote', model: 'fraud-detector', version: '1.4.0', environment: 'staging', reason: 'Q3 retrain' } }
 */
export function parseComment(body: string): ParsedComment {
  const lines = visibleLines(body)
  const found = lines.flatMap((line, index) => {
    const verb = verbOf(line)
    return verb ? [{ verb, index }] : []
  })
  if (found.length === 0) return { kind: 'none' }
  if (found.length > 1) return { kind: 'multiple', lines: found.map(({ index }) => lines[index]!.number) }
  const [{ verb, index }] = found as [{ verb: Verb; index: number }]
  return parseFound(verb, lines[index]!, lines.slice(index + 1))
}

function verbOf(line: VisibleLine): Verb | undefined {
  if (!line.whole) return undefined
  const word = COMMAND_START.exec(line.text)?.[1]?.toLowerCase()
  return VERBS.find((verb) => verb === word)
}

function parseFound(verb: Verb, line: VisibleLine, below: VisibleLine[]): ParsedComment {
  const invalid = (message: string, usageOf: Verb = verb): ParsedComment => ({
    kind: 'invalid',
    verb,
    message,
    usage: USAGE[usageOf],
    line: line.number,
  })
  const forbidden = findForbiddenCharacter(line.text)
  if (forbidden)
    return invalid(
      `the command line has ${forbidden}; type commands in plain ASCII, without quotes, backticks or shell characters`,
    )
  const afterVerb = line.text.trimStart().slice(verb.length + 1)
  const tokens = afterVerb.split(/[ \t]+/).filter((token) => token !== '')
  const parsed = parseCommandLine(verb, tokens)
  if (!parsed.ok) return invalid(parsed.message, parsed.usageOf)
  const { command } = parsed
  if (!takesReason(command)) return { kind: 'command', command, line: line.number }
  const reason = [parsed.rest ?? '', ...below.map(({ text }) => text.trimEnd())].join('\n').trim()
  const length = [...reason].length
  if (length > MAX_REASON_LENGTH)
    return invalid(
      `the reason has ${length} characters, more than the ${MAX_REASON_LENGTH} allowed: shorten it`,
    )
  return { kind: 'command', command: reason ? { ...command, reason } : command, line: line.number }
}

function takesReason(command: Command): command is Extract<Command, { reason?: string }> {
  return command.verb === 'promote' || command.verb === 'rollback' || command.verb === 'hold'
}

import { suggest } from '../suggest.js'
import type { Command, Verb } from './command.js'
import { VERBS } from './command.js'
import { checkName, checkVersion, isName } from './command-tokens.js'

/**
 * A command line read: the command (without its reason) and, for `/hold`, the reason's start on
 * the line; or why it cannot be read, with the verb whose usage line to show.
 */
export type CommandLineResult =
  { ok: true; command: Command; rest?: string } | { ok: false; message: string; usageOf: Verb }

type Tokens = readonly string[]
type Refusal = { ok: false; message: string }

/**
 * Reads the tokens after `/verb` on a command line (split at spaces and tabs, already free of
 * forbidden characters). Keywords (`to`, `in`, `cancel`) are case-insensitive; names and versions
 * must pass their patterns. Messages name only tokens that passed.
 */
export function parseCommandLine(verb: Verb, tokens: Tokens): CommandLineResult {
  return GRAMMAR[verb](tokens)
}

const GRAMMAR: Record<Verb, (tokens: Tokens) => CommandLineResult> = {
  promote: parsePromote,
  rollback: parseRollback,
  hold: parseHold,
  unhold: (tokens) => parseUnhold(tokens, '/unhold'),
  help: parseHelp,
}

const refused = (usageOf: Verb, message: string): CommandLineResult => ({ ok: false, message, usageOf })
const keyword = (token: string | undefined, word: string) => token?.toLowerCase() === word
const BELOW = 'write a reason on the lines below the command'

function parsePromote(tokens: Tokens): CommandLineResult {
  const fail = (message: string) => refused('promote', message)
  if (tokens.length === 0) return fail('say which model to promote and where to')
  const target = splitTarget(tokens[0]!)
  if (!target.ok) return fail(target.message)
  const { model, version } = target
  const shown = version ? `${model}@${version}` : model
  if (tokens.length === 1 || (tokens.length === 2 && keyword(tokens[1], 'to')))
    return fail(`say where to: /promote ${shown} to <env>`)
  if (!keyword(tokens[1], 'to')) {
    const guess = tokens.length === 2 && isName('environment', tokens[1]!) ? tokens[1] : '<env>'
    return fail(`say to before the environment: /promote ${shown} to ${guess}`)
  }
  const environment = checkName('environment', tokens[2]!)
  if (!environment.ok) return fail(environment.message)
  if (tokens.length > 3) return fail(`unexpected text after ${environment.value}: ${BELOW}`)
  return {
    ok: true,
    command: { verb: 'promote', model, ...(version && { version }), environment: environment.value },
  }
}

/** `model` or `model@version`, both checked. */
function splitTarget(token: string): { ok: true; model: string; version?: string } | Refusal {
  const at = token.indexOf('@')
  const model = checkName('model', at < 0 ? token : token.slice(0, at))
  if (!model.ok || at < 0) return model.ok ? { ok: true, model: model.value } : model
  if (at === token.length - 1)
    return { ok: false, message: `say which version after the @: ${model.value}@1.4.0` }
  const version = checkVersion(token.slice(at + 1))
  return version.ok ? { ok: true, model: model.value, version: version.value } : version
}

function parseRollback(tokens: Tokens): CommandLineResult {
  const fail = (message: string) => refused('rollback', message)
  if (tokens.length === 0) return fail('say which model to roll back and in which environment')
  const target = splitTarget(tokens[0]!)
  if (!target.ok) return fail(target.message)
  const { model, version: atVersion } = target
  if (atVersion) return fail(`say the version after to: /rollback ${model} in <env> to ${atVersion}`)
  if (tokens.length === 1 || (tokens.length === 2 && keyword(tokens[1], 'in')))
    return fail(`say in which environment: /rollback ${model} in <env>`)
  if (!keyword(tokens[1], 'in')) return fail(`say in before the environment: /rollback ${model} in <env>`)
  const environment = checkName('environment', tokens[2]!)
  if (!environment.ok) return fail(environment.message)
  const command = { verb: 'rollback', model, environment: environment.value } as const
  if (tokens.length === 3) return { ok: true, command }
  const toVersion = `/rollback ${model} in ${environment.value} to <version>`
  if (!keyword(tokens[3], 'to'))
    return fail(`unexpected text after ${environment.value}: ${BELOW}, or ${toVersion}`)
  if (tokens.length === 4) return fail(`say which version: ${toVersion}`)
  const version = checkVersion(tokens[4]!)
  if (!version.ok) return fail(version.message)
  if (tokens.length > 5) return fail(`unexpected text after ${version.value}: ${BELOW}`)
  return { ok: true, command: { ...command, version: version.value } }
}

/**
 * `/hold <env> [<model>] [reason…]`: the token after the environment is the model when it is a
 * well-formed model name, otherwise the reason starts there; so a reason for holding a whole
 * environment goes on the next line. `/hold cancel …` is `/unhold …`.
 */
function parseHold(tokens: Tokens): CommandLineResult {
  if (keyword(tokens[0], 'cancel')) return parseUnhold(tokens.slice(1), '/hold cancel')
  if (tokens.length === 0) return refused('hold', 'say which environment to hold: /hold <env>')
  const environment = checkName('environment', tokens[0]!)
  if (!environment.ok) return refused('hold', environment.message)
  const model = tokens[1] !== undefined && isName('model', tokens[1]) ? tokens[1] : undefined
  const rest = tokens.slice(model ? 2 : 1).join(' ')
  return {
    ok: true,
    command: { verb: 'hold', environment: environment.value, ...(model && { model }) },
    ...(rest && { rest }),
  }
}

function parseUnhold(tokens: Tokens, spelled: '/unhold' | '/hold cancel'): CommandLineResult {
  const fail = (message: string) => refused('unhold', message)
  if (tokens.length === 0) return fail(`say which environment to release: ${spelled} <env>`)
  const environment = checkName('environment', tokens[0]!)
  if (!environment.ok) return fail(environment.message)
  const model = tokens[1] === undefined ? undefined : checkName('model', tokens[1])
  if (model && !model.ok) return fail(model.message)
  if (tokens.length > 2) return fail(`unexpected text after ${model!.value}: ${spelled} takes no reason`)
  return {
    ok: true,
    command: { verb: 'unhold', environment: environment.value, ...(model && { model: model.value }) },
  }
}

function parseHelp(tokens: Tokens): CommandLineResult {
  if (tokens.length === 0) return { ok: true, command: { verb: 'help' } }
  const word = tokens[0]!.replace(/^\//, '').toLowerCase()
  const topic = VERBS.find((verb) => verb === word)
  if (!topic) {
    const near = suggest(word, VERBS)
    return refused(
      'help',
      near ? `no command by that name; did you mean ${near}?` : 'no command by that name',
    )
  }
  if (tokens.length > 1) return refused('help', `unexpected text after ${topic}`)
  return { ok: true, command: { verb: 'help', topic } }
}

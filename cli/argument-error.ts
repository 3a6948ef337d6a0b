import { suggest } from '../core/suggest.js'
import { UsageError } from '../local/errors.js'

/** Whether `error` is one `node:util` parseArgs throws for unknown or malformed options. */
export function isArgumentError(error: unknown): error is Error {
  const code = (error as { code?: string } | null)?.code
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')
}

/**
 * A parseArgs error in modelgate's words: an unknown option names the closest real one and lists
 * them all (read from the command's usage text, so a new option is never missing from the list).
 */
export function describeArgumentError(error: Error & { code?: string }, usage = ''): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? ''
  const options = [...new Set(usage.match(/(?<![\w-])--[a-z][a-z0-9-]*/g) ?? [])]
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const name = quoted.split('=')[0]!
      const match = suggest(name, options)
      const known = options.length === 0 ? '' : `; options: ${options.join(', ')}`
      return `unknown option ${name}${match === undefined ? '' : ` (did you mean ${match}?)`}${known}`
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return error.message.includes('argument missing')
        ? `${quoted.replace(/^-\w, /, '')} needs a value`
        : `${quoted.replace(/^-\w, /, '')} takes no value`
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument "${quoted}": this command takes options only`
    default:
      return error.message
  }
}

/** `--format`'s value when it is one of `formats`; otherwise a usage error listing them ("a, b or c"). */
export function parseFormat<F extends string>(value: unknown, formats: readonly F[]): F {
  if (formats.includes(value as F)) return value as F
  const listed = `${formats.slice(0, -1).join(', ')} or ${formats.at(-1) ?? ''}`
  throw new UsageError(`--format: "${String(value)}" is not a format; use ${listed}`)
}

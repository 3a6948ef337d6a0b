import { escapeMarkdown } from '../markdown/escape-markdown.js'
import type { Verb } from './command.js'
import { USAGE, VERBS } from './command.js'
import { isName } from './command-tokens.js'

export interface FormatHelpOptions {
  /** The config's environments, in promotion order. At most 50 are listed. */
  environments: readonly string[]
  /** Per verb, whether the person asking may run it: `true`, or why not (`false`: no reason given). */
  allowed: Record<Verb, boolean | string>
  /** One command to explain, with an example; default: all of them. */
  topic?: Verb
}

const DESCRIPTIONS: Record<Verb, string> = {
  promote:
    'proposes the model for the environment as a pull request: the version named, else the one in ' +
    'the manifest on the default branch. Lines below the command are the reason.',
  rollback:
    'proposes an earlier version as a pull request: the one named, else the one live before the ' +
    'current one. Holds do not stop it. Lines below the command are the reason.',
  hold:
    'stops promotions into the environment, of one model or of all; rollbacks still run. The rest ' +
    'of the line and the lines below are the reason (to hold every model with a reason, write it on the next line).',
  unhold: 'lifts a hold; `/hold cancel <env> [<model>]` does the same.',
  help: 'shows this list, or one command with an example.',
}

const EXAMPLES: Record<Verb, string> = {
  promote: '/promote fraud-detector@1.4.0 to staging',
  rollback: '/rollback fraud-detector in prod to 1.3.2',
  hold: '/hold prod fraud-detector chargeback spike under investigation',
  unhold: '/unhold prod fraud-detector',
  help: '/help promote',
}

const MAX_ENVIRONMENTS = 50

/**
 * The reply to `/help`: Markdown listing the commands (or the one asked about, with an example)
 * with a line each on what it does and whether the person asking may run it, then the configured
 * environments. Reasons for refusing and environment names that are not well-formed are escaped.
 */
export function formatHelp(options: FormatHelpOptions): string {
  const verbs = options.topic ? [options.topic] : VERBS
  const lines = ['**modelgate commands**: one per comment, on a line of its own.', '']
  for (const verb of verbs) {
    lines.push(`- \`${USAGE[verb]}\`: ${DESCRIPTIONS[verb]} ${permission(options.allowed[verb])}`)
    if (options.topic) lines.push(`  Example: \`${EXAMPLES[verb]}\``)
  }
  lines.push('', `Environments: ${environmentList(options.environments)}`)
  return lines.join('\n')
}

function permission(allowed: boolean | string): string {
  if (allowed === true) return '*You may run it.*'
  if (allowed === false || allowed.trim() === '') return '*You may not run it.*'
  return `*You may not run it:* ${escapeMarkdown(allowed)}`
}

function environmentList(environments: readonly string[]): string {
  if (environments.length === 0) return 'none configured.'
  const shown = environments
    .slice(0, MAX_ENVIRONMENTS)
    .map((name) => (isName('environment', name) ? `\`${name}\`` : escapeMarkdown(name)))
  const more = environments.length - MAX_ENVIRONMENTS
  return `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`
}

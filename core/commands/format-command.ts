import type { Command } from './command.js'

/**
 * The canonical one-line spelling of a command, without its reason: what replies show in a code
 * span. `parseComment` reads it back to the same command.
 * @example formatCommand({ verb: 'promote', model: 'fraud-detector', version: '1.4.0', environment: 'staging' }) // '/promote fraud-detector@1.4.0 to staging'
 */
export function formatCommand(command: Command): string {
  const optional = (prefix: string, value: string | undefined) => (value ? `${prefix}${value}` : '')
  switch (command.verb) {
    case 'promote':
      return `/promote ${command.model}${optional('@', command.version)} to ${command.environment}`
    case 'rollback':
      return `/rollback ${command.model} in ${command.environment}${optional(' to ', command.version)}`
    case 'hold':
      return `/hold ${command.environment}${optional(' ', command.model)}`
    case 'unhold':
      return `/unhold ${command.environment}${optional(' ', command.model)}`
    case 'help':
      return `/help${optional(' ', command.topic)}`
  }
}

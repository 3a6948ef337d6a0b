import { parseFormat } from '../argument-error.js'
import { parseArgs } from 'node:util'
import type { ModelgateConfig } from '../../core/index.js'
import { formatProblemLines } from '../../core/index.js'
import type { StatusRow } from '../../core/environments/format-status-table.js'
import { formatStatusTable } from '../../core/environments/format-status-table.js'
import { openCheckout } from '../../local/checkout.js'
import type { EnvironmentModelRead } from '../../local/environment-states.js'
import { environmentsIn, modelsIn, readEnvironmentStates } from '../../local/environment-states.js'
import { findEnvironmentsCheckout } from '../../local/live-baseline.js'
import { readHealthFile } from '../../local/promotion-inputs.js'
import type { CliIo } from '../io.js'
import { EXIT, UsageError } from '../io.js'

export const STATUS_USAGE = `Usage: modelgate status [MODEL] --environments <dir> [--health FILE] [--format text|json]

What runs where: one line per model and environment (in the config's promotion order) with the
version, its artifact digest, its health when known, since when, and the pull request (or
commit) and person that put it there, read from the environments repository's rendered
annotations and the Modelgate-* trailers of its git history.

Options:
  --environments <dir>  a checkout of the environments repository (default: the config's
                        environmentsRepo.checkout)
  --health <file>       health of each (environment, model), JSON or YAML (see modelgate plan --help);
                        without it health is unknown
  --format <name>       text (default) or json ({ rows: [...] })
  --config <file>       repository config (default: .modelgate/config.yml)
  -h, --help            show this help

Exit codes: 0 printed, 1 the config is invalid, 2 usage error.
`

/** `modelgate status`: read the environments checkout, print the table. */
export function statusCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      environments: { type: 'string' },
      health: { type: 'string' },
      format: { type: 'string', default: 'text' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    io.stdout.write(STATUS_USAGE)
    return EXIT.ok
  }
  const format = parseFormat(values.format, ['text', 'json'] as const)
  if (positionals.length > 1) throw new UsageError('status takes at most one model name')
  const [model] = positionals

  const opened = openCheckout(io.cwd, values.config)
  if ('invalid' in opened) {
    io.stdout.write(formatProblemLines(opened.invalid.files.flatMap((f) => f.problems)).join('\n') + '\n')
    return EXIT.invalid
  }
  const { checkout } = opened
  const environments = findEnvironmentsCheckout(io.cwd, checkout.root, checkout.config, values.environments)
  if (environments === undefined)
    throw new UsageError('--environments is required (or set environmentsRepo.checkout in the config)')
  const config = withEnvironments(checkout.config, environments)
  const names = (config.environments ?? []).map((entry) => entry.name)
  const models =
    model === undefined
      ? [...new Set(names.flatMap((environment) => modelsIn(environments, config, environment)))].sort()
      : [model]
  const reads = readEnvironmentStates(environments, config, {
    models,
    health: readHealthFile(io.cwd, values.health),
  })
  const rows = models.flatMap((name) =>
    names.map((environment) =>
      rowOf(reads.find((r) => r.state.model === name && r.state.environment === environment)!),
    ),
  )
  io.stdout.write(format === 'json' ? `${JSON.stringify({ rows }, null, 2)}\n` : formatStatusTable(rows))
  return EXIT.ok
}

/** Without environments in the config, the checkout's own folders are the environments. */
function withEnvironments(config: ModelgateConfig, checkout: string): ModelgateConfig {
  if ((config.environments ?? []).length > 0) return config
  const names = environmentsIn(checkout, config)
  return { ...config, environments: names.map((name) => ({ name, profile: { namespace: name } })) }
}

function rowOf({ state, lastChange }: EnvironmentModelRead): StatusRow {
  const { live } = state
  const since = state.healthSince ?? lastChange?.at
  const requester = lastChange?.trailers?.requester ?? live?.promotedBy
  return {
    model: state.model,
    environment: state.environment,
    ...(live === undefined ? {} : { version: live.version, digest: live.digest }),
    health: state.health ?? 'unknown',
    ...(live === undefined || since === undefined ? {} : { since }),
    ...(live === undefined || lastChange === undefined ? {} : { commit: lastChange.commit }),
    ...(live === undefined || lastChange?.pullRequest === undefined
      ? {}
      : { pullRequest: lastChange.pullRequest }),
    ...(live === undefined || requester === undefined ? {} : { requester }),
    ...(state.unreadable === undefined ? {} : { problem: state.unreadable }),
  }
}

import { parseFormat } from '../argument-error.js'
import { parseArgs } from 'node:util'
import { formatProblemLines } from '../../core/index.js'
import { formatPlanText } from '../../core/promotion/format-plan-text.js'
import { planPromotion } from '../../core/promotion/plan-promotion.js'
import type { PromotionKind } from '../../core/promotion/promotion-facts.js'
import { openCheckout } from '../../local/checkout.js'
import { gatherPromotionFacts } from '../../local/gather-promotion-facts.js'
import { findEnvironmentsCheckout } from '../../local/live-baseline.js'
import { readHealthFile } from '../../local/promotion-inputs.js'
import type { CliIo } from '../io.js'
import { EXIT, UsageError } from '../io.js'

export const PLAN_USAGE = `Usage: modelgate plan promote|rollback|retire <model>[@<version>] --env <env> --environments <dir> [--health FILE] [--format text|json]

Says what a /promote, /rollback or /retire would do, offline, with the reasons the bot gives:
whether it is allowed (and why not), and if so the branch, the files it writes or deletes under
environments/<env>/<model>/, the commit message with its Modelgate-* trailers and the pull request.
Nothing is written. Run it in the model repository (a git checkout of its default branch).

  promote   the version (default: the manifest at HEAD) into the environment; an environment with
            an upstream takes only what is live and healthy there, with the same digest
  rollback  to a version live in the environment before (default: the one before the current)
  retire    remove the model's folder (its manifest must say lifecycle.stage: retired),
            downstream environments first

Options:
  --env <name>          the environment (from .modelgate/config.yml)
  --environments <dir>  a checkout of the environments repository (default: the config's
                        environmentsRepo.checkout); versions live before are read from its git log
  --health <file>       health of each (environment, model), JSON or YAML:
                        { <env>: { <model>: { status: healthy|progressing|degraded|missing|unknown,
                        since: <time> } } }; without it health is unknown (docs/promotion.md)
  --requester <login>   who asks (default: local)
  --team <org/team>     a team the requester is in, for force.by (repeatable)
  --force               skip the upstream check where the config allows it (recorded)
  --format <name>       text (default) or json (the plan: decision, reasons, writes)
  --config <file>       repository config (default: .modelgate/config.yml)
  -h, --help            show this help

Exit codes: 0 allowed or nothing to do, 1 refused, 2 usage error.
`

const KINDS: readonly PromotionKind[] = ['promote', 'rollback', 'retire']

/** `modelgate plan`: gather the facts from the checkouts, plan in core, print. */
export function planCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      env: { type: 'string' },
      environments: { type: 'string' },
      health: { type: 'string' },
      requester: { type: 'string', default: 'local' },
      team: { type: 'string', multiple: true, default: [] },
      force: { type: 'boolean', default: false },
      format: { type: 'string', default: 'text' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    io.stdout.write(PLAN_USAGE)
    return EXIT.ok
  }
  const format = parseFormat(values.format, ['text', 'json'] as const)
  const [kind, target, ...extra] = positionals
  if (kind === undefined || !KINDS.includes(kind as PromotionKind))
    throw new UsageError(
      `plan takes promote, rollback or retire first (got ${kind === undefined ? 'nothing' : `"${kind}"`})`,
    )
  if (target === undefined || extra.length > 0)
    throw new UsageError(`plan ${kind} takes one <model>[@<version>]`)
  if (values.env === undefined) throw new UsageError('--env is required: the environment to plan for')
  const at = target.indexOf('@')
  const [model, version] = at < 0 ? [target, undefined] : [target.slice(0, at), target.slice(at + 1)]
  if (model === '' || version === '') throw new UsageError(`"${target}" is not <model>[@<version>]`)

  const opened = openCheckout(io.cwd, values.config)
  if ('invalid' in opened) {
    io.stdout.write(formatProblemLines(opened.invalid.files.flatMap((f) => f.problems)).join('\n') + '\n')
    return EXIT.invalid
  }
  const { checkout } = opened
  const environments = findEnvironmentsCheckout(io.cwd, checkout.root, checkout.config, values.environments)
  if (environments === undefined)
    throw new UsageError('--environments is required (or set environmentsRepo.checkout in the config)')
  const { facts } = gatherPromotionFacts({
    checkout,
    environments,
    health: readHealthFile(io.cwd, values.health),
    request: {
      kind: kind as PromotionKind,
      model,
      ...(version === undefined ? {} : { version }),
      environment: values.env,
      requester: values.requester,
      requesterTeams: values.team.map((team) => team.replace(/^@/, '')),
      ...(values.force ? { force: true } : {}),
    },
  })
  const plan = planPromotion(facts)
  io.stdout.write(format === 'json' ? `${JSON.stringify(plan, null, 2)}\n` : formatPlanText(plan))
  return plan.decision === 'refuse' ? EXIT.invalid : EXIT.ok
}

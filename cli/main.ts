import { diffCommand, DIFF_USAGE } from './commands/diff.js'
import { gateCommand, GATE_USAGE } from './commands/gate.js'
import { initCommand, INIT_USAGE } from './commands/init.js'
import { planCommand, PLAN_USAGE } from './commands/plan.js'
import { policyCommand, POLICY_USAGE } from './commands/policy.js'
import { protectCommand, PROTECT_USAGE } from './commands/protect.js'
import { renderCommand, RENDER_USAGE } from './commands/render.js'
import { schemaCommand, SCHEMA_USAGE } from './commands/schema.js'
import { statusCommand, STATUS_USAGE } from './commands/status.js'
import { validateCommand, VALIDATE_USAGE } from './commands/validate.js'
import { describeArgumentError, isArgumentError } from './argument-error.js'
import type { CliIo } from './io.js'
import { EXIT, UsageError } from './io.js'
import { version } from './version.js'

const USAGE = `modelgate ${version}: GitOps for ML models

Usage: modelgate <command> [options]

Commands:
  validate [PATH...]   check model manifests (schema, rules, and against --base)
  gate [PATH...]       judge evaluation metrics against the models' gates
  diff [PATH...]       compare models and metrics with a base revision (the PR comment)
  policy evaluate|lint decide a pull request's approval offline; check the approval policy
  render MODEL --env E render the model's KServe and monitoring files for an environment
  init KIND [DIR]      scaffold a repository (KIND: environments or model-repo)
  plan promote|rollback|retire MODEL --env E
                       what a /promote, /rollback or /retire would do, and why (offline)
  status [MODEL]       which version runs in which environment, its health, who put it there
  protect              print, or --apply, the GitHub rulesets that make modelgate the governance
  schema               print or write the JSON Schemas and reference docs
  help [command]       show help

Run "modelgate <command> --help" for a command's options.
`

const COMMANDS: Record<
  string,
  { run: (args: string[], io: CliIo) => number | Promise<number>; usage: string }
> = {
  validate: { run: validateCommand, usage: VALIDATE_USAGE },
  gate: { run: gateCommand, usage: GATE_USAGE },
  diff: { run: diffCommand, usage: DIFF_USAGE },
  policy: { run: policyCommand, usage: POLICY_USAGE },
  render: { run: renderCommand, usage: RENDER_USAGE },
  init: { run: initCommand, usage: INIT_USAGE },
  plan: { run: planCommand, usage: PLAN_USAGE },
  status: { run: statusCommand, usage: STATUS_USAGE },
  protect: { run: protectCommand, usage: PROTECT_USAGE },
  schema: { run: schemaCommand, usage: SCHEMA_USAGE },
}

/**
 * Runs one `modelgate` invocation and returns its exit code. The one place errors are caught:
 * a usage mistake prints its message and exits 2; anything else is a bug and says so.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv
  try {
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      const topic = command === 'help' ? args[0] : undefined
      if (topic !== undefined && !COMMANDS[topic])
        throw new UsageError(
          `help: unknown command "${topic}"; commands: ${Object.keys(COMMANDS).join(', ')}`,
        )
      io.stdout.write(topic === undefined ? USAGE : COMMANDS[topic]!.usage)
      return EXIT.ok
    }
    if (command === '--version' || command === '-v') {
      io.stdout.write(`${version}\n`)
      return EXIT.ok
    }
    const known = COMMANDS[command]
    if (!known)
      throw new UsageError(`unknown command "${command}"; commands: ${Object.keys(COMMANDS).join(', ')}`)
    return await known.run(args, io)
  } catch (error) {
    if (error instanceof UsageError || isArgumentError(error)) {
      const message =
        error instanceof UsageError
          ? error.message
          : describeArgumentError(error, COMMANDS[command ?? '']?.usage)
      io.stderr.write(
        `modelgate: ${message}\nRun "modelgate ${COMMANDS[command ?? ''] ? `${command} ` : ''}--help" for usage.\n`,
      )
      return EXIT.usage
    }
    io.stderr.write(
      `modelgate: internal error (please report it with the command you ran):\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    )
    return EXIT.internal
  }
}

import { parseFormat } from '../argument-error.js'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Problem } from '../../core/index.js'
import {
  evaluatePolicy,
  formatPolicyJson,
  formatPolicyMarkdown,
  formatPolicyText,
  formatProblemLines,
  lintPolicy,
  MAX_SOURCE_BYTES,
  parsePolicyFacts,
} from '../../core/index.js'
import { findConfigFile, findRepoRoot, readLimited } from '../../local/files.js'
import { findGitRoot } from '../../local/git.js'
import type { CliIo } from '../io.js'
import { EXIT, UsageError } from '../io.js'

export const POLICY_USAGE = `Usage: modelgate policy evaluate --facts FILE [--config FILE] [--format text|json|markdown]
       modelgate policy lint [--config FILE]

evaluate  decides a pull request offline, exactly as the approval bot does: the policy from the
          repository config, the pull request from a facts file (schemas/policy-facts.schema.json)
lint      checks the policy in the repository config: schema, rule names, quorums that cannot be met

Options:
  --facts <file>     the facts to decide on (JSON or YAML)
  --config <file>    repository config (default: .modelgate/config.yml)
  --format <name>    text (default), json ({ state, rules }) or markdown (the check run's text)
  -h, --help         show this help

Exit codes: evaluate: 0 approved, 1 pending, disapproved or error; lint: 0 valid, 1 invalid;
2 usage error (unknown option, missing file).
`

const FORMATS = ['text', 'json', 'markdown'] as const

/** `modelgate policy`: read the policy and the facts, decide in core, print the decision. */
export function policyCommand(args: string[], io: CliIo): number {
  const [verb, ...rest] = args
  const { values } = parseArgs({
    args: rest,
    options: {
      facts: { type: 'string' },
      config: { type: 'string' },
      format: { type: 'string', default: 'text' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (verb === '--help' || verb === '-h' || values.help) {
    io.stdout.write(POLICY_USAGE)
    return EXIT.ok
  }
  if (verb !== 'evaluate' && verb !== 'lint')
    throw new UsageError(
      `policy: ${verb === undefined ? 'say' : `unknown subcommand "${verb}"; say`} evaluate or lint`,
    )
  const format = parseFormat(values.format, FORMATS)

  const linted = lintPolicy(...readConfig(io, values.config))
  if (verb === 'lint' || !linted.policy) {
    io.stdout.write(report(linted.problems, linted.policy ? 'policy valid' : 'policy invalid'))
    return linted.policy ? EXIT.ok : EXIT.invalid
  }
  if (values.facts === undefined)
    throw new UsageError('evaluate needs --facts FILE (see schemas/policy-facts.schema.json)')
  const facts = parsePolicyFacts(values.facts, readUserFile(io, values.facts, '--facts'))
  if (!facts.facts) {
    io.stdout.write(report(facts.problems, 'facts invalid'))
    return EXIT.usage
  }
  const decision = evaluatePolicy(linted.policy, facts.facts)
  const render = {
    text: formatPolicyText,
    json: formatPolicyJson,
    markdown: (d: typeof decision) => formatPolicyMarkdown(d),
  }
  io.stdout.write(render[format](decision))
  return decision.state === 'approved' ? EXIT.ok : EXIT.invalid
}

/** The config to read the policy from: `--config`, else the repository's `.modelgate/config.yml`. */
function readConfig(io: CliIo, explicit: string | undefined): [string, Uint8Array] {
  const root = findRepoRoot(io.cwd, findGitRoot(io.cwd))
  const found = findConfigFile(root, io.cwd, explicit)
  if (!found) throw new UsageError(`no .modelgate/config.yml in ${root}; pass --config FILE`)
  return [found.shown, readLimited(found.path, MAX_SOURCE_BYTES)]
}

function readUserFile(io: CliIo, path: string, option: string): Uint8Array {
  try {
    return readLimited(resolve(io.cwd, path), MAX_SOURCE_BYTES)
  } catch {
    throw new UsageError(`${option}: ${path}: no such file`)
  }
}

/** Problems in the compiler style of `validate`, then one verdict line. */
function report(problems: Problem[], verdict: string): string {
  return `${[...formatProblemLines(problems), verdict].join('\n')}\n`
}

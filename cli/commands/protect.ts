import { parseFormat } from '../argument-error.js'
import { parseArgs } from 'node:util'
import type { RulesetBody } from '../../core/index.js'
import { formatProblemLines, formatRulesetsText, planRulesets } from '../../core/index.js'
import { resolveEnvironmentsRepo } from '../../core/environments/environments-repo.js'
import { openCheckout } from '../../local/checkout.js'
import { originRepository } from '../../local/git.js'
import type { CliIo } from '../io.js'
import { EXIT, UsageError } from '../io.js'
import { applyRulesets, maskingIo } from './protect-apply.js'

export const PROTECT_USAGE = `Usage: modelgate protect [--repo OWNER/NAME] [--environments] [--app-id N] [--format text|json]
       modelgate protect [--repo OWNER/NAME] [--environments] --app-id N --apply [--token TOKEN]

The repository rulesets that make modelgate the governance, printed, or with --apply created on
GitHub (its ruleset named "modelgate" is updated in place; other rulesets are never touched).

The model repository (default): pull requests only, which need the approval check
"modelgate/approval (<branch>)" reported by the modelgate App, and the workflow's validate and
gate checks; the branch cannot be force-pushed or deleted.
The environments repository (--environments): on its deployed branch the approval check and a
CODEOWNERS review, no force push, no deletion; its modelgate/* branches are written by the App only.

Options:
  --repo <owner/name>   the repository (default: the origin remote's, or with --environments the
                        config's environmentsRepo.repository)
  --environments        protect the environments repository instead of the model repository
  --branch <name>       the protected branch (default: main, or the config's environmentsRepo.branch)
  --app-id <n>          the modelgate App's id: the "App ID" on its settings page, the bot's APP_ID
  --format <name>       text (default) or json (the request bodies; needs --app-id)
  --apply               create or update the rulesets on GitHub (needs --app-id and a token)
  --token <token>       a token of an admin of the repository (default: GITHUB_TOKEN); never printed
  --api-url <url>       GitHub's API (default: GITHUB_API_URL, else https://api.github.com)
  --config <file>       repository config (default: .modelgate/config.yml)
  -h, --help            show this help

Exit codes: 0 printed or applied, 1 the config is invalid or GitHub refused, 2 usage error.
`

/** How to find the App id, for a message that needs it. */
const FIND_APP_ID =
  'the "App ID" on the App\'s settings page (Settings → Developer settings → GitHub Apps → modelgate), the bot\'s APP_ID, or the app.id of a modelgate/approval check run (gh api repos/OWNER/NAME/commits/main/check-runs)'

/** `modelgate protect`: plan the rulesets from the config, then print them or apply them. */
export async function protectCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      repo: { type: 'string' },
      environments: { type: 'boolean', default: false },
      branch: { type: 'string' },
      'app-id': { type: 'string' },
      format: { type: 'string', default: 'text' },
      apply: { type: 'boolean', default: false },
      token: { type: 'string' },
      'api-url': { type: 'string' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    io.stdout.write(PROTECT_USAGE)
    return EXIT.ok
  }
  const format = parseFormat(values.format, ['text', 'json'] as const)
  const appId = parseAppId(values['app-id'])
  if (appId === undefined && (values.apply || format === 'json'))
    throw new UsageError(
      `${values.apply ? '--apply' : '--format json'} needs --app-id: the rulesets pin the approval check to the App; find its id as ${FIND_APP_ID}`,
    )

  const opened = openCheckout(io.cwd, values.config)
  if ('invalid' in opened) {
    io.stdout.write(formatProblemLines(opened.invalid.files.flatMap((f) => f.problems)).join('\n') + '\n')
    return EXIT.invalid
  }
  const { checkout } = opened
  const environmentsRepo = resolveEnvironmentsRepo(checkout.config)
  const repository = values.environments
    ? (values.repo ?? environmentsRepo?.repository)
    : (values.repo ?? (checkout.gitRoot === undefined ? undefined : originRepository(checkout.gitRoot)))
  if (repository === undefined)
    throw new UsageError(
      values.environments
        ? 'no environments repository: pass --repo OWNER/NAME, or set environmentsRepo.repository in .modelgate/config.yml'
        : 'which repository? pass --repo OWNER/NAME (there is no origin remote on GitHub to read it from)',
    )
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository))
    throw new UsageError(`--repo: "${repository}" is not OWNER/NAME (for example acme/models)`)
  const branch = values.branch ?? (values.environments ? environmentsRepo?.branch : undefined) ?? 'main'
  const rulesets = planRulesets({
    repository: values.environments ? 'environments' : 'model',
    branch,
    ...(appId === undefined ? {} : { appId }),
  })

  if (!values.apply) {
    io.stdout.write(
      format === 'json'
        ? `${JSON.stringify({ repository, rulesets }, null, 2)}\n`
        : summary(repository, rulesets, { appId, environments: values.environments }),
    )
    return EXIT.ok
  }
  const env = io.env ?? process.env
  const token = values.token ?? env.GITHUB_TOKEN
  if (!token)
    throw new UsageError(
      `--apply needs a token of an admin of ${repository}: pass --token or set GITHUB_TOKEN (a fine-grained token needs Administration: read and write)`,
    )
  const baseUrl = (values['api-url'] ?? env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '')
  return applyRulesets({ repository, rulesets, token, baseUrl, format, io: maskingIo(io, token) })
}

/** The App id: a positive whole number, as GitHub numbers Apps. */
function parseAppId(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (/^[1-9]\d{0,15}$/.test(value)) return Number(value)
  throw new UsageError(
    `--app-id: "${value}" is not an App id (a positive whole number); find it as ${FIND_APP_ID}`,
  )
}

function summary(
  repository: string,
  rulesets: readonly RulesetBody[],
  { appId, environments }: { appId: number | undefined; environments: boolean },
): string {
  const workflow = environments ? '' : `\n${WORKFLOW_NOTE}\n`
  const next =
    appId === undefined
      ? `\nThe approval check is pinned to the App by its id: pass --app-id N, ${FIND_APP_ID}.\n`
      : `\nApply them with: modelgate protect --repo ${repository}${environments ? ' --environments' : ''} --app-id ${appId} --apply (a token of an admin in GITHUB_TOKEN)\n`
  return `Rulesets for ${repository}:\n\n${formatRulesetsText(rulesets)}${workflow}${next}`
}

/** GitHub waits forever for a required check whose workflow a `paths:` filter skipped. */
const WORKFLOW_NOTE =
  'validate and gate are the jobs of the modelgate-pr workflow (examples/workflows/modelgate-pr.yml). GitHub waits forever for a required check whose workflow never ran: drop its on.pull_request.paths filter before applying, or pull requests that change no model cannot merge.'

import type { Context } from 'probot'
import type { Command, Verb } from '../../core/commands/command.js'
import { USAGE } from '../../core/commands/command.js'
import { formatCommand } from '../../core/commands/format-command.js'
import { formatHelp } from '../../core/commands/format-help.js'
import { parseComment } from '../../core/commands/parse-comment.js'
import { unknownEnvironment } from '../../core/commands/unknown-environment.js'
import type { ModelgateConfig } from '../../core/config/config.js'
import { resolveEnvironmentsRepo } from '../../core/environments/environments-repo.js'
import { manifestPathOf } from '../../core/index.js'
import { escapeMarkdown } from '../../core/markdown/escape-markdown.js'
import type { Permission } from '../../core/policy/policy.js'
import type { ActingVerb, Authorization } from '../../core/promotion/authorize-command.js'
import { authorizeCommand, promoterTeams } from '../../core/promotion/authorize-command.js'
import { codeSpan } from '../../core/promotion/format-command-reply.js'
import { describeFailure } from '../octokit.js'
import { GitHubReader } from '../github-reader.js'
import type { ReaderCaches } from '../github-reader.js'
import type { OncePerKey } from './once-per-key.js'
import { EnvironmentsReader } from './environments-reader.js'
import type { Thread } from './feedback.js'
import { acknowledge, answer, react } from './feedback.js'
import { ModelReader } from './model-reader.js'
import { runHold } from './run-hold.js'
import type { CommandResult } from './run-promotion.js'
import { runPromotion } from './run-promotion.js'

export interface CommandDeps {
  appId?: number
  caches: ReaderCaches
  /**
   * Comment ids already acted on by this replica: its redelivery costs no request. One that reaches
   * another replica is caught by the verdict reaction already on the comment (see `acknowledge`).
   */
  once: OncePerKey
}

type CommentContext = Context<'issue_comment.created'>

/** Senders never obeyed: bots (this App included), so two bots cannot drive each other. */
function isBot(user: { login: string; type?: string } | null | undefined): boolean {
  return user === null || user === undefined || user.type === 'Bot' || user.login.endsWith('[bot]')
}

/**
 * `issue_comment.created` in a model repository: read the comment as a command (core decides),
 * say 👀, check who asks and what the config allows, run it, and end with one verdict reaction
 * and one reply. Edits and deletions are never acted on (only `created` is subscribed). Any
 * failure of GitHub ends the command with 👎 and a reply that nothing was changed.
 */
export function onCommandComment(deps: CommandDeps) {
  return async (context: CommentContext): Promise<void> => {
    const { comment, issue, repository } = context.payload
    if (isBot(comment.user) || isBot(context.payload.sender)) return
    const parsed = parseComment(comment.body ?? '')
    if (parsed.kind === 'none') return
    if (!deps.once.first(`${repository.full_name}#comment-${comment.id}`)) return
    const thread: Thread = {
      octokit: context.octokit,
      owner: repository.owner.login,
      repo: repository.name,
      issue: issue.number,
      comment: comment.id,
      ...(deps.appId === undefined ? {} : { appId: deps.appId }),
    }
    if ((await acknowledge(thread)).answeredBefore) {
      context.log.info({ comment: comment.id }, 'command answered before (a redelivery): skipped')
      return
    }
    let result: CommandResult
    try {
      result =
        parsed.kind === 'multiple'
          ? {
              verdict: 'invalid',
              reply: `One command per comment: this one has commands on lines ${parsed.lines.join(', ')}. Nothing was done; post each in its own comment.\n`,
            }
          : parsed.kind === 'invalid'
            ? {
                verdict: 'invalid',
                reply: `${escapeMarkdown(parsed.message)}${parsed.usage === undefined ? '' : `\n\nUsage: ${codeSpan(parsed.usage)}`}\n`,
              }
            : await run(context, deps, thread, parsed.command)
    } catch (error) {
      context.log.warn({ err: error, comment: comment.id }, 'command failed')
      result = {
        verdict: 'refused',
        reply: `Could not finish: GitHub answered ${escapeMarkdown(describeFailure(error))}. Nothing was left half-done; comment the command again.\n`,
      }
    }
    await finish(thread, result)
    context.log.info({ comment: comment.id, verdict: result.verdict }, `command ${result.verdict}`)
  }
}

async function finish(thread: Thread, result: CommandResult): Promise<void> {
  if (result.reply === undefined) await react(thread, result.verdict)
  else await answer(thread, result.verdict, result.reply)
}

async function run(
  context: CommentContext,
  deps: CommandDeps,
  thread: Thread,
  command: Command,
): Promise<CommandResult> {
  const { repository, comment } = context.payload
  const text = formatCommand(command)
  const reader = new GitHubReader(context.octokit, thread.owner, thread.repo, deps.caches)
  const model = new ModelReader(context.octokit, reader, repository.default_branch)
  const modelHead = await model.head()
  const read = await model.config(modelHead)
  if ('problem' in read) return refused(text, read.problem)
  const { config } = read
  const environments = (config.environments ?? []).map((entry) => entry.name)
  const requester = comment.user!.login
  const permission = (await reader.permissionOf(requester)) as Permission | undefined
  const authorize = async (verb: ActingVerb, environment: string): Promise<Authorization> =>
    authorizeCommand(config, verb, environment, {
      login: requester,
      ...(permission === undefined ? {} : { permission }),
      teams: await teamsOf(context, requester, promoterTeams(config, environment)),
    })

  if (command.verb === 'help') {
    const allowed = await helpPermissions(config, authorize)
    return {
      verdict: 'done',
      reply: `${formatHelp({ environments, allowed, ...(command.topic ? { topic: command.topic } : {}) })}\n`,
    }
  }
  if (!environments.includes(command.environment))
    return {
      verdict: 'invalid',
      reply: `${escapeMarkdown(unknownEnvironment(command.environment, environments))}\n\nUsage: ${codeSpan(USAGE[command.verb])}\n`,
    }
  const authorization = await authorize(command.verb, command.environment)
  if (!authorization.allowed) return refused(text, `${authorization.reason} — ${authorization.hint}`)
  const environmentsRepo = resolveEnvironmentsRepo(config)
  if (environmentsRepo === undefined)
    return refused(
      text,
      'the config names no environmentsRepo: add environmentsRepo.repository to .modelgate/config.yml',
    )
  const [owner = '', name = ''] = environmentsRepo.repository.split('/')
  const envReader = new EnvironmentsReader(
    context.octokit,
    new GitHubReader(context.octokit, owner, name, deps.caches),
    environmentsRepo,
    config.promotion?.healthStatusContext,
  )
  if (
    'model' in command &&
    command.model !== undefined &&
    command.verb !== 'promote' &&
    command.verb !== 'rollback'
  ) {
    // `/hold prod freeze`: a second word that is no model is a reason, not a model to hold.
    const exists = await reader.readFileAt(
      modelHead,
      manifestPathOf(config.models?.root ?? 'models', command.model),
    )
    if (exists === null)
      return {
        verdict: 'invalid',
        reply: `There is no model ${escapeMarkdown(command.model)} on ${escapeMarkdown(repository.default_branch)}. To hold every model in ${escapeMarkdown(command.environment)} with a reason, write the reason on the next line.\n`,
      }
  }
  if (command.verb === 'hold' || command.verb === 'unhold') {
    return runHold({
      environments: envReader,
      command: { ...command, text },
      requester,
      reviewedHolds: (await envReader.reviewedHolds(await envReader.snapshot())).holds,
    })
  }
  return runPromotion({
    thread,
    repository: repository.full_name,
    command: {
      kind: command.verb,
      model: command.model,
      environment: command.environment,
      ...(command.version === undefined ? {} : { version: command.version }),
      text,
    },
    requester: { login: requester, id: comment.user!.id },
    requestUrl: comment.html_url,
    config,
    model,
    modelHead,
    environments: envReader,
    environmentsRepo,
  })
}

function refused(text: string, why: string): CommandResult {
  return { verdict: 'refused', reply: `${codeSpan(text)}: refused — ${escapeMarkdown(why)}\n` }
}

/** Per verb, whether the person may run it in every environment, else where not and why. */
async function helpPermissions(
  config: ModelgateConfig,
  authorize: (verb: ActingVerb, environment: string) => Promise<Authorization>,
): Promise<Record<Verb, boolean | string>> {
  const allowed: Record<Verb, boolean | string> = {
    promote: true,
    rollback: true,
    hold: true,
    unhold: true,
    help: true,
  }
  for (const verb of ['promote', 'rollback', 'hold', 'unhold'] as const) {
    const refusals: string[] = []
    for (const { name } of config.environments ?? []) {
      const decision = await authorize(verb, name)
      if (!decision.allowed) refusals.push(`${name}: ${decision.reason}`)
    }
    allowed[verb] = refusals.length === 0 ? true : refusals.join('; ')
  }
  return allowed
}

/** Which of `teams` (`org/team`) the requester is an active member of: one request per team, absent = not. */
async function teamsOf(context: CommentContext, login: string, teams: readonly string[]): Promise<string[]> {
  const member: string[] = []
  for (const team of teams) {
    const [org = '', slug = ''] = team.split('/')
    try {
      const { data } = await context.octokit.rest.teams.getMembershipForUserInOrg({
        org,
        team_slug: slug,
        username: login,
      })
      if (data.state === 'active') member.push(team)
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error
    }
  }
  return member
}

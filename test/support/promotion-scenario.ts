import type { Emulator } from '../../sandbox/emulator.js'
import type { CommandOutcome } from '../../sandbox/scenarios/commands.js'
import { runCommand, statusComment } from '../../sandbox/scenarios/commands.js'
import { comment, openIssue } from '../../sandbox/scenarios/comments.js'
import type { Bot } from '../../sandbox/start-bot.js'
import { startPlayground } from '../../sandbox/start-playground.js'
import type { IssueComment, Issue, Repo } from '../../sandbox/state.js'

/** Bot login as the emulator names the App's installation identity. */
export const BOT_LOGIN = 'modelgate[bot]'
export type { CommandOutcome }

export interface PromotionScenario {
  gh: Emulator
  models: Repo
  environments: Repo
  bot: Bot
  /** Starts one more process of the bot's App, same settings: webhooks then go to each in turn. */
  addReplica(): Promise<Bot>
  thread: Issue
  /** Comments `body` as `as` on the thread and waits for the bot's verdict. */
  command(as: string, body: string, options?: { thread?: number }): Promise<CommandOutcome>
  /** Comments without waiting (for concurrency and for comments the bot must ignore). */
  post(as: string, body: string, options?: { thread?: number }): IssueComment
  /** The bot's current comment on the thread that starts with the status key of (env, model). */
  statusComment(environment: string, model: string, thread?: number): string | undefined
  /** Open pull requests of the environments repository. */
  openPromotions(): { number: number; head: string; labels: string[]; body: string | null }[]
  /** Branches `modelgate/…` of the environments repository. */
  promotionBranches(): string[]
  stop(): Promise<void>
}

export interface PromotionScenarioOptions {
  /** More environment for the bot (over `LOG_LEVEL=info`, `WRITE_SPACING_MS=0`). */
  env?: Record<string, string>
  /** The repository's root, where `examples/` and `app.yml` are (default: the working directory). */
  root?: string
  /** The bot's production entry (default `<root>/lib/bot/main.js`). */
  appPath?: string
}

export async function startPromotionScenario(
  options: PromotionScenarioOptions = {},
): Promise<PromotionScenario> {
  // The playground's repositories and people (sandbox/start-playground.ts: ana writes, rita reads,
  // rel is the release team, max is an admin in acme/ml-maintainers and acme/platform).
  const playground = await startPlayground({
    ...(options.env ? { botEnv: options.env } : {}),
    ...(options.root ? { root: options.root } : {}),
    ...(options.appPath ? { appPath: options.appPath } : {}),
  })
  const { emulator: gh, models, environments, bot } = playground
  const thread = openIssue(gh, { repo: models, as: 'ana', title: 'Releases' })

  const post: PromotionScenario['post'] = (as, body, { thread: number = thread.number } = {}) =>
    comment(gh, { repo: models, issue: number, as, body })
  return {
    gh,
    models,
    environments,
    bot,
    addReplica: () => playground.addReplica(),
    thread,
    post,
    command: (as, body, { thread: issue = thread.number } = {}) =>
      runCommand(gh, { repo: models, issue, as, body, botLogin: BOT_LOGIN }),
    statusComment: (environment, model, issue = thread.number) =>
      statusComment(gh, { repo: models, issue, environment, model, botLogin: BOT_LOGIN }),
    openPromotions() {
      return gh.state.pulls
        .filter((pull) => pull.repo === environments && pull.state === 'open')
        .map((pull) => ({ number: pull.number, head: pull.head.ref, labels: pull.labels, body: pull.body }))
    },
    promotionBranches() {
      return environments.git
        .listRefs('refs/heads/modelgate/')
        .map(({ ref }) => ref.replace('refs/heads/', ''))
        .filter((ref) => ref !== 'modelgate/holds')
    },
    stop: () => playground.stop(),
  }
}

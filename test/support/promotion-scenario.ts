import type { Emulator } from '../../sandbox/emulator.js'
import { comment, openIssue } from '../../sandbox/scenarios/comments.js'
import type { Bot } from '../../sandbox/start-bot.js'
import { startPlayground } from '../../sandbox/start-playground.js'
import type { IssueComment, Issue, Repo } from '../../sandbox/state.js'
import { waitFor } from './bot-harness.js'

/** Bot login as the emulator names the App's installation identity. */
export const BOT_LOGIN = 'modelgate[bot]'
/** The reactions that end a command (every one but 👀). */
const FINAL = new Set(['rocket', '+1', '-1', 'confused'])

export interface CommandOutcome {
  /** The bot's final reaction (`rocket`, `+1`, `-1`, `confused`). */
  verdict: string
  /** Every reaction the bot put on the comment, in order. */
  reactions: string[]
  /** The bot's comments on the thread written since the command (replies and status comments). */
  replies: string[]
  /** API requests the bot made while handling it. */
  requests: number
}

export interface PromotionScenario {
  gh: Emulator
  models: Repo
  environments: Repo
  bot: Bot
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

export async function startPromotionScenario(
  options: { env?: Record<string, string> } = {},
): Promise<PromotionScenario> {
  // The playground's repositories and people (sandbox/start-playground.ts: ana writes, rita reads,
  // rel is the release team, max is an admin in acme/ml-maintainers and acme/platform).
  const playground = await startPlayground(options.env ? { botEnv: options.env } : {})
  const { emulator: gh, models, environments, bot } = playground
  const thread = openIssue(gh, { repo: models, as: 'ana', title: 'Releases' })
  const botComments = (issue: number) =>
    gh.state.comments.filter(
      (c) => c.repo === models && c.issueNumber === issue && c.user.login === BOT_LOGIN,
    )

  const post: PromotionScenario['post'] = (as, body, { thread: number = thread.number } = {}) =>
    comment(gh, { repo: models, issue: number, as, body })
  return {
    gh,
    models,
    environments,
    bot,
    thread,
    post,
    async command(as, body, { thread: number = thread.number } = {}) {
      const before = new Map(botComments(number).map((c) => [c.id, c.updatedAt + c.body]))
      const requests = gh.requests.length
      const posted = post(as, body, { thread: number })
      const reactionsOf = () =>
        posted.reactions.filter((r) => r.user.login === BOT_LOGIN).map((r) => r.content)
      await waitFor(() => reactionsOf().some((content) => FINAL.has(content)), {
        timeoutMs: 30_000,
        message: `the bot's verdict on ${JSON.stringify(body)}`,
      })
      await gh.webhooks.settled()
      return {
        verdict: reactionsOf().find((content) => FINAL.has(content))!,
        reactions: reactionsOf(),
        replies: botComments(number)
          .filter((c) => before.get(c.id) !== c.updatedAt + c.body)
          .map((c) => c.body),
        requests: gh.requests.length - requests,
      }
    },
    statusComment(environment, model, number = thread.number) {
      return botComments(number).find((c) =>
        c.body.startsWith(`<!-- modelgate:status ${environment}/${model} -->`),
      )?.body
    },
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

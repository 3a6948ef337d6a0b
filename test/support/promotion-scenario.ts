import { join } from 'node:path'
import { Emulator } from '../../sandbox/emulator.js'
import { comment, openIssue } from '../../sandbox/scenarios/comments.js'
import type { IssueComment, Issue, Repo } from '../../sandbox/state.js'
import type { Bot } from './bot-harness.js'
import { startBot, waitFor } from './bot-harness.js'

export const owner = 'acme'
/** Bot login as the emulator names the App's installation identity. */
export const BOT_LOGIN = 'modelgate[bot]'
/** The reactions that end a command (every one but 👀). */
const FINAL = new Set(['rocket', '+1', '-1', 'confused'])

/** The people of the example configs: a writer, a reader, a release-team member, a maintainer. */
export const PEOPLE = {
  ana: { role: 'write', teams: ['ml-maintainers'] },
  rita: { role: 'read', teams: [] },
  rel: { role: 'write', teams: ['release'] },
  max: { role: 'maintain', teams: ['ml-maintainers', 'platform'] },
} as const

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
  const root = options.root ?? '.'
  const gh = await Emulator.start()
  const models = gh.createRepo(owner, 'models', { seed: join(root, 'examples/model-repo') })
  const environments = gh.createRepo(owner, 'ml-environments', {
    seed: join(root, 'examples/environments-repo'),
  })
  for (const [login, person] of Object.entries(PEOPLE)) {
    for (const repo of [models, environments]) gh.grant(repo, login, person.role)
    for (const team of person.teams) gh.addTeamMember(owner, team, login)
  }
  const botOptions = {
    appPath: options.appPath ?? join(root, 'lib/bot/main.js'),
    emulator: gh,
    slug: 'modelgate',
    manifest: join(root, 'app.yml'),
    env: { LOG_LEVEL: 'info', WRITE_SPACING_MS: '0', ...options.env },
  }
  const bot = await startBot(botOptions)
  const bots = [bot]
  gh.install(bot.app, owner)
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
    async addReplica() {
      const replica = await startBot({ ...botOptions, replicaOf: bot })
      bots.push(replica)
      return replica
    },
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
    async stop() {
      await Promise.all(bots.map((each) => each.stop()))
      await gh.stop()
    },
  }
}

import { join, resolve } from 'node:path'
import { Emulator } from './emulator.js'
import type { Bot } from './start-bot.js'
import { startBot } from './start-bot.js'
import type { Permission, Repo } from './state.js'

/** The organisation both repositories belong to, as the example configs name it. */
export const PLAYGROUND_OWNER = 'acme'

/** Which repository a person is given their role on (both unless said). */
export type PlaygroundRepoKind = 'models' | 'environments'

export interface PlaygroundPerson {
  login: string
  role: Permission
  /** Teams of {@link PLAYGROUND_OWNER} (`ml-maintainers` for `@acme/ml-maintainers`). */
  teams: readonly string[]
  /** The repositories the role is on (default: both). */
  repos?: readonly PlaygroundRepoKind[]
  /** What this person is for, as the playground documents it. */
  note: string
}

/**
 * The people of the example configs (examples/model-repo/.modelgate/config.yml and the environments
 * repository's generated one): one member for each team they name, a reader, and the identity
 * argocd-notifications posts its commit statuses with.
 */
export const PLAYGROUND_PEOPLE: readonly PlaygroundPerson[] = [
  { login: 'max', role: 'admin', teams: ['ml-maintainers', 'platform'], note: 'admin; merges' },
  { login: 'ana', role: 'write', teams: ['ml-maintainers'], note: 'writer, not in acme/release' },
  { login: 'rel', role: 'write', teams: ['release'], note: 'approves prod promotions' },
  { login: 'fay', role: 'write', teams: ['model-risk'], note: 'approves high-risk model changes' },
  { login: 'carl', role: 'write', teams: ['compliance'], note: 'second approver of critical models' },
  { login: 'rita', role: 'read', teams: [], note: 'may read, may not run commands' },
  {
    login: 'argocd',
    role: 'write',
    teams: [],
    repos: ['environments'],
    note: 'Argo CD: posts continuous-delivery/<env>-<model> statuses',
  },
]

export interface PlaygroundOptions {
  /** The modelgate checkout: examples/, app.yml and the built lib/bot/main.js (default: the working directory). */
  root?: string
  /** The emulator's port (default: a free one). */
  port?: number
  /** Extra environment for the bot (e.g. `{ LOG_LEVEL: 'debug' }`). */
  botEnv?: Record<string, string>
  /** The bot's production entry (default `<root>/lib/bot/main.js`). */
  appPath?: string
}

export interface Playground {
  emulator: Emulator
  bot: Bot
  /** Starts one more process of the bot's App, same settings: webhooks then go to each in turn. */
  addReplica(): Promise<Bot>
  /** `acme/models`, seeded from examples/model-repo. */
  models: Repo
  /** `acme/ml-environments`, seeded from examples/environments-repo. */
  environments: Repo
  /** Everybody of {@link PLAYGROUND_PEOPLE}, each with a personal access token. */
  people: (PlaygroundPerson & { token: string })[]
  /** Stops the bot, then the emulator (removing their temp dirs); safe to call twice. */
  stop(): Promise<void>
}

/**
 * The emulator seeded with the example model repository and the environments repository generated
 * from its config, the people of {@link PLAYGROUND_PEOPLE}, and the bot as production runs it
 * (`node lib/bot/main.js`, registered with app.yml's permissions and events) installed on both
 * repositories. What `npm run playground` serves, the demo walks through, and the command tests drive.
 *
 * The bot's writes are not spaced (`WRITE_SPACING_MS=0`): the emulator has no secondary rate limit
 * unless a fault is injected.
 */
export async function startPlayground(options: PlaygroundOptions = {}): Promise<Playground> {
  const root = resolve(options.root ?? '.')
  const emulator = await Emulator.start(options.port === undefined ? {} : { port: options.port })
  try {
    const repos: Record<PlaygroundRepoKind, Repo> = {
      models: emulator.createRepo(PLAYGROUND_OWNER, 'models', { seed: join(root, 'examples', 'model-repo') }),
      environments: emulator.createRepo(PLAYGROUND_OWNER, 'ml-environments', {
        seed: join(root, 'examples', 'environments-repo'),
      }),
    }
    const people = PLAYGROUND_PEOPLE.map((person) => {
      for (const kind of person.repos ?? (['models', 'environments'] as const))
        emulator.grant(repos[kind], person.login, person.role)
      for (const team of person.teams) emulator.addTeamMember(PLAYGROUND_OWNER, team, person.login)
      return { ...person, token: emulator.tokenFor(person.login) }
    })
    const botOptions = {
      appPath: options.appPath ?? join(root, 'lib', 'bot', 'main.js'),
      emulator,
      slug: 'modelgate',
      manifest: join(root, 'app.yml'),
      // info: the harness waits for Probot's "Listening on"; the logs are kept, not printed.
      env: { LOG_LEVEL: 'info', WRITE_SPACING_MS: '0', ...options.botEnv },
    }
    const bot = await startBot(botOptions)
    const bots = [bot]
    emulator.install(bot.app, PLAYGROUND_OWNER, [repos.models, repos.environments])
    let stopping: Promise<void> | undefined
    return {
      emulator,
      bot,
      async addReplica() {
        const replica = await startBot({ ...botOptions, replicaOf: bot })
        bots.push(replica)
        return replica
      },
      ...repos,
      people,
      stop: () =>
        (stopping ??= (async () => {
          await Promise.all(bots.map((each) => each.stop()))
          await emulator.stop()
        })()),
    }
  } catch (error) {
    await emulator.stop()
    throw error
  }
}

/**
 * What `npm run playground` prints, one fact a line: `ready <REST API root>`, then
 * `repo <owner>/<name> <models|environments>` and `user <login> <role> <token>`.
 */
export function describePlayground(playground: Playground): string[] {
  return [
    `ready ${playground.emulator.url}`,
    `repo ${playground.models.fullName} models`,
    `repo ${playground.environments.fullName} environments`,
    ...playground.people.map((person) => `user ${person.login} ${person.role} ${person.token}`),
  ]
}

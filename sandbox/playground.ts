// `npm run playground [-- --port <p>]`: the GitHub emulator with the example model and environments
// repositories, the bot (`lib/bot/main.js`) installed on both, and people with roles, until Ctrl-C.
// Stdout is for machines (`ready …`, `repo …`, `user …`); stderr says what to try.
import { parseArgs } from 'node:util'
import type { Playground } from './start-playground.js'
import { describePlayground, PLAYGROUND_OWNER, startPlayground } from './start-playground.js'

const USAGE = 'usage: npm run playground -- [--port <p>]'

let port: number
try {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '0' } } })
  port = Number(values.port)
  if (!/^\d+$/.test(values.port) || port > 65535)
    throw new Error(`--port ${values.port} is not a port number`)
} catch (error) {
  process.stderr.write(`playground: ${(error as Error).message}\n${USAGE}\n`)
  process.exit(2)
}

// A signal during the start still stops what was started (the bot is a child process).
let starting: Promise<Playground> | undefined
const stop = () =>
  void Promise.resolve(starting)
    .then((playground) => playground?.stop())
    .catch(() => undefined) // a failed start already stopped what it started
    .finally(() => process.exit(0))
process.once('SIGINT', stop).once('SIGTERM', stop)

try {
  starting = startPlayground({ port })
  const playground = await starting
  process.stdout.write(`${describePlayground(playground).join('\n')}\n`)
  process.stderr.write(guide(playground))
} catch (error) {
  process.stderr.write(`playground: could not start: ${(error as Error).message}\n`)
  process.stderr.write('Run `npm run build` first if lib/bot/main.js is missing.\n')
  process.exit(1)
}

/** Who is who, and the first things to try, for a person reading the terminal. */
function guide({ emulator, models, environments, people }: Playground): string {
  const who = people.map(
    (person) =>
      `  ${person.login.padEnd(7)}${person.role.padEnd(6)}${person.teams.map((team) => `@${PLAYGROUND_OWNER}/${team} `).join('')}— ${person.note}`,
  )
  return [
    '',
    `The bot is installed on ${models.fullName} and ${environments.fullName}. People:`,
    ...who,
    '',
    'Try (TOKEN = ana\'s token from the "user ana" line):',
    `  curl -H "Authorization: token $TOKEN" ${emulator.url}/repos/${models.fullName}/issues -d '{"title":"Releases"}'`,
    `  curl -H "Authorization: token $TOKEN" ${emulator.url}/repos/${models.fullName}/issues/1/comments \\`,
    `    -d '{"body":"/promote fraud-detector to dev"}'`,
    'then merge the pull request in the environments repository as max, and post the status Argo CD would',
    '(context continuous-delivery/<env>-<model>) as argocd: docs/commands.md#the-playground. Ctrl-C stops.',
    '',
  ].join('\n')
}

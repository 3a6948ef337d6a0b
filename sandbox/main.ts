// `npm run sandbox -- --port <p> [--seed <dir>] [--owner acme] [--repo models] [--user <login>]`:
// the emulator on its own, for the demo and for trying clients by hand.
import { parseArgs } from 'node:util'
import { Emulator } from './emulator.js'

const USAGE =
  'usage: npm run sandbox -- [--port <p>] [--seed <dir>] [--owner <org>] [--repo <name>] [--user <login>]'

let values: { port?: string; seed?: string; owner?: string; repo?: string; user?: string }
try {
  ;({ values } = parseArgs({
    options: {
      port: { type: 'string', default: '3000' },
      seed: { type: 'string' },
      owner: { type: 'string', default: 'acme' },
      repo: { type: 'string', default: 'models' },
      user: { type: 'string', default: 'ana' },
    },
  }))
} catch (error) {
  process.stderr.write(`sandbox: ${(error as Error).message}\n${USAGE}\n`)
  process.exit(2)
}

const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`sandbox: --port ${values.port ?? ''} is not a port number\n${USAGE}\n`)
  process.exit(2)
}

const emulator = await Emulator.start({ port })
const user = values.user!
if (values.seed) {
  const repo = emulator.createRepo(values.owner!, values.repo!, { seed: values.seed })
  emulator.grant(repo, user, 'admin')
}
process.stdout.write(`ready ${emulator.url}\n`)
process.stdout.write(`token ${emulator.tokenFor(user)}\n`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void emulator.stop().then(() => process.exit(0)))
}

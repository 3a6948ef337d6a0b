import type { Emulator } from '../emulator.js'
import type { App, Installation, Repo } from '../state.js'

/**
 * `as` installs an App on `account` (all of its repositories, or `repositories`), and GitHub sends
 * the App `installation.created` listing the repositories it can reach. (`emulator.install` is the
 * silent version, for setting a test up.)
 */
export function installApp(
  emulator: Emulator,
  options: { app: App; account: string; as: string; repositories?: Repo[] },
): Installation {
  const installation = emulator.install(options.app, options.account, options.repositories)
  const reachable =
    options.repositories ??
    [...emulator.state.repos.values()].filter((repo) => repo.owner === installation.account)
  const sender = emulator.createUser(options.as)
  emulator.webhooks.emitTo(
    options.app,
    'installation',
    emulator.events.installationCreated(installation, reachable, sender),
  )
  return installation
}

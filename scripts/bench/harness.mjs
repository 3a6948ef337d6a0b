// The TypeScript the bench drives, bundled on the fly: the GitHub emulator, its scenarios, and the
// test harness that runs a bundled action as the runner does. Dependencies stay in node_modules.
import { join } from 'node:path'
import * as esbuild from 'esbuild'

/** Bundles the emulator and the action harness into lib/bench/harness.js and imports it. */
export async function loadHarness(here) {
  const outfile = join(here, 'lib', 'bench', 'harness.js')
  await esbuild.build({
    stdin: {
      contents: [
        `export { Emulator } from './sandbox/emulator.js'`,
        `export { comment } from './sandbox/scenarios/comments.js'`,
        `export { pushToBranch } from './sandbox/scenarios/pulls.js'`,
        `export { runAction } from './test/support/action-runner.js'`,
        `export { actionsToken, checkout, openPull } from './test/support/action-scenario.js'`,
      ].join('\n'),
      resolveDir: here,
      sourcefile: 'bench-harness.ts',
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

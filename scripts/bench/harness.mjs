// The TypeScript the bench drives, bundled on the fly: the GitHub emulator, its scenarios, the test
// harness that runs a bundled action as the runner does, and the one that runs a Probot app as
// production does (`probot run`). Dependencies stay in node_modules.
import { join } from 'node:path'
import * as esbuild from 'esbuild'

/** Bundles the emulator and the action and bot harnesses into lib/bench/harness.js and imports it. */
export async function loadHarness(here) {
  const outfile = join(here, 'lib', 'bench', 'harness.js')
  const exports = {
    './sandbox/emulator.js': ['Emulator'],
    './sandbox/scenarios/comments.js': ['comment'],
    './sandbox/scenarios/pulls.js': ['openPullRequest', 'pushToBranch', 'review'],
    './test/support/action-runner.js': ['runAction'],
    './test/support/action-scenario.js': ['actionsToken', 'checkout'],
    './test/support/bot-harness.js': ['startBot'],
  }
  await esbuild.build({
    stdin: {
      contents: Object.entries(exports)
        .map(([from, names]) => `export { ${names.join(', ')} } from '${from}'`)
        .join('\n'),
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
  const harness = await import(outfile)
  // A name the TypeScript no longer exports bundles silently as `undefined`: say which, and where.
  for (const [from, names] of Object.entries(exports))
    for (const name of names)
      if (harness[name] === undefined) throw new Error(`bench harness: ${from} no longer exports ${name}`)
  return harness
}

// The TypeScript the demo and the bench drive (the GitHub emulator, its scenarios, the test
// harnesses), bundled on the fly into lib/<name>/harness.js and imported. Dependencies stay in
// node_modules.
import { join } from 'node:path'
import * as esbuild from 'esbuild'

/**
 * Bundles `exports` (module path → names, relative to `here`) and imports the bundle. A name the
 * TypeScript no longer exports would bundle silently as `undefined`: this says which, and where.
 */
export async function bundleHarness(here, name, exports) {
  const outfile = join(here, 'lib', name, 'harness.js')
  await esbuild.build({
    stdin: {
      contents: Object.entries(exports)
        .map(([from, names]) => `export { ${names.join(', ')} } from '${from}'`)
        .join('\n'),
      resolveDir: here,
      sourcefile: `${name}-harness.ts`,
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
  for (const [from, names] of Object.entries(exports))
    for (const exported of names)
      if (harness[exported] === undefined)
        throw new Error(`${name} harness: ${from} no longer exports ${exported}`)
  return harness
}

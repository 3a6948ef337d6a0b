// Builds what modelgate runs: the CLI bundle (lib/cli/modelgate.js, not committed) and, once there
// are actions, one entry per action (dist/<name>/index.js) sharing dist/chunks/, all committed.
import * as esbuild from 'esbuild'
import { existsSync, readdirSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { writeCompiledCrds } from './compile-crds.mjs'
import { writeCompiledSchemas } from './compile-schemas.mjs'

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies inside an ESM bundle still call require().
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
}

/**
 * `@actions/core` imports `@actions/http-client` (and through it undici, ~60 ms at every start) only
 * for OIDC tokens, which modelgate never asks for: inside the actions, that import gets a stub that
 * throws if used. Only core's import: `@actions/github` keeps its own http-client for proxies.
 */
const OIDC_STUB = fileURLToPath(new URL('./stubs/oidc-http-client.mjs', import.meta.url))
const stubOidcClient = {
  name: 'stub-oidc-http-client',
  setup(build) {
    build.onResolve({ filter: /^@actions\/http-client(\/|$)/ }, ({ importer }) =>
      /[\\/]node_modules[\\/]@actions[\\/]core[\\/]/.test(importer) ? { path: OIDC_STUB } : undefined,
    )
  },
}

/**
 * The compiled CRD validators (2 MB) run only when a manifest is rendered, which no action does; they
 * are declared free of side effects so that a bundle which never calls them drops them, instead of
 * loading them at every step's start because `core/index.ts` reaches them.
 */
const dropUnusedCrdValidators = {
  name: 'crd-validators-side-effect-free',
  setup(build) {
    build.onResolve({ filter: /[\\/]generated[\\/]crd-validators\.js$/ }, ({ path, resolveDir }) => ({
      path: resolve(resolveDir, path),
      sideEffects: false,
    }))
  },
}

writeCompiledSchemas()
writeCompiledCrds()
await esbuild.build({ ...common, entryPoints: { modelgate: 'cli/main.ts' }, outdir: 'lib/cli' })
// The emulator runs from node_modules (GitHub's OpenAPI description is 13 MB of JSON): not bundled.
if (existsSync('sandbox/main.ts')) {
  await esbuild.build({
    ...common,
    entryPoints: { main: 'sandbox/main.ts', playground: 'sandbox/playground.ts' },
    outdir: 'lib/sandbox',
    packages: 'external',
  })
}

// The Probot app runs from node_modules in production (`npm ci --omit=dev`): its own code bundled,
// packages left external (pino transports and Probot's optional dependencies load at run time).
if (existsSync('bot/index.ts')) {
  await esbuild.build({
    ...common,
    entryPoints: { index: 'bot/index.ts', main: 'bot/main.ts', serverless: 'bot/serverless.ts' },
    outdir: 'lib/bot',
    packages: 'external',
  })
}

const actions = existsSync('actions')
  ? readdirSync('actions', { withFileTypes: true }).filter(
      (d) => d.isDirectory() && existsSync(`actions/${d.name}/main.ts`),
    )
  : []
if (actions.length > 0) {
  rmSync('dist', { recursive: true, force: true }) // chunk names change with their content: no stale ones
  await esbuild.build({
    ...common,
    entryPoints: actions.map((d) => ({ in: `actions/${d.name}/main.ts`, out: `${d.name}/index` })),
    outdir: 'dist',
    // The actions share almost all their code: one copy in dist/chunks/ instead of one per action.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    plugins: [stubOidcClient, dropUnusedCrdValidators],
  })
}

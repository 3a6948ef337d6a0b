// `npm ci` and `npm install` run this (package.json "prepare"). A development install has esbuild
// and builds what the repository runs (scripts/build.mjs). A production install
// (`npm ci --omit=dev`, as the Dockerfile and docs/deploy.md do it) has no build tools and builds
// nothing: it runs a lib/ built beforehand, with the dev dependencies, by `npm run build`.
import { createRequire } from 'node:module'

try {
  createRequire(import.meta.url).resolve('esbuild')
} catch {
  console.log('modelgate: esbuild is not installed (a production install): nothing to build')
  process.exit(0)
}
await import('./build.mjs')

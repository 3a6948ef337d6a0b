import { execFileSync } from 'node:child_process'

/** Rebuilds lib/ and dist/ before the suite, so tests never run a stale bundle. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' })
}

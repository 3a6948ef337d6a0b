import module from 'node:module'
import { join } from 'node:path'

/**
 * Keeps V8's compiled code of the bundle in `$RUNNER_TEMP` (Node ≥ 22.1's module compile cache, as
 * `tsc` does), so the second and later modelgate steps of a job skip compiling ~1 MB of JavaScript.
 * RUNNER_TEMP is emptied before every job: only steps of the same job, which can already change
 * anything on the machine, ever share a cache. Outside a runner, or on an older Node, nothing happens.
 */
export function cacheCompiledCode(env: NodeJS.ProcessEnv = process.env): void {
  // Not in @types/node 20's declarations: the actions are typed for the oldest Node they run on.
  const { enableCompileCache } = module as { enableCompileCache?: (directory: string) => unknown }
  const temp = env.RUNNER_TEMP
  if (temp && enableCompileCache) enableCompileCache(join(temp, 'modelgate-compile-cache'))
}

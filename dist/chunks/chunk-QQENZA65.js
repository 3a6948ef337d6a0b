import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// actions/shared/compile-cache.ts
import module from "node:module";
import { join } from "node:path";
function cacheCompiledCode(env = process.env) {
  const { enableCompileCache } = module;
  const temp = env.RUNNER_TEMP;
  if (temp && enableCompileCache) enableCompileCache(join(temp, "modelgate-compile-cache"));
}

export {
  cacheCompiledCode
};

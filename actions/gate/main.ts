import { cacheCompiledCode } from '../shared/compile-cache.js'

// Before anything large is loaded: the cache applies to modules imported after it is enabled.
cacheCompiledCode()
const { runAction } = await import('../shared/action-context.js')
const { gateAction } = await import('./gate-action.js')
await runAction(gateAction)

import { cacheCompiledCode } from '../shared/compile-cache.js'
import type { ActionContext } from '../shared/action-context.js'

// Before anything large is loaded: the cache applies to modules imported after it is enabled.
cacheCompiledCode()
const [{ UsageError }, { diffAction }, { gateAction }, { runAction }, { validateAction }] = await Promise.all(
  [
    import('../../local/errors.js'),
    import('../diff/diff-action.js'),
    import('../gate/gate-action.js'),
    import('../shared/action-context.js'),
    import('../validate/validate-action.js'),
  ],
)

const COMMANDS: Record<string, (context: ActionContext) => Promise<void>> = {
  validate: validateAction,
  gate: gateAction,
  diff: diffAction,
}

// The umbrella action (`uses: org/modelgate@v1` with `command:`): the same three actions, one entry.
await runAction(async (context) => {
  const command = context.input('command')
  const action = COMMANDS[command]
  if (!action)
    throw new UsageError(`input command: "${command}" is not one of ${Object.keys(COMMANDS).join(', ')}`)
  await action(context)
})

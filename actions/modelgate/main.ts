import { UsageError } from '../../local/errors.js'
import { diffAction } from '../diff/diff-action.js'
import { gateAction } from '../gate/gate-action.js'
import type { ActionContext } from '../shared/action-context.js'
import { runAction } from '../shared/action-context.js'
import { validateAction } from '../validate/validate-action.js'

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

import { runAction } from '../shared/action-context.js'
import { validateAction } from './validate-action.js'

await runAction(validateAction)

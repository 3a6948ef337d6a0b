import { runAction } from '../shared/action-context.js'
import { gateAction } from './gate-action.js'

await runAction(gateAction)

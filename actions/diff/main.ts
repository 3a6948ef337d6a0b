import { runAction } from '../shared/action-context.js'
import { diffAction } from './diff-action.js'

await runAction(diffAction)

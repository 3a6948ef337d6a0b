import type { Probot } from 'probot'
import { createApprovalApp } from './approval/create-approval-app.js'
import type { ApprovalAppOptions } from './approval/approval-context.js'
import { createCommandsApp } from './commands/create-commands-app.js'

export { createApprovalApp }
export type { ApprovalAppOptions }
export { parseQueueRef } from './approval/parse-queue-ref.js'

/** Settings of every app modelgate's one Probot server hosts. */
export interface ModelgateAppOptions {
  /** This App's id: its own check runs and suites never trigger an evaluation. */
  appId?: number
}

/**
 * Every modelgate app on one Probot instance: one GitHub App, one webhook, one server. Each app
 * registers its own handlers and keeps its own caches and delivery dedupe; add an app here.
 */
export function createModelgateApp(options: ModelgateAppOptions = {}): (app: Probot) => void {
  const apps = [createApprovalApp(options), createCommandsApp(options)]
  return (app: Probot) => {
    for (const register of apps) register(app)
  }
}

/**
 * `probot run lib/bot/index.js` is refused: Probot's own server reads a webhook body of any size
 * before checking its signature, hands malformed payloads to the handlers and accepts the secret
 * "development". `node lib/bot/main.js` guards all three (see `webhook-guard.ts`).
 */
export default (): void => {
  process.stderr.write(
    'modelgate bot: `probot run lib/bot/index.js` is not supported (its server reads any body before checking the signature): run `node lib/bot/main.js`\n',
  )
  process.exit(1)
}

import type { Handler } from './context.js'
import { appRoutes } from './apps.js'
import { gitRoutes } from './git.js'
import { repoRoutes } from './repos.js'

/** Every implemented operation, by GitHub's operationId. A known route without a handler is a recorded problem. */
export const handlers: Record<string, Handler> = {
  ...appRoutes,
  ...repoRoutes,
  ...gitRoutes,
}

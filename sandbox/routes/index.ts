import type { Handler } from './context.js'
import { appRoutes } from './apps.js'
import { checksRoutes } from './checks.js'
import { commitsRoutes } from './commits.js'
import { deploymentRoutes } from './deployments.js'
import { gitRoutes } from './git.js'
import { issuesRoutes } from './issues.js'
import { peopleRoutes } from './people.js'
import { pullsRoutes } from './pulls.js'
import { repoRoutes } from './repos.js'
import { rulesetRoutes } from './rulesets.js'

/** Every implemented operation, by GitHub's operationId. A known route without a handler is a recorded problem. */
export const handlers: Record<string, Handler> = {
  ...appRoutes,
  ...repoRoutes,
  ...gitRoutes,
  ...pullsRoutes,
  ...issuesRoutes,
  ...checksRoutes,
  ...commitsRoutes,
  ...deploymentRoutes,
  ...peopleRoutes,
  ...rulesetRoutes,
}

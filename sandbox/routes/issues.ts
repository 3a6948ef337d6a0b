import type { Handler } from './context.js'

export const issuesRoutes: Record<string, Handler> = {}

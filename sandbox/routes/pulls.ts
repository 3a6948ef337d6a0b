import type { Handler } from './context.js'

export const pullsRoutes: Record<string, Handler> = {}

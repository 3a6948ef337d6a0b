import type { Handler } from './context.js'

export const peopleRoutes: Record<string, Handler> = {}

import type { Handler } from './context.js'

export const checksRoutes: Record<string, Handler> = {}

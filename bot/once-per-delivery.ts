import type { Context } from 'probot'
import { LruCache } from './lru-cache.js'

/** Runs a delivery's work unless a delivery with the same id already completed it. */
export type OncePerDelivery = (
  context: Pick<Context, 'id' | 'log'>,
  work: () => Promise<void>,
) => Promise<void>

/**
 * Skips redeliveries (GitHub redelivers with the same id) of deliveries that completed: an
 * optimisation only, so handlers must stay idempotent. A delivery that failed is not remembered
 * and runs again. Remembers the last `capacity` ids; each app keeps its own.
 */
export function oncePerDelivery(capacity = 10_000): OncePerDelivery {
  const handled = new LruCache<string, true>(capacity)
  return async (context, work) => {
    if (handled.has(context.id)) {
      context.log.debug({ delivery: context.id }, 'delivery already handled')
      return
    }
    await work()
    handled.set(context.id, true)
  }
}

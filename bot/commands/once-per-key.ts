import { LruCache } from '../lru-cache.js'

/** Remembers the keys it has seen (bounded): `first(key)` is true only the first time. */
export interface OncePerKey {
  first(key: string): boolean
}

export function oncePerKey(capacity = 10_000): OncePerKey {
  const seen = new LruCache<string, true>(capacity)
  return {
    first(key) {
      if (seen.has(key)) return false
      seen.set(key, true)
      return true
    },
  }
}

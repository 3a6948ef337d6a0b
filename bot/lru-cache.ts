/** A byte bound for a cache: the most its values may weigh together, and how to weigh one. */
export interface ByteBound<V> {
  maxBytes: number
  /** An estimate of what a value holds in memory, in bytes (a blob: its length). */
  sizeOf(value: V): number
}

/**
 * A small least-recently-used map, bounded by a count and, when given, by bytes. The bot keeps
 * only caches (never state a decision depends on): git trees and blobs by SHA, which are
 * immutable, and delivery ids already handled. A count alone does not bound memory: 2,000 cached
 * blobs of a few megabytes each would be gigabytes, so caches of file and tree contents are bounded
 * by bytes too, and a value larger than the whole bound is not cached at all.
 */
export class LruCache<K, V> {
  private readonly entries = new Map<K, { value: V; bytes: number }>()
  private bytes = 0

  constructor(
    private readonly capacity: number,
    private readonly bound?: ByteBound<V>,
  ) {}

  get(key: K): V | undefined {
    const entry = this.entries.get(key)
    if (entry === undefined) return undefined
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry.value
  }

  has(key: K): boolean {
    return this.entries.has(key)
  }

  set(key: K, value: V): void {
    this.delete(key)
    const bytes = this.bound ? this.bound.sizeOf(value) : 0
    if (this.bound && bytes > this.bound.maxBytes) return
    this.entries.set(key, { value, bytes })
    this.bytes += bytes
    while (this.entries.size > this.capacity || (this.bound && this.bytes > this.bound.maxBytes)) {
      const oldest = this.entries.keys().next()
      if (oldest.done) break
      this.delete(oldest.value)
    }
  }

  delete(key: K): void {
    const entry = this.entries.get(key)
    if (!entry) return
    this.bytes -= entry.bytes
    this.entries.delete(key)
  }

  get size(): number {
    return this.entries.size
  }

  /** What the cached values weigh together, by their `sizeOf` (0 without a byte bound). */
  get weight(): number {
    return this.bytes
  }
}

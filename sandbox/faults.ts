/** A failure to inject, GitHub-style. */
export type FaultKind =
  /** 502 Bad Gateway (or `status`). */
  | 'server-error'
  /** 403 "You have exceeded a secondary rate limit" with `retry-after`. */
  | 'secondary-rate-limit'
  /** 429 Too Many Requests with `retry-after`. */
  | 'rate-limit'
  /** Answer normally, after `latencyMs` (not at all when the client went away meanwhile: it never arrived). */
  | 'latency'
  /** Close the connection without answering. */
  | 'drop'

export interface FaultRule {
  kind: FaultKind
  /** Which requests: by method, path template or operationId (all when absent). */
  match?: { method?: string; template?: string; operationId?: string }
  /** Fail only these matching requests (1-based ordinals among those the rule matches). */
  nth?: number[]
  /** Fail each matching request with this probability (seeded, so runs repeat exactly). */
  rate?: number
  /** Stop after failing this many requests. */
  times?: number
  status?: number
  retryAfterSeconds?: number
  latencyMs?: number
}

interface ActiveRule extends FaultRule {
  seen: number
  fired: number
}

/**
 * Deterministic fault injection: rules choose requests by ordinal or by a seeded random rate, so
 * the same seed and the same requests always fail the same way.
 */
export class FaultInjector {
  private rules: ActiveRule[] = []
  private random: () => number

  constructor(seed = 1) {
    this.random = mulberry32(seed)
  }

  /** Adds a rule; returns a function that removes it. */
  add(rule: FaultRule): () => void {
    const active = { ...rule, seen: 0, fired: 0 }
    this.rules.push(active)
    return () => {
      this.rules = this.rules.filter((r) => r !== active)
    }
  }

  clear(seed?: number): void {
    this.rules = []
    if (seed !== undefined) this.random = mulberry32(seed)
  }

  /** The fault for this request, if any rule fires. */
  decide(request: { method: string; template?: string; operationId?: string }): FaultRule | undefined {
    for (const rule of this.rules) {
      const { match } = rule
      if (match?.method && match.method !== request.method) continue
      if (match?.template && match.template !== request.template) continue
      if (match?.operationId && match.operationId !== request.operationId) continue
      rule.seen++
      if (rule.times !== undefined && rule.fired >= rule.times) continue
      const chosen = rule.nth
        ? rule.nth.includes(rule.seen)
        : rule.rate !== undefined
          ? this.random() < rule.rate
          : true
      if (chosen) {
        rule.fired++
        return rule
      }
    }
    return undefined
  }
}

/** A small, good-enough seeded PRNG (public domain). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

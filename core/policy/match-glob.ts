/**
 * Whether a whole `/`-separated path matches a glob: `*` is any run of characters within a segment,
 * `?` one character within a segment, a `**` segment any number of segments (zero included);
 * everything else is literal. No regular expression is built, so a pattern cannot inject one, and
 * matching takes time proportional to pattern × path, never exponential.
 * @example matchGlob('models/**\/model.yaml', 'models/fraud/model.yaml') // true
 */
export function matchGlob(pattern: string, path: string): boolean {
  const globs = pattern.split('/')
  const parts = path.split('/')
  const memo = new Map<number, boolean>()
  const match = (g: number, p: number): boolean => {
    const key = g * (parts.length + 1) + p
    const known = memo.get(key)
    if (known !== undefined) return known
    let result: boolean
    const glob = globs[g]
    if (glob === undefined) result = p === parts.length
    else if (glob === '**') result = match(g + 1, p) || (p < parts.length && match(g, p + 1))
    else result = p < parts.length && matchSegment(glob, parts[p]!) && match(g + 1, p + 1)
    memo.set(key, result)
    return result
  }
  return match(0, 0)
}

/** Wildcard match within one segment: greedy `*` with one backtrack point. */
function matchSegment(glob: string, text: string): boolean {
  let g = 0
  let t = 0
  let star = -1
  let resume = 0
  while (t < text.length) {
    if (g < glob.length && (glob[g] === '?' || (glob[g] !== '*' && glob[g] === text[t]))) {
      g++
      t++
    } else if (g < glob.length && glob[g] === '*') {
      star = g++
      resume = t
    } else if (star >= 0) {
      g = star + 1
      t = ++resume
    } else return false
  }
  while (glob[g] === '*') g++
  return g === glob.length
}

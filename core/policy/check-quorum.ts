import type { RuleRequirements } from './policy.js'
import { plural } from '../report/validation-result.js'
import { listWords } from './policy-context.js'
import type { ApproverGroups } from './approver-eligibility.js'
import type { CountedApproval } from './tally-votes.js'

export interface Quorum {
  met: boolean
  /** `1/2 required approvals`, with each `distinct` group's share. */
  summary: string
  /** What is still needed, or `''`. */
  missing: string
}

/**
 * Whether the counted approvals reach `requires`: at least `count` approvers, and for `distinct`
 * an assignment of approvers to group seats where each group gets its count and nobody sits twice
 * (a person in two groups fills one seat). The assignment is a maximum bipartite matching, so the
 * answer does not depend on the order approvals arrived in.
 */
export function checkQuorum(
  requires: RuleRequirements | undefined,
  approvals: readonly CountedApproval[],
  groups: ApproverGroups,
): Quorum {
  const distinct = requires?.distinct ?? []
  const needed =
    requires === undefined ? 0 : (requires.count ?? (distinct.length > 0 ? sumCounts(requires) : 1))
  const filled = fillSeats(distinct, approvals)
  const short = distinct.flatMap((group, index) => {
    const gap = group.count - (filled[index] ?? 0)
    return gap > 0 ? [`${gap} from ${groups.describeGroup(index)}`] : []
  })
  const totalGap = Math.max(0, needed - approvals.length)
  const missing = [
    ...(totalGap > 0 ? [`${plural(totalGap, 'more approval')} from ${groups.describe()}`] : []),
    ...(short.length > 0 ? [`${listWords(short, 'and')}, each a different person`] : []),
  ]
  const shares = distinct.map(
    (group, index) => `${groups.describeGroup(index)} ${filled[index] ?? 0}/${group.count}`,
  )
  return {
    met: missing.length === 0,
    summary: `${approvals.length}/${needed} required approvals${shares.length > 0 ? ` (${shares.join('; ')})` : ''}`,
    missing: missing.join('; '),
  }
}

/** The sum of the `distinct` group counts: the fewest approvers the groups can need. */
export function sumCounts(requires: RuleRequirements): number {
  return (requires.distinct ?? []).reduce((sum, group) => sum + group.count, 0)
}

/** Seats filled per group by a maximum matching of approvers to seats (Kuhn's augmenting paths). */
function fillSeats(
  distinct: NonNullable<RuleRequirements['distinct']>,
  approvals: readonly CountedApproval[],
): number[] {
  const seats = distinct.flatMap((group, index) => Array.from({ length: group.count }, () => index))
  const holder: (number | undefined)[] = seats.map(() => undefined)
  const place = (approver: number, visited: Set<number>): boolean => {
    for (let seat = 0; seat < seats.length; seat++) {
      if (visited.has(seat) || !approvals[approver]!.groups.includes(seats[seat]!)) continue
      visited.add(seat)
      const current = holder[seat]
      if (current === undefined || place(current, visited)) {
        holder[seat] = approver
        return true
      }
    }
    return false
  }
  approvals.forEach((_, approver) => place(approver, new Set()))
  return distinct.map(
    (_, index) => seats.filter((group, seat) => group === index && holder[seat] !== undefined).length,
  )
}

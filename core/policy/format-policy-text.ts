import type { PolicyDecision, RuleResult } from './policy-decision.js'
import { STATUS_MARKS } from './format-policy-markdown.js'

/**
 * The decision for a terminal (`modelgate policy evaluate`): the state, then the rule tree indented
 * two spaces per level, with the same marks and reasons as the check run. Control characters in
 * names and reasons are replaced, so a facts file cannot move the cursor or recolour the terminal.
 * @example
 * // pending: still pending: risk-team
 * // … risk-team: 0/1 required approvals, 1 ignored
 * //     ignored: @ana (author of the pull request)
 * //     still needed: 1 more approval from a member of acme/risk
 */
export function formatPolicyText(decision: PolicyDecision): string {
  const lines = [`${decision.state}: ${clean(decision.summary)}`]
  for (const node of decision.rules) for (const line of renderNode(node, 0)) lines.push(line)
  return `${lines.join('\n')}\n`
}

function renderNode(node: RuleResult, depth: number): string[] {
  const indent = '  '.repeat(depth)
  const label = node.kind === 'rule' ? clean(node.name) : node.kind === 'and' ? 'all of' : 'any of'
  const lines = [`${indent}${STATUS_MARKS[node.status]} ${label}: ${clean(node.summary)}`]
  const votes = (list: RuleResult['counted']) =>
    list.map((vote) => `@${clean(vote.login)} (${clean(vote.reason)})`).join(', ')
  if (node.counted.length > 0) lines.push(`${indent}    counted: ${votes(node.counted)}`)
  if (node.ignored.length > 0) lines.push(`${indent}    ignored: ${votes(node.ignored)}`)
  if (node.missing !== '') lines.push(`${indent}    still needed: ${clean(node.missing)}`)
  for (const child of node.children ?? []) for (const line of renderNode(child, depth + 1)) lines.push(line)
  return lines
}

function clean(text: string): string {
  // eslint-disable-next-line no-control-regex -- replacing control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '�')
}

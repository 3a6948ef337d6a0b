import type { Problem } from '../problem.js'
import { escapeMarkdown } from '../markdown/escape-markdown.js'
import { plural } from '../report/validation-result.js'
import type { PolicyDecision, PolicyState, RuleResult, RuleStatus } from './policy-decision.js'

export interface FormatPolicyMarkdownOptions {
  /**
   * Problems of the policy a pull request proposes (from `lintPolicy` on its head), shown after the
   * decision: the proposed policy never decides its own pull request, but its author should see
   * whether it would work. Absent when the pull request does not edit the policy.
   */
  proposedPolicyProblems?: readonly Problem[]
}

/** GitHub refuses check-run output over 65 535 characters; stay clear of it. */
const MAX_LENGTH = 60_000

/** Marks per status, shared by the Markdown and text renderers. */
export const STATUS_MARKS: Record<RuleStatus, string> = {
  approved: '✓',
  disapproved: '✗',
  skipped: '–',
  pending: '…',
  error: '⚠',
}

const HEADINGS: Record<PolicyState, string> = {
  approved: '✅ Approved',
  pending: '⏳ Pending',
  disapproved: '❌ Changes requested',
  error: '⚠️ Error',
}

/**
 * The decision as check-run output: the state, then the rule tree with ✓/✗/–/…/⚠ per node, who
 * counted, who was ignored and why, and what is still needed. Rule names, logins, check names and
 * reasons come from the policy and the pull request, so every one is escaped (no HTML, links or
 * @-mentions that notify anyone).
 */
export function formatPolicyMarkdown(
  decision: PolicyDecision,
  options: FormatPolicyMarkdownOptions = {},
): string {
  const lines = [`## ${HEADINGS[decision.state]}`, '', escapeMarkdown(capitalize(decision.summary)), '']
  for (const node of decision.rules) for (const line of renderNode(node, 0)) lines.push(line)
  const proposed = options.proposedPolicyProblems
  if (proposed) lines.push('', ...renderProposedPolicy(proposed))
  const text = `${lines.join('\n')}\n`
  return text.length <= MAX_LENGTH
    ? text
    : `${text.slice(0, MAX_LENGTH)}\n\n… output truncated; run \`modelgate policy evaluate\` for the whole tree.\n`
}

function renderNode(node: RuleResult, depth: number): string[] {
  const indent = '  '.repeat(depth)
  const label =
    node.kind === 'rule'
      ? `**${escapeMarkdown(node.name)}**`
      : node.kind === 'and'
        ? '**all of**'
        : '**any of**'
  const lines = [`${indent}- ${STATUS_MARKS[node.status]} ${label}: ${escapeMarkdown(node.summary)}`]
  const detail = `${indent}  - `
  if (node.counted.length > 0) lines.push(`${detail}counted: ${renderVotes(node.counted)}`)
  if (node.ignored.length > 0) lines.push(`${detail}ignored: ${renderVotes(node.ignored)}`)
  if (node.missing !== '') lines.push(`${detail}still needed: ${escapeMarkdown(node.missing)}`)
  for (const child of node.children ?? []) for (const line of renderNode(child, depth + 1)) lines.push(line)
  return lines
}

function renderVotes(votes: RuleResult['counted']): string {
  return votes
    .map(({ login, reason }) => `${escapeMarkdown(`@${login}`)} (${escapeMarkdown(reason)})`)
    .join(', ')
}

function renderProposedPolicy(problems: readonly Problem[]): string[] {
  if (problems.length === 0)
    return ['### The policy in this pull request', '', 'It lints clean; it applies once merged.']
  return [
    '### The policy in this pull request',
    '',
    `It has ${plural(problems.length, 'problem')}; fix ${problems.length === 1 ? 'it' : 'them'} before merging:`,
    '',
    ...problems.map(
      (problem) =>
        `- ${problem.severity === 'error' ? '✗' : '⚠'} ${escapeMarkdown(`${problem.file}:${problem.line}:${problem.column} ${problem.message}${problem.hint ? ` (${problem.hint})` : ''}`)}`,
    ),
  ]
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

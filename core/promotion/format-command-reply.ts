import { escapeMarkdown } from '../markdown/escape-markdown.js'
import { markdownLink } from './format-promotion-pull-request.js'
import type { PromotionPlan, Reason } from './promotion-plan.js'

const md = escapeMarkdown

/** A command as shown in a reply: inside a code span, so nothing in it is Markdown. */
export function codeSpan(text: string): string {
  const oneLine = text.replace(/[\r\n]+/g, ' ')
  const fence = '`'.repeat(Math.max(1, ...[...oneLine.matchAll(/`+/g)].map((m) => m[0].length + 1)))
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${oneLine}${pad}${fence}`
}

const reasonLine = (reason: Reason) =>
  `- ${md(reason.message)}${reason.hint === undefined ? '' : ` — ${md(reason.hint)}`}${
    reason.url === undefined ? '' : ` (${markdownLink('link', reason.url)})`
  }`

/** A reply that refuses or has nothing to do: the command, the verdict and every reason with its fix. */
export function formatRefusal(command: string, verdict: string, reasons: readonly Reason[]): string {
  return [`${codeSpan(command)}: ${md(verdict)}`, '', ...reasons.map(reasonLine)].join('\n').trimEnd() + '\n'
}

/** The reply to a plan that is not carried out (refused, or nothing to do). */
export function formatPlanReply(command: string, plan: PromotionPlan): string {
  const shown = plan.reasons.filter((reason) => reason.effect !== 'note' || plan.decision !== 'noop')
  return formatRefusal(command, plan.decision === 'noop' ? 'nothing to do' : 'refused', shown)
}

/** Where a promotion stands, from the command to Argo CD's verdict. */
export type PromotionStage = 'opened' | 'merged' | 'syncing' | 'live' | 'degraded' | 'abandoned' | 'failed'

const STAGES: readonly { stage: PromotionStage; label: string }[] = [
  { stage: 'opened', label: 'pull request opened' },
  { stage: 'merged', label: 'merged' },
  { stage: 'syncing', label: 'Argo CD syncing' },
  { stage: 'live', label: 'live and healthy' },
]

export interface PromotionProgress {
  /** The canonical command (`/promote fraud-detector@1.4.0 to staging`). */
  command: string
  model: string
  environment: string
  stage: PromotionStage
  requester: string
  /** The promotion pull request. */
  pullRequest: { number: number; url: string; repository: string }
  /** One line on the last change (Argo CD's description, an error). */
  detail?: string
  /** Where to look (Argo CD's target URL). */
  detailUrl?: string
  /** The command that undoes it, when the stage calls for one (degraded). */
  rollback?: string
}

/** How far each stage is: a status comment never moves back (a late "opened" after "merged"). */
const STAGE_RANK: Record<PromotionStage, number> = {
  opened: 0,
  merged: 1,
  syncing: 2,
  live: 3,
  degraded: 3,
  abandoned: 4,
  failed: 4,
}

const STAGE_LINE = /^<!-- modelgate:stage ([a-z]+) -->$/m

/**
 * Whether a promotion's status comment showing `current` may be rewritten to show `next`: never
 * back to an earlier stage (events arrive out of order: "syncing" can come after "live").
 */
export function mayShowProgress(current: string, next: PromotionProgress): boolean {
  const found = STAGE_LINE.exec(current)
  if (found === null) return true
  const shown = found[1] as PromotionStage
  return !(shown in STAGE_RANK) || STAGE_RANK[next.stage] >= STAGE_RANK[shown]
}

/**
 * The sticky status comment's hidden key: one per promotion, (thread, model, environment, pull
 * request). An earlier promotion's comment keeps its outcome (the thread stays an audit trail),
 * and the comment of a pull request just opened is known not to exist yet: it is created, unsearched.
 */
export function statusCommentKey(environment: string, model: string, pullRequest: number): string {
  return `<!-- modelgate:status ${environment}/${model} #${pullRequest} -->`
}

/**
 * The one status comment of a promotion on the thread where it was asked for, rewritten as it
 * moves: requested → pull request opened → merged → syncing → live and healthy, or degraded (with
 * the `/rollback` to type), abandoned (closed without merge) or failed.
 */
export function formatPromotionProgress(progress: PromotionProgress): string {
  const reached = STAGES.findIndex((entry) => entry.stage === progress.stage)
  const lines = [
    statusCommentKey(progress.environment, progress.model, progress.pullRequest.number),
    `<!-- modelgate:stage ${progress.stage} -->`,
    `${codeSpan(progress.command)} requested by @${md(progress.requester)}`,
    '',
  ]
  lines.push(
    `Promotion pull request: ${markdownLink(`${progress.pullRequest.repository}#${progress.pullRequest.number}`, progress.pullRequest.url)}`,
    '',
  )
  if (reached >= 0) {
    // Reached stages are done, except syncing, which is under way; the next one is awaited.
    const awaited = progress.stage === 'syncing' ? reached : reached + 1
    for (const [index, entry] of STAGES.entries())
      lines.push(`- ${index < awaited ? '✅' : index === awaited ? '⏳' : '⬜'} ${entry.label}`)
  } else {
    const label = {
      degraded: '❌ degraded',
      abandoned: '🚫 abandoned: closed without merging',
      failed: '❌ failed',
    }[progress.stage as 'degraded' | 'abandoned' | 'failed']
    lines.push(`**${label}**`)
  }
  if (progress.detail !== undefined)
    lines.push(
      '',
      `${md(progress.detail)}${progress.detailUrl === undefined ? '' : ` (${markdownLink('details', progress.detailUrl)})`}`,
    )
  if (progress.rollback !== undefined) lines.push('', `To roll back, comment ${codeSpan(progress.rollback)}`)
  return `${lines.join('\n')}\n`
}

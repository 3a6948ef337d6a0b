import { escapeLogLine } from '../report/format-github.js'
import type { PromotionPlan, Reason } from './promotion-plan.js'

const MARKS: Record<Reason['effect'], string> = { refuse: '✗', noop: '=', note: '!' }
const VERDICTS: Record<PromotionPlan['decision'], string> = {
  allow: 'allowed',
  refuse: 'refused',
  noop: 'nothing to do',
}

/**
 * A plan for a terminal: the verdict, each reason with its hint and link, then (when allowed)
 * the branch, the files written and deleted, the commit message and the pull request title.
 * Every line goes through `escapeLogLine`: names from manifests and files cannot inject
 * terminal control sequences or workflow commands.
 */
export function formatPlanText(plan: PromotionPlan): string {
  const lines = [`${plan.title}: ${VERDICTS[plan.decision]}`]
  for (const reason of plan.reasons) {
    lines.push(`  ${MARKS[reason.effect]} ${reason.message} [${reason.rule}]`)
    if (reason.hint !== undefined) lines.push(`      ${reason.hint}`)
    if (reason.url !== undefined) lines.push(`      ${reason.url}`)
  }
  const writes = plan.writes
  if (writes !== undefined) {
    lines.push(`branch ${writes.branch}`)
    for (const file of writes.files) lines.push(`  write  ${file.path}`)
    for (const path of writes.deletes) lines.push(`  delete ${path}`)
    if (writes.files.length === 0 && writes.deletes.length === 0) lines.push('  (no file changes)')
    lines.push(
      'commit message:',
      ...writes.commitMessage
        .trimEnd()
        .split('\n')
        .map((line) => `  ${line}`),
    )
    lines.push(
      `pull request: ${writes.pullRequest.title}`,
      `  labels: ${writes.pullRequest.labels.join(', ')}`,
    )
  }
  return `${lines.map(escapeLogLine).join('\n')}\n`
}

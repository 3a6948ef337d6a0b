import { escapeMarkdown } from '../markdown/escape-markdown.js'
import type { Reason } from './promotion-plan.js'
import type { FileChangeSummary, PromotionSummary } from './promotion-summary.js'
import { describePromotion } from './promotion-summary.js'

/** A URL shown as a link only when it has nothing Markdown could read as syntax. */
const PLAIN_URL = /^https:\/\/[A-Za-z0-9.-]+(\/[A-Za-z0-9._~%/#?=&+-]*)?$/

/** `[text](url)` for a plain https URL; otherwise the escaped URL as text, never a link. */
export function markdownLink(text: string, url: string): string {
  return PLAIN_URL.test(url) ? `[${escapeMarkdown(text)}](${url})` : escapeMarkdown(url)
}

const md = escapeMarkdown

function provenance(summary: PromotionSummary): string[] {
  const rows: [string, string | undefined][] = [
    ['Model', summary.model],
    ['Environment', summary.environment],
    ['Version', summary.version],
    ['Artifact digest', summary.digest],
    ['Source commit', summary.sourceCommit],
    ['Manifest', summary.manifestPath],
    [
      'Previous version',
      summary.previousVersion ?? (summary.kind === 'retire' ? undefined : 'none (first time here)'),
    ],
    ['Requested by', summary.requester],
    ['Forced', summary.forced ? 'yes: the upstream check was skipped' : undefined],
  ]
  const lines = ['| | |', '|---|---|']
  for (const [label, value] of rows) if (value !== undefined) lines.push(`| ${label} | ${md(value)} |`)
  if (summary.requestUrl !== undefined)
    lines.push(`| Request | ${markdownLink('comment', summary.requestUrl)} |`)
  return lines
}

function fileChanges(file: FileChangeSummary): string[] {
  const head = `- **${file.change}** ${md(file.path)}`
  if (file.change === 'delete') return [head]
  const fields = file.fields.map(({ path, before, after }) =>
    before === undefined
      ? `  - ${md(path)}: ${md(after ?? '')}`
      : after === undefined
        ? `  - ${md(path)}: ${md(before)} → removed`
        : `  - ${md(path)}: ${md(before)} → ${md(after)}`,
  )
  const more = file.more > 0 ? [`  - and ${file.more} more`] : []
  return file.change === 'add' ? [head] : [head, ...fields, ...more]
}

function rollBack(summary: PromotionSummary): string {
  const { model, environment } = summary
  if (summary.kind === 'retire')
    return `To bring it back, set its lifecycle.stage back in its manifest and comment /promote ${md(model)} to ${md(environment)}.`
  if (summary.previousVersion === undefined)
    return 'There is no earlier version here to roll back to: to remove the model, retire it.'
  return `To roll back once merged, comment /rollback ${md(model)} in ${md(environment)} to ${md(summary.previousVersion)} (or revert this pull request's commit).`
}

const noteLine = (note: Reason) =>
  `- ⚠️ ${md(note.message)}${note.hint === undefined ? '' : ` — ${md(note.hint)}`}`

/**
 * The promotion pull request's title and body: what changes and why it may (provenance, the
 * notes, the gates' verdict), what Argo CD will change field by field, and how to undo it. Every
 * name, version and message is untrusted text and goes through `escapeMarkdown`.
 */
export function formatPromotionPullRequest(summary: PromotionSummary): { title: string; body: string } {
  const title = `modelgate: ${describePromotion(summary)}`.replace(/[\r\n]+/g, ' ')
  const sections = [
    `## ${md(describePromotion(summary))}`,
    provenance(summary).join('\n'),
    ...(summary.notes.length > 0 ? [summary.notes.map(noteLine).join('\n')] : []),
    ...(summary.gatesVerdict === undefined
      ? []
      : [
          `**Gates:** ${md(summary.gatesVerdict)}${summary.gatesDigest === undefined ? '' : ` (verdict digest ${md(summary.gatesDigest)})`}`,
        ]),
    ['### What Argo CD will change', ...summary.files.flatMap(fileChanges)].join('\n'),
    summary.kind === 'promote' && summary.previousVersion !== undefined
      ? `In Knative mode a canary splits traffic between ${md(summary.version ?? '')} and the last rolled-out revision (${md(summary.previousVersion)}), which Git does not show.`
      : '',
    `### How to roll back\n${rollBack(summary)}`,
    '<sub>Written by modelgate; the files are generated — change the manifest or the environment profile instead.</sub>',
  ]
  return { title, body: `${sections.filter((s) => s !== '').join('\n\n')}\n` }
}

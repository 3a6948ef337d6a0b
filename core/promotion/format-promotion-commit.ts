import { formatTrailers } from './commit-trailers.js'
import type { PromotionSummary } from './promotion-summary.js'
import { describePromotion } from './promotion-summary.js'

// eslint-disable-next-line no-control-regex -- a newline in a name must not add lines to the message
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g
const oneLine = (text: string) => text.replace(CONTROL, ' ').trim()

/**
 * The promotion commit's message: `modelgate: <what>` as the subject, a short body (previous
 * version, the notes, the request), then the `Modelgate-*` trailers `modelgate status` reads.
 */
export function formatPromotionCommit(summary: PromotionSummary): string {
  const body: string[] = []
  if (summary.previousVersion !== undefined) body.push(`Previous version: ${summary.previousVersion}`)
  for (const note of summary.notes) body.push(`Note: ${note.message}`)
  if (summary.requestUrl !== undefined) body.push(`Requested in ${summary.requestUrl}`)
  const trailers = formatTrailers({
    kind: summary.kind,
    model: summary.model,
    environment: summary.environment,
    ...(summary.version === undefined ? {} : { version: summary.version }),
    ...(summary.digest === undefined ? {} : { digest: summary.digest }),
    ...(summary.sourceCommit === undefined ? {} : { sourceCommit: summary.sourceCommit }),
    requester: summary.requester,
    ...(summary.previousVersion === undefined ? {} : { previousVersion: summary.previousVersion }),
    forced: summary.forced,
  })
  const paragraphs = [
    `modelgate: ${oneLine(describePromotion(summary))}`,
    ...(body.length > 0 ? [body.map(oneLine).join('\n')] : []),
    trailers.join('\n'),
  ]
  return `${paragraphs.join('\n\n')}\n`
}

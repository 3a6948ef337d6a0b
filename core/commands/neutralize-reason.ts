import { escapeMarkdown } from '../markdown/escape-markdown.js'

/** The most lines of a reason a PR body or reply shows. */
export const MAX_REASON_LINES = 20

/**
 * A command's reason made inert for a PR body or a reply: each line escaped with
 * `escapeMarkdown` (no HTML, formatting, links or notifying mentions), trimmed, line breaks kept,
 * at most 20 lines (then a line counting the rest). Lines hold no line break, so a caller may
 * split at `\n` to quote them with `> `.
 * @example neutralizeReason('fix for @risk-ml\n<b>now</b>') // 'fix for @\u200brisk\\-ml\n&lt;b&gt;now&lt;/b&gt;'
 */
export function neutralizeReason(text: string): string {
  const lines = text.split(/\r\n|\r|\n/).map((line) => escapeMarkdown(line.trim()))
  if (lines.length <= MAX_REASON_LINES) return lines.join('\n')
  const more = lines.length - MAX_REASON_LINES
  return [...lines.slice(0, MAX_REASON_LINES), `(${more} more ${more === 1 ? 'line' : 'lines'})`].join('\n')
}

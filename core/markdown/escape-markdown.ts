/**
 * Makes untrusted text (model names, metric names, descriptions from a pull request) inert inside
 * GitHub Markdown: no HTML, formatting, links, table breaks, or @-mentions that notify people.
 * @example escapeMarkdown('<img src=x> @team *bold*') // '&lt;img src=x&gt; @\u200bteam \\*bold\\*'
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, (c) => `\\${c}`)
    .replace(/@(?=\w)/g, '@\u200b') // a zero-width space: shows "@team" without notifying the team
    .replace(/\r\n?|[\n\u2028\u2029]/g, ' ')
}

/**
 * Placed inside a word GitHub would otherwise link (`@team`, `#12`, `GH-12`, a commit SHA, a bare
 * URL): a zero-width space. It renders as nothing, and GitHub's linkers no longer see the word.
 */
const BREAK = '\u200b'

/** Control characters, which end a Markdown line or a table row: each becomes a space. */
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g

/**
 * Characters that change how the text around them reads without being seen: bidi overrides and
 * isolates (a name that shows reversed), zero-width characters (two names that look the same),
 * tag characters (hidden text). Each is shown as its code point instead, e.g. `[U+202E]`.
 */
/* eslint-disable no-misleading-character-class -- lone combining marks are what this shows */
const INVISIBLE =
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\u{e0000}-\u{e007f}]/gu
/* eslint-enable no-misleading-character-class */

/**
 * What GitHub turns into links or notifications after the Markdown is parsed, each broken with
 * {@link BREAK}: the autolink extension of cmark-gfm (`www.`, `http://`, `https://`, `ftp://`,
 * e-mail addresses, `mailto:` and `xmpp:` through their `@`) and GitHub's reference filters, which
 * read the rendered text, so a backslash escape does not stop them (`@mention`, `@org/team`,
 * `#123`, `owner/repo#123`, `GH-123`, `owner/repo@sha`, and commit SHAs of 7 to 40 hex digits,
 * which are cut every 6 digits).
 */
const LINKED: [RegExp, string][] = [
  [/(www)(?=\.)/gi, `$1${BREAK}`],
  [/(https?|ftp):(?=\/\/)/gi, `$1:${BREAK}`],
  [/@(?=\S)/g, `@${BREAK}`],
  [/#(?=\d)/g, `#${BREAK}`],
  [/(GH-)(?=\d)/gi, `$1${BREAK}`],
]

/** A word of 7 to 40 hex digits, which GitHub links when a commit starts with it. */
const HEX_WORD = /(?<![0-9A-Za-z_])[0-9a-fA-F]{7,40}(?![0-9A-Za-z_])/g

/**
 * Makes untrusted text (model names, metric names, messages from a pull request or a results file)
 * inert inside GitHub Markdown, on one line: no HTML, formatting, links, table breaks, mentions
 * that notify people, references that link issues or commits, and no invisible characters. The
 * one escaping function for Markdown: the diff comment, the job summaries and the approval check
 * run all use it.
 * @example escapeMarkdown('<img src=x> @team *bold*') // '&lt;img src=x&gt; @\u200bteam \\*bold\\*'
 */
export function escapeMarkdown(text: string): string {
  const visible = text
    .replace(CONTROL, ' ')
    .replace(INVISIBLE, (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`)
  return LINKED.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), visible)
    .replace(HEX_WORD, (word) => word.replace(/.{6}(?=.)/g, `$&${BREAK}`)) // no 7 hex digits in a row
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~$]/g, (c) => `\\${c}`)
}

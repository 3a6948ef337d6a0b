/**
 * What GitHub would turn into a link, a notification or hidden text in a comment, modelled on its
 * renderer: the cmark-gfm autolink extension on the Markdown source (`http://`, `https://`,
 * `ftp://` and `www.` triggers; e-mail addresses, `mailto:` and `xmpp:` in text nodes), raw HTML,
 * then GitHub's reference filters on the rendered text, where backslash escapes are already gone
 * (`@mention`, `#123`, `owner/repo#123`, `GH-123`, commit SHAs of 7 to 40 hex digits), and
 * characters that change how text reads without being seen (bidi controls, zero-width and tag
 * characters). Code spans and fenced blocks are skipped, as GitHub's filters skip them. Returns
 * one description per finding; `[]` means the Markdown is inert.
 * @example githubLinks('see #12') // ['reference "#1"']
 */
export function githubLinks(markdown: string): string[] {
  const source = markdown.replace(/^```[\s\S]*?^```$/gm, '').replace(/(?<!\\)`[^`\n]*(?<!\\)`/g, '')
  const rendered = source
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
  const found: string[] = []
  const scan = (kind: string, text: string, pattern: RegExp) => {
    for (const match of text.matchAll(pattern)) found.push(`${kind} ${JSON.stringify(match[0])}`)
  }
  // cmark-gfm: `:` looks back over letters for http, https or ftp, then needs `//`.
  scan('url autolink', source, /(?<![A-Za-z])(?:https?|ftp):\/\//gi)
  // cmark-gfm: `www.` after the start, a space or one of `*_~(`.
  scan('www autolink', source, /(?<=^|[\s*_~(])www\./gi)
  // cmark-gfm post-processes text nodes for e-mail addresses (and mailto:/xmpp: through them).
  scan('e-mail autolink', rendered, /[A-Za-z0-9.+_-]@[A-Za-z0-9_-]/g)
  scan('raw HTML', source, /<[A-Za-z!/?]/g)
  scan('mention', rendered, /(?<![A-Za-z0-9`])@[A-Za-z0-9]/g)
  scan('reference', rendered, /#\d/g)
  scan('reference', rendered, /\bGH-\d/gi)
  scan('commit SHA', rendered, /(?<![0-9A-Za-z_])[0-9a-f]{7,40}(?![0-9A-Za-z_])/gi)
  scan(
    'invisible character',
    markdown,
    /[\u00ad\u061c\u200c-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u{e0000}-\u{e007f}]/gu,
  )
  return found
}

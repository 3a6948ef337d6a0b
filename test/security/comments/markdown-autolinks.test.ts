import { describe, expect, it } from 'vitest'
import { renderDiffMarkdown } from '../../../core/diff/render-diff-markdown.js'
import { escapeMarkdown } from '../../../core/markdown/escape-markdown.js'
import { formatPolicyMarkdown } from '../../../core/policy/format-policy-markdown.js'
import { githubLinks } from '../../support/github-linkers.js'

/**
 * Issue 10, item 13: untrusted text (model and metric names, messages, logins) rendered into a
 * comment, a job summary or the approval check must not link, mention, reference or hide anything
 * on GitHub. One row per hostile string; each is checked against a model of GitHub's renderer
 * (cmark-gfm's autolink extension, then its reference filters on the rendered text).
 */
export const HOSTILE_MARKDOWN: [string, string][] = [
  ['a decimal-IP URL', 'http://2130706433/'],
  ['a hex-IP URL', 'http://0x7f000001/'],
  ['an IPv6 URL', 'http://[::1]:8080/'],
  ['an https URL', 'https://evil.example/login'],
  ['an upper-case scheme', 'HTTPS://EVIL.EXAMPLE'],
  ['an ftp URL', 'ftp://files.evil.example/x'],
  ['a URL inside a word', 'see:https://evil.example'],
  ['a www. link', 'www.evil.example'],
  ['an upper-case WWW. link', 'WWW.EVIL.EXAMPLE'],
  ['a www. link in parentheses', '(www.evil.example)'],
  ['a www. link in emphasis', '*www.evil.example*'],
  ['an e-mail address', 'security@evil.example'],
  ['an e-mail address with a plus', 'a.b+c@evil.example'],
  ['a mailto: link', 'mailto:a@evil.example'],
  ['an xmpp: link', 'xmpp:a@evil.example/res'],
  ['an angle-bracket autolink', '<https://evil.example>'],
  ['an angle-bracket e-mail', '<a@evil.example>'],
  ['a Markdown link', '[docs](https://evil.example)'],
  ['a javascript: link', '[x](javascript:alert(1))'],
  ['an image', '![x](https://evil.example/t.png)'],
  ['a reference-style link', '[x][1]\n\n[1]: https://evil.example'],
  ['an issue reference', '#1'],
  ['an issue reference behind a backslash', '\\#1'],
  ['a closing keyword', 'fixes #123'],
  ['a GH- reference', 'GH-123'],
  ['a lower-case gh- reference', 'gh-42'],
  ['a cross-repository reference', 'acme/models#7'],
  ['a cross-repository commit', 'acme/models@c0ffee1'],
  ['a mention', '@ana'],
  ['a team mention', '@acme/risk-ml'],
  ['a mention behind a backslash', '\\@ana'],
  ['a mention after a word', 'cc:@ana'],
  ['a short commit SHA', 'c0ffee1'],
  ['a long commit SHA', '0123456789abcdef0123456789abcdef01234567'],
  ['an upper-case SHA', 'ABCDEF1'],
  ['an entity that decodes to @', '&#64;ana'],
  ['an entity that decodes to #', '&#x23;1'],
  ['raw HTML', '<img src=x onerror=alert(1)>'],
  ['an HTML comment', '<!-- hidden --> shown'],
  ['a details block', '<details><summary>x</summary>y</details>'],
  ['a right-to-left override', 'txt.exe\u202Egnp'],
  ['a left-to-right isolate', '\u2066admin\u2069'],
  ['a right-to-left mark', 'a\u200Fb'],
  ['an Arabic letter mark', 'a\u061Cb'],
  ['a zero-width space', 'fraud\u200B-detector'],
  ['zero-width joiners', 'a\u200D\u200Cb'],
  ['a word joiner', 'a\u2060b'],
  ['a byte order mark', '\uFEFFmodel'],
  ['a soft hyphen', 'fraud\u00ADdetector'],
  ['tag characters', 'ok\u{E0041}\u{E0042}'],
  ['a line break into a heading', 'x\n# heading @ana'],
  ['a carriage return into a list', 'x\r- [ ] task'],
  ['a line separator', 'x\u2028#1'],
  ['a table break', 'a | b'],
  ['inline math', '$\\color{red}{x}$'],
]

const line = (markdown: string) => markdown.split('\n').slice(1).join('\n') // without the trusted marker

describe('untrusted text in GitHub Markdown', () => {
  it.each(HOSTILE_MARKDOWN)('escapeMarkdown leaves nothing for GitHub to link: %s', (_, hostile) => {
    expect(githubLinks(escapeMarkdown(hostile))).toEqual([])
  })

  it.each(HOSTILE_MARKDOWN)('the diff comment links nothing from a model named %s', (_, hostile) => {
    const markdown = renderDiffMarkdown(
      {
        schemaVersion: 1,
        base: { ref: hostile },
        head: { ref: hostile },
        models: [
          {
            model: hostile,
            file: `models/${hostile}/model.yaml`,
            status: 'modified',
            fields: [{ field: 'version', base: hostile, head: '1.0.0' }],
            metrics: [
              {
                metric: hostile,
                base: hostile,
                head: 'x',
                delta: null,
                deltaPercent: null,
                movement: 'changed',
              },
            ],
          },
        ],
        problems: [
          { file: hostile, line: 1, column: 1, path: '', rule: 'yaml', severity: 'error', message: hostile },
        ],
      },
      { marker: '<!-- modelgate:diff -->' },
    )
    expect(githubLinks(line(markdown))).toEqual([])
  })

  it.each(HOSTILE_MARKDOWN)('the approval check run links nothing from a rule named %s', (_, hostile) => {
    const rule = {
      name: hostile,
      kind: 'rule' as const,
      status: 'pending' as const,
      summary: hostile,
      missing: hostile,
    }
    const vote = { login: hostile, reason: hostile }
    const markdown = formatPolicyMarkdown(
      { state: 'pending', summary: hostile, rules: [{ ...rule, counted: [vote], ignored: [vote] }] },
      {
        proposedPolicyProblems: [
          {
            file: hostile,
            line: 1,
            column: 1,
            path: '',
            rule: 'x',
            severity: 'error',
            message: hostile,
            hint: hostile,
          },
        ],
      },
    )
    expect(githubLinks(markdown)).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { escapeMarkdown } from '../../../core/markdown/escape-markdown.js'

const B = '\u200b' // the break escapeMarkdown puts inside a word GitHub would link

describe('escapeMarkdown', () => {
  it.each([
    ['HTML', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert\\(1\\)&gt;'],
    ['an entity', '&lt;', '&amp;lt;'],
    ['emphasis and code', '*bold* _it_ `code`', '\\*bold\\* \\_it\\_ \\`code\\`'],
    ['a link', '[click](https://evil.example)', `\\[click\\]\\(https:${B}//evil\\.example\\)`],
    ['a table break', 'a | b', 'a \\| b'],
    ['a mention', 'ping @acme/risk-ml', `ping @${B}acme/risk\\-ml`],
    ['a heading and a new line', '# title\nnext', '\\# title next'],
    ['a plain model name', 'fraud-detector', 'fraud\\-detector'],
    ['a decimal-IP URL', 'http://2130706433/', `http:${B}//213070${B}6433/`],
    ['an issue reference behind a backslash', '\\#1', `\\\\\\#${B}1`],
    ['a commit SHA', 'c0ffee1', `c0ffee${B}1`],
    ['a right-to-left override', 'abc\u202Eevil', 'abc\\[U\\+202E\\]evil'],
    ['a zero-width space', 'fraud\u200b-detector', 'fraud\\[U\\+200B\\]\\-detector'],
    ['an artifact URI, which GitHub does not link', 's3://models/fraud', 's3://models/fraud'],
    ['a 64-hex digest, which is no commit SHA', `sha256:${'a'.repeat(64)}`, `sha256:${'a'.repeat(64)}`],
  ])('neutralises %s', (_, text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected)
  })
})

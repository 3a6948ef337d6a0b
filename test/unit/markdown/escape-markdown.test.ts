import { describe, expect, it } from 'vitest'
import { escapeMarkdown } from '../../../core/markdown/escape-markdown.js'

describe('escapeMarkdown', () => {
  it.each([
    ['HTML', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert\\(1\\)&gt;'],
    ['an entity', '&lt;', '&amp;lt;'],
    ['emphasis and code', '*bold* _it_ `code`', '\\*bold\\* \\_it\\_ \\`code\\`'],
    ['a link', '[click](https://evil.example)', '\\[click\\]\\(https://evil\\.example\\)'],
    ['a table break', 'a | b', 'a \\| b'],
    ['a mention', 'ping @acme/risk-ml', 'ping @\u200bacme/risk\\-ml'],
    ['a heading and a new line', '# title\nnext', '\\# title next'],
    ['a plain model name', 'fraud-detector', 'fraud\\-detector'],
  ])('neutralises %s', (_, text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected)
  })
})

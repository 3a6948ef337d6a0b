import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeMarkdown } from '../../core/index.js'
import { assertProperty, hostileTextArb } from '../support/arbitraries.js'

/**
 * `escapeMarkdown`, which makes text from a pull request inert in comments, check runs and job
 * summaries. What it documents ("no HTML, formatting, links, table breaks, or @-mentions") is
 * checked on arbitrary text; what GitHub's renderer (cmark-gfm with its autolink extension) does
 * beyond CommonMark is checked too (issue 10, item 13: bare URLs, issue references, bidi controls).
 */

const RUNS = 500

const textArb = fc.oneof(
  { weight: 3, arbitrary: hostileTextArb },
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
)

/** CommonMark's escapable ASCII punctuation that escapeMarkdown neutralises. */
const SPECIAL = new Set('\\`*_{}[]()#+-.!|~<>')

/** Specials in `markdown` that no backslash escapes, and `&` that starts no entity escapeMarkdown writes. */
function unescaped(markdown: string): string[] {
  const found: string[] = []
  for (let i = 0; i < markdown.length; i++) {
    const c = markdown[i]!
    if (c === '\\') {
      i++ // the next character is escaped, whatever it is
      if (i >= markdown.length) found.push('a trailing backslash')
    } else if (c === '&') {
      if (!/^&(amp|lt|gt);/.test(markdown.slice(i))) found.push(`& at ${i}`)
    } else if (SPECIAL.has(c)) found.push(`${c} at ${i}`)
  }
  return found
}

function property(check: (escaped: string, text: string) => void) {
  return fc.property(textArb, (text) => check(escapeMarkdown(text), text))
}

describe('escapeMarkdown on arbitrary text', () => {
  it(`never throws and leaves no raw <, >, unescaped Markdown punctuation or stray & (${RUNS} inputs)`, () => {
    assertProperty(
      property((escaped) => {
        expect(escaped).not.toMatch(/[<>]/)
        expect(unescaped(escaped)).toEqual([])
      }),
      RUNS,
    )
  })

  it(`never leaves an @-mention, a link "](" or a line break (${RUNS} inputs)`, () => {
    assertProperty(
      property((escaped) => {
        expect(escaped).not.toMatch(/@[A-Za-z0-9]/)
        expect(escaped).not.toContain('](')
        expect(escaped).not.toMatch(/[\r\n\u2028\u2029]/)
      }),
      RUNS,
    )
  })

  it(`keeps every letter and digit of the text, in order (${RUNS} inputs)`, () => {
    assertProperty(
      property((escaped, text) => {
        const letters = (s: string) => s.replace(/[^A-Za-z0-9]/g, '')
        // Invisible characters are shown as `[U+XXXX]`, which adds letters of its own.
        const shown = escaped.replace(/&(amp|lt|gt);/g, '').replace(/\\\[U\\\+[0-9A-F]{4,6}\\\]/g, '')
        expect(letters(shown)).toBe(letters(text))
      }),
      RUNS,
    )
  })

  // What cmark-gfm would still render from escaped text (issue 10, item 13).
  it(`leaves no bare URL that GitHub's autolink extension links (${RUNS} inputs)`, () => {
    assertProperty(
      property((escaped) => {
        expect(escaped).not.toMatch(/\b(https?|ftp):\/\/[A-Za-z0-9]/i)
      }),
      RUNS,
    )
  })

  it(`leaves no issue reference (#1 renders even as \\#1) (${RUNS} inputs)`, () => {
    assertProperty(
      property((escaped) => {
        expect(escaped).not.toMatch(/#\d/)
      }),
      RUNS,
    )
  })

  it(`leaves no bidirectional control character (${RUNS} inputs)`, () => {
    assertProperty(
      property((escaped) => {
        expect(escaped).not.toMatch(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/)
      }),
      RUNS,
    )
  })
})

import { describe, expect, it } from 'vitest'
import { escapeData, escapeLog, escapeProperty, showControls } from '../../../core/report/format-github.js'

describe('escapeLog', () => {
  it.each([
    ['plain text stays as it is', 'models/a/model.yaml:1:1: error: x', 'models/a/model.yaml:1:1: error: x'],
    ['a command on its own line is defused', 'ok\n::add-mask::x', 'ok\n\\::add-mask::x'],
    ['an indented command is defused', '   ::warning::x', '\\   ::warning::x'],
    ['a bare CR is shown, so it ends no line', 'a\r::error::x', 'a\\r::error::x'],
    ['a ##[ command anywhere is defused', 'a ##[warning]x', 'a ##\\[warning]x'],
    ['an escape sequence is shown', 'a\u001b[31mred', 'a\\x1b[31mred'],
    ['a right-to-left override is shown', 'a\u202eb', 'a\\u202eb'],
    ['a tab stays', 'a\tb', 'a\tb'],
  ])('%s', (_, text, expected) => {
    expect(escapeLog(text)).toBe(expected)
  })

  it('is idempotent', () => {
    const once = escapeLog('x\r::add-mask::y\n  ::warning::z ##[error]w\u001b')
    expect(escapeLog(once)).toBe(once)
  })
})

describe('escapeData and escapeProperty', () => {
  it.each([
    ['%, CR and LF as the toolkit escapes them', 'a%b\r\nc', 'a%25b%0D%0Ac'],
    ['other control characters shown', 'a\u001b[2Kb\u0000', 'a\\x1b[2Kb\\x00'],
  ])('escapeData: %s', (_, text, expected) => {
    expect(escapeData(text)).toBe(expected)
  })

  it('escapeProperty also escapes : and ,', () => {
    expect(escapeProperty('a:b,c\n')).toBe('a%3Ab%2Cc%0A')
  })
})

describe('showControls', () => {
  it('shows control characters but leaves CR, LF, tab and % to the workflow command escape', () => {
    expect(showControls('a\u001b[2Kb\u202e\r\n\t50%')).toBe('a\\x1b[2Kb\\u202e\r\n\t50%')
  })
})

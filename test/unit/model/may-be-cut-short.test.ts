import { describe, expect, it } from 'vitest'
import { MAX_LISTED_COMMITS, MAX_LISTED_FILES, mayBeCutShort } from '../../../core/model/may-be-cut-short.js'

describe('mayBeCutShort', () => {
  it.each([
    {
      name: '3,000 files listed of 3,001 counted',
      listed: 3000,
      cap: MAX_LISTED_FILES,
      counted: 3001,
      cut: true,
    },
    {
      name: '3,000 files listed, uncounted',
      listed: 3000,
      cap: MAX_LISTED_FILES,
      counted: undefined,
      cut: true,
    },
    {
      name: 'fewer files listed than counted (a page lost)',
      listed: 12,
      cap: MAX_LISTED_FILES,
      counted: 13,
      cut: true,
    },
    {
      name: '250 commits listed, uncounted',
      listed: 250,
      cap: MAX_LISTED_COMMITS,
      counted: undefined,
      cut: true,
    },
    { name: '250 commits listed of 252', listed: 250, cap: MAX_LISTED_COMMITS, counted: 252, cut: true },
    { name: 'all 3,000 files of 3,000', listed: 3000, cap: MAX_LISTED_FILES, counted: 3000, cut: false },
    { name: 'all 250 commits of 250', listed: 250, cap: MAX_LISTED_COMMITS, counted: 250, cut: false },
    { name: 'a few files, uncounted', listed: 3, cap: MAX_LISTED_FILES, counted: undefined, cut: false },
  ])('$name → $cut', ({ listed, cap, counted, cut }) => {
    expect(mayBeCutShort(listed, cap, counted)).toBe(cut)
  })
})

import { describe, expect, it } from 'vitest'
import { listNames, MAX_LISTED } from '../../core/list-names.js'

describe('listNames', () => {
  it.each([
    { name: 'no names is "none"', names: [], listed: 'none' },
    { name: 'a few names, comma-separated in order', names: ['1.5.0', '1.4.0'], listed: '1.5.0, 1.4.0' },
  ])('$name', ({ names, listed }) => {
    expect(listNames(names)).toBe(listed)
  })

  it(`lists at most ${MAX_LISTED} names and counts the rest`, () => {
    const names = Array.from({ length: MAX_LISTED + 3 }, (_, i) => `v${i}`)
    expect(listNames(names)).toBe(`${names.slice(0, MAX_LISTED).join(', ')}, and 3 more`)
  })
})

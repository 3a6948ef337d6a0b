import { describe, expect, it } from 'vitest'
import type { RuleStatus } from '../../../core/policy/policy-decision.js'
import { combineStatuses } from '../../../core/policy/policy-decision.js'

describe('combineStatuses', () => {
  it.each<[string, 'and' | 'or', RuleStatus[], RuleStatus]>([
    ['and: all approved', 'and', ['approved', 'approved'], 'approved'],
    ['and: pending beats approved', 'and', ['approved', 'pending'], 'pending'],
    ['and: disapproved beats pending', 'and', ['pending', 'disapproved'], 'disapproved'],
    ['and: error beats disapproved', 'and', ['disapproved', 'error'], 'error'],
    ['and: skipped is left out', 'and', ['skipped', 'approved'], 'approved'],
    ['and: only skipped is skipped', 'and', ['skipped', 'skipped'], 'skipped'],
    ['and: nothing is skipped', 'and', [], 'skipped'],
    ['or: approved beats pending', 'or', ['pending', 'approved'], 'approved'],
    ['or: disapproved beats approved', 'or', ['approved', 'disapproved'], 'disapproved'],
    ['or: error beats approved', 'or', ['approved', 'error'], 'error'],
    ['or: all pending', 'or', ['pending', 'skipped'], 'pending'],
  ])('%s', (_name, mode, statuses, expected) => {
    expect(combineStatuses(mode, statuses)).toBe(expected)
  })
})

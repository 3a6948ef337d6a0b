import { describe, expect, it } from 'vitest'
import { commentSawHead } from '../../../core/policy/comment-saw-head.js'

describe('commentSawHead', () => {
  const name = 'modelgate/approval (main)'
  const own = { id: 1, name, conclusion: 'action_required', appId: 7, startedAt: '2026-03-01T12:00:00Z' }
  it.each([
    ['after this App’s run on the head started', [own], 7, '2026-03-01T12:00:01Z', true],
    ['in the second it started (may predate the push: fail closed)', [own], 7, '2026-03-01T12:00:00Z', false],
    ['before it started: an older head', [own], 7, '2026-03-01T11:59:59Z', false],
    [
      'with only another App’s run of that name (it may set started_at)',
      [{ ...own, appId: 8 }],
      7,
      '2026-03-01T12:00:01Z',
      false,
    ],
    ['when the App’s own id is unknown', [own], undefined, '2026-03-01T12:00:01Z', false],
    ['with no run on the head yet', [], 7, '2026-03-01T12:00:01Z', false],
    [
      'with a run for another base branch',
      [{ ...own, name: 'modelgate/approval (release)' }],
      7,
      '2026-03-01T12:00:01Z',
      false,
    ],
  ])('a comment %s → %s', (_case, runs, appId, createdAt, expected) => {
    expect(commentSawHead(runs, name, appId)(createdAt)).toBe(expected)
  })
})

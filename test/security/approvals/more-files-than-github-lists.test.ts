import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApprovalScenario, Change } from '../../support/approval-scenario.js'
import { CRITICAL_MANIFEST, startApprovalScenario } from '../../support/approval-scenario.js'

/*
 * Attack (issue 10, item 2): GitHub lists at most 3,000 files of a pull request. 3,000 padding files
 * that sort before models/ push a swapped critical artifact off the list, and the bot once judged
 * what it saw: no model, one maintainer, green. A list shorter than the pull request's
 * `changed_files` (or as long as GitHub's cap) now fails the check closed, saying how to proceed.
 */

let scenario: ApprovalScenario

beforeAll(async () => {
  scenario = await startApprovalScenario({ name: 'many-files' })
})

afterAll(async () => {
  await scenario?.stop()
})

/** 3,000 files under `aaa-padding/`, one shared blob: they sort before `models/`. */
function padding(): Record<string, Change> {
  const sha = scenario.repo.git.writeBlob(Buffer.from('padding\n'))
  return Object.fromEntries(
    Array.from({ length: 3000 }, (_, n) => [
      `aaa-padding/f${String(n).padStart(4, '0')}.txt`,
      { mode: '100644', sha },
    ]),
  )
}

const swappedDigest = () =>
  scenario.fileOnMain(CRITICAL_MANIFEST).replace(/sha256:[0-9a-f]{64}/, `sha256:${'e'.repeat(64)}`)

const cases: { name: string; commits: () => Record<string, Change>[] }[] = [
  {
    name: 'the critical manifest’s artifact digest swapped in the same commit',
    commits: () => [{ ...padding(), [CRITICAL_MANIFEST]: swappedDigest() }],
  },
  {
    name: 'the critical model’s weights swapped in a later commit',
    commits: () => [padding(), { 'models/credit-limit-scorer/weights.bin': 'swapped\n' }],
  },
]

describe('a pull request with more changed files than GitHub lists', () => {
  it.each(cases)(
    'fails closed, never passing on one approval: $name',
    async ({ name, commits }) => {
      const pull = scenario.openPull({
        as: 'ana',
        head: `pad-${name.replaceAll(' ', '-')}`,
        commits: commits(),
      })
      await scenario.settledCheck(pull.head.sha)
      scenario.review(pull, 'mo')
      await scenario.gh.webhooks.settled()
      const run = await scenario.settledCheck(pull.head.sha)
      expect(scenario.conclusionsOn(pull.head.sha)).not.toContain('success')
      expect(run.conclusion).toBe('failure')
      // The summary is escaped Markdown: `\#` and a zero-width space keep `#12` from linking.
      expect((run.output.summary ?? '').replace(/[\\\u200b]/g, '')).toMatch(
        /pull request #\d+ changes 3001 files and GitHub lists only 3000, so the models it touches cannot all be known; split it into pull requests of fewer than 3000 files/,
      )
    },
    120_000,
  )
})

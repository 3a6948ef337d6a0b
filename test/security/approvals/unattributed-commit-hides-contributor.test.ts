import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApprovalScenario, Change, Commit, Identity } from '../../support/approval-scenario.js'
import { LOW_RISK_MANIFEST, startApprovalScenario } from '../../support/approval-scenario.js'
import { waitFor } from '../../support/bot-harness.js'

/*
 * Attack (issue 10, item 5): contributor exclusion trusts commit metadata. An approver pushed a
 * commit authored and committed with an e-mail linked to no account, then approved, and counted.
 * A commit GitHub cannot attribute now fails every rule that excludes contributors, naming the
 * commit and the fix; so does a commit list GitHub may have cut short (it lists 250), since the
 * approver's commit may be among the ones it left out.
 */

let scenario: ApprovalScenario

/**
 * GitHub lists 250 commits of a pull request; the emulator lists this many here, so the cut-short
 * list is staged with a handful of commits (the bot compares what is listed with the pull
 * request's `commits` count either way).
 */
const LISTED = 5

beforeAll(async () => {
  scenario = await startApprovalScenario({ name: 'unattributed', pullCommitsListed: LISTED })
})

afterAll(async () => {
  await scenario?.stop()
})

const unlinked = (name: string, email: string): Identity => ({
  author: { name, email },
  committer: { name, email },
})

/** Consecutive commits by the same author, as one push each. */
function pushesOf(commits: Commit[]): Commit[][] {
  const pushes: Commit[][] = []
  let last: unknown
  for (const commit of commits) {
    const who = 'who' in commit ? commit.who : undefined
    if (pushes.length === 0 || JSON.stringify(who) !== JSON.stringify(last)) pushes.push([])
    pushes.at(-1)!.push(commit)
    last = who
  }
  return pushes
}

const tweak = (n: number): Record<string, Change> => ({ 'docs/notes.md': `note ${n}\n` })

const cases: { name: string; commits: () => Commit[]; message: RegExp }[] = [
  {
    name: 'a commit authored and committed with an unlinked e-mail',
    commits: () => [{ changes: tweak(1), who: unlinked('mo', 'mo@laptop.invalid') }],
    message:
      /commit [0-9a-f]{7} is linked to no GitHub account .*; re-author commit|link the commit's e-mail/,
  },
  {
    name: 'a commit in the author’s name with an unlinked e-mail',
    commits: () => [{ changes: tweak(2), who: unlinked('ana', 'ana.personal@mail.invalid') }],
    message: /commit [0-9a-f]{7} is linked to no GitHub account/,
  },
  {
    name: 'the approver’s linked commit past the commits GitHub lists',
    commits: () => [
      // As many commits by the author as are listed (empty, the cheapest to write), then the approver's.
      ...Array.from({ length: LISTED }, () => ({ changes: {}, who: 'ana' })),
      { changes: tweak(999), who: 'mo' },
    ],
    message: /GitHub did not list every commit of the pull request \(it lists at most 250\)/,
  },
]

describe('an approver who pushed a commit GitHub cannot attribute', () => {
  it.each(cases)(
    'is not counted: $name',
    async ({ name, commits, message }) => {
      const router = scenario.fileOnMain(LOW_RISK_MANIFEST).replace('version: 0.9.2', 'version: 0.9.9')
      const pull = scenario.openPull({
        as: 'ana',
        head: `attr-${name}`,
        commits: [{ [LOW_RISK_MANIFEST]: router }],
      })
      await scenario.settledCheck(pull.head.sha)
      // One push per author: the author's commits first, then the approver's.
      let sha = pull.head.sha
      for (const batch of pushesOf(commits())) sha = scenario.push(pull, 'mo', batch)
      await scenario.settledCheck(sha)
      const written = scenario.conclusionsOn(sha).length
      scenario.review(pull, 'mo')
      // Wait for the bot's new verdict on the head rather than for the delivery's answer.
      await waitFor(() => scenario.conclusionsOn(sha).length > written, {
        timeoutMs: 60_000,
        message: 'a new verdict after the approval',
      })
      const run = await scenario.settledCheck(sha)
      expect(scenario.conclusionsOn(sha)).not.toContain('success')
      expect(run.conclusion, `${run.output.summary}\n${run.output.text}`).toBe('failure')
      expect(`${run.output.summary}\n${run.output.text}`.replace(/[\\\u200b]/g, '')).toMatch(message)
    },
    120_000,
  )
})

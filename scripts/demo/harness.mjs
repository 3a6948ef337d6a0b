// What the demo's bot parts drive: the playground (`npm run playground`'s start-up: the GitHub
// emulator with the example repositories, people, and the bot as production runs it) and the
// emulator's "act as a person" scenarios.
import { bundleHarness } from '../bundle-harness.mjs'

export const loadHarness = (here) =>
  bundleHarness(here, 'demo', {
    './sandbox/start-playground.js': ['startPlayground'],
    './sandbox/http-error.js': ['HttpError'],
    './sandbox/scenarios/pulls.js': ['openPullRequest', 'review', 'mergePullRequest'],
    './sandbox/scenarios/comments.js': ['openIssue'],
    './sandbox/scenarios/commands.js': ['runCommand', 'statusComment'],
    './sandbox/scenarios/statuses.js': ['postStatus'],
  })

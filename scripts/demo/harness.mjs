// What the demo's approval part drives: the GitHub emulator, its pull request scenarios, and the
// test harness that runs the bot as production does (`node lib/bot/main.js`).
import { bundleHarness } from '../bundle-harness.mjs'

export const loadHarness = (here) =>
  bundleHarness(here, 'demo', {
    './sandbox/emulator.js': ['Emulator'],
    './sandbox/http-error.js': ['HttpError'],
    './sandbox/scenarios/pulls.js': ['openPullRequest', 'review'],
    './test/support/bot-harness.js': ['startBot'],
  })

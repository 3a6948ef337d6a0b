// What the bench drives: the GitHub emulator, its scenarios, the test harness that runs a bundled
// action as the runner does, and the one that runs a Probot app as production does.
import { bundleHarness } from '../bundle-harness.mjs'

export const loadHarness = (here) =>
  bundleHarness(here, 'bench', {
    './sandbox/emulator.js': ['Emulator'],
    './sandbox/scenarios/comments.js': ['comment'],
    './sandbox/scenarios/pulls.js': ['openPullRequest', 'pushToBranch', 'review'],
    './test/support/action-runner.js': ['runAction'],
    './test/support/action-scenario.js': ['actionsToken', 'checkout'],
    './sandbox/start-bot.js': ['startBot'],
  })

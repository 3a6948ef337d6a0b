// What the bench drives: the GitHub emulator, its scenarios, the test harness that runs a bundled
// action as the runner does, and the one that runs a Probot app as production does.
import { bundleHarness } from '../bundle-harness.mjs'

export const loadHarness = (here) =>
  bundleHarness(here, 'bench', {
    './sandbox/emulator.js': ['Emulator'],
    './sandbox/scenarios/comments.js': ['comment', 'openIssue'],
    './sandbox/scenarios/pulls.js': ['closePullRequest', 'openPullRequest', 'pushToBranch', 'review'],
    './test/support/action-runner.js': ['runAction'],
    './test/support/action-scenario.js': ['actionsToken', 'checkout'],
    './sandbox/start-bot.js': ['startBot'],
    './test/support/bot-harness.js': ['waitFor'],
    './test/support/promotion-scenario.js': ['startPromotionScenario'],
  })

// Runs the demo's bot parts on one playground (sandbox/start-playground.ts, what `npm run playground`
// starts), and stops it whatever happens: an error, or Ctrl-C while the bot runs.
import { loadHarness } from './harness.mjs'

/** A wrong result the demo reports in one line (no stack trace). */
export class DemoFailure extends Error {}

/**
 * Starts the playground, calls `run(playground, harness)`, then stops the bot and the emulator (and
 * removes their temp dirs). On SIGINT/SIGTERM it still stops them, then exits 130 (143 for SIGTERM).
 */
export async function withPlayground(here, run) {
  const harness = await loadHarness(here)
  let starting
  let signalled
  const cleanUp = () =>
    Promise.resolve(starting).then(
      (playground) => playground?.stop(),
      () => undefined,
    )
  const exitCode = () => (signalled === 'SIGINT' ? 130 : 143)
  const interrupted = (signal) => {
    signalled = signal
    void cleanUp().finally(() => process.exit(exitCode()))
  }
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted)
  try {
    starting = harness.startPlayground({ root: here })
    await run(await starting, harness)
  } finally {
    process.removeListener('SIGINT', interrupted).removeListener('SIGTERM', interrupted)
    await cleanUp()
    if (signalled) process.exit(exitCode()) // not the error the interruption caused
  }
}

/** What the bot said that may explain a missing answer: its warnings and errors, or its stderr. */
export function botTrouble(bot) {
  const lines = bot
    .logs()
    .filter((line) => line.level >= 40)
    .map((line) => `  ${line.msg}`)
  const stderr = bot.stderr().trim()
  return lines.length > 0 || stderr ? `; the bot said:\n${[...lines, stderr].filter(Boolean).join('\n')}` : ''
}

/**
 * Markdown as GitHub shows it: backslash escapes and the zero-width spaces that keep GitHub from
 * linking names are for GitHub, not for a terminal; HTML comments (hidden markers) are not shown.
 */
export const asRendered = (markdown) =>
  markdown
    .replace(/<!--[\s\S]*?-->\n?/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~@])/g, '$1')
    .replaceAll('\u200b', '')
    .trim()

const CHECK = 'modelgate/approval (main)'

/** Waits for the bot to answer every webhook, then prints the one approval check of a pull request's head and checks it. */
export async function showCheck({ playground, repo, pull, expected, say, bold }) {
  const { emulator: gh, bot } = playground
  const sha = pull.head.sha
  const runsOf = () =>
    gh.state.checkRuns.filter((run) => run.repo === repo && run.headSha === sha && run.name === CHECK)
  const deadline = Date.now() + 15_000
  await gh.webhooks.settled()
  while (runsOf().length === 0 || runsOf().some((run) => run.status !== 'completed')) {
    if (Date.now() > deadline)
      throw new DemoFailure(
        `no completed check run "${CHECK}" on ${sha.slice(0, 7)} within 15 s${botTrouble(bot)}`,
      )
    await new Promise((resolve) => setTimeout(resolve, 50))
    await gh.webhooks.settled()
  }
  const runs = runsOf()
  if (runs.length !== 1)
    throw new DemoFailure(`expected one check run "${CHECK}" on ${sha.slice(0, 7)}, found ${runs.length}`)
  const [run] = runs
  // Title, summary and text, as the pull request's Checks tab shows them.
  const rule = '─'.repeat(72)
  const markdown = asRendered([run.output.summary, run.output.text].filter(Boolean).join('\n\n'))
  say(
    `Check run "${run.name}" on ${repo.fullName} ${sha.slice(0, 7)}: ${bold(run.conclusion)} (${run.output.title})`,
  )
  say(`${rule}\n${markdown}\n${rule}`)
  if (run.conclusion !== expected)
    throw new DemoFailure(`expected the approval check to conclude ${expected}, got ${run.conclusion}`)
}

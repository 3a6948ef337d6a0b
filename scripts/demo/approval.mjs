// The demo's last part: the approval bot as production runs it (`node lib/bot/main.js`),
// against the GitHub emulator. One pull request changing a high-risk model, from opened to approved,
// printing the check run reviewers see after each event and checking its conclusion.
import { join } from 'node:path'
import { loadHarness } from './harness.mjs'

const say = (line) => console.log(line)
// The check run's Markdown as the Checks tab shows it: backslash escapes and the zero-width spaces
// that keep GitHub from linking names are for GitHub, not for a terminal.
const asRendered = (markdown) =>
  markdown.replace(/\\([\\`*_{}[\]()#+\-.!|<>~@])/g, '$1').replaceAll('\u200b', '')

/** A wrong result the demo reports in one line (no stack trace). */
export class DemoFailure extends Error {}

const CHECK = 'modelgate/approval (main)'
const MANIFEST = 'models/fraud-detector/model.yaml'
// Who belongs to the teams .modelgate/config.yml names; everybody gets write on the repository.
const TEAMS = {
  'ml-maintainers': ['ana', 'ben'],
  'model-risk': ['fay'],
  compliance: ['carl'],
  platform: ['pia'],
}

/** Runs the part; stops the bot and the emulator (and removes their temp dirs) whatever happens. */
export async function approvalDemo(here, { bold }) {
  const { Emulator, HttpError, openPullRequest, review, startBot } = await loadHarness(here)
  // Promises of what was started, so a signal during a start still stops what it started.
  let starting
  let startingBot
  let cleaning
  const cleanUp = () =>
    (cleaning ??= (async () => {
      const [bot, gh] = await Promise.all([startingBot, starting].map((p) => p?.catch(() => undefined)))
      await bot?.stop()
      await gh?.stop()
    })())
  // Ctrl-C while the bot runs: still stop it and remove the temp dirs, then exit 130 (143 for SIGTERM).
  let signalled
  const exitCode = () => (signalled === 'SIGINT' ? 130 : 143)
  const interrupted = (signal) => {
    signalled = signal
    void cleanUp().finally(() => process.exit(exitCode()))
  }
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted)
  try {
    starting = Emulator.start()
    const gh = await starting
    const repo = gh.createRepo('acme', 'models', { seed: join(here, 'examples', 'model-repo') })
    const onMain = (path) =>
      repo.git.readFile(repo.git.resolve('refs/heads/main'), path).content.toString('utf8')
    for (const [team, members] of Object.entries(TEAMS)) {
      for (const login of members) {
        gh.addTeamMember('acme', team, login)
        gh.grant(repo, login, 'write')
      }
    }
    startingBot = startBot({
      appPath: join(here, 'lib', 'bot', 'main.js'),
      emulator: gh,
      slug: 'modelgate',
      // The App as app.yml registers it: least-privilege permissions, only the events it asks for.
      manifest: join(here, 'app.yml'),
      // info: the harness waits for Probot's "Listening on"; the logs are kept, not printed.
      env: { LOG_LEVEL: 'info' },
    })
    const bot = await startingBot
    gh.install(bot.app, 'acme')

    say(`\n${bold('▶ The approval check: one pull request, from opened to approved')}`)
    say('  The approval bot as production runs it (`node lib/bot/main.js`), against a local GitHub')
    say('  emulator holding acme/models, seeded from examples/model-repo. The policy, read from main:')
    const config = onMain('.modelgate/config.yml')
    const policyAt = config.search(/^(# .*\n)?policy:/m)
    if (policyAt === -1) throw new DemoFailure('examples/model-repo/.modelgate/config.yml has no policy')
    say(`$ sed -n '/^policy:/,$p' .modelgate/config.yml\n${config.slice(policyAt).trimEnd()}`)
    const teams = Object.entries(TEAMS).map(([team, members]) => `acme/${team}: ${members.join(', ')}`)
    say(`  Teams: ${teams.join('; ')} (all with write access).`)

    /** Waits for the bot to answer every webhook, then prints the one approval check of the head and checks it. */
    const showCheck = async (pull, expected) => {
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
      const markdown = asRendered(
        [run.output.summary, run.output.text].filter(Boolean).join('\n\n').trimEnd(),
      )
      say(`Check run "${run.name}" on ${sha.slice(0, 7)}: ${bold(run.conclusion)} (${run.output.title})`)
      say(`${rule}\n${markdown}\n${rule}`)
      if (run.conclusion !== expected)
        throw new DemoFailure(`expected the approval check to conclude ${expected}, got ${run.conclusion}`)
    }

    const released = onMain(MANIFEST)
    const changed = released
      .replace('version: 1.4.0', 'version: 1.5.0')
      .replace('s3://acme-models/fraud-detector/1.4.0/', 's3://acme-models/fraud-detector/1.5.0/')
    if (changed === released) throw new DemoFailure(`${MANIFEST} no longer holds version 1.4.0`)
    say('\n» ana opens a pull request: fraud-detector 1.4.0 → 1.5.0 (riskTier: high)')
    const pull = openPullRequest(gh, {
      repo,
      as: 'ana',
      head: 'fraud-detector-1.5.0',
      title: 'fraud-detector 1.5.0',
      files: { [MANIFEST]: changed },
    })
    await showCheck(pull, 'action_required')

    say('\n» ana approves her own pull request')
    try {
      review(gh, { repo, pull, as: 'ana', state: 'APPROVED' })
      throw new DemoFailure('the emulator accepted an approval by the pull request’s author')
    } catch (error) {
      if (!(error instanceof HttpError)) throw error
      say(
        `Refused, as GitHub does: HTTP ${error.status} ${[error.message, ...(error.errors ?? [])].join(': ')}`,
      )
    }

    say('\n» ben (acme/ml-maintainers) approves')
    review(gh, { repo, pull, as: 'ben', state: 'APPROVED' })
    await showCheck(pull, 'action_required')

    say('\n» fay (acme/model-risk) approves')
    review(gh, { repo, pull, as: 'fay', state: 'APPROVED' })
    await showCheck(pull, 'success')
    say('With branch protection requiring this check (pinned to the app), the pull request can now merge.')
  } finally {
    process.removeListener('SIGINT', interrupted).removeListener('SIGTERM', interrupted)
    await cleanUp()
    if (signalled) process.exit(exitCode()) // not the error the interruption caused
  }
}

/** What the bot said that may explain a missing check: its warnings and errors, or its stderr. */
function botTrouble(bot) {
  const lines = bot
    .logs()
    .filter((line) => line.level >= 40)
    .map((line) => `  ${line.msg}`)
  const stderr = bot.stderr().trim()
  return lines.length > 0 || stderr ? `; the bot said:\n${[...lines, stderr].filter(Boolean).join('\n')}` : ''
}

// The approval check: one pull request changing a high-risk model, from opened to approved,
// printing the check run reviewers see after each event and checking its conclusion.
import { DemoFailure, showCheck } from './with-playground.mjs'

const MANIFEST = 'models/fraud-detector/model.yaml'

/** Runs the part on a started playground; returns the approved pull request (not merged). */
export async function approvalDemo(playground, harness, { bold, say }) {
  const { HttpError, openPullRequest, review } = harness
  const { emulator: gh, models: repo } = playground
  const onMain = (path) =>
    repo.git.readFile(repo.git.resolve('refs/heads/main'), path).content.toString('utf8')

  say(`\n${bold('▶ The approval check: one pull request, from opened to approved')}`)
  say('  The approval bot as production runs it (`node lib/bot/main.js`), against a local GitHub')
  say('  emulator holding acme/models, seeded from examples/model-repo. The policy, read from main:')
  const config = onMain('.modelgate/config.yml')
  const policyAt = config.search(/^(# .*\n)?policy:/m)
  if (policyAt === -1) throw new DemoFailure('examples/model-repo/.modelgate/config.yml has no policy')
  say(`$ sed -n '/^policy:/,$p' .modelgate/config.yml\n${config.slice(policyAt).trimEnd()}`)
  const people = playground.people
    .filter((person) => person.teams.length > 0)
    .map((person) => `${person.login} (${person.teams.map((team) => `acme/${team}`).join(', ')})`)
  say(`  People with write access: ${people.join('; ')}. Same as \`npm run playground\`.`)
  const check = (pull, expected) => showCheck({ playground, repo, pull, expected, say, bold })

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
  await check(pull, 'action_required')

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

  say('\n» max (acme/ml-maintainers) approves')
  review(gh, { repo, pull, as: 'max', state: 'APPROVED' })
  await check(pull, 'action_required')

  say('\n» fay (acme/model-risk) approves')
  review(gh, { repo, pull, as: 'fay', state: 'APPROVED' })
  await check(pull, 'success')
  say('With branch protection requiring this check (pinned to the app), the pull request can now merge.')
  return pull
}

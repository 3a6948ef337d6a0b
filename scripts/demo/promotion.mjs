// Promotion: commands on a thread of the model repository become pull requests in the environments
// repository; Argo CD's verdict (faked: the commit status argocd-notifications posts) comes back to
// the thread. dev → staging → prod (refused out of order, then approved by the release team), then
// a release that goes bad in dev and its /rollback.
import { asRendered, botTrouble, DemoFailure, showCheck } from './with-playground.mjs'

const MODEL = 'fraud-detector'
const EMOJI = { eyes: '👀', rocket: '🚀', '+1': '👍', '-1': '👎', confused: '😕' }
const rule = '─'.repeat(72)

/** Runs the part on a started playground; `approved` is the approval part's pull request (fraud-detector 1.5.0). */
export async function promotionDemo(playground, harness, { bold, say, approved }) {
  const { mergePullRequest, openIssue, postStatus, review, runCommand, statusComment } = harness
  const { emulator: gh, models, environments, bot } = playground
  const botLogin = `${bot.app.slug}[bot]`
  const box = (markdown) => say(`${rule}\n${asRendered(markdown)}\n${rule}`)

  say(`\n${bold('▶ Promotion: from a comment to live and healthy, dev → staging → prod, and a rollback')}`)
  say('  The same bot and emulator. acme/ml-environments is examples/environments-repo: Argo CD deploys its')
  say('  main. Argo CD is faked by posting the commit status argocd-notifications would post on the merge')
  say(`  commit: context continuous-delivery/<env>-<model>, as user argocd (docs/commands.md).`)
  const thread = openIssue(gh, { repo: models, as: 'ana', title: `${MODEL} releases` })
  say(`\n» ana opens issue #${thread.number} "${thread.title}" in acme/models`)

  /** `as` comments `body` on the thread; prints the bot's reactions and what it wrote, checks the verdict. */
  const command = async (as, body, expected) => {
    say(`\n» ${as} comments on #${thread.number}:\n    ${body.replaceAll('\n', '\n    ')}`)
    const outcome = await runCommand(gh, { repo: models, issue: thread.number, as, body, botLogin }).catch(
      (error) => {
        throw new DemoFailure(`${error.message}${botTrouble(bot)}`)
      },
    )
    say(`The bot reacts ${outcome.reactions.map((r) => EMOJI[r] ?? r).join(' ')} and writes:`)
    for (const reply of outcome.replies) box(reply)
    if (outcome.verdict !== expected)
      throw new DemoFailure(`expected ${EMOJI[expected]} on "${body}", got ${EMOJI[outcome.verdict]}`)
  }
  const promotionPull = (environment) => {
    const pull = gh.state.pulls.find(
      (p) =>
        p.repo === environments && p.state === 'open' && p.head.ref === `modelgate/${environment}/${MODEL}`,
    )
    if (!pull) throw new DemoFailure(`no open promotion pull request for ${MODEL} in ${environment}`)
    return pull
  }
  /** Merges the environment's promotion as max and has Argo CD report on it; prints the status comment. */
  const deploy = async (environment, { approver, health = 'success' }) => {
    const pull = promotionPull(environment)
    if (approver) {
      say(`\n» ${approver} approves acme/ml-environments#${pull.number} "${pull.title}"`)
      review(gh, { repo: environments, pull, as: approver, state: 'APPROVED' })
    }
    const sha = mergePullRequest(gh, { repo: environments, pull, as: 'max' })
    say(`» max merges it: ${sha.slice(0, 7)} on main of acme/ml-environments`)
    await gh.webhooks.settled()
    const context = `continuous-delivery/${environment}-${MODEL}`
    const description = health === 'success' ? 'Healthy' : 'Degraded: p95 latency over the SLO'
    say(`» Argo CD syncs ${environment}-${MODEL} and posts: ${context} ${health} "${description}"`)
    postStatus(gh, { repo: environments, sha, state: health, context, description, as: 'argocd' })
    await gh.webhooks.settled()
    const status = statusComment(gh, {
      repo: models,
      issue: thread.number,
      environment,
      model: MODEL,
      botLogin,
    })
    say(`The status comment on #${thread.number} now reads:`)
    box(status ?? '(none)')
    const expected = health === 'success' ? '✅ live and healthy' : 'degraded'
    if (!status?.includes(expected))
      throw new DemoFailure(`the ${environment} status comment does not say ${expected}`)
  }

  say(`\n${bold('dev')}: the first environment, approved by acme/ml-maintainers (not by whoever asked)`)
  await command('ana', `/promote ${MODEL} to dev\nfirst release of 1.4.0`, 'rocket')
  await deploy('dev', { approver: 'max' })

  say(`\n${bold('prod, out of order')}: a version enters an environment only once live and healthy upstream`)
  await command('ana', `/promote ${MODEL} to prod`, '-1')

  say(`\n${bold('staging')}`)
  await command('ana', `/promote ${MODEL} to staging`, 'rocket')
  await deploy('staging', { approver: 'max' })

  say(`\n${bold('prod')}: its pull request needs acme/release (environments repository policy, promote-prod)`)
  await command('ana', `/promote ${MODEL} to prod\nstaging healthy for a week`, 'rocket')
  const prod = promotionPull('prod')
  const check = (expected) => showCheck({ playground, repo: environments, pull: prod, expected, say, bold })
  await check('action_required')
  say(`\n» ana approves acme/ml-environments#${prod.number} too: she asked for it, so it does not count`)
  review(gh, { repo: environments, pull: prod, as: 'ana', state: 'APPROVED' })
  await check('action_required')
  say(`\n» rel (acme/release) approves`)
  review(gh, { repo: environments, pull: prod, as: 'rel', state: 'APPROVED' })
  await check('success')
  await deploy('prod', {})

  say(`\n${bold('A release goes bad, and /rollback')}`)
  const released = mergePullRequest(gh, { repo: models, pull: approved, as: 'max' })
  say(
    `» max merges the approved pull request: ${MODEL} 1.5.0 is on main of acme/models (${released.slice(0, 7)})`,
  )
  await gh.webhooks.settled()
  await command('ana', `/promote ${MODEL} to dev`, 'rocket')
  await deploy('dev', { approver: 'max', health: 'failure' })
  await command('ana', `/rollback ${MODEL} in dev\np95 latency doubled with 1.5.0`, 'rocket')
  await deploy('dev', { approver: 'max' })
}

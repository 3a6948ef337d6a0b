// The chat-ops bot (bot/commands/, in the production entry lib/bot/main.js) as production runs it:
// `node main.js` in its own process (test/support/bot-harness.ts), the App registered from app.yml and
// installed on acme, in the GitHub emulator seeded with examples/model-repo (acme/models) and
// examples/environments-repo (acme/ml-environments), with the people of
// test/support/promotion-scenario.ts (ana and max write, rita reads). Commands are comments the
// emulator turns into signed `issue_comment.created` webhooks. WRITE_SPACING_MS=0: the bot's pacing of
// writes (1 s apart per installation, as GitHub asks) is off, so the figures are the bot's own work.
//
// 1. API requests per command, by operationId (the emulator's counters): the first `/help` of the
//    process (installation token, cold caches), the first `/promote` of a model to dev, a `/promote`
//    refused to a reader, a second `/help`. Target for a promotion: ≤ 15 requests.
// 2. Comment-to-PR latency: from the comment to the pull request existing in the emulator, median
//    and p95 over BENCH_COMMANDS_PROMOTIONS (20) promotions, one at a time, each model to dev in turn
//    (only dev takes a version not yet live upstream), the pull request closed after each.
// 3. A bot killed mid-promotion: SIGKILL while `pulls/create` is held up (the branch exists), a new
//    process, the same delivery redelivered: exactly one pull request, no orphan branch.
// 4. BENCH_COMMANDS_CONCURRENT (50) `/promote` of one (env, model) at once, over 2 processes of the
//    App (the emulator delivers to each in turn): exactly one pull request, no orphan branch, every
//    comment a final reaction (🚀 once, 👍 for the rest).
// 5. BENCH_COMMANDS_FAULTS (500) commands, 10 in flight over the 2 processes, with 10 % of requests
//    failing (server errors, rate limits, dropped connections, a third each): every command a final
//    reaction and a reply, no duplicate pull request, no orphan branch.
//
// An orphan branch is a `modelgate/<env>/<model>` ref of the environments repository without an open
// pull request (the holds branch aside).
import { copyFileSync, mkdirSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { byOperation, fixed, percentile } from './bot.mjs'

export class CommandsBenchFailure extends Error {}

/** BENCH_COMMANDS_PROMOTIONS (20), BENCH_COMMANDS_CONCURRENT (50), BENCH_COMMANDS_FAULTS (500). */
export const commandsBenchOptions = () => ({
  promotions: Number(process.env.BENCH_COMMANDS_PROMOTIONS ?? 20),
  concurrent: Number(process.env.BENCH_COMMANDS_CONCURRENT ?? 50),
  faultCommands: Number(process.env.BENCH_COMMANDS_FAULTS ?? 500),
})

const TARGET_PROMOTE_REQUESTS = 15
const FAULT_RATE = 0.1
const IN_FLIGHT = 10
const MODELS = ['fraud-detector', 'churn-predictor', 'credit-limit-scorer', 'support-ticket-router']
const BOT_LOGIN = 'modelgate[bot]'
/** The reactions that end a command (every one but 👀). */
const FINAL = new Set(['rocket', '+1', '-1', 'confused'])

const finalsOf = (comment) =>
  comment.reactions.filter((r) => r.user.login === BOT_LOGIN && FINAL.has(r.content)).map((r) => r.content)
const tally = (values) => {
  const counts = {}
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1
  return counts
}
const list = (counts) =>
  Object.entries(counts)
    .map(([key, n]) => `${key} ${n}`)
    .join(', ')

/**
 * The section: prints its tables and returns its figures (for the BENCH line). The built bot is
 * copied first, so a rebuild while the bench runs cannot change what the processes load.
 */
export async function benchCommands({ here, harness, promotions, concurrent, faultCommands }) {
  const started = performance.now()
  const appPath = join(here, 'lib', 'bench', 'commands-bot', 'main.js')
  mkdirSync(join(appPath, '..'), { recursive: true })
  copyFileSync(join(here, 'lib', 'bot', 'main.js'), appPath)
  const s = await harness.startPromotionScenario({ root: here, appPath })
  const { gh } = s
  try {
    console.log(
      `\nChat-ops commands: the production bot against the emulator (acme/models, acme/ml-environments); ` +
        `WRITE_SPACING_MS=0 (writes not paced: the bot's own work is measured)`,
    )
    const costs = await measureCosts(s)
    const latency = await measureLatency(s, harness, promotions)
    const killed = await killMidPromotion(s, harness)
    // The process that took over from the killed one, and one more: the App's 2 processes from now on.
    const processes = [killed.replica, await s.addReplica()]
    const figures = {
      costs,
      latency,
      killed: killed.figures,
      concurrent: await concurrentPromotions(s, harness, processes, concurrent),
      faults: await commandsUnderFaults(s, harness, faultCommands),
      problems: gh.problems.length,
    }
    figures.seconds = (performance.now() - started) / 1000
    // A problem is the emulator's OpenAPI check failing on a request or an answer: the distinct ones say where.
    const kinds = tally(gh.problems.map((problem) => problem.replace(/\/\d+\//g, '/n/')))
    console.log(
      `emulator problems recorded: ${figures.problems}${figures.problems > 0 ? ` (${Object.keys(kinds).slice(0, 3).join('; ')})` : ''}; ` +
        `commands section took ${fixed(figures.seconds)} s`,
    )
    return figures
  } finally {
    await s.stop()
  }
}

/** Open pull requests per promotion branch, and the promotion branches with none. */
function consistency(s) {
  const open = tally(s.openPromotions().map((pull) => pull.head))
  return {
    duplicates: Object.values(open).filter((n) => n > 1).length,
    orphans: s.promotionBranches().filter((branch) => !open[branch]),
  }
}

/** Closes every open promotion (its branch is then deleted by the bot). */
async function closeAll(s, harness) {
  for (const pull of s.openPromotions())
    harness.closePullRequest(s.gh, { repo: s.environments, pull: pull.number, as: 'max' })
  await s.gh.webhooks.settled()
}

// ── 1. Requests per command ─────────────────────────────────────────────────────────────────────

async function measureCosts(s) {
  const runs = [
    { key: 'firstHelp', label: '/help (first command: token, cold caches)', as: 'ana', body: '/help' },
    {
      key: 'promote',
      label: '/promote fraud-detector to dev (opened)',
      as: 'ana',
      body: '/promote fraud-detector to dev',
    },
    {
      key: 'refused',
      label: '/promote churn-predictor to dev by a reader (refused)',
      as: 'rita',
      body: '/promote churn-predictor to dev',
    },
    { key: 'help', label: '/help (warm)', as: 'ana', body: '/help' },
  ]
  const rows = []
  // The command's own requests: the new pull request's own webhook (the approval check of
  // pull_request.opened, another handler) is withheld here and counted in section 2's totals.
  const events = s.bot.app.events
  s.bot.app.events = ['issue_comment']
  try {
    for (const run of runs) {
      const from = s.gh.requests.length
      const outcome = await s.command(run.as, run.body)
      const requests = s.gh.requests.slice(from)
      rows.push({
        ...run,
        verdict: outcome.verdict,
        requests: requests.length,
        byOperation: byOperation(requests),
      })
    }
  } finally {
    s.bot.app.events = events
  }
  const operations = [...new Set(rows.flatMap((row) => Object.keys(row.byOperation)))].sort()
  console.log(
    `\n1. API requests per command, by operationId (one command at a time; the command's own: the approval check ` +
      `its pull request triggers is another webhook, withheld here)`,
  )
  console.log(`| operationId | ${rows.map((row) => row.label).join(' | ')} |`)
  console.log(`| --- |${rows.map(() => ' ---: |').join('')}`)
  for (const operation of operations)
    console.log(`| ${operation} | ${rows.map((row) => row.byOperation[operation] ?? 0).join(' | ')} |`)
  console.log(`| all requests | ${rows.map((row) => row.requests).join(' | ')} |`)
  console.log(`| verdict | ${rows.map((row) => row.verdict).join(' | ')} |`)
  const promote = rows.find((row) => row.key === 'promote')
  const meets = promote.requests <= TARGET_PROMOTE_REQUESTS
  console.log(
    `requests per /promote that opens a pull request, target ≤ ${TARGET_PROMOTE_REQUESTS}: ${promote.requests}: ` +
      `${meets ? 'meets target' : 'MISSES target'}`,
  )
  return {
    ...Object.fromEntries(
      rows.map((row) => [
        row.key,
        { requests: row.requests, verdict: row.verdict, byOperation: row.byOperation },
      ]),
    ),
    target: TARGET_PROMOTE_REQUESTS,
    meets,
  }
}

// ── 2. Comment-to-PR latency ────────────────────────────────────────────────────────────────────

async function measureLatency(s, harness, promotions) {
  await closeAll(s, harness)
  const latencies = []
  const requestCounts = []
  for (let k = 0; k < promotions; k++) {
    const model = MODELS[k % MODELS.length]
    const branch = `modelgate/dev/${model}`
    const from = s.gh.requests.length
    const sent = performance.now()
    const comment = s.post(k % 2 === 0 ? 'ana' : 'max', `/promote ${model} to dev`)
    await harness.waitFor(
      () => s.openPromotions().some((pull) => pull.head === branch) || finalsOf(comment).length > 0,
      {
        timeoutMs: 30_000,
        intervalMs: 1,
        message: `the pull request of ${branch}`,
      },
    )
    latencies.push(performance.now() - sent)
    await harness.waitFor(() => finalsOf(comment).length > 0, { timeoutMs: 30_000, message: 'the verdict' })
    await s.gh.webhooks.settled()
    if (finalsOf(comment)[0] !== 'rocket')
      throw new CommandsBenchFailure(`/promote ${model} to dev ended with ${finalsOf(comment)[0]}, not 🚀`)
    requestCounts.push(s.gh.requests.length - from)
    await closeAll(s, harness)
  }
  const sorted = [...latencies].sort((a, b) => a - b)
  const p50 = percentile(sorted, 50)
  const p95 = percentile(sorted, 95)
  console.log(
    `\n2. Comment-to-PR latency over ${promotions} promotions (${MODELS.length} models to dev in turn, one at a time, ` +
      `each closed before the next; the comment posted in the emulator → the pull request exists there)`,
  )
  console.log(
    `median ${fixed(p50)} ms, p95 ${fixed(p95)} ms, max ${fixed(sorted.at(-1))} ms; ` +
      `requests per promotion, with the approval check of its pull_request.opened: ` +
      `${Math.min(...requestCounts)}–${Math.max(...requestCounts)}`,
  )
  return { promotions, p50Ms: p50, p95Ms: p95, maxMs: sorted.at(-1), requests: requestCounts }
}

// ── 3. Killed mid-promotion, then redelivered ───────────────────────────────────────────────────

async function killMidPromotion(s, harness) {
  const { gh } = s
  const model = 'credit-limit-scorer'
  const branch = `modelgate/dev/${model}`
  const held = gh.faults.add({
    kind: 'latency',
    match: { operationId: 'pulls/create' },
    nth: [1],
    latencyMs: 3000,
  })
  const comment = s.post('ana', `/promote ${model} to dev`)
  await harness.waitFor(
    () => gh.requests.some((r) => r.operationId === 'pulls/create' && r.fault === 'latency'),
    {
      timeoutMs: 30_000,
      message: 'the held pulls/create',
    },
  )
  process.kill(s.bot.pid, 'SIGKILL')
  const left = { branch: s.promotionBranches().includes(branch), pulls: s.openPromotions().length }
  const replica = await s.addReplica()
  await s.bot.stop() // out of the rotation: the redelivery goes to the new process
  const delivery = gh.webhooks.deliveries.findLast(
    (d) => d.event === 'issue_comment' && d.payload.comment?.id === comment.id,
  )
  const redelivered = performance.now()
  await gh.webhooks.redeliver(delivery)
  await harness.waitFor(() => finalsOf(comment).length > 0, {
    timeoutMs: 30_000,
    message: 'the verdict after the redelivery',
  })
  const seconds = (performance.now() - redelivered) / 1000
  // The held request's 3 s pass: it must not land (its client is gone).
  await new Promise((done) => setTimeout(done, 3200))
  await gh.webhooks.settled()
  held()
  const pulls = s.openPromotions().filter((pull) => pull.head === branch).length
  const { duplicates, orphans } = consistency(s)
  const ok =
    left.branch &&
    left.pulls === 0 &&
    pulls === 1 &&
    orphans.length === 0 &&
    finalsOf(comment).join() === 'rocket'
  console.log(
    `\n3. Bot killed (SIGKILL) while pulls/create was held up, a new process, the delivery redelivered`,
  )
  console.log(
    `left by the kill: branch ${left.branch ? 'present' : 'absent'}, ${left.pulls} pull request(s); after the redelivery ` +
      `(${fixed(seconds, 2)} s): ${pulls} pull request for ${branch}, orphan branches ${orphans.length}, duplicates ${duplicates}, ` +
      `reactions ${comment.reactions
        .filter((r) => r.user.login === BOT_LOGIN)
        .map((r) => r.content)
        .join(' ')}: ` +
      `${ok ? 'consistent' : 'NOT CONSISTENT'}`,
  )
  if (!ok) throw new CommandsBenchFailure(`killed mid-promotion: ${JSON.stringify({ left, pulls, orphans })}`)
  await closeAll(s, harness)
  return {
    figures: {
      leftBranch: left.branch,
      pulls,
      orphans: orphans.length,
      duplicates,
      redeliverySeconds: seconds,
    },
    replica,
  }
}

// ── 4. Concurrent /promote of one (env, model) over 2 processes ─────────────────────────────────

/** Posts each command on its own new issue, `inFlight` at a time; resolves with each comment once it has a verdict. */
async function runCommands(s, harness, commands, inFlight) {
  const done = []
  let next = 0
  const latencies = []
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < commands.length) {
        const k = next++
        const { as, body } = commands[k]
        const thread = harness.openIssue(s.gh, { repo: s.models, as: 'ana', title: `bench ${k}` })
        const sent = performance.now()
        const comment = s.post(as, body, { thread: thread.number })
        await harness
          .waitFor(() => finalsOf(comment).length > 0, {
            timeoutMs: 60_000,
            intervalMs: 5,
            message: `the verdict on ${JSON.stringify(body)}`,
          })
          .catch(() => undefined) // counted below as a command without a verdict
        latencies.push(performance.now() - sent)
        done[k] = { ...commands[k], comment, thread: thread.number }
      }
    }),
  )
  await s.gh.webhooks.settled()
  return { done, latencies: latencies.sort((a, b) => a - b) }
}

/** Per command: its final reactions and whether the bot wrote on its thread. */
function verdicts(s, done) {
  const botComments = tally(
    s.gh.state.comments
      .filter((c) => c.repo === s.models && c.user.login === BOT_LOGIN)
      .map((c) => c.issueNumber),
  )
  const gaveUp = new Set(
    s.gh.state.comments
      .filter((c) => c.repo === s.models && c.user.login === BOT_LOGIN && c.body.includes('Could not finish'))
      .map((c) => c.issueNumber),
  )
  return done.map(({ comment, thread, body }) => ({
    body,
    finals: finalsOf(comment),
    replies: botComments[thread] ?? 0,
    gaveUp: gaveUp.has(thread),
  }))
}

async function concurrentPromotions(s, harness, processes, count) {
  const model = 'churn-predictor'
  const branch = `modelgate/dev/${model}`
  const commands = Array.from({ length: count }, (_, k) => ({
    as: k % 2 === 0 ? 'ana' : 'max',
    body: `/promote ${model} to dev`,
  }))
  const logsFrom = processes.map((bot) => bot.logs().length)
  const handled = () =>
    processes.map(
      (bot, k) =>
        bot
          .logs()
          .slice(logsFrom[k])
          .filter((line) => /^command /.test(line.msg)).length,
    )
  const started = performance.now()
  const { done } = await runCommands(s, harness, commands, count)
  const seconds = (performance.now() - started) / 1000
  const results = verdicts(s, done)
  const finals = tally(results.map((r) => r.finals.join('+') || 'none'))
  const pulls = s.openPromotions().filter((pull) => pull.head === branch)
  const { duplicates, orphans } = consistency(s)
  // The one pull request's commit is the requester's (the approval check judges the marker's requester as its author).
  const tip = s.environments.git.resolve(`refs/heads/${branch}`)
  const author = tip ? s.environments.git.readCommit(tip)?.author.name : undefined
  const requester = /"requester":"([^"]+)"/.exec(pulls[0]?.body ?? '')?.[1]
  const ok =
    pulls.length === 1 &&
    orphans.length === 0 &&
    finals.rocket === 1 &&
    finals['+1'] === count - 1 &&
    results.every((r) => r.replies >= 1) &&
    author === requester
  console.log(
    `\n4. ${count} concurrent /promote ${model} to dev (ana and max in turn) over 2 bot processes (deliveries in turn)`,
  )
  console.log(
    `${fixed(seconds, 2)} s until every verdict; verdicts: ${list(finals)}; commands logged per process: ${handled().join(' + ')}; ` +
      `pull requests ${pulls.length}, orphan branches ${orphans.length}, duplicates ${duplicates}; ` +
      `commands without a reply ${results.filter((r) => r.replies === 0).length}; ` +
      `the pull request's commit by ${author ?? '–'}, its marker's requester ${requester ?? '–'}: ${ok ? 'as required' : 'NOT AS REQUIRED'}`,
  )
  await closeAll(s, harness)
  return {
    count,
    seconds,
    finals,
    pulls: pulls.length,
    orphans: orphans.length,
    duplicates,
    commitAuthor: author,
    requester,
    ok,
  }
}

// ── 5. Commands under 10 % faults ───────────────────────────────────────────────────────────────

/** The mix: promotions to dev (opened, then already open), to staging (refused), help, hold + unhold, invalid, a reader. */
function commandMix(count) {
  const mix = []
  for (let k = 0; mix.length < count; k++) {
    const model = MODELS[k % MODELS.length]
    mix.push(
      { as: 'ana', body: `/promote ${model} to dev` },
      { as: 'max', body: `/promote ${model} to staging` },
      { as: 'rita', body: '/help' },
      { as: 'max', body: `/hold prod ${model}\nbench freeze` },
      { as: 'max', body: `/unhold prod ${model}` },
      { as: 'ana', body: `/promote ${model}@latest to dev` },
      { as: 'rita', body: `/promote ${model} to dev` },
      { as: 'ana', body: `/promote ${model} to qa` },
      { as: 'ana', body: '/promote fraud-detector to dev\n/hold prod' },
    )
  }
  return mix.slice(0, count)
}

async function commandsUnderFaults(s, harness, count) {
  const { gh } = s
  // Three rules tried in turn: rates chosen so each kind fails 1/30 of requests, 10 % in all.
  const third = FAULT_RATE / 3
  const rules = [
    gh.faults.add({ kind: 'server-error', rate: third }),
    gh.faults.add({ kind: 'rate-limit', rate: third / (1 - third), retryAfterSeconds: 1 }),
    gh.faults.add({ kind: 'drop', rate: third / (1 - 2 * third) }),
  ]
  const from = gh.requests.length
  const started = performance.now()
  let run
  try {
    run = await runCommands(s, harness, commandMix(count), IN_FLIGHT)
  } finally {
    for (const remove of rules) remove()
  }
  const seconds = (performance.now() - started) / 1000
  const requests = gh.requests.slice(from)
  const faulted = tally(requests.filter((r) => r.fault).map((r) => r.fault))
  const results = verdicts(s, run.done)
  const withoutVerdict = results.filter((r) => r.finals.length === 0)
  const severalVerdicts = results.filter((r) => r.finals.length > 1)
  const withoutReply = results.filter((r) => r.replies === 0)
  const { duplicates, orphans } = consistency(s)
  const finals = tally(results.map((r) => r.finals.join('+') || 'none'))
  const ok =
    withoutVerdict.length === 0 &&
    severalVerdicts.length === 0 &&
    withoutReply.length === 0 &&
    duplicates === 0 &&
    orphans.length === 0
  console.log(
    `\n5. ${count} commands (${IN_FLIGHT} in flight, 2 bot processes) with ${FAULT_RATE * 100} % of requests failing ` +
      `(server error, rate limit with retry-after 1 s, dropped connection: a third each, seeded)`,
  )
  console.log(
    `${fixed(seconds, 1)} s; ${requests.length} requests, faults injected: ${list(faulted)} ` +
      `(${fixed((100 * Object.values(faulted).reduce((a, b) => a + b, 0)) / requests.length, 1)} %); ` +
      `per command p50 ${fixed(percentile(run.latencies, 50))} ms, p95 ${fixed(percentile(run.latencies, 95))} ms`,
  )
  console.log(
    `verdicts: ${list(finals)} (of the 👎, GitHub failing past the retries: ${results.filter((r) => r.gaveUp).length}); ` +
      `without a verdict ${withoutVerdict.length}, with two ${severalVerdicts.length}, ` +
      `without a reply ${withoutReply.length}; duplicate pull requests ${duplicates}, orphan branches ${orphans.length}` +
      `${orphans.length > 0 ? ` (${orphans.join(', ')})` : ''}: ${ok ? 'as required' : 'NOT AS REQUIRED'}`,
  )
  for (const r of [...withoutVerdict, ...severalVerdicts, ...withoutReply].slice(0, 5))
    console.log(`  e.g. ${JSON.stringify(r.body)}: verdicts [${r.finals.join(', ')}], ${r.replies} replies`)
  return {
    count,
    inFlight: IN_FLIGHT,
    seconds,
    requests: requests.length,
    faulted,
    finals,
    gaveUp: results.filter((r) => r.gaveUp).length,
    withoutVerdict: withoutVerdict.length,
    severalVerdicts: severalVerdicts.length,
    withoutReply: withoutReply.length,
    duplicates,
    orphans: orphans.length,
    p50Ms: percentile(run.latencies, 50),
    p95Ms: percentile(run.latencies, 95),
    ok,
  }
}

// `node scripts/bench/commands.mjs`: this section alone (builds first, as `npm run bench` does).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const here = resolve(import.meta.dirname, '..', '..')
  execFileSync(process.execPath, [join(here, 'scripts', 'build.mjs')], { cwd: here, stdio: 'inherit' })
  const { loadHarness } = await import('./harness.mjs')
  try {
    const figures = await benchCommands({ here, harness: await loadHarness(here), ...commandsBenchOptions() })
    console.log(`BENCH ${JSON.stringify({ commands: figures })}`)
  } catch (error) {
    if (!(error instanceof CommandsBenchFailure)) throw error
    console.error(`bench: ${error.message}`)
    process.exit(1)
  }
}

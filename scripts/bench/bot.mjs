// The approval bot (bot/main.ts, built to lib/bot/main.js) as production runs it: `node main.js` in
// its own process (sandbox/start-bot.ts), a GitHub App with app.yml's permissions and events
// installed on acme/models in the GitHub emulator, under the policy of examples/model-repo.
//
// Eight pull requests each change a high-risk manifest (models/fraud-detector: `riskTier: high`) and
// carry two approvals (a model maintainer, a model-risk reviewer), so an evaluation reads the policy,
// the files, the reviews and the teams, and writes the check run. Signed `pull_request.synchronize`
// and `pull_request_review.submitted` deliveries of those pull requests (fresh delivery ids: the
// bot's dedupe never skips one) go to the bot from a worker thread (scripts/bench/deliver-worker.mjs),
// and the same ones to a no-op Probot app as the baseline (scripts/bench/noop-app.mjs):
//
// - requests per evaluation: the emulator's counters around one cold evaluation (installation
//   token, empty caches) and one typical evaluation (after an approval), by operationId;
// - closed loop: BENCH_BOT_CONCURRENCY (8) in flight, for BENCH_BOT_DELIVERIES (400) deliveries or
//   BENCH_BOT_SECONDS (10 s) of sending, whichever ends first: the most deliveries per second;
// - open loop: one delivery every 1/rate s whatever the answers, latencies from each scheduled send
//   time (no coordinated omission), at BENCH_BOT_RATE (200/s) when the closed loop reached it, else
//   at half what it reached (the target rate would only grow a queue); the no-op app at the target.
//
// A latency is the webhook POST's answer time: Probot's webhook middleware (@octokit/webhooks
// createNodeMiddleware) answers 200 only after `verifyAndReceive` has awaited every handler, so it
// spans the signature check and the whole evaluation, check-run write included (202 "still
// processing" after 9 s, counted as not 200). The emulator runs in this process, on the same cores.
//
// Writes are paced a second apart per installation (bot/octokit.ts, as GitHub asks), so the bench's
// steady state holds evaluations whose check run is already right: no write, as in a busy repository.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'

export class BotBenchFailure extends Error {}

/** BENCH_BOT_DELIVERIES (400), BENCH_BOT_SECONDS (10), BENCH_BOT_CONCURRENCY (8), BENCH_BOT_RATE (200). */
export const botBenchOptions = () => ({
  deliveries: Number(process.env.BENCH_BOT_DELIVERIES ?? 400),
  seconds: Number(process.env.BENCH_BOT_SECONDS ?? 10),
  concurrency: Number(process.env.BENCH_BOT_CONCURRENCY ?? 8),
  rate: Number(process.env.BENCH_BOT_RATE ?? 200),
})

const MANIFEST = 'models/fraud-detector/model.yaml'
const CHECK = 'modelgate/approval (main)'
const PULLS = 8
const TARGET_RATE = 200
const TARGET_P99_MS = 50
const TARGET_READS = 6
/** The example policy's teams, one member each (rules model-owners, model-risk, critical-two-person, platform). */
const MEMBERS = { 'ml-maintainers': 'mira', 'model-risk': 'rita', compliance: 'cole', platform: 'pat' }

export const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

let clockTicks
/** CPU milliseconds a process used so far (user + system, and its waited-for children: git), from /proc. */
function cpuMs(pid) {
  try {
    clockTicks ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // Fields after "pid (comm) ": state is field 3, utime 14, stime 15, cutime 16, cstime 17.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const ticks = [11, 12, 13, 14].reduce((sum, k) => sum + Number(fields[k]), 0)
    return (ticks * 1000) / clockTicks
  } catch {
    return NaN
  }
}

/** Runs one batch of deliveries in scripts/bench/deliver-worker.mjs. */
function deliver(bot, jobs, options) {
  return new Promise((done, fail) => {
    const worker = new Worker(new URL('./deliver-worker.mjs', import.meta.url), {
      workerData: { url: bot.url, secret: bot.secret, jobs, ...options },
    })
    worker.once('message', done)
    worker.once('error', fail)
    worker.once('exit', (code) => code !== 0 && fail(new Error(`the delivery worker exited with ${code}`)))
  })
}

export const byOperation = (requests) => {
  const counts = {}
  for (const request of requests) {
    const key = request.operationId ?? `${request.method} ${request.path}`
    counts[key] = (counts[key] ?? 0) + 1
  }
  return counts
}
/** Reads as the end-to-end test counts them: GETs, check-run listing aside. */
const readsOf = (requests) =>
  requests.filter((r) => r.method === 'GET' && !r.operationId?.startsWith('checks/')).length

export const fixed = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–')

/**
 * The section: prints its tables and returns its figures (for the BENCH line). The built bot
 * (lib/bot/main.js, one bundle) is copied first, so a rebuild while the bench runs cannot change
 * what the server loads.
 */
export async function benchBot({ here, harness, deliveries, seconds, concurrency, rate }) {
  const { Emulator, openPullRequest, review, startBot } = harness
  const started = performance.now()
  mkdirSync(join(here, 'lib', 'bench'), { recursive: true })
  const appPath = join(here, 'lib', 'bench', 'approval-bot', 'main.js')
  mkdirSync(join(appPath, '..'), { recursive: true })
  copyFileSync(join(here, 'lib', 'bot', 'main.js'), appPath)

  const gh = await Emulator.start()
  const bots = []
  try {
    const repo = gh.createRepo('acme', 'models', { seed: join(here, 'examples', 'model-repo') })
    for (const [team, login] of Object.entries(MEMBERS)) {
      gh.grant(repo, login, 'write')
      gh.addTeamMember('acme', team, login)
    }
    gh.grant(repo, 'ana', 'write')

    const env = { LOG_LEVEL: 'info' }
    const [bot, noop] = await Promise.all([
      // With app.yml's permissions and events.
      startBot({ appPath, emulator: gh, slug: 'modelgate', manifest: join(here, 'app.yml'), env }),
      startBot({ appPath: join(here, 'scripts', 'bench', 'noop-app.mjs'), emulator: gh, slug: 'noop', env }),
    ])
    bots.push(bot, noop)
    const failure = (message) =>
      new BotBenchFailure(
        `${message}\n--- approval bot log (last 40 lines)\n` +
          `${bot
            .logs()
            .slice(-40)
            .map((line) => JSON.stringify(line))
            .join('\n')}\n--- stderr\n${bot.stderr().slice(-3000)}`,
      )

    // The pull requests, while only the no-op app is installed: the emulator's webhooks (as GitHub
    // sends them) reach it alone and become the templates of the deliveries.
    gh.install(noop.app, 'acme')
    const original = readFileSync(join(here, 'examples', 'model-repo', MANIFEST), 'utf8')
    if (!original.includes('version: 1.4.0')) throw failure(`${MANIFEST} no longer has version 1.4.0`)
    const pulls = Array.from({ length: PULLS }, (_, k) =>
      openPullRequest(gh, {
        repo,
        as: 'ana',
        head: `bench-${k}`,
        title: `fraud-detector 1.5.${k}`,
        files: { [MANIFEST]: original.replace('version: 1.4.0', `version: 1.5.${k}`) },
      }),
    )
    for (const reviewer of [MEMBERS['ml-maintainers'], MEMBERS['model-risk']])
      for (const pull of pulls) review(gh, { repo, pull, as: reviewer, state: 'APPROVED' })
    await gh.webhooks.settled()
    const sent = gh.webhooks.deliveries.filter((d) => d.app === 'noop')
    const numberOf = (delivery) => delivery.payload.pull_request?.number
    // Per pull request, a synchronize (the opened payload, as GitHub sends it on a push) and its
    // last review. Interleaved, so deliveries in flight at once concern different pull requests
    // (the bot serializes those of one).
    const opened = pulls.map((pull) => {
      const delivery = sent.find(
        (d) => d.event === 'pull_request' && d.action === 'opened' && numberOf(d) === pull.number,
      )
      if (!delivery) throw failure(`the emulator sent no pull_request.opened for #${pull.number}`)
      return delivery.payload
    })
    const synchronize = opened.map((payload) => ({
      event: 'pull_request',
      payload: {
        ...structuredClone(payload),
        action: 'synchronize',
        before: payload.pull_request.base.sha,
        after: payload.pull_request.head.sha,
      },
    }))
    const reviewed = pulls.map((pull) => {
      const last = sent.findLast((d) => d.event === 'pull_request_review' && numberOf(d) === pull.number)
      if (!last) throw failure(`the emulator sent no pull_request_review for #${pull.number}`)
      return { event: 'pull_request_review', payload: last.payload }
    })
    const jobs = [...synchronize, ...reviewed]

    const installation = gh.install(bot.app, 'acme').id
    const withInstallation = (payload) => ({
      ...payload,
      installation: { ...payload.installation, id: installation },
    })

    /** The emulator requests of one delivery to the bot, answered 200. */
    const recorded = async (label, job) => {
      const from = gh.requests.length
      const response = await bot.deliver(job.event, withInstallation(job.payload))
      await response.arrayBuffer()
      await gh.webhooks.settled()
      if (response.status !== 200) throw failure(`${label}: the bot answered ${response.status}`)
      return gh.requests.slice(from)
    }
    const coldEvaluation = await recorded('the first evaluation', {
      event: 'pull_request',
      payload: opened[0],
    })
    const typicalEvaluation = await recorded('an evaluation after an approval', reviewed[0])

    const rows = []
    /** One batch of deliveries to one app, with what it cost the emulator and both processes. */
    const measure = async (contender, load) => {
      const target = contender.bot
      const requestsFrom = gh.requests.length
      const deliveriesFrom = gh.webhooks.deliveries.length
      const logsFrom = target.logs().length
      const [botCpu, benchCpu] = [cpuMs(target.pid), cpuMs('self')]
      const result = await deliver(target, jobs, { installation, ...load })
      await gh.webhooks.settled()
      const botCpuMs = cpuMs(target.pid) - botCpu
      const benchCpuMs = cpuMs('self') - benchCpu
      const requests = gh.requests.slice(requestsFrom)
      const count = result.latencies.length
      const sorted = [...result.latencies].sort((a, b) => a - b)
      const row = {
        app: contender.key,
        label: contender.label,
        load: load.key,
        loadLabel: load.label,
        deliveries: count,
        seconds: result.seconds,
        perSecond: count / result.seconds,
        p50Ms: percentile(sorted, 50),
        p99Ms: percentile(sorted, 99),
        maxMs: sorted.at(-1),
        statuses: result.statuses,
        not200: count - (result.statuses[200] ?? 0),
        evaluations: target
          .logs()
          .slice(logsFrom)
          .filter((line) => typeof line.msg === 'string' && line.msg.startsWith('approval check ')).length,
        requests: requests.length,
        requestsPerDelivery: requests.length / count,
        reads: readsOf(requests),
        byOperation: byOperation(requests),
        emulatorWebhooks: gh.webhooks.deliveries.length - deliveriesFrom,
        botCpuMsPerDelivery: botCpuMs / count,
        benchCpuMsPerDelivery: benchCpuMs / count,
      }
      rows.push(row)
      return row
    }
    const [noopApp, approvalBot] = [
      { key: 'noop', label: 'no-op Probot app', bot: noop },
      { key: 'bot', label: 'modelgate approval bot', bot },
    ]

    // Warm-up, not measured: every delivery once to the no-op app (JIT, keep-alive connections); a
    // synchronize of each pull request to the bot, so each has its check run and the SHA-keyed caches
    // hold its trees and files (at Probot's pace of a write a second).
    await deliver(noop, jobs, { installation, mode: 'closed', count: jobs.length, concurrency })
    await deliver(bot, synchronize, { installation, mode: 'closed', count: PULLS, concurrency })
    await gh.webhooks.settled()
    const closed = {
      key: 'closed',
      label: `closed loop, ${concurrency} in flight`,
      mode: 'closed',
      count: deliveries,
      seconds,
      concurrency,
    }
    const noopClosed = await measure(noopApp, closed)
    const botClosed = await measure(approvalBot, closed)
    // The open loop: the target rate if the bot reached it, else half what it reached.
    const botRate = botClosed.perSecond >= rate ? rate : Math.max(0.5, Math.round(botClosed.perSecond) / 2)
    const openLoop = (offered) => ({
      key: `open-${offered}`,
      label: `open loop, ${offered}/s`,
      mode: 'open',
      count: Math.max(3, Math.round(offered * 3)),
      rate: offered,
    })
    const noopOpen = await measure(noopApp, openLoop(rate))
    const botOpen = await measure(approvalBot, openLoop(botRate))
    const problems = gh.problems.length
    const conclusions = pulls.map(
      (pull) =>
        gh.state.checkRuns.find(
          (run) => run.repo === repo && run.headSha === pull.head.sha && run.name === CHECK,
        )?.conclusion ?? 'none',
    )
    if (conclusions.every((conclusion) => conclusion === 'none'))
      throw failure(`the approval bot wrote no "${CHECK}" check run`)

    // ── Report ────────────────────────────────────────────────────────────────────────────────
    console.log(
      `\nApproval bot vs a no-op Probot app: signed webhook deliveries against the emulator ` +
        `(${PULLS} PRs changing a high-risk manifest, 2 approvals each; synchronize and review.submitted alternately, ` +
        `on heads already evaluated: the warm path; a new head's cold evaluation is the "first evaluation" column below)`,
    )
    console.log(
      'latency = the webhook POST answered (Probot answers after the handler: evaluation and check-run write included), ' +
        'sent from a worker thread; the bot in its own process, the emulator in this one; CPU from /proc',
    )
    console.log(
      '| app | load | deliveries | per s | p50 ms | p99 ms | max ms | not 200 | evaluations | emulator requests / delivery | bot CPU ms / delivery | emulator + sender CPU ms / delivery |',
    )
    console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
    for (const row of rows)
      console.log(
        `| ${row.label} | ${row.loadLabel} | ${row.deliveries} | ${fixed(row.perSecond, row.perSecond < 10 ? 1 : 0)} | ${fixed(row.p50Ms)} | ` +
          `${fixed(row.p99Ms)} | ${fixed(row.maxMs)} | ${row.not200} | ${row.evaluations} | ` +
          `${fixed(row.requestsPerDelivery, 2)} | ${fixed(row.botCpuMsPerDelivery)} | ${fixed(row.benchCpuMsPerDelivery)} |`,
      )

    const cold = byOperation(coldEvaluation)
    const typical = byOperation(typicalEvaluation)
    const steady = botClosed.byOperation
    const operations = [
      ...new Set([...Object.keys(cold), ...Object.keys(typical), ...Object.keys(steady)]),
    ].sort()
    console.log(`\nRequests per evaluation, by operationId (the emulator's counters)`)
    console.log(
      '| operationId | first evaluation (opened: token, cold caches) | typical (review.submitted, 2 approvals) | mean per delivery, closed loop |',
    )
    console.log('| --- | ---: | ---: | ---: |')
    for (const operation of operations)
      console.log(
        `| ${operation} | ${cold[operation] ?? 0} | ${typical[operation] ?? 0} | ` +
          `${fixed((steady[operation] ?? 0) / botClosed.deliveries, 2)} |`,
      )
    const steadyReads = botClosed.reads / botClosed.deliveries
    console.log(
      `| all requests | ${coldEvaluation.length} | ${typicalEvaluation.length} | ${fixed(botClosed.requestsPerDelivery, 2)} |`,
    )
    console.log(
      `| reads (GETs, check-run listing aside) | ${readsOf(coldEvaluation)} | ${readsOf(typicalEvaluation)} | ${fixed(steadyReads, 2)} |`,
    )

    const meetsRate = botClosed.perSecond >= TARGET_RATE
    const meetsP99 = botRate === rate && botOpen.p99Ms < TARGET_P99_MS && botOpen.not200 === 0
    const typicalReads = readsOf(typicalEvaluation)
    const meetsReads = typicalReads <= TARGET_READS
    const verdict = (ok) => (ok ? 'meets target' : 'MISSES target')
    // What the two processes' CPU alone would allow, were nothing waiting (2 cores: bot + emulator).
    const cpuBound = 1000 / Math.max(botClosed.botCpuMsPerDelivery, botClosed.benchCpuMsPerDelivery)
    console.log(
      `approval check on the ${PULLS} pull requests: ${conclusions.join(', ')}; emulator problems recorded: ${problems}`,
    )
    console.log(
      `deliveries per second, target ≥ ${TARGET_RATE}/s: ${fixed(botClosed.perSecond, 1)}/s ` +
        `(no-op app ${fixed(noopClosed.perSecond, 0)}/s): ${verdict(meetsRate)}`,
    )
    console.log(
      `p99 latency at ${rate}/s, target < ${TARGET_P99_MS} ms: ` +
        (botRate === rate
          ? `${fixed(botOpen.p99Ms)} ms (p50 ${fixed(botOpen.p50Ms)} ms)`
          : `not offered (a queue would only grow); at ${botRate}/s p99 ${fixed(botOpen.p99Ms)} ms (p50 ${fixed(botOpen.p50Ms)} ms)`) +
        `; no-op app at ${rate}/s: p99 ${fixed(noopOpen.p99Ms)} ms: ${verdict(meetsP99)}`,
    )
    console.log(
      `requests per typical evaluation, target ≤ ${TARGET_READS}: ${typicalReads} reads, ` +
        `${typicalEvaluation.length} requests with the check-run list and write: ` +
        `${verdict(meetsReads)} counting reads, ${verdict(typicalEvaluation.length <= TARGET_READS)} counting every request`,
    )
    const writes = botClosed.requests - botClosed.reads - (botClosed.byOperation['checks/list-for-ref'] ?? 0)
    const paced = writes >= 0.9 * botClosed.deliveries && botClosed.perSecond <= 1.5
    console.log(
      (paced
        ? `why: each evaluation writes its check run, and writes of one installation are paced 1 s apart; `
        : '') +
        `the CPU per delivery alone would allow about ${fixed(cpuBound, 0)}/s (bot ${fixed(botClosed.botCpuMsPerDelivery)} ms, ` +
        `emulator + sender ${fixed(botClosed.benchCpuMsPerDelivery)} ms, on a core each)`,
    )
    const took = (performance.now() - started) / 1000
    console.log(`approval bot section took ${took.toFixed(1)} s`)
    return {
      pulls: PULLS,
      concurrency,
      rate,
      openLoopRate: botRate,
      conclusions,
      rows,
      requestsPerEvaluation: {
        first: { all: coldEvaluation.length, reads: readsOf(coldEvaluation), byOperation: cold },
        typical: { all: typicalEvaluation.length, reads: typicalReads, byOperation: typical },
        closedLoopMean: {
          all: botClosed.requestsPerDelivery,
          reads: steadyReads,
          byOperation: Object.fromEntries(
            Object.entries(steady).map(([operation, n]) => [operation, n / botClosed.deliveries]),
          ),
        },
      },
      targets: { perSecond: TARGET_RATE, p99Ms: TARGET_P99_MS, reads: TARGET_READS },
      meetsRate,
      meetsP99,
      meetsReads,
      writesPerDelivery: writes / botClosed.deliveries,
      pacedByProbot: paced,
      cpuBoundPerSecond: cpuBound,
      problems,
      seconds: took,
    }
  } finally {
    await Promise.all(bots.map((bot) => bot.stop()))
    await gh.stop()
  }
}

// `node scripts/bench/bot.mjs`: this section alone (builds first, as `npm run bench` does).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const here = resolve(import.meta.dirname, '..', '..')
  execFileSync(process.execPath, [join(here, 'scripts', 'build.mjs')], { cwd: here, stdio: 'inherit' })
  const { loadHarness } = await import('./harness.mjs')
  try {
    const figures = await benchBot({ here, harness: await loadHarness(here), ...botBenchOptions() })
    console.log(`BENCH ${JSON.stringify({ bot: figures })}`)
  } catch (error) {
    if (!(error instanceof BotBenchFailure)) throw error
    console.error(`bench: ${error.message}`)
    process.exit(1)
  }
}

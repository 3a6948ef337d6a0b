// `npm run bench`: speed and memory figures, each measured in this one run, with the ratios the
// issues set as targets. Prints a table per benchmark and a final `BENCH {json}` line for machines.
//
// 1. Validating 10,000 generated manifests, as whole child processes (start-up included):
//    `modelgate validate` vs ajv-cli (same schema, same files) vs a bare `yaml.parse` of each file
//    (and, for reference, a bare js-yaml `load`: modelgate reads valid files with js-yaml); and
//    `modelgate validate --base HEAD` (every manifest also read at a commit) vs plain validate.
// 2. The GitHub emulator: latency per request against a bare node:http server (the same ref read
//    again and again: after the first, git's answer is the emulator's kept one until a write).
// 3. The bundled actions as the runner runs them (scripts/bench/actions.mjs): validate and gate start
//    to finish on one manifest vs `node -e 0`, as a job's first modelgate step and as a later one
//    (compile cache in RUNNER_TEMP); the diff action against the emulator, with the API
//    requests per sticky-comment create and update on pull requests with 0, 99 and 250 comments.
// 4. The approval bot (scripts/bench/bot.mjs): the real Probot server against the emulator, signed
//    webhook deliveries per second with p50/p99 latency next to a no-op Probot app, and the API
//    requests per evaluation by operationId (`node scripts/bench/bot.mjs` runs it alone).
// 5. Rendering (scripts/bench/render.mjs): render + check (CRD schema, KServe's admission rules)
//    of 1,000 generated models × the example's 3 environments, time per object next to
//    `yaml.stringify` of the same objects (BENCH_RENDER_MODELS sets the count).
// 6. The chat-ops commands (scripts/bench/commands.mjs): the production bot against the emulator,
//    API requests per /promote, /help and refusal by operationId (target ≤ 15 for a promotion),
//    comment-to-PR latency, a bot killed mid-promotion then redelivered, 50 concurrent /promote
//    over 2 processes, 500 commands under 10 % faults (`node scripts/bench/commands.mjs` runs it alone).
//
// Environment: BENCH_FILES (10000), BENCH_RUNS (3), BENCH_REQUESTS (400), BENCH_ACTION_RUNS (9),
// BENCH_SKIP_EMULATOR=1 (skips section 2, the diff part of section 3, and section 4),
// BENCH_SKIP_BOT=1 (skips sections 4 and 6; their own knobs: BENCH_BOT_* in scripts/bench/bot.mjs,
// BENCH_COMMANDS_* in scripts/bench/commands.mjs).
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { ActionBenchFailure, benchActions } from './bench/actions.mjs'
import { BotBenchFailure, benchBot, botBenchOptions } from './bench/bot.mjs'
import { CommandsBenchFailure, benchCommands, commandsBenchOptions } from './bench/commands.mjs'
import { loadHarness } from './bench/harness.mjs'
import { manifest } from './bench/generate-manifest.mjs'
import { benchRender } from './bench/render.mjs'

const here = resolve(import.meta.dirname, '..')
const FILES = Number(process.env.BENCH_FILES ?? 10_000)
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const ACTION_RUNS = Number(process.env.BENCH_ACTION_RUNS ?? 9)
const WITH_EMULATOR = process.env.BENCH_SKIP_EMULATOR !== '1'
const WITH_BOT = WITH_EMULATOR && process.env.BENCH_SKIP_BOT !== '1'
const figures = {}
const benchStarted = performance.now()

execFileSync(process.execPath, [join(here, 'scripts', 'build.mjs')], { cwd: here, stdio: 'inherit' })

// ── 1. Validating manifests: modelgate vs ajv-cli vs bare yaml.parse ──────────────────────────

/** Thrown when a child does not do what the benchmark relies on; reported once the temp folder is gone. */
class BenchFailure extends Error {}

/**
 * Wall time and peak memory of a node child process. A preloaded script makes the child write its
 * own `process.resourceUsage().maxRSS` (KiB) to stderr as it exits; stdout is kept for the checks.
 */
function measure(rssProbe, args, cwd) {
  const started = performance.now()
  const child = spawnSync(process.execPath, ['--require', rssProbe, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  const seconds = (performance.now() - started) / 1000
  if (child.error) throw child.error
  const rssKiB = Number(/MAXRSS (\d+)\n?$/.exec(child.stderr)?.[1] ?? NaN)
  return { seconds, rssMiB: rssKiB / 1024, status: child.status, stdout: child.stdout, stderr: child.stderr }
}

const median = (sorted) =>
  sorted.length % 2 === 1
    ? sorted[(sorted.length - 1) / 2]
    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2

function summarize(label, runs) {
  const times = runs.map((r) => r.seconds).sort((a, b) => a - b)
  return {
    label,
    runs: runs.map((r) => r.seconds),
    best: times[0],
    median: median(times),
    rssMiB: Math.max(...runs.map((r) => r.rssMiB)),
  }
}

function check(label, ok, result) {
  if (ok) return
  throw new BenchFailure(
    `${label} did not validate the ${FILES} files (exit ${result.status}):\n` +
      `--- stdout (first 3000 characters)\n${result.stdout.slice(0, 3000)}\n` +
      `--- stderr (first 3000 characters)\n${result.stderr.slice(0, 3000)}`,
  )
}

let repo = mkdtempSync(join(tmpdir(), 'modelgate-bench-'))
const cleanUp = () => {
  if (repo) rmSync(repo, { recursive: true, force: true })
  repo = undefined
}
process.on('exit', cleanUp)
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    cleanUp()
    process.exit(130)
  })
}

try {
  const generateStarted = performance.now()
  mkdirSync(join(repo, '.modelgate'))
  let bytes = 0
  for (let i = 0; i < FILES; i++) {
    const text = manifest(i)
    bytes += Buffer.byteLength(text)
    mkdirSync(join(repo, 'models', `m${i}`), { recursive: true })
    writeFileSync(join(repo, 'models', `m${i}`, 'model.yaml'), text)
  }
  const generateSeconds = (performance.now() - generateStarted) / 1000
  // A git history, so `validate --base HEAD` reads every manifest at a commit too (item 17 of issue 10).
  const git = (...args) =>
    execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@modelgate.invalid', ...args], {
      cwd: repo,
      stdio: 'ignore',
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
    })
  git('init', '-q', '-b', 'main')
  git('add', 'models')
  git('commit', '-q', '--no-verify', '-m', 'models')

  const rssProbe = join(repo, 'rss-probe.cjs')
  writeFileSync(
    rssProbe,
    "process.on('exit', () => require('node:fs').writeSync(2, '\\nMAXRSS ' + process.resourceUsage().maxRSS + '\\n'))\n",
  )
  // The floor: read and parse every file with the `yaml` package modelgate uses, nothing else.
  const bareParse = join(repo, 'bare-parse.mjs')
  writeFileSync(
    bareParse,
    [
      `import { readdirSync, readFileSync } from 'node:fs'`,
      `import { parse } from ${JSON.stringify(import.meta.resolve('yaml'))}`,
      `let parsed = 0`,
      `for (const name of readdirSync('models')) {`,
      `  parse(readFileSync('models/' + name + '/model.yaml', 'utf8'))`,
      `  parsed++`,
      `}`,
      `process.stdout.write('parsed ' + parsed + '\\n')`,
    ].join('\n'),
  )

  // For reference (no target): the same loop with js-yaml, the loader modelgate reads valid files with.
  const bareJsYaml = join(repo, 'bare-js-yaml.mjs')
  writeFileSync(
    bareJsYaml,
    [
      `import { readdirSync, readFileSync } from 'node:fs'`,
      `import { load } from ${JSON.stringify(import.meta.resolve('js-yaml'))}`,
      `let parsed = 0`,
      `for (const name of readdirSync('models')) {`,
      `  load(readFileSync('models/' + name + '/model.yaml', 'utf8'))`,
      `  parsed++`,
      `}`,
      `process.stdout.write('parsed ' + parsed + '\\n')`,
    ].join('\n'),
  )

  const ajvArgs = [
    join(here, 'node_modules', 'ajv-cli', 'dist', 'index.js'),
    'validate',
    '--spec=draft2020',
    '-s',
    'schemas/model-manifest.schema.json',
    '-c',
    'ajv-formats',
    '-d',
    join(repo, 'models', '*', 'model.yaml'),
  ]
  const contenders = [
    {
      label: 'modelgate validate',
      args: [join(here, 'bin', 'modelgate.js'), 'validate'],
      cwd: repo,
      check: (r) =>
        check(
          'modelgate validate',
          r.status === 0 && new RegExp(`^${FILES} files valid`, 'm').test(r.stdout),
          r,
        ),
    },
    {
      label: 'modelgate validate --base HEAD',
      args: [join(here, 'bin', 'modelgate.js'), 'validate', '--base', 'HEAD'],
      cwd: repo,
      check: (r) =>
        check(
          'modelgate validate --base HEAD',
          r.status === 0 && new RegExp(`^${FILES} files valid`, 'm').test(r.stdout),
          r,
        ),
    },
    {
      label: 'ajv-cli validate',
      args: ajvArgs,
      cwd: here,
      check: (r) =>
        check(
          'ajv-cli validate',
          r.status === 0 &&
            (r.stdout.match(/ valid$/gm) ?? []).length === FILES &&
            !/ invalid$/m.test(r.stdout + r.stderr),
          r,
        ),
    },
    {
      label: 'bare yaml.parse',
      args: [bareParse],
      cwd: repo,
      check: (r) => check('bare yaml.parse', r.status === 0 && r.stdout.trim() === `parsed ${FILES}`, r),
    },
    {
      label: 'bare js-yaml load (reference)',
      args: [bareJsYaml],
      cwd: repo,
      check: (r) => check('bare js-yaml load', r.status === 0 && r.stdout.trim() === `parsed ${FILES}`, r),
    },
  ]

  // Round-robin, so drift in machine load (or page cache) touches every contender alike.
  const runs = contenders.map(() => [])
  let modelgateSummary = ''
  for (let run = 0; run < RUNS; run++) {
    for (const [k, contender] of contenders.entries()) {
      const result = measure(rssProbe, contender.args, contender.cwd)
      contender.check(result)
      if (k === 0) modelgateSummary = result.stdout.trim().split('\n').at(-1)
      runs[k].push(result)
    }
  }
  const [modelgate, withBase, ajvCli, bare, jsYaml] = contenders.map((contender, k) =>
    summarize(contender.label, runs[k]),
  )

  console.log(
    `\nValidating ${FILES} manifests (${(bytes / FILES).toFixed(0)} bytes each on average; generated in ${generateSeconds.toFixed(1)} s)`,
  )
  console.log(`files: ${FILES}   runs: ${RUNS} each, round-robin; whole processes, node start-up included`)
  console.log(`modelgate said: ${modelgateSummary}`)
  console.log('| run | best s | median s | max RSS MiB |\n| --- | ---: | ---: | ---: |')
  for (const row of [modelgate, withBase, ajvCli, bare, jsYaml])
    console.log(
      `| ${row.label} | ${row.best.toFixed(2)} | ${row.median.toFixed(2)} | ${row.rssMiB.toFixed(0)} |`,
    )
  const vsAjv = modelgate.best / ajvCli.best
  const vsParse = modelgate.best / bare.best
  const verdict = (ratio, medianRatio, target) =>
    `${ratio.toFixed(2)}× best (${medianRatio.toFixed(2)}× median), target ≤ ${target}×: ` +
    `${ratio <= target ? 'meets target' : 'MISSES target'}`
  console.log(`modelgate / ajv-cli:    ${verdict(vsAjv, modelgate.median / ajvCli.median, 0.5)}`)
  console.log(`modelgate / yaml.parse: ${verdict(vsParse, modelgate.median / bare.median, 1.5)}`)
  const vsPlain = withBase.best / modelgate.best
  console.log(`--base HEAD / plain:    ${verdict(vsPlain, withBase.median / modelgate.median, 1.5)}`)
  console.log(
    `modelgate / js-yaml:    ${(modelgate.best / jsYaml.best).toFixed(2)}× best (reference, no target)`,
  )
  const perFile = (modelgate.best / FILES) * 1e6
  console.log(`modelgate per file:     ${perFile.toFixed(0)} µs (best run / files, start-up included)`)
  figures.validate = {
    files: FILES,
    runs: RUNS,
    averageBytes: bytes / FILES,
    modelgate,
    ajvCli,
    bareYamlParse: bare,
    ratioVsAjvCli: vsAjv,
    ratioVsAjvCliMedian: modelgate.median / ajvCli.median,
    targetVsAjvCli: 0.5,
    meetsVsAjvCli: vsAjv <= 0.5,
    ratioVsYamlParse: vsParse,
    ratioVsYamlParseMedian: modelgate.median / bare.median,
    targetVsYamlParse: 1.5,
    meetsVsYamlParse: vsParse <= 1.5,
    withBase,
    ratioWithBaseVsPlain: vsPlain,
    ratioWithBaseVsPlainMedian: withBase.median / modelgate.median,
    targetWithBaseVsPlain: 1.5,
    meetsWithBaseVsPlain: vsPlain <= 1.5,
    bareJsYamlLoad: jsYaml,
    ratioVsJsYamlLoad: modelgate.best / jsYaml.best,
    modelgatePerFileMicros: perFile,
  }
} catch (error) {
  cleanUp()
  if (!(error instanceof BenchFailure)) throw error
  console.error(`bench: ${error.message}`)
  process.exit(1)
} finally {
  cleanUp()
}

// ── 2. The GitHub emulator: overhead per request ──────────────────────────────────────────────

// The emulator and the action harness are TypeScript: bundled on the fly into lib/bench/harness.js.
const harness = await loadHarness(here)

if (WITH_EMULATOR) {
  const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400)
  const { Emulator } = harness
  const gh = await Emulator.start()
  gh.createRepo('acme', 'models', { seed: join(here, 'examples', 'model-repo') })
  const token = gh.tokenFor('acme')

  /** Latencies of `count` sequential GETs of `url`, after a warm-up. */
  const latencies = async (url, count, headers = {}) => {
    for (let i = 0; i < 20; i++) await (await fetch(url, { headers })).arrayBuffer()
    const times = []
    for (let i = 0; i < count; i++) {
      const started = performance.now()
      await (await fetch(url, { headers })).arrayBuffer()
      times.push(performance.now() - started)
    }
    return times.sort((a, b) => a - b)
  }
  const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

  const route = '/repos/acme/models/git/ref/heads/main'
  const emulated = await latencies(`${gh.url}${route}`, REQUESTS, { authorization: `token ${token}` })
  // The same answer from a bare Node server: what HTTP alone costs on this machine.
  const canned = await (
    await fetch(`${gh.url}${route}`, { headers: { authorization: `token ${token}` } })
  ).text()
  const server = createServer((_, response) =>
    response.writeHead(200, { 'content-type': 'application/json' }).end(canned),
  )
  await new Promise((done) => server.listen(0, '127.0.0.1', done))
  const baseline = await latencies(`http://127.0.0.1:${server.address().port}${route}`, REQUESTS)
  server.close()
  const problems = gh.problems.length
  await gh.stop()

  const p50 = percentile(emulated, 50)
  const p99 = percentile(emulated, 99)
  const b50 = percentile(baseline, 50)
  console.log(
    `\nGitHub emulator: ${REQUESTS} sequential GET ${route} (real git, its read answers kept until a write; OpenAPI checks on request and response)`,
  )
  console.log('| server | p50 ms | p99 ms |\n| --- | ---: | ---: |')
  console.log(`| emulator | ${p50.toFixed(2)} | ${p99.toFixed(2)} |`)
  console.log(`| bare node:http | ${b50.toFixed(2)} | ${percentile(baseline, 99).toFixed(2)} |`)
  console.log(
    `emulator overhead per request: ${(p50 - b50).toFixed(2)} ms at p50 (problems recorded: ${problems})`,
  )
  figures.emulator = {
    requests: REQUESTS,
    p50Ms: p50,
    p99Ms: p99,
    bareHttpP50Ms: b50,
    overheadP50Ms: p50 - b50,
    problems,
  }
}

// ── 3. The bundled actions: start to finish, and requests per sticky-comment update ──────────

try {
  figures.actions = await benchActions({
    here,
    harness,
    runs: ACTION_RUNS,
    commentCounts: [0, 99, 250],
    withEmulator: WITH_EMULATOR,
  })
} catch (error) {
  if (!(error instanceof ActionBenchFailure)) throw error
  console.error(`bench: ${error.message}`)
  process.exit(1)
}

// ── 4. The approval bot: deliveries per second, latency, requests per evaluation ─────────────

if (WITH_BOT) {
  try {
    figures.bot = await benchBot({ here, harness, ...botBenchOptions() })
  } catch (error) {
    if (!(error instanceof BotBenchFailure)) throw error
    console.error(`bench: ${error.message}`)
    process.exit(1)
  }
}

// ── 5. Rendering: render + check of 1,000 models × 3 environments vs yaml.stringify ──────────

figures.render = await benchRender({ here, models: Number(process.env.BENCH_RENDER_MODELS ?? 1000) })

// ── 6. The chat-ops commands: requests per command, latency, races, faults, a crash ───────────

if (WITH_BOT) {
  try {
    figures.commands = await benchCommands({ here, harness, ...commandsBenchOptions() })
  } catch (error) {
    if (!(error instanceof CommandsBenchFailure)) throw error
    console.error(`bench: ${error.message}`)
    process.exit(1)
  }
}

figures.totalSeconds = (performance.now() - benchStarted) / 1000
console.log(`\nbench took ${figures.totalSeconds.toFixed(1)} s`)
console.log(`BENCH ${JSON.stringify(figures)}`)

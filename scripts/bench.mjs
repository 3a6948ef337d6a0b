// `npm run bench`: speed and memory figures, each measured in this one run, with the ratios the
// issues set as targets. Prints a table per benchmark and a final `BENCH {json}` line for machines.
import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import * as esbuild from 'esbuild'

const here = resolve(import.meta.dirname, '..')
const FILES = Number(process.env.BENCH_FILES ?? 10_000)
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const figures = {}

execFileSync(process.execPath, [join(here, 'scripts', 'build.mjs')], { cwd: here, stdio: 'inherit' })

// ── 1. Validating manifests: modelgate vs ajv-cli vs bare yaml.parse ──────────────────────────

const digest = (seed) => `sha256:${createHash('sha256').update(seed).digest('hex')}`
const TIERS = ['low', 'medium', 'high', 'critical']

/** A realistic manifest: the tier decides which evidence it carries, as the rules require. */
function manifest(i) {
  const name = `model-${i}`
  const tier = TIERS[i % 4]
  const lines = [
    'apiVersion: modelgate.dev/v1',
    'kind: ModelManifest',
    'metadata:',
    `  name: ${name}`,
    `  version: 1.${i % 50}.${i % 7}`,
    `  description: Benchmark model ${i} scoring transactions.`,
    'owners:',
    '  team: risk-ml',
    '  maintainers: ["@ana-ortiz", "@kenji-watanabe"]',
    `riskTier: ${tier}`,
    'artifact:',
    `  uri: s3://acme-models/${name}/1.0.0/`,
    `  digest: ${digest(name)}`,
    '  framework: { name: xgboost, version: 2.0.3 }',
  ]
  if (tier === 'high' || tier === 'critical') {
    lines.push(
      'datasets:',
      `  - { name: tx-${i}, role: train, uri: s3://acme-data/tx/${i}/, digest: ${digest(`tx-${i}`)} }`,
      `  - { name: eval-${i}, role: evaluation, uri: s3://acme-data/eval/${i}/, digest: ${digest(`eval-${i}`)} }`,
    )
  }
  if (tier === 'critical') {
    lines.push('explainability:', '  method: shap', `  reportUri: s3://acme-reports/${name}/shap.html`)
  }
  lines.push(
    'metrics:',
    '  values:',
    `    - { name: auc, value: ${(0.9 + (i % 10) / 100).toFixed(3)} }`,
    `    - { name: f1, value: ${(0.7 + (i % 10) / 100).toFixed(3)} }`,
    'evaluation:',
    '  gates:',
    '    - { metric: auc, greaterIsBetter: true, threshold: 0.85, maxAbsoluteRegression: 0.01 }',
    '    - { metric: f1, greaterIsBetter: true, threshold: 0.6 }',
    'serving:',
    '  autoscaling: { minReplicas: 1, maxReplicas: 4, metric: concurrency, target: 10 }',
    '',
  )
  return lines.join('\n')
}

/** Wall time and peak memory of a node child process (peak RSS reported by the child at exit). */
function measure(args, cwd) {
  const report =
    "process.on('exit',()=>process.stderr.write('\\nMAXRSS '+process.resourceUsage().maxRSS+'\\n'))"
  const started = performance.now()
  const child = spawnSync(
    process.execPath,
    ['--import', `data:text/javascript,${encodeURIComponent(report)}`, ...args],
    {
      cwd,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  )
  const seconds = (performance.now() - started) / 1000
  const rss = Number(/MAXRSS (\d+)/.exec(child.stderr)?.[1] ?? 0) / 1024
  return { seconds, rssMiB: rss, status: child.status, stdout: child.stdout, stderr: child.stderr }
}

function bestOf(label, args, cwd, check) {
  const runs = []
  for (let run = 0; run < RUNS; run++) {
    const result = measure(args, cwd)
    check(result)
    runs.push(result)
  }
  const times = runs.map((r) => r.seconds).sort((a, b) => a - b)
  return {
    label,
    best: times[0],
    median: times[Math.floor(times.length / 2)],
    rssMiB: Math.max(...runs.map((r) => r.rssMiB)),
  }
}

function must(label, ok, result) {
  if (ok) return
  console.error(
    `bench: ${label} did not validate the files:\n${result.stdout.slice(0, 2000)}\n${result.stderr.slice(0, 2000)}`,
  )
  process.exit(1)
}

const repo = mkdtempSync(join(tmpdir(), 'modelgate-bench-'))
try {
  mkdirSync(join(repo, '.modelgate'))
  for (let i = 0; i < FILES; i++) {
    mkdirSync(join(repo, 'models', `model-${i}`), { recursive: true })
    writeFileSync(join(repo, 'models', `model-${i}`, 'model.yaml'), manifest(i))
  }
  const bareParse = join(repo, 'bare-parse.mjs')
  writeFileSync(
    bareParse,
    [
      `import { readdirSync, readFileSync } from 'node:fs'`,
      `import { parse } from ${JSON.stringify(join(here, 'node_modules', 'yaml', 'dist', 'index.js'))}`,
      `for (const name of readdirSync('models')) parse(readFileSync('models/' + name + '/model.yaml', 'utf8'))`,
    ].join('\n'),
  )

  const modelgate = bestOf('modelgate validate', [join(here, 'bin', 'modelgate.js'), 'validate'], repo, (r) =>
    must('modelgate', r.status === 0 && r.stdout.includes(`${FILES} files valid`), r),
  )
  // ajv-cli with the same schema on the same files; -c ajv-formats for `format: date`.
  const ajvCli = bestOf(
    'ajv-cli validate',
    [
      join(here, 'node_modules', 'ajv-cli', 'dist', 'index.js'),
      'validate',
      '--spec=draft2020',
      '-c',
      'ajv-formats',
      '-s',
      join(here, 'schemas', 'model-manifest.schema.json'),
      '-d',
      join(repo, 'models', '*', 'model.yaml'),
    ],
    here,
    (r) => must('ajv-cli', r.status === 0 && (r.stdout.match(/ valid$/gm) ?? []).length === FILES, r),
  )
  const bare = bestOf('bare yaml.parse', [bareParse], repo, (r) => must('yaml.parse', r.status === 0, r))

  const rows = [modelgate, ajvCli, bare]
  console.log(
    `\nValidating ${FILES} manifests (best and median of ${RUNS} runs; whole processes, start-up included)`,
  )
  console.log('| run | best s | median s | peak RSS MiB |\n| --- | --- | --- | --- |')
  for (const row of rows)
    console.log(
      `| ${row.label} | ${row.best.toFixed(2)} | ${row.median.toFixed(2)} | ${row.rssMiB.toFixed(0)} |`,
    )
  const vsAjv = modelgate.best / ajvCli.best
  const vsParse = modelgate.best / bare.best
  const verdict = (ratio, target) =>
    `${ratio.toFixed(2)}× (target ≤ ${target}×: ${ratio <= target ? 'meets' : 'MISSES'})`
  console.log(`modelgate / ajv-cli:    ${verdict(vsAjv, 0.5)}`)
  console.log(`modelgate / yaml.parse: ${verdict(vsParse, 1.5)}`)
  console.log(`modelgate per file:     ${((modelgate.best / FILES) * 1e6).toFixed(0)} µs`)
  figures.validate = {
    files: FILES,
    modelgate,
    ajvCli,
    bareYamlParse: bare,
    ratioVsAjvCli: vsAjv,
    ratioVsYamlParse: vsParse,
  }
} finally {
  rmSync(repo, { recursive: true, force: true })
}

// ── 2. The GitHub emulator: overhead per request ──────────────────────────────────────────────

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400)
const bundle = join(here, 'lib', 'bench', 'emulator.js')
await esbuild.build({
  entryPoints: [join(here, 'sandbox', 'emulator.ts')],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
})
const { Emulator } = await import(bundle)
const gh = await Emulator.start()
gh.createRepo('acme', 'models', { seed: join(here, 'examples', 'model-repo') })
const token = gh.tokenFor('acme')

/** Latencies of `count` sequential GETs of `url`, after a warm-up. */
async function latencies(url, count, headers = {}) {
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
  `\nGitHub emulator: ${REQUESTS} sequential GET ${route} (real git, OpenAPI checks on request and response)`,
)
console.log('| server | p50 ms | p99 ms |\n| --- | --- | --- |')
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

console.log(`\nBENCH ${JSON.stringify(figures)}`)

// The bundled actions as the runner runs them (test/support/action-runner.ts: `node dist/<name>/index.js`
// in a clean environment with INPUT_* and GITHUB_* variables and files):
//
// 1. Start to finish on ONE manifest (a `workflow_dispatch` run, so no API call) vs `node -e 0` on the
//    same Node (ACTION_NODE when set, as the tests use): as the first modelgate step of a job (an
//    empty RUNNER_TEMP) and as a later one (RUNNER_TEMP holds the compile cache an earlier step left).
// 2. The diff action against the GitHub emulator, on pull requests with 0, 99 and 250 existing
//    comments: time, and requests per sticky-comment create and update vs 3 + 1 per extra page.
import { execFile, execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const MODEL = 'models/fraud-detector/model.yaml'
/** The requests a sticky-comment update may make (test/actions/diff.test.ts counts the same). */
export const COMMENT_ROUTES = [
  'users/get-authenticated',
  'issues/list-comments',
  'issues/create-comment',
  'issues/update-comment',
  'issues/delete-comment',
]
/** Start to finish vs `node -e 0`: a job's first modelgate step, and a later one (compile cache warm). */
const START_TARGET = 3
const LATER_STEP_TARGET = 2.5

export class ActionBenchFailure extends Error {}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function expectRun(label, ok, run) {
  if (ok) return
  throw new ActionBenchFailure(
    `${label} did not do what the bench relies on (exit ${run.exitCode}):\n` +
      `--- stdout (first 3000 characters)\n${run.stdout.slice(0, 3000)}\n` +
      `--- stderr (first 3000 characters)\n${run.stderr.slice(0, 3000)}`,
  )
}

/** Wall milliseconds of an async step. */
async function timed(step) {
  const started = performance.now()
  const result = await step()
  return { ms: performance.now() - started, result }
}

/** `node -e 0` as a child on the actions' Node, with the clean kind of environment the runner gives. */
const nodeNothing = () =>
  new Promise((done, fail) =>
    execFile(
      process.env.ACTION_NODE ?? process.execPath,
      ['-e', '0'],
      { env: { PATH: process.env.PATH ?? '' } },
      (error) => (error ? fail(error) : done({ exitCode: 0 })),
    ),
  )

/**
 * Section 1: validate and gate, start to finish on one manifest, against `node -e 0` and against an
 * empty action run through the same harness (what writing the runner's files and spawning costs).
 */
async function benchActionStart({ here, actions, harness, runs }) {
  const { runAction } = harness
  const temp = mkdtempSync(join(tmpdir(), 'modelgate-bench-action-'))
  try {
    const workspace = join(temp, 'workspace')
    mkdirSync(join(workspace, 'models', 'fraud-detector'), { recursive: true })
    cpSync(join(here, 'examples', 'model-repo', MODEL), join(workspace, MODEL))
    const empty = join(temp, 'empty-action')
    mkdirSync(empty)
    writeFileSync(
      join(empty, 'action.yml'),
      "name: empty\ninputs:\n  token: { required: false }\nruns:\n  using: node24\n  main: 'index.js'\n",
    )
    writeFileSync(join(empty, 'index.js'), '')

    // A later step of a job: every run shares one RUNNER_TEMP, warmed by the warm-up run.
    const jobTemp = join(temp, 'job-runner-temp')
    mkdirSync(jobTemp)
    const action =
      (actionDir, step = 'first') =>
      () =>
        runAction({
          actionDir,
          inputs: { token: 'bench-token-unused' },
          event: { name: 'workflow_dispatch', payload: { inputs: {} } },
          repository: 'acme/models',
          apiUrl: 'http://127.0.0.1:9', // nothing listens: the run must not need the API
          workspace,
          ...(step === 'later' ? { env: { RUNNER_TEMP: jobTemp } } : {}),
        })
    const validated = (label) => (r) =>
      expectRun(label, r.exitCode === 0 && r.outputs.files === '1' && r.outputs.errors === '0', r)
    const gated = (label) => (r) => expectRun(label, r.exitCode === 0 && r.outputs.passed === 'true', r)
    const contenders = [
      { label: '`node -e 0`', run: nodeNothing, check: () => {} },
      {
        label: 'empty action, same harness',
        run: action(empty),
        check: (r) => expectRun('the empty action', r.exitCode === 0, r),
      },
      {
        key: 'validate',
        label: 'validate action (1 manifest), first step of a job',
        run: action(join(actions, 'validate')),
        check: validated('the validate action'),
      },
      {
        key: 'gate',
        label: 'gate action (1 manifest), first step of a job',
        run: action(join(actions, 'gate')),
        check: gated('the gate action'),
      },
      {
        key: 'validateLaterStep',
        label: 'validate action, a later step (compile cache in RUNNER_TEMP)',
        run: action(join(actions, 'validate'), 'later'),
        check: validated('the validate action (later step)'),
      },
      {
        key: 'gateLaterStep',
        label: 'gate action, a later step (compile cache in RUNNER_TEMP)',
        run: action(join(actions, 'gate'), 'later'),
        check: gated('the gate action (later step)'),
      },
    ]
    // One warm-up each (page cache), then round-robin so drift in machine load touches all alike.
    for (const contender of contenders) contender.check(await contender.run())
    const times = contenders.map(() => [])
    for (let run = 0; run < runs; run++) {
      for (const [k, contender] of contenders.entries()) {
        const { ms, result } = await timed(contender.run)
        contender.check(result)
        times[k].push(ms)
      }
    }
    const rows = contenders.map((contender, k) => ({
      label: contender.label,
      runsMs: times[k],
      bestMs: Math.min(...times[k]),
      medianMs: median(times[k]),
    }))
    const [bare, harnessOnly, ...measured] = rows

    console.log(`\nActions start to finish on one manifest (workflow_dispatch: no API call)`)
    console.log(
      `runs: ${runs} each after a warm-up, round-robin; \`node dist/<name>/index.js\` in the runner's clean environment`,
    )
    console.log('| run | best ms | median ms | median / `node -e 0` |\n| --- | ---: | ---: | ---: |')
    for (const row of rows)
      console.log(
        `| ${row.label} | ${row.bestMs.toFixed(0)} | ${row.medianMs.toFixed(0)} | ${(row.medianMs / bare.medianMs).toFixed(2)}× |`,
      )
    const figures = {
      runs,
      target: START_TARGET,
      laterStepTarget: LATER_STEP_TARGET,
      nodeNothing: bare,
      emptyAction: harnessOnly,
    }
    for (const [k, row] of measured.entries()) {
      const name = contenders[k + 2].key
      const target = name.endsWith('LaterStep') ? LATER_STEP_TARGET : START_TARGET
      const ratio = row.medianMs / bare.medianMs
      console.log(
        `${row.label} / \`node -e 0\`: ${ratio.toFixed(2)}× median (${(row.bestMs / bare.bestMs).toFixed(2)}× best), ` +
          `target ≤ ${target}×: ${ratio <= target ? 'meets target' : 'MISSES target'}`,
      )
      figures[name] = { ...row, ratio, ratioBest: row.bestMs / bare.bestMs, target, meets: ratio <= target }
    }
    return figures
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
}

/**
 * Opens a pull request as `ana` and returns its number and the `pull_request.opened` payload as a
 * workflow sees it: the pull request and repository fetched from the API with the Actions token.
 */
async function openPull({ gh, repo, token, openPullRequest }, head, files) {
  const pull = openPullRequest(gh, { repo, as: 'ana', head, title: `Change ${head}`, files })
  const get = async (path) => {
    const response = await fetch(`${gh.url}${path}`, { headers: { authorization: `token ${token}` } })
    if (!response.ok) throw new ActionBenchFailure(`GET ${path} answered ${response.status}`)
    return response.json()
  }
  const [pullRequest, repository] = await Promise.all([
    get(`/repos/${repo.fullName}/pulls/${pull.number}`),
    get(`/repos/${repo.fullName}`),
  ])
  return {
    number: pull.number,
    payload: { action: 'opened', number: pull.number, pull_request: pullRequest, repository },
  }
}

/**
 * Section 2: the diff action on one changed model, against the emulator. Per pull request (0, 99,
 * 250 comments by people), a first run creates the sticky comment; a push changing the metrics
 * makes the second run update it. Pages are those of the comments present when the run lists them.
 */
async function benchStickyComment({ here, actions, harness, commentCounts, nothingMs }) {
  const { Emulator, actionsToken, checkout, comment, openPullRequest, pushToBranch, runAction } = harness
  const gh = await Emulator.start()
  try {
    const repo = gh.createRepo('acme', 'models', { seed: join(here, 'examples', 'model-repo') })
    gh.grant(repo, 'ana', 'write')
    const token = await actionsToken(gh, repo, {
      contents: 'read',
      pull_requests: 'write',
      metadata: 'read',
    })
    const original = readFileSync(join(here, 'examples', 'model-repo', MODEL), 'utf8')
    const changed = (auc) =>
      original.replace('version: 1.4.0', 'version: 1.5.0').replace('value: 0.947', `value: ${auc}`)
    const perRoute = () => Object.fromEntries(COMMENT_ROUTES.map((route) => [route, gh.count(route)]))

    const rows = []
    for (const existing of commentCounts) {
      const branch = `bench-${existing}-comments`
      const pull = await openPull({ gh, repo, token, openPullRequest }, branch, { [MODEL]: changed(0.951) })
      for (let i = 0; i < existing; i++)
        comment(gh, { repo, issue: pull.number, as: 'ben', body: `looks good ${i}` })
      let payload = pull.payload
      for (const [step, expected] of [
        ['first run', 'created'],
        ['after a push', 'updated'],
      ]) {
        if (expected === 'updated') {
          const after = pushToBranch(gh, {
            repo,
            branch,
            as: 'ana',
            message: 'better metrics',
            files: { [MODEL]: changed(0.96) },
          })
          payload = structuredClone(payload)
          payload.action = 'synchronize'
          payload.pull_request.head.sha = after
        }
        const comments = gh.state.comments.filter(
          (c) => c.repo === repo && c.issueNumber === pull.number,
        ).length
        const workspace = checkout(repo, branch, 'full')
        const [routesBefore, allBefore] = [perRoute(), gh.count()]
        try {
          const { ms, result } = await timed(() =>
            runAction({
              actionDir: join(actions, 'diff'),
              inputs: { token },
              event: { name: 'pull_request', payload },
              repository: 'acme/models',
              apiUrl: gh.url,
              sha: payload.pull_request.head.sha,
              workspace: workspace.dir,
            }),
          )
          expectRun(
            `the diff action (${existing} comments, ${step})`,
            result.exitCode === 0 && new RegExp(`comment ${expected}:`).test(result.stdout),
            result,
          )
          const routes = perRoute()
          for (const route of COMMENT_ROUTES) routes[route] -= routesBefore[route]
          const commentRequests = Object.values(routes).reduce((sum, n) => sum + n, 0)
          const pages = Math.max(1, Math.ceil(comments / 100))
          rows.push({
            existing,
            step,
            comments,
            pages,
            routes,
            commentRequests,
            target: 3 + (pages - 1),
            meets: commentRequests <= 3 + (pages - 1),
            allRequests: gh.count() - allBefore,
            ms,
          })
        } finally {
          workspace.remove()
        }
      }
    }
    const problems = gh.problems.length

    console.log(
      `\nThe diff action on one changed model vs the GitHub emulator: sticky comment among people's comments`,
    )
    console.log(
      '| comments on the PR | run | pages | get-authenticated | list-comments | create | update | delete | comment requests | target 3 + (pages − 1) | all requests | ms |',
    )
    console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
    for (const row of rows) {
      const r = row.routes
      console.log(
        `| ${row.comments} | ${row.step} | ${row.pages} | ${r['users/get-authenticated']} | ${r['issues/list-comments']} | ` +
          `${r['issues/create-comment']} | ${r['issues/update-comment']} | ${r['issues/delete-comment']} | ` +
          `${row.commentRequests} | ${row.target} ${row.meets ? '✓' : '✗'} | ${row.allRequests} | ${row.ms.toFixed(0)} |`,
      )
    }
    const missed = rows.filter((row) => !row.meets).length
    const diffMedian = median(rows.map((row) => row.ms))
    console.log(
      `requests per sticky-comment create/update, target ≤ 3 + 1 per extra page of comments: ` +
        `${missed === 0 ? 'meets target' : `MISSES target in ${missed} of ${rows.length} runs`}`,
    )
    console.log(
      `diff action start to finish: ${diffMedian.toFixed(0)} ms median over ${rows.length} runs ` +
        `(${(diffMedian / nothingMs).toFixed(2)}× \`node -e 0\`, no target; includes the emulator answering) ` +
        `(problems recorded: ${problems})`,
    )
    return { rows, meets: missed === 0, diffMedianMs: diffMedian, problems }
  } finally {
    await gh.stop()
  }
}

/**
 * Both sections, on a copy of what `scripts/build.mjs` just wrote (dist/ and each action.yml): the
 * bundles are self-contained, and a rebuild while the bench runs cannot pull them away mid-run.
 * The diff section needs the emulator (skipped when `withEmulator` is false).
 */
export async function benchActions({ here, harness, runs, commentCounts, withEmulator }) {
  const copy = mkdtempSync(join(tmpdir(), 'modelgate-bench-dist-'))
  try {
    cpSync(join(here, 'dist'), join(copy, 'dist'), { recursive: true })
    for (const name of ['validate', 'gate', 'diff'])
      cpSync(join(here, 'actions', name, 'action.yml'), join(copy, 'actions', name, 'action.yml'))
    const actions = join(copy, 'actions')
    const start = await benchActionStart({ here, actions, harness, runs })
    const sticky = withEmulator
      ? await benchStickyComment({
          here,
          actions,
          harness,
          commentCounts,
          nothingMs: start.nodeNothing.medianMs,
        })
      : undefined
    return { start, ...(sticky ? { sticky } : {}) }
  } finally {
    rmSync(copy, { recursive: true, force: true })
  }
}

// `node scripts/bench/actions.mjs`: the start-up part of this section alone (builds first, as
// `npm run bench` does; BENCH_ACTION_RUNS runs, ACTION_NODE the Node, as there).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const here = resolve(import.meta.dirname, '..', '..')
  execFileSync(process.execPath, [join(here, 'scripts', 'build.mjs')], { cwd: here, stdio: 'inherit' })
  const { loadHarness } = await import('./harness.mjs')
  try {
    const runs = Number(process.env.BENCH_ACTION_RUNS ?? 9)
    const figures = await benchActions({
      here,
      harness: await loadHarness(here),
      runs,
      commentCounts: [],
      withEmulator: false,
    })
    console.log(`BENCH ${JSON.stringify({ actions: figures })}`)
  } catch (error) {
    if (!(error instanceof ActionBenchFailure)) throw error
    console.error(`bench: ${error.message}`)
    process.exit(1)
  }
}

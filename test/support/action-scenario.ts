import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { Octokit } from '@octokit/rest'
import { afterAll, beforeAll } from 'vitest'
import { Emulator } from '../../sandbox/emulator.js'
import { openPullRequest } from '../../sandbox/scenarios/pulls.js'
import type { FileChanges } from '../../sandbox/scenarios/pulls.js'
import type { App, Repo } from '../../sandbox/state.js'
import type { ActionRun, RunActionOptions } from './action-runner.js'
import { runAction } from './action-runner.js'
import { appJwt, generateAppKey } from './app-auth.js'

/** The emulated GitHub a file of action tests runs against, with `acme/models` and the workflow's token. */
export interface ActionScenario {
  gh: Emulator
  /** `acme/models`, seeded with the example model repository; `ana` may write to it. */
  repo: Repo
  /** The Actions token, with the `permissions` the workflow grants. */
  token: string
  /** Opens a pull request as `ana` and returns its number and the `pull_request.opened` payload. */
  openPull(head: string, files: FileChanges): Promise<OpenedPull>
  /** Runs a bundled action on `acme/models` in a fresh checkout, as a job does after actions/checkout. */
  runInCheckout(options: CheckoutRunOptions): Promise<ActionRun & { kept?: string }>
}

type ScenarioState = Pick<ActionScenario, 'gh' | 'repo' | 'token'>

/**
 * Starts the scenario before the tests of the calling file and stops it after them. The object
 * returned is filled in once the tests start.
 */
export function useActionScenario(permissions: Record<string, string>): ActionScenario {
  const scenario = {
    openPull: (head, files) => openPull(scenario, head, files),
    runInCheckout: (options) => runInCheckout(scenario, options),
  } as ActionScenario
  beforeAll(async () => {
    const gh = await Emulator.start()
    const repo = gh.createRepo('acme', 'models', { seed: 'examples/model-repo' })
    gh.grant(repo, 'ana', 'write')
    Object.assign(scenario, { gh, repo, token: await actionsToken(gh, repo, permissions) })
  })
  afterAll(async () => {
    if ('gh' in scenario) await scenario.gh.stop()
  })
  return scenario
}

/**
 * What a workflow run starts from: GitHub's Actions token (an installation token of the
 * `github-actions` App, so comments are by `github-actions[bot]`, and `GET /user` is refused as
 * on GitHub), a pull request opened by a person, its event payload as fetched from the API, and
 * a checkout of its head like actions/checkout makes.
 */
export async function actionsToken(
  gh: Emulator,
  repo: Repo,
  permissions: Record<string, string>,
): Promise<string> {
  let actions = actionsApps.get(gh)
  if (!actions) {
    const key = generateAppKey()
    actions = {
      app: gh.registerApp({ slug: 'github-actions', publicKey: key.publicKey }),
      privateKey: key.privateKey,
    }
    actionsApps.set(gh, actions)
  }
  const installation = gh.install(actions.app, repo.owner.login, [repo])
  const asApp = new Octokit({ baseUrl: gh.url, auth: appJwt(actions.app.id, actions.privateKey) })
  const { data } = await asApp.rest.apps.createInstallationAccessToken({
    installation_id: installation.id,
    permissions: permissions,
  })
  return data.token
}

const actionsApps = new WeakMap<Emulator, { app: App; privateKey: string }>()

/** Reads a file of the example model repository (what the emulator's repository is seeded with). */
export function exampleFile(path: string): string {
  return readFileSync(join('examples/model-repo', path), 'utf8')
}

export const FRAUD = 'models/fraud-detector/model.yaml'

/** The example fraud-detector manifest bumped from 1.4.0 to `version`, with each `[from, to]` replaced once. */
export function fraudDetectorAt(version: string, ...replacements: [string, string][]): string {
  return replacements.reduce(
    (text, [from, to]) => text.replace(from, to),
    exampleFile(FRAUD).replace('version: 1.4.0', `version: ${version}`),
  )
}

export interface OpenedPull {
  number: number
  payload: Record<string, unknown>
  headSha: string
  baseSha: string
}

async function openPull(
  { gh, repo, token }: ScenarioState,
  head: string,
  files: FileChanges,
): Promise<OpenedPull> {
  const pull = openPullRequest(gh, { repo, as: 'ana', head, title: `Change ${head}`, files })
  const octokit = new Octokit({ baseUrl: gh.url, auth: token })
  const { data } = await octokit.rest.pulls.get({
    owner: repo.owner.login,
    repo: repo.name,
    pull_number: pull.number,
  })
  const { data: repository } = await octokit.rest.repos.get({ owner: repo.owner.login, repo: repo.name })
  return {
    number: pull.number,
    payload: { action: 'opened', number: pull.number, pull_request: data, repository },
    headSha: data.head.sha,
    baseSha: data.base.sha,
  }
}

/** A checkout of `ref`: full history (`fetch-depth: 0`) or only that commit (the default depth 1). */
export function checkout(
  repo: Repo,
  ref: string,
  depth: 'full' | 'shallow',
): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'checkout-'))
  const source = `file://${repo.git.dir}`
  execFileSync('git', [
    'clone',
    '-q',
    ...(depth === 'shallow' ? ['--depth', '1'] : []),
    '--branch',
    ref,
    source,
    dir,
  ])
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

export interface CheckoutRunOptions {
  /** The folder holding the action's action.yml. */
  action: string
  event: RunActionOptions['event']
  /** The branch checked out (default `main`), with full history unless `shallow`. */
  branch?: string
  depth?: 'full' | 'shallow'
  /** Inputs besides `token`, which is the scenario's. */
  inputs?: Record<string, string>
  sha?: string
  /** Files written into the checkout before the run. */
  files?: Record<string, string>
  /** Symbolic links planted in the checkout before the run, path → target (as a pull request can commit them). */
  links?: Record<string, string>
  /** A file of the checkout read back after the run, as `kept`. */
  keep?: string
}

async function runInCheckout(
  { gh, repo, token }: ScenarioState,
  options: CheckoutRunOptions,
): Promise<ActionRun & { kept?: string }> {
  const workspace = checkout(repo, options.branch ?? 'main', options.depth ?? 'full')
  try {
    for (const [path, content] of Object.entries(options.files ?? {})) {
      mkdirSync(dirname(join(workspace.dir, path)), { recursive: true })
      writeFileSync(join(workspace.dir, path), content)
    }
    for (const [path, target] of Object.entries(options.links ?? {}))
      symlinkSync(target, join(workspace.dir, path))
    const run = await runAction({
      actionDir: options.action,
      inputs: { token, ...options.inputs },
      event: options.event,
      repository: 'acme/models',
      apiUrl: gh.url,
      ...(options.sha === undefined ? {} : { sha: options.sha }),
      workspace: workspace.dir,
    })
    const kept = options.keep ? readFileSync(join(workspace.dir, options.keep), 'utf8') : undefined
    return { ...run, ...(kept !== undefined ? { kept } : {}) }
  } finally {
    workspace.remove()
  }
}

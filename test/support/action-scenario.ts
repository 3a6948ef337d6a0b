import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Octokit } from '@octokit/rest'
import type { Emulator } from '../../sandbox/emulator.js'
import { openPullRequest } from '../../sandbox/scenarios/pulls.js'
import type { FileChanges } from '../../sandbox/scenarios/pulls.js'
import type { App, Repo } from '../../sandbox/state.js'
import { appJwt, generateAppKey } from './app-auth.js'

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

/** Opens a pull request as `ana` and returns its number and the `pull_request.opened` payload. */
export async function openPull(
  gh: Emulator,
  repo: Repo,
  token: string,
  head: string,
  files: FileChanges,
): Promise<{ number: number; payload: Record<string, unknown>; headSha: string; baseSha: string }> {
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

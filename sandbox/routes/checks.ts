import type { Emulator } from '../emulator.js'
import { HttpError } from '../http-error.js'
import { instantiate, nodeId, now, simpleUser } from '../shapes.js'
import type { CheckRun, CommitStatus, Repo, User } from '../state.js'
import type { Handler, RequestContext } from './context.js'
import { paginate, repoFor } from './context.js'
import { actingUser } from './git.js'

/** A check run as REST answers it, from the spec's example of `checks/get`, with ours substituted. */
function checkRunBody(emulator: Emulator, baseUrl: string, run: CheckRun): Record<string, unknown> {
  const { repo } = run
  const template = instantiate(
    emulator.api.example(emulator.api.match('GET', '/repos/o/r/check-runs/1')!, 200),
    baseUrl,
    repo,
  ) as Record<string, unknown>
  const app = emulator.state.apps.find((candidate) => candidate.id === run.appId)!
  const url = `${baseUrl}/repos/${repo.fullName}/check-runs/${run.id}`
  const pulls = emulator.state.pulls.filter(
    (pull) => pull.repo === repo && pull.state === 'open' && pull.head.sha === run.headSha,
  )
  return {
    ...template,
    id: run.id,
    node_id: nodeId('CR', run.id),
    head_sha: run.headSha,
    name: run.name,
    url,
    html_url: `${baseUrl}/${repo.fullName}/runs/${run.id}`,
    // GitHub fills these in: the run's page and an empty external id.
    details_url: run.detailsUrl ?? `${baseUrl}/${repo.fullName}/runs/${run.id}`,
    external_id: run.externalId ?? '',
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: { ...run.output, annotations_count: 0, annotations_url: `${url}/annotations` },
    check_suite: { id: run.appId * 1000 + 1 },
    app: emulator.appBody(app, baseUrl),
    pull_requests: pulls.map((pull) => ({
      id: pull.id,
      number: pull.number,
      url: `${baseUrl}/repos/${repo.fullName}/pulls/${pull.number}`,
      head: {
        ref: pull.head.ref,
        sha: pull.head.sha,
        repo: { id: repo.id, url: `${baseUrl}/repos/${repo.fullName}`, name: repo.name },
      },
      base: {
        ref: pull.base.ref,
        sha: pull.base.sha,
        repo: { id: repo.id, url: `${baseUrl}/repos/${repo.fullName}`, name: repo.name },
      },
    })),
  }
}

function emitCheckRun(
  emulator: Emulator,
  action: 'created' | 'completed',
  run: CheckRun,
  sender: User,
): void {
  const payload = emulator.events.example('check_run', action, run.repo)
  const body = checkRunBody(emulator, emulator.url, run)
  const example = payload.check_run as Record<string, unknown>
  emulator.webhooks.emit('check_run', run.repo, {
    ...payload,
    action,
    check_run: {
      ...example,
      ...body,
      check_suite: {
        ...(example.check_suite as object),
        id: (body.check_suite as { id: number }).id,
        head_sha: run.headSha,
      },
    },
    repository: emulator.events.repository(run.repo, payload.repository),
    sender: simpleUser(sender, emulator.url),
  })
}

/** Check runs belong to GitHub Apps: only an installation token may write them. */
function appOf(context: RequestContext): number {
  if (context.actor?.kind !== 'installation')
    throw new HttpError(403, 'You must authenticate via a GitHub App.')
  return context.actor.installation.app.id
}

function runFor(context: RequestContext, repo: Repo): CheckRun {
  const run = context.emulator.state.checkRuns.find(
    (candidate) => candidate.repo === repo && String(candidate.id) === context.params.check_run_id,
  )
  if (!run) throw new HttpError(404, 'Not Found')
  return run
}

type CheckRunInput = {
  name?: string
  head_sha?: string
  status?: CheckRun['status']
  conclusion?: string
  details_url?: string
  external_id?: string
  started_at?: string
  completed_at?: string
  output?: { title?: string; summary?: string; text?: string }
}

/** Applies a create/update body; a conclusion completes the run, as on GitHub. */
function apply(run: CheckRun, input: CheckRunInput): void {
  if (input.name !== undefined) run.name = input.name
  if (input.details_url !== undefined) run.detailsUrl = input.details_url
  if (input.external_id !== undefined) run.externalId = input.external_id
  if (input.started_at !== undefined) run.startedAt = input.started_at
  if (input.output)
    run.output = {
      title: input.output.title ?? null,
      summary: input.output.summary ?? null,
      text: input.output.text ?? null,
    }
  if (input.status !== undefined) run.status = input.status
  if (input.conclusion !== undefined) {
    run.conclusion = input.conclusion
    run.status = 'completed'
  }
  if (run.status === 'completed') run.completedAt = input.completed_at ?? run.completedAt ?? now()
}

export interface CommitStatusInput {
  state: CommitStatus['state']
  target_url?: string | null
  description?: string | null
  context?: string
}

/**
 * Posts a commit status on the commit `ref` names (422 when none) and sends `status`: what the route
 * and `scenarios/statuses.ts` share.
 */
export function createCommitStatus(
  emulator: Emulator,
  repo: Repo,
  ref: string,
  creator: User,
  input: CommitStatusInput,
): CommitStatus {
  const sha = repo.git.resolveCommit(ref)
  if (!sha) throw new HttpError(422, `No commit found for SHA: ${ref}`)
  const status: CommitStatus = {
    id: emulator.state.id(),
    repo,
    sha,
    state: input.state,
    context: input.context ?? 'default',
    description: input.description ?? null,
    targetUrl: input.target_url ?? null,
    creator,
    createdAt: now(),
  }
  emulator.state.statuses.push(status)
  emulator.events.status(status)
  return status
}

function statusBody(baseUrl: string, status: CommitStatus): Record<string, unknown> {
  return {
    url: `${baseUrl}/repos/${status.repo.fullName}/statuses/${status.sha}`,
    avatar_url: null,
    id: status.id,
    node_id: nodeId('SC', status.id),
    state: status.state,
    description: status.description,
    target_url: status.targetUrl,
    context: status.context,
    created_at: status.createdAt,
    updated_at: status.createdAt,
    creator: simpleUser(status.creator, baseUrl),
  }
}

/** Statuses for a commit, newest first; a ref is resolved to its commit. */
function statusesFor(context: RequestContext, repo: Repo): CommitStatus[] {
  const sha = repo.git.resolveCommit(context.params.ref ?? context.params.sha!)
  if (!sha) throw new HttpError(404, `No commit found for SHA: ${context.params.ref ?? ''}`)
  return context.emulator.state.statuses
    .filter((status) => status.repo === repo && status.sha === sha)
    .reverse()
}

export const checksRoutes: Record<string, Handler> = {
  'checks/create': (context) => {
    const repo = repoFor(context, 'write')
    const appId = appOf(context)
    const input = context.body as CheckRunInput & { name: string; head_sha: string }
    if (repo.git.objectType(input.head_sha) !== 'commit')
      throw new HttpError(422, 'No commit found for SHA: ' + input.head_sha)
    const run: CheckRun = {
      id: context.emulator.state.id(),
      repo,
      headSha: input.head_sha,
      name: input.name,
      status: 'queued',
      conclusion: null,
      output: { title: null, summary: null, text: null },
      externalId: null,
      detailsUrl: null,
      startedAt: now(),
      completedAt: null,
      appId,
    }
    apply(run, input)
    context.emulator.state.checkRuns.push(run)
    emitCheckRun(context.emulator, 'created', run, actingUser(context))
    if (run.status === 'completed') emitCheckRun(context.emulator, 'completed', run, actingUser(context))
    return { status: 201, body: checkRunBody(context.emulator, context.baseUrl, run) }
  },

  'checks/update': (context) => {
    const repo = repoFor(context, 'write')
    const appId = appOf(context)
    const run = runFor(context, repo)
    if (run.appId !== appId)
      throw new HttpError(
        403,
        'Invalid app_id `' + appId + '` - check run can only be modified by the GitHub App that created it.',
      )
    const wasCompleted = run.status === 'completed'
    apply(run, context.body as CheckRunInput)
    if (run.status === 'completed' && !wasCompleted)
      emitCheckRun(context.emulator, 'completed', run, actingUser(context))
    return { status: 200, body: checkRunBody(context.emulator, context.baseUrl, run) }
  },

  'checks/get': (context) => ({
    status: 200,
    body: checkRunBody(context.emulator, context.baseUrl, runFor(context, repoFor(context))),
  }),

  /** Check runs for a commit (a branch or tag is resolved), newest first, filtered as GitHub filters. */
  'checks/list-for-ref': (context) => {
    const repo = repoFor(context)
    const sha = repo.git.resolveCommit(context.params.ref!)
    if (!sha) throw new HttpError(404, 'Not Found')
    const name = context.query.get('check_name')
    const status = context.query.get('status')
    const runs = context.emulator.state.checkRuns
      .filter(
        (run) =>
          run.repo === repo &&
          run.headSha === sha &&
          (!name || run.name === name) &&
          (!status || run.status === status),
      )
      .reverse()
    const { page, headers } = paginate(context, runs)
    return {
      status: 200,
      body: {
        total_count: runs.length,
        check_runs: page.map((run) => checkRunBody(context.emulator, context.baseUrl, run)),
      },
      headers,
    }
  },

  'repos/create-commit-status': (context) => {
    const repo = repoFor(context, 'write')
    const status = createCommitStatus(
      context.emulator,
      repo,
      context.params.sha!,
      actingUser(context),
      context.body as CommitStatusInput,
    )
    return { status: 201, body: statusBody(context.baseUrl, status) }
  },

  'repos/list-commit-statuses-for-ref': (context) => {
    const repo = repoFor(context)
    const { page, headers } = paginate(context, statusesFor(context, repo))
    return { status: 200, body: page.map((status) => statusBody(context.baseUrl, status)), headers }
  },

  /** The latest status per context; failure or error wins, then pending, else success (as GitHub combines). */
  'repos/get-combined-status-for-ref': (context) => {
    const repo = repoFor(context)
    const latest = new Map<string, CommitStatus>()
    for (const status of statusesFor(context, repo))
      if (!latest.has(status.context)) latest.set(status.context, status)
    const states = [...latest.values()].map((status) => status.state)
    const state = states.some((s) => s === 'failure' || s === 'error')
      ? 'failure'
      : states.length === 0 || states.includes('pending')
        ? 'pending'
        : 'success'
    const sha = repo.git.resolveCommit(context.params.ref!)!
    return {
      status: 200,
      body: {
        state,
        statuses: [...latest.values()].map((status) => {
          const { creator: _creator, ...simple } = statusBody(context.baseUrl, status) // the combined view omits the creator
          return simple
        }),
        sha,
        total_count: latest.size,
        repository: context.emulator.repositoryBody(repo, context.baseUrl),
        commit_url: `${context.baseUrl}/repos/${repo.fullName}/commits/${sha}`,
        url: `${context.baseUrl}/repos/${repo.fullName}/commits/${sha}/status`,
      },
    }
  },
}

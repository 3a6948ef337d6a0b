import type { Emulator } from '../emulator.js'
import { HttpError } from '../http-error.js'
import { nodeId, now, simpleUser } from '../shapes.js'
import type { Deployment, DeploymentStatus, Repo, User } from '../state.js'
import type { Handler, RequestContext } from './context.js'
import { paginate, repoFor } from './context.js'
import { actingUser } from './git.js'

/**
 * Deployments and their statuses, as the promotion bot records a rollout in the model repository.
 * Not emulated: `auto_merge` (GitHub merges the default branch into a ref that is behind it and
 * answers 202, or 409 on a conflict; here the ref is deployed as it is, whatever `auto_merge` says).
 * `required_contexts` is honoured against commit statuses: omitted, every context on the commit must
 * be `success` (else 409); `[]` skips the check.
 */

/** Who created something: the person, and the App when written with an installation token. */
interface Author {
  user: User
  appId?: number
}

export interface CreateDeploymentInput {
  ref: string
  task?: string
  auto_merge?: boolean
  required_contexts?: string[]
  payload?: Record<string, unknown> | string
  environment?: string
  description?: string | null
  transient_environment?: boolean
  production_environment?: boolean
}

export interface CreateDeploymentStatusInput {
  state: DeploymentStatus['state']
  target_url?: string
  log_url?: string
  description?: string
  environment?: string
  environment_url?: string
  auto_inactive?: boolean
}

/** The contexts among `required` (all on the commit when omitted) whose latest status is not success. */
function failingContexts(
  emulator: Emulator,
  repo: Repo,
  sha: string,
  required: string[] | undefined,
): { context: string; state: string }[] {
  const latest = new Map<string, string>()
  for (const status of emulator.state.statuses)
    if (status.repo === repo && status.sha === sha) latest.set(status.context, status.state)
  return (required ?? [...latest.keys()])
    .map((context) => ({ context, state: latest.get(context) ?? 'missing' }))
    .filter((found) => found.state !== 'success')
}

/** Creates a deployment of the commit `ref` names (409 when required contexts are not green) and sends `deployment.created`. */
export function createDeployment(
  emulator: Emulator,
  repo: Repo,
  author: Author,
  input: CreateDeploymentInput,
): Deployment {
  const sha = repo.git.resolveCommit(input.ref)
  if (!sha)
    throw new HttpError(422, 'Validation Failed', [
      { resource: 'Deployment', field: 'ref', code: 'invalid', message: `No ref found for: ${input.ref}` },
    ])
  const failing = failingContexts(emulator, repo, sha, input.required_contexts)
  if (failing.length > 0)
    throw new HttpError(
      409,
      `Conflict: Commit status checks failed for ${input.ref}. (${failing.map((f) => `${f.context}: ${f.state}`).join(', ')})`,
    )
  const environment = input.environment ?? 'production'
  const at = now()
  const deployment: Deployment = {
    id: emulator.state.id(),
    repo,
    sha,
    ref: input.ref,
    task: input.task ?? 'deploy',
    payload: input.payload ?? {},
    originalEnvironment: environment,
    environment,
    description: input.description ?? null,
    transientEnvironment: input.transient_environment ?? false,
    productionEnvironment: input.production_environment ?? environment === 'production',
    creator: author.user,
    ...(author.appId !== undefined ? { appId: author.appId } : {}),
    createdAt: at,
    updatedAt: at,
  }
  emulator.state.deployments.push(deployment)
  emitDeployment(emulator, deployment)
  return deployment
}

/**
 * Adds a status to a deployment and sends `deployment_status.created`. A `success` with
 * `auto_inactive` (the default) gives every earlier deployment in the same environment whose
 * latest status is `success` an `inactive` status, as GitHub does.
 */
export function createDeploymentStatus(
  emulator: Emulator,
  deployment: Deployment,
  author: Author,
  input: CreateDeploymentStatusInput,
): DeploymentStatus {
  const previous = latestStatus(emulator, deployment)
  // A status's environment moves the deployment there; without one, the last status's stays.
  const environment = input.environment ?? previous?.environment ?? deployment.environment
  deployment.environment = environment
  const logUrl = input.log_url ?? input.target_url ?? ''
  const status = addStatus(emulator, deployment, author, {
    state: input.state,
    description: input.description ?? '',
    environment,
    targetUrl: logUrl, // log_url replaces target_url; GitHub sets both
    logUrl,
    environmentUrl: input.environment_url ?? '',
  })
  if (input.state === 'success' && (input.auto_inactive ?? true))
    for (const other of emulator.state.deployments) {
      if (other === deployment || other.repo !== deployment.repo || other.environment !== environment)
        continue
      if (other.transientEnvironment || latestStatus(emulator, other)?.state !== 'success') continue
      addStatus(emulator, other, author, {
        state: 'inactive',
        description: '',
        environment,
        targetUrl: '',
        logUrl: '',
        environmentUrl: '',
      })
    }
  return status
}

function addStatus(
  emulator: Emulator,
  deployment: Deployment,
  author: Author,
  fields: Pick<
    DeploymentStatus,
    'state' | 'description' | 'environment' | 'targetUrl' | 'logUrl' | 'environmentUrl'
  >,
): DeploymentStatus {
  const status: DeploymentStatus = {
    id: emulator.state.id(),
    deployment,
    ...fields,
    creator: author.user,
    ...(author.appId !== undefined ? { appId: author.appId } : {}),
    createdAt: now(),
  }
  emulator.state.deploymentStatuses.push(status)
  deployment.updatedAt = status.createdAt
  emitDeploymentStatus(emulator, status)
  return status
}

function latestStatus(emulator: Emulator, deployment: Deployment): DeploymentStatus | undefined {
  return emulator.state.deploymentStatuses.findLast((status) => status.deployment === deployment)
}

// ── Shapes ───────────────────────────────────────────────────────────────────

function viaApp(emulator: Emulator, baseUrl: string, appId: number | undefined): unknown {
  const app = emulator.state.apps.find((candidate) => candidate.id === appId)
  return app ? emulator.appBody(app, baseUrl) : null
}

/** A deployment as REST and webhooks show it (`deployment` schema). */
export function deploymentBody(
  emulator: Emulator,
  baseUrl: string,
  deployment: Deployment,
): Record<string, unknown> {
  const url = `${baseUrl}/repos/${deployment.repo.fullName}/deployments/${deployment.id}`
  return {
    url,
    id: deployment.id,
    node_id: nodeId('DE', deployment.id),
    sha: deployment.sha,
    ref: deployment.ref,
    task: deployment.task,
    payload: deployment.payload,
    original_environment: deployment.originalEnvironment,
    environment: deployment.environment,
    description: deployment.description,
    creator: simpleUser(deployment.creator, baseUrl),
    created_at: deployment.createdAt,
    updated_at: deployment.updatedAt,
    statuses_url: `${url}/statuses`,
    repository_url: `${baseUrl}/repos/${deployment.repo.fullName}`,
    transient_environment: deployment.transientEnvironment,
    production_environment: deployment.productionEnvironment,
    performed_via_github_app: viaApp(emulator, baseUrl, deployment.appId),
  }
}

/** A deployment status as REST and webhooks show it (`deployment-status` schema). */
export function deploymentStatusBody(
  emulator: Emulator,
  baseUrl: string,
  status: DeploymentStatus,
): Record<string, unknown> {
  const deploymentUrl = `${baseUrl}/repos/${status.deployment.repo.fullName}/deployments/${status.deployment.id}`
  return {
    url: `${deploymentUrl}/statuses/${status.id}`,
    id: status.id,
    node_id: nodeId('DES', status.id),
    state: status.state,
    creator: simpleUser(status.creator, baseUrl),
    description: status.description,
    environment: status.environment,
    target_url: status.targetUrl,
    created_at: status.createdAt,
    updated_at: status.createdAt,
    deployment_url: deploymentUrl,
    repository_url: `${baseUrl}/repos/${status.deployment.repo.fullName}`,
    environment_url: status.environmentUrl,
    log_url: status.logUrl,
    performed_via_github_app: viaApp(emulator, baseUrl, status.appId),
  }
}

function emitDeployment(emulator: Emulator, deployment: Deployment): void {
  const { repo } = deployment
  const example = emulator.events.example('deployment', 'created', repo)
  emulator.webhooks.emit('deployment', repo, {
    ...example,
    action: 'created',
    deployment: deploymentBody(emulator, emulator.url, deployment),
    workflow: null,
    workflow_run: null,
    repository: emulator.events.repository(repo, example.repository),
    sender: simpleUser(deployment.creator, emulator.url),
  })
}

/**
 * The webhook schema has `log_url` and `environment_url` as URIs with no `""` default (REST's
 * has one): unset, they are left out of the delivery, which the schema allows.
 */
function withoutEmptyUrls(body: Record<string, unknown>): Record<string, unknown> {
  const { log_url: logUrl, environment_url: environmentUrl, ...rest } = body
  return {
    ...rest,
    ...(logUrl ? { log_url: logUrl } : {}),
    ...(environmentUrl ? { environment_url: environmentUrl } : {}),
  }
}

function emitDeploymentStatus(emulator: Emulator, status: DeploymentStatus): void {
  const { repo } = status.deployment
  const {
    check_run: _checkRun,
    workflow_run: _workflowRun,
    ...example
  } = emulator.events.example('deployment_status', 'created', repo)
  emulator.webhooks.emit('deployment_status', repo, {
    ...example,
    action: 'created',
    deployment_status: withoutEmptyUrls(deploymentStatusBody(emulator, emulator.url, status)),
    deployment: deploymentBody(emulator, emulator.url, status.deployment),
    repository: emulator.events.repository(repo, example.repository),
    sender: simpleUser(status.creator, emulator.url),
  })
}

// ── Routes ───────────────────────────────────────────────────────────────────

function authorOf(context: RequestContext): Author {
  const actor = context.actor
  return {
    user: actingUser(context),
    ...(actor?.kind === 'installation' ? { appId: actor.installation.app.id } : {}),
  }
}

function deploymentFor(context: RequestContext, repo: Repo): Deployment {
  const deployment = context.emulator.state.deployments.find(
    (candidate) => candidate.repo === repo && String(candidate.id) === context.params.deployment_id,
  )
  if (!deployment) throw new HttpError(404, 'Not Found')
  return deployment
}

export const deploymentRoutes: Record<string, Handler> = {
  'repos/create-deployment': (context) => {
    const repo = repoFor(context, 'write')
    const deployment = createDeployment(
      context.emulator,
      repo,
      authorOf(context),
      context.body as CreateDeploymentInput,
    )
    return { status: 201, body: deploymentBody(context.emulator, context.baseUrl, deployment) }
  },

  /** Filtered by sha, ref (as given at creation), task and environment; newest first; paginated. */
  'repos/list-deployments': (context) => {
    const repo = repoFor(context)
    const filters = (['sha', 'ref', 'task', 'environment'] as const).flatMap((name) => {
      const value = context.query.get(name)
      return value === null || value === 'none' ? [] : [[name, value] as const]
    })
    const deployments = context.emulator.state.deployments
      .filter(
        (deployment) =>
          deployment.repo === repo && filters.every(([name, value]) => deployment[name] === value),
      )
      .reverse()
    const { page, headers } = paginate(context, deployments)
    return {
      status: 200,
      body: page.map((deployment) => deploymentBody(context.emulator, context.baseUrl, deployment)),
      headers,
    }
  },

  'repos/get-deployment': (context) => ({
    status: 200,
    body: deploymentBody(context.emulator, context.baseUrl, deploymentFor(context, repoFor(context))),
  }),

  'repos/create-deployment-status': (context) => {
    const repo = repoFor(context, 'write')
    const status = createDeploymentStatus(
      context.emulator,
      deploymentFor(context, repo),
      authorOf(context),
      context.body as CreateDeploymentStatusInput,
    )
    return { status: 201, body: deploymentStatusBody(context.emulator, context.baseUrl, status) }
  },

  /** Newest first; paginated. */
  'repos/list-deployment-statuses': (context) => {
    const deployment = deploymentFor(context, repoFor(context))
    const statuses = context.emulator.state.deploymentStatuses
      .filter((status) => status.deployment === deployment)
      .reverse()
    const { page, headers } = paginate(context, statuses)
    return {
      status: 200,
      body: page.map((status) => deploymentStatusBody(context.emulator, context.baseUrl, status)),
      headers,
    }
  },
}

import type { Context, ProbotOctokit } from 'probot'
import type { PromotionProgress, PromotionStage } from '../../core/promotion/format-command-reply.js'
import type { PromotionMarker } from '../../core/promotion/promotion-marker.js'
import { parsePromotionMarker } from '../../core/promotion/promotion-marker.js'
import { modelOfManifestPath } from '../../core/index.js'
import { validateConfig } from '../../core/config/validate-config.js'
import { CONFIG_PATH } from '../../core/policy/policy.js'
import { GitHubReader, statusOf } from '../github-reader.js'
import type { ReaderCaches } from '../github-reader.js'
import { healthContext } from './environments-reader.js'
import { writeProgress } from './feedback.js'
import { ModelReader } from './model-reader.js'
import { openNextRetirement, retirementCommand } from './run-retirement.js'

/** The pull request fields a promotion is recognised by. */
interface PullFields {
  number: number
  html_url: string
  body: string | null
  merged_at?: string | null
  merge_commit_sha?: string | null
  user: { login: string; type?: string } | null
  head: { ref: string }
}

export interface ProgressDeps {
  appId?: number
  caches: ReaderCaches
  /** This App's bot login (`<slug>[bot]`): only its pull requests' markers are trusted. */
  botLogin: () => Promise<string>
}

/** The promotion a pull request is, when this App opened it on a `modelgate/` branch; anyone else's marker is ignored. */
export async function promotionOf(
  pull: PullFields,
  deps: ProgressDeps,
): Promise<PromotionMarker | undefined> {
  if (!pull.head.ref.startsWith('modelgate/') || pull.user?.login !== (await deps.botLogin()))
    return undefined
  return parsePromotionMarker(pull.body)
}

const STAGE_OF_STATE: Record<string, PromotionStage> = {
  success: 'live',
  pending: 'syncing',
  failure: 'degraded',
  error: 'degraded',
}

const DEPLOYMENT_STATE = { live: 'success', syncing: 'in_progress', degraded: 'failure' } as const

/**
 * `pull_request.closed`. In the environments repository, a promotion merged is "merged" on its
 * thread, closed without merging it is "abandoned" there, and either way its branch is deleted; a merged
 * removal of a retired model opens the next one upstream. In a model repository, a merged change
 * that sets a model's `lifecycle.stage: retired` opens its first removal (downstream first).
 */
export function onPullRequestClosed(deps: ProgressDeps) {
  return async (context: Context<'pull_request.closed'>): Promise<void> => {
    const { pull_request: pull, repository } = context.payload
    const marker = await promotionOf(pull, deps)
    if (marker === undefined) {
      if (pull.merged) await retireMerged(context, deps)
      return
    }
    // Merged or not, the branch has done its job: no `modelgate/` branch outlives its pull request.
    await context.octokit.rest.git
      .deleteRef({ owner: repository.owner.login, repo: repository.name, ref: `heads/${pull.head.ref}` })
      .catch((error: unknown) => {
        if (statusOf(error) !== 422 && statusOf(error) !== 404) throw error
      })
    await report(
      context.octokit,
      deps,
      marker,
      pull,
      repository.full_name,
      pull.merged ? 'merged' : 'abandoned',
    )
    if (pull.merged && marker.kind === 'retire' && marker.thread !== undefined) {
      const [owner = '', repo = ''] = marker.thread.repository.split('/')
      const { data } = await context.octokit.rest.repos.get({ owner, repo })
      const reader = new ModelReader(
        context.octokit,
        new GitHubReader(context.octokit, owner, repo, deps.caches),
        data.default_branch,
      )
      const read = await reader.config(await reader.head())
      if ('problem' in read) return
      await openNextRetirement({
        octokit: context.octokit,
        caches: deps.caches,
        ...(deps.appId === undefined ? {} : { appId: deps.appId }),
        owner,
        repo,
        defaultBranch: data.default_branch,
        config: read.config,
        model: marker.model,
        thread: marker.thread.number,
        requester: { login: marker.requester, id: marker.requesterId ?? 0 },
      })
    }
  }
}

/** A merged pull request of a model repository that retires models: their first removals. */
async function retireMerged(context: Context<'pull_request.closed'>, deps: ProgressDeps): Promise<void> {
  const { pull_request: pull, repository } = context.payload
  const merger = pull.merged_by
  if (!pull.merge_commit_sha || !merger) return
  const owner = repository.owner.login
  const defaultBranch = repository.default_branch
  if (pull.base.ref !== defaultBranch) return
  const reader = new GitHubReader(context.octokit, owner, repository.name, deps.caches)
  const models = new ModelReader(context.octokit, reader, defaultBranch)
  const read = await models.config(pull.merge_commit_sha)
  if ('problem' in read || read.config.environmentsRepo === undefined) return
  const root = read.config.models?.root ?? 'models'
  const files = await reader.listFiles(pull.number, pull.base.sha, pull.merge_commit_sha)
  const retired: string[] = []
  for (const file of files) {
    const name = modelOfManifestPath(file.filename, root)
    if (name === undefined || file.status === 'removed') continue
    const manifest = await models.manifestAt(pull.merge_commit_sha, file.filename)
    if (manifest?.manifest.lifecycle?.stage === 'retired') retired.push(name)
  }
  for (const model of retired)
    await openNextRetirement({
      octokit: context.octokit,
      caches: deps.caches,
      ...(deps.appId === undefined ? {} : { appId: deps.appId }),
      owner,
      repo: repository.name,
      defaultBranch,
      config: read.config,
      model,
      thread: pull.number,
      requester: { login: merger.login, id: merger.id },
    })
}

/**
 * `status` in the environments repository: Argo CD's verdict on a promotion's merge commit (the
 * argocd-notifications GitHub status) moves its thread's status comment to syncing, live and
 * healthy, or degraded with the `/rollback` to type, and records a Deployment of the version in
 * the model repository, so its Environments view shows what runs where.
 */
export function onDeploymentStatus(deps: ProgressDeps) {
  return async (context: Context<'status'>): Promise<void> => {
    const { sha, state, repository } = context.payload
    const stage = STAGE_OF_STATE[state]
    if (stage === undefined) return
    const { data: pulls } = await context.octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      owner: repository.owner.login,
      repo: repository.name,
      commit_sha: sha,
    })
    for (const pull of pulls.filter(
      (candidate) => candidate.merge_commit_sha === sha && candidate.merged_at,
    )) {
      const marker = await promotionOf(pull, deps)
      if (marker?.thread === undefined) continue
      const pattern = await healthPattern(context.octokit, marker.thread.repository)
      if (context.payload.context !== healthContext(pattern, marker.environment, marker.model)) continue
      const detail = {
        ...(context.payload.description ? { detail: `Argo CD: ${context.payload.description}` } : {}),
        ...(context.payload.target_url ? { detailUrl: context.payload.target_url } : {}),
      }
      await report(context.octokit, deps, marker, pull, repository.full_name, stage, detail)
      await recordDeployment(
        context.octokit,
        marker,
        stage as keyof typeof DEPLOYMENT_STATE,
        pull,
        context.payload.target_url ?? undefined,
      )
    }
  }
}

/** `promotion.healthStatusContext` of the model repository's config (default when unreadable). */
async function healthPattern(octokit: ProbotOctokit, repository: string): Promise<string | undefined> {
  const [owner = '', repo = ''] = repository.split('/')
  try {
    const { data } = await octokit.rest.repos.getContent({
      owner,
      repo,
      path: CONFIG_PATH,
      mediaType: { format: 'raw' },
    })
    const source = Buffer.from(typeof data === 'string' ? data : '', 'utf8')
    return validateConfig(CONFIG_PATH, source).config?.promotion?.healthStatusContext
  } catch (error) {
    if (statusOf(error) === 404) return undefined
    throw error
  }
}

async function report(
  octokit: ProbotOctokit,
  deps: ProgressDeps,
  marker: PromotionMarker,
  pull: PullFields,
  environmentsRepository: string,
  stage: PromotionStage,
  extra: Pick<PromotionProgress, 'detail' | 'detailUrl'> = {},
): Promise<void> {
  if (marker.thread === undefined) return
  const [owner = '', repo = ''] = marker.thread.repository.split('/')
  const verb = marker.kind === 'rollback' ? 'rollback' : 'promote'
  const command =
    marker.kind === 'retire'
      ? retirementCommand(marker.model, marker.environment)
      : verb === 'rollback'
        ? `/rollback ${marker.model} in ${marker.environment}${marker.version ? ` to ${marker.version}` : ''}`
        : `/promote ${marker.model}${marker.version ? `@${marker.version}` : ''} to ${marker.environment}`
  await writeProgress(
    {
      octokit,
      owner,
      repo,
      issue: marker.thread.number,
      ...(deps.appId === undefined ? {} : { appId: deps.appId }),
    },
    {
      command,
      model: marker.model,
      environment: marker.environment,
      stage,
      requester: marker.requester,
      pullRequest: { number: pull.number, url: pull.html_url, repository: environmentsRepository },
      ...extra,
      ...(stage === 'degraded' ? { rollback: `/rollback ${marker.model} in ${marker.environment}` } : {}),
    },
  )
}

/** One Deployment per promotion pull request in the model repository, with a status per verdict. */
async function recordDeployment(
  octokit: ProbotOctokit,
  marker: PromotionMarker,
  stage: keyof typeof DEPLOYMENT_STATE,
  pull: PullFields,
  logUrl: string | undefined,
): Promise<void> {
  if (marker.thread === undefined || marker.sourceCommit === undefined) return
  const [owner = '', repo = ''] = marker.thread.repository.split('/')
  const { data: existing } = await octokit.rest.repos.listDeployments({
    owner,
    repo,
    sha: marker.sourceCommit,
    environment: marker.environment,
    per_page: 100,
  })
  const tag = `${marker.model}@${marker.version ?? ''} #${pull.number}`
  let id = existing.find((deployment) => deployment.description === tag)?.id
  if (id === undefined) {
    const { data } = await octokit.rest.repos.createDeployment({
      owner,
      repo,
      ref: marker.sourceCommit,
      environment: marker.environment,
      description: tag,
      auto_merge: false,
      required_contexts: [],
      transient_environment: false,
      production_environment: false,
      payload: { model: marker.model, version: marker.version ?? '', pullRequest: pull.html_url },
    })
    if (!('id' in data)) return
    id = data.id
  }
  await octokit.rest.repos.createDeploymentStatus({
    owner,
    repo,
    deployment_id: id,
    state: DEPLOYMENT_STATE[stage],
    environment: marker.environment,
    ...(logUrl === undefined ? {} : { log_url: logUrl }),
    description: `${marker.model} ${marker.version ?? ''}: ${stage}`.slice(0, 140),
  })
}

import type { ProbotOctokit } from 'probot'
import type { ModelgateConfig } from '../../core/config/config.js'
import { resolveEnvironmentsRepo } from '../../core/environments/environments-repo.js'
import { formatPlanReply } from '../../core/promotion/format-command-reply.js'
import { planPromotion } from '../../core/promotion/plan-promotion.js'
import type { EnvironmentModelState } from '../../core/promotion/promotion-facts.js'
import { formatPromotionMarker } from '../../core/promotion/promotion-marker.js'
import { GitHubReader } from '../github-reader.js'
import type { ReaderCaches } from '../github-reader.js'
import { EnvironmentsReader } from './environments-reader.js'
import { reply, writeProgress } from './feedback.js'
import { ModelReader } from './model-reader.js'
import { reviewersOf } from './run-promotion.js'
import { writePromotion } from './write-promotion.js'

export interface RetirementOptions {
  octokit: ProbotOctokit
  caches: ReaderCaches
  appId?: number
  /** The model repository and its default branch. */
  owner: string
  repo: string
  defaultBranch: string
  config: ModelgateConfig
  model: string
  /** The pull request that retired the model (or the one that removed it from the last environment): progress goes there. */
  thread: number
  /** Who merged the retirement: recorded as the requester, so they never approve its removal. */
  requester: { login: string; id: number }
}

/** How a retirement is named in its status comment. */
export const retirementCommand = (model: string, environment: string) => `retire ${model} from ${environment}`

/**
 * Opens the next removal of a retired model: from the most downstream environment that still has
 * it (prod, then staging, then dev), one pull request at a time; the merge of each opens the next.
 * Returns the environment it was opened for, or `undefined` when no environment has the model.
 */
export async function openNextRetirement(options: RetirementOptions): Promise<string | undefined> {
  const { octokit, config, model: name } = options
  const environmentsRepo = resolveEnvironmentsRepo(config)
  if (environmentsRepo === undefined) return undefined
  const modelReader = new ModelReader(
    octokit,
    new GitHubReader(octokit, options.owner, options.repo, options.caches),
    options.defaultBranch,
  )
  const [envOwner = '', envName = ''] = environmentsRepo.repository.split('/')
  const environments = new EnvironmentsReader(
    octokit,
    new GitHubReader(octokit, envOwner, envName, options.caches),
    environmentsRepo,
    config.promotion?.healthStatusContext,
  )
  const [snapshot, branches] = await Promise.all([environments.snapshot(), environments.branches()])
  const order = (config.environments ?? []).map((entry) => entry.name).reverse()
  const states: EnvironmentModelState[] = []
  for (const environment of order)
    states.push(await environments.state(snapshot, environment, name, { files: true, depth: 1 }))
  const target = states.find((state) => Object.keys(state.files ?? {}).length > 0)
  if (target === undefined) return undefined
  const openPromotion = await environments.openPromotion(target.environment, name, branches)
  if (openPromotion !== undefined) return undefined // the removal (or another change) is already open
  const modelHead = await modelReader.head()
  const known = await modelReader.versions(modelHead, config.models?.root ?? 'models', name)
  const newest = known.versions[0]
  const manifest = newest === undefined ? undefined : known.manifests.get(newest.version)
  const plan = planPromotion({
    request: {
      kind: 'retire',
      model: name,
      environment: target.environment,
      requester: options.requester.login,
    },
    config,
    ...(manifest === undefined ? {} : { manifest }),
    models: [name],
    versions: known.versions,
    states,
    holds: [],
  })
  const thread = {
    octokit,
    owner: options.owner,
    repo: options.repo,
    issue: options.thread,
    ...(options.appId === undefined ? {} : { appId: options.appId }),
  }
  const command = retirementCommand(name, target.environment)
  if (plan.decision !== 'allow' || plan.writes === undefined) {
    await reply({ ...thread, comment: 0 }, formatPlanReply(command, plan))
    return undefined
  }
  const outcome = await writePromotion({
    octokit,
    owner: envOwner,
    repo: envName,
    base: environmentsRepo.branch,
    writes: plan.writes,
    ...environments.baseFor(snapshot, target.environment, name),
    author: {
      name: options.requester.login,
      email: `${options.requester.id}+${options.requester.login}@users.noreply.github.com`,
    },
    marker: formatPromotionMarker({
      kind: 'retire',
      model: name,
      environment: target.environment,
      requester: options.requester.login,
      requesterId: options.requester.id,
      thread: { repository: `${options.owner}/${options.repo}`, number: options.thread },
    }),
    reviewers: reviewersOf(config, target.environment, options.requester.login),
    recheck: () => Promise.resolve(undefined),
  })
  if (outcome.kind !== 'opened') return undefined
  await writeProgress(thread, {
    command,
    model: name,
    environment: target.environment,
    stage: 'opened',
    requester: options.requester.login,
    pullRequest: { number: outcome.number, url: outcome.url, repository: environmentsRepo.repository },
  })
  return target.environment
}

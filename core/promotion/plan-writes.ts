import { formatKeyPath } from '../problem.js'
import { INFERENCE_SERVICE_FILE, modelFolder } from '../render/provenance.js'
import type { Provenance } from '../render/provenance.js'
import type { RenderedFile } from '../render/render-problem.js'
import { renderModel } from '../render/render-model.js'
import { formatPromotionCommit } from './format-promotion-commit.js'
import { formatPromotionPullRequest } from './format-promotion-pull-request.js'
import { markForReplacement } from './mark-for-replacement.js'
import type { PromotionContext } from './promotion-context.js'
import type { PromotionWrites, Reason } from './promotion-plan.js'
import type { FileChangeSummary, PromotionSummary } from './promotion-summary.js'
import { summarizeFileChange } from './summarize-file-change.js'

/** `modelgate/<env>/<model>`: one branch per pair, so creating it is the lock. */
export function promotionBranch(environment: string, model: string): string {
  return `modelgate/${environment}/${model}`
}

/**
 * Every write must stay inside `environments/<env>/<model>/`: promotions of different pairs then
 * touch disjoint files, and a planner bug cannot reach `argocd/` or another model. A path outside
 * is a defect, so it throws rather than returning a reason.
 */
export function assertInModelFolder(folder: string, paths: readonly string[]): void {
  for (const path of paths) {
    const rest = path.startsWith(`${folder}/`) ? path.slice(folder.length + 1) : undefined
    if (
      rest === undefined ||
      rest === '' ||
      rest.split('/').some((part) => part === '..' || part === '.' || part === '')
    )
      throw new Error(`planPromotion: refusing to write ${JSON.stringify(path)} outside ${folder}/`)
  }
}

/** The rendered files (or why they cannot be rendered) of a promotion or rollback. */
function renderTarget(context: PromotionContext, forced: boolean): RenderedFile[] | Reason[] {
  const { facts, request, state } = context
  const manifest = facts.manifest!
  const live = state.live
  const provenance: Provenance = {
    sourceCommit: manifest.commit,
    ...(live !== undefined && live.version !== manifest.manifest.metadata.version
      ? { previousVersion: live.version }
      : {}),
    promotedBy: request.requester,
    ...(request.requestUrl === undefined ? {} : { requestUrl: request.requestUrl }),
    ...(facts.gatesDigest === undefined ? {} : { gatesDigest: facts.gatesDigest }),
    ...(forced ? { forced: true } : {}),
  }
  const rendered = renderModel({
    manifest: manifest.manifest,
    manifestPath: manifest.path,
    profile: context.profile!,
    provenance,
    ...(facts.config.environmentsRepo?.path === undefined
      ? {}
      : { environmentsRoot: facts.config.environmentsRepo.path }),
  })
  if (rendered.files.length === 0)
    return rendered.problems
      .filter((problem) => problem.severity === 'error')
      .map((problem) => ({
        rule: 'renders',
        effect: 'refuse' as const,
        message: `cannot render: ${problem.source} ${formatKeyPath(problem.path)}: ${problem.message}`,
        ...(problem.hint === undefined ? {} : { hint: problem.hint }),
      }))
  const modeChanges = live !== undefined && live.deploymentMode !== context.profile!.deploymentMode
  return modeChanges
    ? rendered.files.map((file) =>
        file.path.endsWith(`/${INFERENCE_SERVICE_FILE}`)
          ? { ...file, content: markForReplacement(file.content) }
          : file,
      )
    : rendered.files
}

/**
 * The one commit and pull request of an allowed request: the rendered files (promote, rollback)
 * or the folder's deletion (retire), the commit message with its trailers, and the pull request.
 * Returns refusal reasons instead when the model cannot be rendered for the environment.
 */
export function planWrites(
  context: PromotionContext,
  reasons: readonly Reason[],
): PromotionWrites | Reason[] {
  const { facts, request, state } = context
  const folder = modelFolder(request.environment, request.model, facts.config.environmentsRepo?.path)
  const current = state.files ?? {}
  const forced = reasons.some(
    (reason) => reason.rule === 'upstream-live-and-healthy' && reason.effect === 'note',
  )

  let files: RenderedFile[] = []
  if (request.kind !== 'retire') {
    const target = renderTarget(context, forced)
    if (target.some((item) => 'rule' in item)) return target as Reason[]
    files = target as RenderedFile[]
  }
  const kept = new Set(files.map((file) => file.path))
  const existing = Object.keys(current)
  const deletes = (
    request.kind === 'retire' && existing.length === 0 ? [`${folder}/${INFERENCE_SERVICE_FILE}`] : existing
  )
    .filter((path) => !kept.has(path))
    .sort()
  assertInModelFolder(folder, [...files.map((file) => file.path), ...deletes])

  const changed = files.filter((file) => current[file.path] !== file.content)
  const fileSummaries: FileChangeSummary[] = [
    ...changed.map((file) => {
      const { changes, more } = summarizeFileChange(current[file.path], file.content)
      return {
        path: file.path,
        change: file.path in current ? ('change' as const) : ('add' as const),
        fields: changes,
        more,
      }
    }),
    ...deletes.map((path) => ({ path, change: 'delete' as const, fields: [], more: 0 })),
  ]
  const manifest = facts.manifest
  const live = state.live
  const summary: PromotionSummary = {
    kind: request.kind,
    model: request.model,
    environment: request.environment,
    ...(request.kind === 'retire'
      ? live === undefined
        ? {}
        : { version: live.version, digest: live.digest, sourceCommit: live.sourceCommit }
      : {
          version: manifest!.manifest.metadata.version,
          digest: manifest!.manifest.artifact.digest,
          sourceCommit: manifest!.commit,
          manifestPath: manifest!.path,
        }),
    requester: request.requester,
    ...(request.requestUrl === undefined ? {} : { requestUrl: request.requestUrl }),
    ...(live !== undefined &&
    request.kind !== 'retire' &&
    live.version !== manifest!.manifest.metadata.version
      ? { previousVersion: live.version }
      : {}),
    forced,
    notes: reasons.filter((reason) => reason.effect === 'note'),
    files: fileSummaries,
    ...(facts.gatesVerdict === undefined ? {} : { gatesVerdict: facts.gatesVerdict }),
    ...(facts.gatesDigest === undefined ? {} : { gatesDigest: facts.gatesDigest }),
  }
  const labels = [
    'modelgate',
    `env:${request.environment}`,
    ...(request.kind === 'promote' ? [] : [request.kind]),
  ]
  return {
    branch: promotionBranch(request.environment, request.model),
    files: changed,
    deletes,
    commitMessage: formatPromotionCommit(summary),
    pullRequest: { ...formatPromotionPullRequest(summary), labels },
  }
}

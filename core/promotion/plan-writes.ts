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

/** The version live here before this change, when it differs from the one rendered. */
function previousVersionOf(context: PromotionContext): string | undefined {
  const live = context.state.live
  const next = context.facts.manifest?.manifest.metadata.version
  return context.request.kind === 'retire' || live === undefined || live.version === next
    ? undefined
    : live.version
}

/** The rendered files of a promotion or rollback, or the render problems as refusals. */
function renderTarget(
  context: PromotionContext,
  forced: boolean,
): { files: RenderedFile[] } | { refusals: Reason[] } {
  const { facts, request, state } = context
  const manifest = facts.manifest!
  const profile = context.profile!
  const previousVersion = previousVersionOf(context)
  const provenance: Provenance = {
    sourceCommit: manifest.commit,
    ...(previousVersion === undefined ? {} : { previousVersion }),
    promotedBy: request.requester,
    ...(request.requestUrl === undefined ? {} : { requestUrl: request.requestUrl }),
    ...(facts.gatesDigest === undefined ? {} : { gatesDigest: facts.gatesDigest }),
    ...(forced ? { forced: true } : {}),
  }
  const rendered = renderModel({
    manifest: manifest.manifest,
    manifestPath: manifest.path,
    profile,
    provenance,
    ...(facts.config.environmentsRepo?.path === undefined
      ? {}
      : { environmentsRoot: facts.config.environmentsRepo.path }),
  })
  if (rendered.files.length === 0)
    return {
      refusals: rendered.problems
        .filter((problem) => problem.severity === 'error')
        .map((problem) => ({
          rule: 'renders',
          effect: 'refuse' as const,
          message: `cannot render: ${problem.source} ${formatKeyPath(problem.path)}: ${problem.message}`,
          ...(problem.hint === undefined ? {} : { hint: problem.hint }),
        })),
    }
  // The one promotion that changes the environment's mode replaces the object (see docs/promotion.md).
  const modeChanges = state.live !== undefined && state.live.deploymentMode !== profile.deploymentMode
  const files = rendered.files.map((file) =>
    modeChanges && file.path.endsWith(`/${INFERENCE_SERVICE_FILE}`)
      ? { ...file, content: markForReplacement(file.content) }
      : file,
  )
  return { files }
}

/** What changes, file by file and field by field, for the pull request. */
function summarizeFiles(
  current: Readonly<Record<string, string>>,
  changed: readonly RenderedFile[],
  deletes: readonly string[],
): FileChangeSummary[] {
  return [
    ...changed.map((file) => {
      const { changes, more } = summarizeFileChange(current[file.path], file.content)
      const change = file.path in current ? ('change' as const) : ('add' as const)
      return { path: file.path, change, fields: changes, more }
    }),
    ...deletes.map((path) => ({ path, change: 'delete' as const, fields: [], more: 0 })),
  ]
}

/** What the commit message and pull request describe. */
function summarize(
  context: PromotionContext,
  reasons: readonly Reason[],
  files: FileChangeSummary[],
  forced: boolean,
): PromotionSummary {
  const { facts, request, state } = context
  const live = state.live
  const manifest = facts.manifest
  // A retirement records what it removes; a promotion what it renders.
  const what =
    request.kind === 'retire'
      ? live === undefined
        ? {}
        : { version: live.version, digest: live.digest, sourceCommit: live.sourceCommit }
      : {
          version: manifest!.manifest.metadata.version,
          digest: manifest!.manifest.artifact.digest,
          sourceCommit: manifest!.commit,
          manifestPath: manifest!.path,
        }
  const previousVersion = previousVersionOf(context)
  return {
    kind: request.kind,
    model: request.model,
    environment: request.environment,
    ...what,
    requester: request.requester,
    ...(request.requestUrl === undefined ? {} : { requestUrl: request.requestUrl }),
    ...(previousVersion === undefined ? {} : { previousVersion }),
    forced,
    notes: reasons.filter((reason) => reason.effect === 'note'),
    files,
    ...(facts.gatesVerdict === undefined ? {} : { gatesVerdict: facts.gatesVerdict }),
    ...(facts.gatesDigest === undefined ? {} : { gatesDigest: facts.gatesDigest }),
  }
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

  const target = request.kind === 'retire' ? { files: [] } : renderTarget(context, forced)
  if ('refusals' in target) return target.refusals
  const kept = new Set(target.files.map((file) => file.path))
  const existing = Object.keys(current)
  // A retirement of a folder whose files the adapter did not list still deletes the one file every folder has.
  const deletes = (
    request.kind === 'retire' && existing.length === 0 ? [`${folder}/${INFERENCE_SERVICE_FILE}`] : existing
  )
    .filter((path) => !kept.has(path))
    .sort()
  const changed = target.files.filter((file) => current[file.path] !== file.content)
  assertInModelFolder(folder, [...changed.map((file) => file.path), ...deletes])

  const summary = summarize(context, reasons, summarizeFiles(current, changed, deletes), forced)
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

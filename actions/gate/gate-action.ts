import * as core from '@actions/core'
import type { GateReport, ModelGate, ModelSnapshot, Problem } from '../../core/index.js'
import {
  formatGateJson,
  formatGateMarkdown,
  formatText,
  gateModel,
  gateReportPassed,
  githubAnnotations,
  locateGateProblems,
  modelUnchanged,
} from '../../core/index.js'
import type { Checkout } from '../../local/checkout.js'
import { judgedByBase, openCheckout } from '../../local/checkout.js'
import { findEnvironmentsCheckout, readLiveBaseline } from '../../local/live-baseline.js'
import { readModels } from '../../local/read-models.js'
import { workingTreeFiles } from '../../local/revision-files.js'
import { UsageError } from '../../local/errors.js'
import type { ActionContext } from '../shared/action-context.js'
import { defaultBase } from '../shared/pull-request.js'
import { filesAtCommit } from '../shared/revision-files.js'
import { selectModels } from '../shared/select-models.js'
import { annotateAll, appendSummary, failStep, logInfo } from '../shared/step-log.js'

/**
 * The gate action: read the candidate models (changed ones on a pull request) and the same
 * models at the base revision, judge them in core, then write the summary and outputs; a failed
 * blocking gate, or a model that cannot be read, fails the step.
 */
export async function gateAction(context: ActionContext): Promise<void> {
  const opened = openCheckout(context.workspace, context.input('config') || undefined)
  if ('invalid' in opened) {
    logInfo(formatText(opened.invalid).trimEnd())
    throw new UsageError('the repository config is invalid; run the validate action for details')
  }
  const report = await gateModels(context, opened.checkout)
  await appendSummary(formatGateMarkdown(report))
  const passed = gateReportPassed(report)
  core.setOutput('passed', passed)
  core.setOutput('result', formatGateJson(report).trim())
  // Each failed gate annotated at its line in the manifest, as validate annotates its problems.
  const sources = await workingTreeFiles(opened.checkout.root)(report.models.map((model) => model.file))
  annotateAll(githubAnnotations({ files: [{ file: '', problems: locateGateProblems(report, sources) }] }))
  if (!passed)
    failStep(
      report.problems.length > 0
        ? 'some models could not be read, so they could not be gated; see the job summary'
        : 'a blocking evaluation gate failed; see the job summary',
    )
}

/**
 * Gathers the candidates and their baselines. On a change (a pull request, a push's `before`, a
 * merge group's base) the base revision's config selects the models; a model unchanged against
 * its baseline is judged by its thresholds only, so a push that did not touch it stays green.
 */
async function gateModels(context: ActionContext, opened: Checkout): Promise<GateReport> {
  const base = defaultBase(context)
  const read = base ? filesAtCommit(context, opened.root, base) : undefined
  let checkout = opened
  if (base && read) {
    const judged = await judgedByBase(opened, { read, label: { ref: base } })
    if ('invalid' in judged) {
      logInfo(formatText(judged.invalid).trimEnd())
      throw new UsageError('the repository config is invalid at the base revision; fix it there first')
    }
    checkout = judged.checkout
  }
  const manifests = await selectModels(context, checkout)
  const head = await readModels(manifests, workingTreeFiles(checkout.root))
  const atBase = read ? await readModels(manifests, read) : undefined
  const live = await readLiveBaselines(context, checkout, [...head.models.values()])
  const named = context.input('path') !== ''
  const models: ModelGate[] = [...head.models.values()]
    .filter((model) => named || (model.manifest.evaluation?.gates?.length ?? 0) > 0)
    .map((candidate) => {
      const fromEnvironment = live.get(candidate.file)
      const baseline = fromEnvironment ? fromEnvironment.snapshot : atBase?.models.get(candidate.file)
      const unchanged = modelUnchanged(candidate, baseline)
      const shown = fromEnvironment
        ? fromEnvironment.shown
        : base === undefined
          ? 'none'
          : baseline
            ? base.slice(0, 12)
            : `${base.slice(0, 12)} (new model)`
      return {
        model: candidate.name,
        file: candidate.file,
        baseline: shown,
        ...(unchanged ? { unchanged } : {}),
        verdict: gateModel(candidate, baseline?.metrics, unchanged),
      }
    })
  const problems = [
    ...head.problems,
    ...(atBase?.problems ?? []),
    ...[...live.values()].flatMap((l) => l.problems),
  ]
  return { models, problems }
}

/**
 * With an environments checkout (the `environments` input, else the config's
 * `environmentsRepo.checkout`), a model whose `evaluation.baseline.environment` names an
 * environment is compared with the version live there: its manifest and metrics at the commit it
 * was rendered from. Not live there, or unreadable, means no baseline, with the reason.
 */
async function readLiveBaselines(
  context: ActionContext,
  checkout: Checkout,
  candidates: readonly ModelSnapshot[],
): Promise<Map<string, { snapshot?: ModelSnapshot; shown: string; problems: Problem[] }>> {
  const found = new Map<string, { snapshot?: ModelSnapshot; shown: string; problems: Problem[] }>()
  const environments = findEnvironmentsCheckout(
    context.workspace,
    checkout.root,
    checkout.config,
    context.input('environments') || undefined,
  )
  if (environments === undefined) return found
  for (const candidate of candidates) {
    const environment = candidate.manifest.evaluation?.baseline?.environment
    if (environment === undefined) continue
    const live = readLiveBaseline(environments, checkout.config, environment, candidate.name)
    if ('none' in live) {
      found.set(candidate.file, { shown: `none (${live.none})`, problems: [] })
      continue
    }
    const shown = `${environment} (${live.version} from ${live.commit.slice(0, 12)})`
    const atLive = await readModels([candidate.file], filesAtCommit(context, checkout.root, live.commit))
    const snapshot = atLive.models.get(candidate.file)
    found.set(candidate.file, {
      ...(snapshot ? { snapshot } : {}),
      shown: snapshot ? shown : `${shown} (the model could not be read there)`,
      problems: atLive.problems.map((problem) => ({
        ...problem,
        message: `at ${shown}: ${problem.message}`,
      })),
    })
  }
  return found
}

import type { GateReport, ModelGate } from '../../core/index.js'
import {
  formatGateJson,
  formatGateMarkdown,
  formatText,
  gateModel,
  gateReportPassed,
  modelUnchanged,
} from '../../core/index.js'
import type { Checkout } from '../../local/checkout.js'
import { judgedByBase, openCheckout } from '../../local/checkout.js'
import { readModels } from '../../local/read-models.js'
import { workingTreeFiles } from '../../local/revision-files.js'
import { UsageError } from '../../local/errors.js'
import type { ActionContext } from '../shared/action-context.js'
import { defaultBase } from '../shared/pull-request.js'
import { filesAtCommit } from '../shared/revision-files.js'
import { selectModels } from '../shared/select-models.js'

/**
 * The gate action: read the candidate models (changed ones on a pull request) and the same
 * models at the base revision, judge them in core, then write the summary and outputs; a failed
 * blocking gate, or a model that cannot be read, fails the step.
 */
export async function gateAction(context: ActionContext): Promise<void> {
  const { runner } = context
  const opened = openCheckout(context.workspace, context.input('config') || undefined)
  if ('invalid' in opened) {
    runner.info(formatText(opened.invalid).trimEnd())
    throw new UsageError('the repository config is invalid; run the validate action for details')
  }
  const report = await gateModels(context, opened.checkout)
  runner.appendSummary(formatGateMarkdown(report))
  const passed = gateReportPassed(report)
  runner.setOutput('passed', passed)
  runner.setOutput('result', formatGateJson(report).trim())
  for (const { file, verdict } of report.models)
    for (const result of verdict.results.filter((r) => !r.passed))
      runner[result.severity === 'blocking' ? 'error' : 'warning'](result.reasons.join('; '), {
        file,
        title: `gate ${result.metric}`,
      })
  if (!passed)
    runner.setFailed(
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
      process.stdout.write(formatText(judged.invalid))
      throw new UsageError('the repository config is invalid at the base revision; fix it there first')
    }
    checkout = judged.checkout
  }
  const manifests = await selectModels(context, checkout)
  const head = await readModels(manifests, workingTreeFiles(checkout.root))
  const atBase = read ? await readModels(manifests, read) : undefined
  const named = context.input('path') !== ''
  const models: ModelGate[] = [...head.models.values()]
    .filter((model) => named || (model.manifest.evaluation?.gates?.length ?? 0) > 0)
    .map((candidate) => {
      const baseline = atBase?.models.get(candidate.file)
      const unchanged = modelUnchanged(candidate, baseline)
      const shown =
        base === undefined ? 'none' : baseline ? base.slice(0, 12) : `${base.slice(0, 12)} (new model)`
      return {
        model: candidate.name,
        file: candidate.file,
        baseline: shown,
        ...(unchanged ? { unchanged } : {}),
        verdict: gateModel(candidate, baseline?.metrics, unchanged),
      }
    })
  return { models, problems: [...head.problems, ...(atBase?.problems ?? [])] }
}

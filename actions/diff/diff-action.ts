import * as core from '@actions/core'
import { resolve } from 'node:path'
import type { DiffReport } from '../../core/index.js'
import { checkDiffReport, diffReportPassed, formatText, renderDiffMarkdown } from '../../core/index.js'
import { buildDiffReport } from '../../local/build-diff-report.js'
import { openCheckout } from '../../local/checkout.js'
import { readLimited } from '../../local/files.js'
import { UsageError } from '../../local/errors.js'
import { workingTreeFiles } from '../../local/revision-files.js'
import type { ActionContext } from '../shared/action-context.js'
import { defaultBase, pullRequestOf } from '../shared/pull-request.js'
import { filesAtCommit } from '../shared/revision-files.js'
import { selectModels } from '../shared/select-models.js'
import { stickyMarker, upsertStickyComment } from '../shared/sticky-comment.js'
import { annotate, appendSummary, logInfo } from '../shared/step-log.js'
import { writeOutputFile } from '../shared/write-file.js'
import { pullRequestOfWorkflowRun } from './workflow-run.js'

/** The results file of a fork's job is untrusted: this is as much as the trusted job will read. */
const REPORT_FILE_LIMIT = 5 * 1024 * 1024
/** A job summary may hold 1 MiB; leave room for other steps' summaries. */
const SUMMARY_LIMIT = 512 * 1024

/**
 * The diff action. Either computes the report from the checkout (base vs head of the pull
 * request) or, in a trusted `workflow_run` job, reads the report a fork's `pull_request` job
 * produced (`report-file`, untrusted: size-limited, schema-checked, escaped when rendered). Then
 * writes the full report to the job summary and keeps ONE sticky comment on the pull request.
 */
export async function diffAction(context: ActionContext): Promise<void> {
  const reportFile = context.input('report-file')
  const report = reportFile ? readReportFile(context, reportFile) : await computeReport(context)

  const writeReport = context.input('write-report')
  if (writeReport)
    writeOutputFile(context.workspace, writeReport, `${JSON.stringify(report)}\n`, 'write-report', [
      context.workspace,
      context.env.RUNNER_TEMP,
    ])
  await appendSummary(renderDiffMarkdown(report, { maxLength: SUMMARY_LIMIT }))
  core.setOutput('passed', diffReportPassed(report))
  core.setOutput('models', report.models.length)

  if (!context.flag('comment')) return
  const pullNumber = reportFile ? await pullRequestOfWorkflowRun(context) : pullRequestFor(context)
  if (pullNumber === undefined) return
  const marker = stickyMarker(
    'diff',
    context.input('key') || `${context.env.GITHUB_WORKFLOW}/${context.env.GITHUB_JOB}`,
  )
  const body = renderDiffMarkdown(report, { marker, detailsUrl: context.runUrl })
  const author = context.input('comment-author')
  const comment = await upsertStickyComment(context, {
    issueNumber: pullNumber,
    marker,
    body,
    ...(author ? { author } : {}),
  })
  logInfo(`comment ${comment.action}: ${comment.url}`)
  core.setOutput('comment-id', comment.id)
  core.setOutput('comment-url', comment.url)
}

async function computeReport(context: ActionContext): Promise<DiffReport> {
  const opened = openCheckout(context.workspace, context.input('config') || undefined)
  if ('invalid' in opened) {
    logInfo(formatText(opened.invalid).trimEnd())
    throw new UsageError('the repository config is invalid; run the validate action for details')
  }
  const { checkout } = opened
  const base = defaultBase(context)
  if (base === undefined)
    throw new UsageError('nothing to compare with: run on pull_request or push, or set the base input')
  const manifests = await selectModels(context, checkout)
  const head = context.env.GITHUB_SHA
  return buildDiffReport(
    manifests,
    { label: { ref: base.slice(0, 12), sha: base }, read: filesAtCommit(context, checkout.root, base) },
    { label: { ref: 'head', ...(head ? { sha: head } : {}) }, read: workingTreeFiles(checkout.root) },
  )
}

/** Reads a results file made by an untrusted job: bounded, parsed as data, checked against the schema. */
function readReportFile(context: ActionContext, file: string): DiffReport {
  let text: string
  try {
    text = Buffer.from(readLimited(resolve(context.workspace, file), REPORT_FILE_LIMIT)).toString('utf8')
  } catch (error) {
    const code = (error as { code?: string }).code
    throw new UsageError(
      code === 'ENOENT'
        ? `report-file: ${file}: no such file (did the artifact download to this path?)`
        : `report-file: ${file} cannot be read (${code ?? 'error'}); it must be a regular file, not a link`,
    )
  }
  const checked = checkDiffReport(text, file, REPORT_FILE_LIMIT)
  if (!checked.report) {
    for (const problem of checked.problems)
      annotate('error', `${problem.message}${problem.hint ? `; ${problem.hint}` : ''}`, {
        file: problem.file,
      })
    throw new UsageError(`report-file: ${file} is not a modelgate diff report; nothing was posted`)
  }
  return checked.report
}

/**
 * The pull request to comment on in a `pull_request` run. A fork's run has a read-only token, so
 * it cannot comment: it says how to hand the report to a trusted `workflow_run` job instead.
 */
function pullRequestFor(context: ActionContext): number | undefined {
  const pull = pullRequestOf(context)
  if (!pull) {
    logInfo('not a pull request: the report is in the job summary only')
    return undefined
  }
  if (pull.fromFork && context.eventName === 'pull_request') {
    annotate(
      'notice',
      'pull requests from forks get a read-only token, so no comment was posted; upload the write-report file and post it from a workflow_run job (see examples/workflows/README.md)',
    )
    return undefined
  }
  return pull.number
}

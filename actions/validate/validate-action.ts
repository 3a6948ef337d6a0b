import * as core from '@actions/core'
import { lstatSync } from 'node:fs'
import { resolve } from 'node:path'
import type { ValidationResult } from '../../core/index.js'
import { formatMarkdown, formatSarif, githubAnnotations, summarizeValidation } from '../../core/index.js'
import type { Checkout } from '../../local/checkout.js'
import { judgedByBase, openCheckout } from '../../local/checkout.js'
import { workingTreeFiles } from '../../local/revision-files.js'
import { findManifests, folderOf } from '../../local/files.js'
import { validateFiles } from '../../local/validate-files.js'
import type { ActionContext } from '../shared/action-context.js'
import { defaultBase } from '../shared/pull-request.js'
import { filesAtCommit } from '../shared/revision-files.js'
import { selectModels } from '../shared/select-models.js'
import { annotateAll, appendSummary, failStep } from '../shared/step-log.js'
import { writeOutputFile } from '../shared/write-file.js'
import { version } from '../../cli/version.js'

/**
 * The validate action: gather the manifests (changed ones on a pull request) and their base
 * versions, validate them in core, then write annotations at file:line, the job summary, outputs
 * and (when asked) a SARIF file. Fails the step when any manifest has an error.
 */
export async function validateAction(context: ActionContext): Promise<void> {
  const opened = openCheckout(context.workspace, context.input('config') || undefined)
  const result: ValidationResult =
    'invalid' in opened ? opened.invalid : await validateModels(context, opened.checkout)

  annotateAll(githubAnnotations(result))
  await appendSummary(formatMarkdown(result))
  const sarifFile = context.input('sarif-file')
  if (sarifFile)
    writeOutputFile(
      context.workspace,
      sarifFile,
      formatSarif(result, { toolVersion: version }),
      'sarif-file',
      [context.workspace, context.env.RUNNER_TEMP],
    )

  const summary = summarizeValidation(result)
  core.setOutput('errors', summary.errors)
  core.setOutput('warnings', summary.warnings)
  core.setOutput('files', summary.files)
  if (summary.errors > 0)
    failStep(`${summary.invalidFiles} of ${summary.files} manifests invalid (${summary.errors} errors)`)
}

/**
 * On a change (a pull request's base, a push's `before`, the `base` input), the base revision's
 * config judges it: a pull request cannot switch off its own rules, and a change to them is
 * reported in the config file. Then the selected manifests are validated against their base.
 */
async function validateModels(context: ActionContext, opened: Checkout): Promise<ValidationResult> {
  const base = defaultBase(context)
  const read = base ? filesAtCommit(context, opened.root, base) : undefined
  let checkout = opened
  let changes: ValidationResult['files'] = []
  if (base && read) {
    const judged = await judgedByBase(opened, { read, label: { ref: base } })
    if ('invalid' in judged) return judged.invalid
    ;({ checkout, changes } = judged)
  }
  const manifests = await selectModels(context, checkout)
  // A model the pull request removed has nothing to validate; links are checked to stay inside.
  const present = manifests.filter((file) =>
    lstatSync(resolve(checkout.root, file), { throwIfNoEntry: false }),
  )
  const files =
    present.length > 0 ? findManifests(checkout.root, checkout.root, present, checkout.modelsRoot) : []
  const baseSources =
    read && files.length > 0
      ? await read(files.filter((file) => file.link === undefined).map((file) => file.relative))
      : new Map<string, Uint8Array>()
  const jobs = files.map((file) => {
    const baseSource = baseSources.get(file.relative)
    const folderName = folderOf(file)
    return {
      ...file,
      ...(folderName === undefined ? {} : { folderName }),
      ...(baseSource ? { baseSource } : {}),
    }
  })
  const validated = await validateFiles(jobs, {
    ruleSettings: checkout.config.validation?.rules ?? {},
    root: checkout.root,
    ...(read ? { read: { head: workingTreeFiles(checkout.root), base: read } } : {}),
  })
  return { files: [...changes, ...validated] }
}

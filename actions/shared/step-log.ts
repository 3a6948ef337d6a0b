import * as core from '@actions/core'
import type { AnnotationProperties } from '@actions/core'
import type { GithubAnnotation } from '../../core/index.js'
import { escapeLog, showControls } from '../../core/index.js'

/*
 * What an action writes to its step's log, through `@actions/core`. Core escapes what would end a
 * workflow command (`%`, CR, LF; `:` and `,` in properties) but inserts text as given otherwise, so
 * text from a repository or a results file passes one of our escapes first: `escapeLog` for a plain
 * line (it can never start a workflow command), `showControls` for a command's text (a terminal
 * colour code or a bidi control is shown, not written).
 */

/** A plain log line (or lines). */
export function logInfo(text: string): void {
  core.info(escapeLog(text))
}

/** A line shown only when step debug logging is on. */
export function logDebug(text: string): void {
  core.debug(showControls(text))
}

/** An error, warning or notice annotation, placed on a file's line when `properties` say where. */
export function annotate(
  severity: 'error' | 'warning' | 'notice',
  message: string,
  properties: AnnotationProperties = {},
): void {
  const shown = Object.fromEntries(
    Object.entries(properties).map(([key, value]) => [
      key,
      typeof value === 'string' ? showControls(value) : value,
    ]),
  ) as AnnotationProperties
  core[severity](showControls(message), shown)
}

/** Core's annotations of problems (validate's, the gate's), in order. */
export function annotateAll(annotations: readonly GithubAnnotation[]): void {
  for (const { severity, message, properties } of annotations) annotate(severity, message, properties)
}

/** Fails the step: an error annotation now, exit code 1 when the process ends. */
export function failStep(message: string): void {
  core.setFailed(showControls(message))
}

/**
 * Appends Markdown to the job summary. Without `GITHUB_STEP_SUMMARY` (a runner without job
 * summaries, e.g. an older GHES) the step says so and goes on, where core's `summary` would throw.
 */
export async function appendSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY)
    return core.info('(no GITHUB_STEP_SUMMARY: the job summary is not written)')
  await core.summary.addRaw(markdown).write()
}

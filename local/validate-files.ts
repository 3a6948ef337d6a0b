import type { ManifestReport, Problem, RuleSetting, ValidationResult } from '../core/index.js'
import {
  compareProblems,
  linkRefused,
  MAX_SOURCE_BYTES,
  metricsFileOf,
  validateManifest,
} from '../core/index.js'
import { realpathSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { firstLink, readLimited } from './files.js'
import type { ReadFiles } from './read-models.js'

/** One manifest to validate: where to read it, how to name it, and its bytes at the base revision. */
export interface ManifestJob {
  absolute: string
  relative: string
  /** Absent for a manifest at the repository root. */
  folderName?: string
  baseSource?: Uint8Array
  /** The symbolic link the manifest was found through: refused, never read. */
  link?: string
}

export interface ValidateFilesOptions {
  ruleSettings: Readonly<Record<string, RuleSetting>>
  /** The model repository's root in the working tree (to find links on the way to a metrics file). */
  root: string
  /**
   * Reads files at the head and at the base revision: given with base sources, a released
   * version's metrics files are read on both sides and compared.
   */
  read?: { head: ReadFiles; base: ReadFiles }
}

/**
 * Reads and validates manifests in the order given, then, for each released version that names a
 * metrics file (same version at the base), reads that file at both revisions (one batch each) and
 * validates the manifest again with them. A manifest or metrics file behind a symbolic link is
 * refused. (Splitting large sets across worker threads was measured: on two cores it gained
 * nothing, as each thread pays its own JIT warm-up while V8's compiler and GC threads already use
 * the second core.)
 */
export async function validateFiles(
  jobs: readonly ManifestJob[],
  options: ValidateFilesOptions,
): Promise<ValidationResult['files']> {
  const { ruleSettings, read } = options
  // Only what a second pass needs is kept past a file's validation (its bytes and the metrics files
  // to compare), so ten thousand parsed manifests are not held until the end.
  const checked = jobs.map((job): Checked => {
    if (job.link !== undefined) return { job, problems: linkedManifest(job).problems }
    const source = readLimited(job.absolute, MAX_SOURCE_BYTES)
    const report = validateManifest({ ...validateOptions(job, source), ruleSettings })
    const problems = [...report.problems, ...linkedMetrics(options.root, job, source, report)]
    const compare = read ? metricsToCompare(report) : undefined
    return compare ? { job, problems, again: { source, compare } } : { job, problems }
  })
  const released = checked.filter((entry) => entry.again !== undefined)
  if (read && released.length > 0) {
    const [head, base] = await Promise.all([
      read.head(released.map(({ again }) => again!.compare.head).filter(isString)),
      read.base(released.map(({ again }) => again!.compare.base).filter(isString)),
    ])
    for (const entry of released) {
      const { source } = entry.again!
      const report = validateManifest({
        ...validateOptions(entry.job, source),
        ruleSettings,
        metricsFiles: { head, base },
      })
      entry.problems = [...report.problems, ...linkedMetrics(options.root, entry.job, source, report)].sort(
        compareProblems,
      )
    }
  }
  return checked.map(({ job, problems }) => ({ file: job.relative, problems }))
}

/** A manifest once validated, with what a second pass with its metrics files would need. */
interface Checked {
  job: ManifestJob
  problems: Problem[]
  again?: { source: Uint8Array; compare: { head?: string; base?: string } }
}

function validateOptions({ relative, folderName, baseSource }: ManifestJob, source: Uint8Array) {
  return {
    file: relative,
    source,
    ...(folderName === undefined ? {} : { folderName }),
    ...(baseSource ? { baseSource } : {}),
  }
}

/**
 * The metrics files of a released version (valid at both revisions, same version, a metrics file
 * on either side), or `undefined` when there is nothing beyond the manifest to compare.
 */
function metricsToCompare(report: ManifestReport): { head?: string; base?: string } | undefined {
  const { manifest, baseManifest, file } = report
  if (!manifest || !baseManifest || manifest.metadata.version !== baseManifest.metadata.version)
    return undefined
  const head = metricsFileOf(file, manifest)
  const base = metricsFileOf(file, baseManifest)
  return head === undefined && base === undefined ? undefined : { head, base }
}

const isString = (value: string | undefined): value is string => value !== undefined

function linkedManifest(job: ManifestJob): ManifestReport {
  return { file: job.relative, problems: [linkRefused(job.relative, job.link!)] }
}

/** The manifest's metrics file, when it (or a folder on its way) is a symbolic link in the working tree. */
function linkedMetrics(
  root: string,
  job: ManifestJob,
  source: Uint8Array,
  report: ManifestReport,
): Problem[] {
  const metricsFile = report.manifest && metricsFileOf(job.relative, report.manifest)
  if (metricsFile === undefined) return []
  const link = firstLink(root, join(root, metricsFile))
  if (link === undefined) return []
  const shown = relative(realpathSync(root), link).split(sep).join('/')
  return [linkRefused(job.relative, shown, { source, path: ['metrics', 'file'] })]
}

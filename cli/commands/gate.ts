import { parseFormat } from '../argument-error.js'
import { realpathSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { GateReport, MetricReading, ModelGate, ModelSnapshot, Problem } from '../../core/index.js'
import {
  compareProblems,
  evaluateGates,
  formatGateJson,
  formatGateMarkdown,
  formatGateText,
  formatGithub,
  formatText,
  gateModel,
  gateReportPassed,
  locateGateProblems,
  MAX_SOURCE_BYTES,
  modelUnchanged,
  parseGatesFile,
  parseMetricsFile,
} from '../../core/index.js'
import type { Checkout, Revision } from '../../local/checkout.js'
import { commitRevision, openCheckout, selectManifests, workingTree } from '../../local/checkout.js'
import { readLimited } from '../../local/files.js'
import type { LiveBaseline } from '../../local/live-baseline.js'
import { findEnvironmentsCheckout, readLiveBaseline } from '../../local/live-baseline.js'
import type { ReadFiles } from '../../local/read-models.js'
import { readModels } from '../../local/read-models.js'
import type { CliIo } from '../io.js'
import { EXIT, UsageError } from '../io.js'

export const GATE_USAGE = `Usage: modelgate gate [PATH...] [--base <git-ref> | --baseline FILE] [--format text|json|github|markdown]
       modelgate gate --gates FILE --candidate FILE [--baseline FILE] [--format …]

Judges evaluation metrics against gates: thresholds, minimum improvements over the baseline,
and maximum regressions (non-inferiority). With no PATH, gates every model that declares gates.

Options:
  --manifest <path>    gate this model (same as giving PATH)
  --base <ref>         baseline: the same model's metrics at this git revision (default: the
                       version live in evaluation.baseline.environment, else the manifest's
                       evaluation.baseline.ref); with no PATH, models unchanged there are
                       listed, not judged (a named one is judged by its thresholds only)
  --baseline <file>    baseline: a metrics file (JSON or YAML; nested keys joined with ".")
  --environments <dir> a checkout of the environments repository: a model whose
                       evaluation.baseline.environment names an environment is compared with
                       the version live there (default: the config's environmentsRepo.checkout)
  --gates <file>       gates from a file ({ gates: [...], onMissing? }) instead of a manifest
  --candidate <file>   the candidate's metrics file (with --gates)
  --format <name>      text (default), json, github (workflow annotations at each failed
                       gate's line) or markdown (the job summary the gate action writes)
  --config <file>      repository config (default: .modelgate/config.yml when present)
  -h, --help           show this help

Exit codes: 0 every blocking gate passed, 1 a gate failed or a model's files could not be read,
2 usage error (unknown option, or a named file or revision that does not exist).
`

/** `modelgate gate`: gather candidate and baseline metrics, judge them in core, print the verdict. */
export async function gateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      manifest: { type: 'string' },
      base: { type: 'string' },
      baseline: { type: 'string' },
      gates: { type: 'string' },
      candidate: { type: 'string' },
      format: { type: 'string', default: 'text' },
      config: { type: 'string' },
      environments: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    io.stdout.write(GATE_USAGE)
    return EXIT.ok
  }
  const format: GateFormat = parseFormat(values.format, GATE_FORMATS)
  if (values.base !== undefined && values.baseline !== undefined)
    throw new UsageError('give either --base (a git revision) or --baseline (a metrics file), not both')
  const plainFiles = values.gates !== undefined || values.candidate !== undefined
  if (plainFiles && (values.gates === undefined || values.candidate === undefined))
    throw new UsageError('--gates and --candidate go together: the gates and the metrics they judge')
  if (plainFiles && (values.manifest !== undefined || positionals.length > 0 || values.base !== undefined))
    throw new UsageError('--gates/--candidate judge plain files; drop the manifest paths and --base')
  const baselineFile =
    values.baseline === undefined ? undefined : readMetrics(io, values.baseline, '--baseline')

  let report: GateReport
  /** The bytes each gate came from, for annotations at its line. */
  let readSources: ReadFiles
  if (plainFiles) {
    report = gatePlainFiles(io, values.gates!, values.candidate!, baselineFile)
    readSources = () =>
      Promise.resolve(new Map([[values.gates!, readUserFile(io, values.gates!, '--gates')]]))
  } else {
    const opened = openCheckout(io.cwd, values.config)
    if ('invalid' in opened) {
      io.stdout.write(formatText(opened.invalid))
      return EXIT.invalid
    }
    const paths = values.manifest === undefined ? positionals : [values.manifest, ...positionals]
    const { checkout } = opened
    const environments = findEnvironmentsCheckout(io.cwd, checkout.root, checkout.config, values.environments)
    const live =
      environments === undefined
        ? undefined
        : (environment: string, model: string) =>
            readLiveBaseline(environments, checkout.config, environment, model)
    report = await gateManifests(checkout, io.cwd, paths, values.base, baselineFile, live)
    readSources = workingTree(checkout).read
  }
  io.stdout.write(await formatReport(report, format, readSources))
  return gateReportPassed(report) ? EXIT.ok : EXIT.invalid
}

const GATE_FORMATS = ['text', 'json', 'github', 'markdown'] as const
type GateFormat = (typeof GATE_FORMATS)[number]

async function formatReport(report: GateReport, format: GateFormat, read: ReadFiles): Promise<string> {
  switch (format) {
    case 'json':
      return formatGateJson(report)
    case 'markdown':
      return formatGateMarkdown(report)
    case 'github': {
      const sources = await read(report.models.map((model) => model.file))
      const problems = [...report.problems, ...locateGateProblems(report, sources)].sort(compareProblems)
      return formatGithub({ files: [{ file: '', problems }] })
    }
    case 'text':
      return formatGateText(report)
  }
}

interface MetricsFromFile {
  shown: string
  metrics?: Record<string, MetricReading>
  problems: Problem[]
}

function readMetrics(io: CliIo, path: string, option: string): MetricsFromFile {
  const parsed = parseMetricsFile(path, readUserFile(io, path, option))
  return { shown: path, ...parsed }
}

/** A file the user named: any path (they chose it), size-limited; a missing one is a usage error. */
function readUserFile(io: CliIo, path: string, option: string): Uint8Array {
  const absolute = resolve(io.cwd, path)
  const stats = statSync(absolute, { throwIfNoEntry: false })
  if (!stats) throw new UsageError(`${option}: ${path}: no such file`)
  if (!stats.isFile()) throw new UsageError(`${option}: ${path}: not a file`)
  try {
    // The user named the file, so a link to it is followed (realpath), unlike files read from manifests.
    return readLimited(realpathSync(absolute), MAX_SOURCE_BYTES)
  } catch (error) {
    throw new UsageError(`${option}: ${path}: cannot be read (${(error as NodeJS.ErrnoException).code})`)
  }
}

function gatePlainFiles(
  io: CliIo,
  gatesPath: string,
  candidatePath: string,
  baseline: MetricsFromFile | undefined,
): GateReport {
  const { gatesFile, problems } = parseGatesFile(gatesPath, readUserFile(io, gatesPath, '--gates'))
  const candidate = readMetrics(io, candidatePath, '--candidate')
  const unreadable = [...problems, ...candidate.problems, ...(baseline?.problems ?? [])]
  if (!gatesFile || !candidate.metrics || (baseline && !baseline.metrics))
    return { models: [], problems: unreadable }
  const verdict = evaluateGates(gatesFile.gates, candidate.metrics, baseline?.metrics, gatesFile.onMissing)
  return { models: [{ file: gatesPath, baseline: baseline?.shown ?? 'none', verdict }], problems: [] }
}

async function gateManifests(
  checkout: Checkout,
  cwd: string,
  paths: readonly string[],
  baseRef: string | undefined,
  baselineFile: MetricsFromFile | undefined,
  live: LiveLookup | undefined,
): Promise<GateReport> {
  const named = paths.length > 0
  const head = await readModels(selectManifests(checkout, cwd, paths), workingTree(checkout).read)
  const candidates = [...head.models.values()].filter(
    (model) => named || (model.manifest.evaluation?.gates?.length ?? 0) > 0,
  )
  if (baselineFile && !baselineFile.metrics)
    return { models: [], problems: [...head.problems, ...baselineFile.problems].sort(compareProblems) }

  const problems = [...head.problems]
  const baselines = baselineFile
    ? undefined
    : await readBaselines(checkout, candidates, baseRef, live, (atBase) => {
        for (const problem of atBase) problems.push(problem)
      })
  const judged = candidates.map((candidate): ModelGate => {
    const found = baselines?.get(candidate.file)
    const baseline = baselineFile?.metrics ?? found?.metrics
    const unchanged = found?.unchanged === true
    return {
      model: candidate.name,
      file: candidate.file,
      baseline: baselineFile?.shown ?? found?.shown ?? 'none',
      ...(unchanged ? { unchanged } : {}),
      verdict: gateModel(candidate, baseline, unchanged),
    }
  })
  // Compared with a revision, a run without paths judges what changed, as a pull request's would.
  const skip = baseRef !== undefined && !named
  const models = skip ? judged.filter((model) => model.unchanged !== true) : judged
  const unchangedSkipped = skip
    ? judged.filter((model) => model.unchanged === true).map((model) => model.file)
    : []
  return {
    models,
    problems: problems.sort(compareProblems),
    ...(unchangedSkipped.length > 0 ? { unchangedSkipped } : {}),
  }
}

interface Baseline {
  metrics?: Record<string, MetricReading>
  /** The revision, and why it gave no metrics when it did not. */
  shown: string
  /** The model is the same there (manifest and metrics): its change checks are skipped. */
  unchanged: boolean
}

/** The version live in an environment, read from the environments checkout. */
type LiveLookup = (environment: string, model: string) => LiveBaseline

/** Where a candidate's baseline comes from: a revision of this repository, or why there is none. */
type BaselineSource = { ref: string; shown: string; blame?: string } | { none: string }

/**
 * `--base` when given; else the version live in `evaluation.baseline.environment` (the revision
 * it was rendered from); else `evaluation.baseline.ref`; else no baseline.
 */
function baselineSourceOf(
  checkout: Checkout,
  candidate: ModelSnapshot,
  baseRef: string | undefined,
  live: LiveLookup | undefined,
): BaselineSource | undefined {
  if (baseRef !== undefined) return { ref: baseRef, shown: baseRef }
  const { environment, ref } = candidate.manifest.evaluation?.baseline ?? {}
  if (environment !== undefined) {
    if (live === undefined)
      return {
        none: `evaluation.baseline.environment ${environment} needs the environments repository: pass --environments <checkout> or set environmentsRepo.checkout`,
      }
    const found = live(environment, candidate.name)
    if ('none' in found) return found
    const shown = `${environment} (${found.version} from ${found.commit.slice(0, 12)})`
    if (!hasCommit(checkout, found.commit))
      return {
        none: `${shown}: this clone lacks that commit; fetch the history (actions/checkout with fetch-depth: 0)`,
      }
    return { ref: found.commit, shown }
  }
  return ref === undefined ? undefined : { ref, shown: ref, blame: candidate.file }
}

function hasCommit(checkout: Checkout, sha: string): boolean {
  try {
    commitRevision(checkout, sha)
    return true
  } catch (error) {
    if (error instanceof UsageError) return false
    throw error
  }
}

/**
 * Each candidate's metrics at its baseline revision (see {@link baselineSourceOf}), read with one
 * batch per revision. Problems at a revision are reported with its name.
 */
async function readBaselines(
  checkout: Checkout,
  candidates: readonly ModelSnapshot[],
  baseRef: string | undefined,
  live: LiveLookup | undefined,
  report: (problems: Problem[]) => void,
): Promise<Map<string, Baseline>> {
  const baselines = new Map<string, Baseline>()
  const byRef = new Map<
    string,
    { source: { ref: string; shown: string; blame?: string }; models: ModelSnapshot[] }
  >()
  for (const candidate of candidates) {
    const source = baselineSourceOf(checkout, candidate, baseRef, live)
    if (source === undefined) continue
    if ('none' in source) {
      baselines.set(candidate.file, { shown: `none (${source.none})`, unchanged: false })
      continue
    }
    const group = byRef.get(source.ref) ?? { source, models: [] }
    group.models.push(candidate)
    byRef.set(source.ref, group)
  }
  for (const [ref, { source, models }] of byRef) {
    const revision = baseRevision(checkout, ref, source.blame)
    const atBase = await readModels(
      models.map((model) => model.file),
      revision.read,
    )
    report(
      atBase.problems.map((problem) => ({ ...problem, message: `at ${source.shown}: ${problem.message}` })),
    )
    for (const candidate of models) {
      const { file } = candidate
      const atRef = atBase.models.get(file)
      const metrics = atRef?.metrics
      const shown = metrics
        ? source.shown
        : `${source.shown} (${atBase.unreadable.has(file) ? 'the model could not be read there' : 'the model is not there'})`
      baselines.set(file, {
        ...(metrics ? { metrics } : {}),
        shown,
        unchanged: modelUnchanged(candidate, atRef),
      })
    }
  }
  return baselines
}

/** The base revision; one named in a manifest (`manifest`) is blamed on the manifest, not on --base. */
function baseRevision(checkout: Checkout, ref: string, manifest: string | undefined): Revision {
  try {
    return commitRevision(checkout, ref)
  } catch (error) {
    if (manifest === undefined || !(error instanceof UsageError)) throw error
    throw new UsageError(`${manifest}: evaluation.baseline.ref: ${error.message.replace(/^--base:? /, '')}`)
  }
}

import { parseFormat } from '../argument-error.js'
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { ModelManifest, Problem, RenderedFile } from '../../core/index.js'
import {
  escapeLogLine,
  formatProblemLines,
  listNames,
  locateRenderProblems,
  manifestPathOf,
  modelFolder,
  renderModel,
  resolveProfile,
  suggest,
} from '../../core/index.js'
import type { Checkout, Revision } from '../../local/checkout.js'
import { commitRevision, openCheckout, workingTree } from '../../local/checkout.js'
import { resolveCommit } from '../../local/git.js'
import { findEnvironmentsCheckout, readLiveModelAt } from '../../local/live-baseline.js'
import { readModelVersions } from '../../local/model-versions.js'
import { readModels } from '../../local/read-models.js'
import { gitPrefix } from '../../local/revision-files.js'
import type { CliIo } from '../io.js'
import { EXIT, UsageError } from '../io.js'

export const RENDER_USAGE = `Usage: modelgate render <model> --env <env> [--version V] [--out DIR] [--environments DIR] [--format text|json]

Renders what a promotion of the model into the environment would write: its KServe
InferenceService and, when the manifest has a monitoring section, its PrometheusRule. Each is
checked against the real CRD schema and KServe's admission rules first; nothing is printed or
written when any check fails. Prints the files as one YAML stream (each after a "# Source:" line).

Options:
  --env <name>          the environment (from .modelgate/config.yml)
  --version <v>         render this version of the model, as committed on the checked-out
                        branch (the default branch), instead of the working tree's manifest
  --out <dir>           write the files into this checkout of the environments repository
                        (<dir>/environments/<env>/<model>/), replacing that folder's files
  --environments <dir>  a checkout of the environments repository, to name the version the
                        render replaces (default: the config's environmentsRepo.checkout)
  --format <name>       text (default) or json ({ files: [{ path, content }], problems })
  --config <file>       repository config (default: .modelgate/config.yml)
  -h, --help            show this help

The files name the commit they come from: HEAD (commit the manifest first), or with --version
the newest commit that holds that version.
Exit codes: 0 rendered, 1 the model cannot be rendered (problems listed), 2 usage error.
`

/** `modelgate render`: read the manifest and the environment's profile, render in core, print or write. */
export async function renderCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      env: { type: 'string' },
      version: { type: 'string' },
      out: { type: 'string' },
      environments: { type: 'string' },
      format: { type: 'string', default: 'text' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    io.stdout.write(RENDER_USAGE)
    return EXIT.ok
  }
  const format = parseFormat(values.format, ['text', 'json'] as const)
  const [model, ...extra] = positionals
  if (model === undefined || extra.length > 0) throw new UsageError('render takes one model name')
  if (values.env === undefined) throw new UsageError('--env is required: the environment to render for')

  const opened = openCheckout(io.cwd, values.config)
  if ('invalid' in opened) {
    io.stdout.write(formatProblemLines(opened.invalid.files.flatMap((f) => f.problems)).join('\n') + '\n')
    return EXIT.invalid
  }
  const { checkout } = opened
  const profile = resolveProfile(checkout.config, values.env)
  if (profile === undefined) throw new UsageError(unknownEnvironment(checkout, values.env))
  const manifestPath = manifestPathOf(checkout.modelsRoot, model)
  const { revision, sourceCommit } =
    values.version === undefined
      ? { revision: workingTree(checkout), sourceCommit: undefined }
      : versionRevision(checkout, model, manifestPath, values.version)
  const read = await readModels([manifestPath], revision.read)
  const snapshot = read.models.get(manifestPath)
  if (snapshot === undefined) {
    if (read.problems.length > 0) return printProblems(io, format, read.problems)
    throw new UsageError(`no model "${model}": ${manifestPath} does not exist`)
  }

  const environments = findEnvironmentsCheckout(io.cwd, checkout.root, checkout.config, values.environments)
  const live =
    environments === undefined
      ? undefined
      : readLiveModelAt(environments, checkout.config, profile.environment, model)
  const previous =
    live?.ok && live.live.version !== snapshot.manifest.metadata.version ? live.live : undefined
  const previousManifest =
    previous === undefined ? undefined : await manifestAt(checkout, manifestPath, previous.sourceCommit)
  const result = renderModel({
    manifest: snapshot.manifest,
    manifestPath,
    profile,
    provenance: {
      sourceCommit: sourceCommit ?? headCommit(checkout, io, manifestPath),
      ...(previous === undefined ? {} : { previousVersion: previous.version }),
      ...(previousManifest === undefined ? {} : { previousManifest }),
    },
    ...(checkout.config.environmentsRepo?.path
      ? { environmentsRoot: checkout.config.environmentsRepo.path }
      : {}),
  })
  const problems = locateRenderProblems(result.problems, {
    manifest: {
      file: manifestPath,
      source: (await revision.read([manifestPath])).get(manifestPath)!,
    },
    ...(checkout.configFile
      ? { config: { file: checkout.configFile.shown, source: checkout.configFile.source } }
      : {}),
    rendered: `${modelFolder(profile.environment, model, checkout.config.environmentsRepo?.path)}/`,
  })
  if (result.files.length === 0) return printProblems(io, format, problems)

  if (values.out !== undefined) {
    const folder = modelFolder(profile.environment, model, checkout.config.environmentsRepo?.path)
    writeFolder(resolve(io.cwd, values.out), folder, result.files)
  }
  if (format === 'json') io.stdout.write(`${JSON.stringify({ files: result.files, problems }, null, 2)}\n`)
  else if (values.out !== undefined)
    io.stdout.write(result.files.map((file) => escapeLogLine(`wrote ${file.path}`)).join('\n') + '\n')
  else io.stdout.write(result.files.map((file) => `---\n# Source: ${file.path}\n${file.content}`).join(''))
  if (format === 'text' && problems.length > 0)
    io.stderr.write(formatProblemLines(problems).join('\n') + '\n')
  return EXIT.ok
}

function printProblems(io: CliIo, format: 'text' | 'json', problems: Problem[]): number {
  io.stdout.write(
    format === 'json'
      ? `${JSON.stringify({ files: [], problems }, null, 2)}\n`
      : `${[...formatProblemLines(problems), 'not rendered: fix the problems above'].join('\n')}\n`,
  )
  return EXIT.invalid
}

/** `did you mean "x"? (<noun>: a, b, …)`, or the list alone when nothing is close. */
function suggestion(word: string, known: string[], noun: string): string {
  const match = suggest(word, known)
  return match === undefined
    ? `${noun}: ${listNames(known)}`
    : `did you mean "${match}"? (${noun}: ${listNames(known)})`
}

function unknownEnvironment(checkout: Checkout, environment: string): string {
  const known = (checkout.config.environments ?? []).map((entry) => entry.name)
  return known.length === 0
    ? `--env: no environments in the config; add them to .modelgate/config.yml (environments:)`
    : `--env: "${environment}" is not an environment; ${suggestion(environment, known, 'environments')}`
}

/**
 * `--version`: the newest commit of the checked-out branch whose manifest holds that version
 * (the history `plan` reads versions from), as the revision to render and the commit the files
 * name as their source. An unknown version is a usage error listing the known ones, newest first.
 */
function versionRevision(
  checkout: Checkout,
  model: string,
  manifestPath: string,
  version: string,
): { revision: Revision; sourceCommit: string } {
  const { gitRoot, root } = checkout
  if (gitRoot === undefined)
    throw new UsageError('--version needs a git repository: versions are read from its history')
  const { versions, manifests } = readModelVersions(gitRoot, gitPrefix(gitRoot, root), manifestPath)
  const found = manifests.get(version)
  if (found !== undefined)
    return { revision: commitRevision(checkout, found.commit, '--version'), sourceCommit: found.commit }
  if (versions.length === 0)
    throw new UsageError(`no model "${model}" on this branch: ${manifestPath} was never committed`)
  const known = versions.map((entry) => entry.version)
  throw new UsageError(
    `--version: ${model} has no version "${version}" on this branch; ${suggestion(version, known, 'versions')}`,
  )
}

/**
 * The model repository's HEAD: the commit the rendered files name as their source. A manifest
 * with uncommitted changes is rendered (to try a change locally) with a warning, since HEAD does
 * not hold what was rendered.
 */
function headCommit(checkout: Checkout, io: CliIo, manifestPath: string): string {
  if (checkout.gitRoot === undefined)
    throw new UsageError('render needs a git repository: the rendered files name the commit they come from')
  const sha = resolveCommit(checkout.gitRoot, 'HEAD')
  const folder = manifestPath.slice(0, manifestPath.lastIndexOf('/'))
  const status = spawnSync('git', ['status', '--porcelain', '--', folder], {
    cwd: checkout.root,
    encoding: 'utf8',
  })
  if (status.stdout.trim() !== '')
    io.stderr.write(
      escapeLogLine(
        `modelgate: warning: ${folder} has uncommitted changes; the files name HEAD (${sha.slice(0, 12)}) as their source, which does not hold them`,
      ) + '\n',
    )
  return sha
}

/** Replaces the model folder's files with `files`: a folder Argo CD loads must hold nothing else. */
function writeFolder(root: string, folder: string, files: readonly RenderedFile[]): void {
  const target = join(root, folder)
  mkdirSync(target, { recursive: true })
  const kept = new Set(files.map((file) => file.path.slice(folder.length + 1)))
  for (const entry of readdirSync(target))
    if (!kept.has(entry)) rmSync(join(target, entry), { recursive: true })
  for (const file of files) writeFileSync(join(root, file.path), file.content)
}

/**
 * The manifest of the version live now, read at the commit it was rendered from: the stable side
 * of a Standard-mode canary. A commit this clone lacks gives none, and the renderer rolls the new
 * version out whole with a warning rather than guess.
 */
async function manifestAt(
  checkout: Checkout,
  manifestPath: string,
  commit: string,
): Promise<ModelManifest | undefined> {
  try {
    const read = await readModels([manifestPath], commitRevision(checkout, commit).read)
    return read.models.get(manifestPath)?.manifest
  } catch (error) {
    if (error instanceof UsageError) return undefined
    throw error
  }
}

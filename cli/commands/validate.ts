import { realpathSync } from 'node:fs'
import { relative, sep } from 'node:path'
import { parseArgs } from 'node:util'
import type { ValidationResult } from '../../core/index.js'
import {
  DEFAULT_MODELS_ROOT,
  formatGithub,
  formatJson,
  formatSarif,
  formatText,
  summarizeValidation,
} from '../../core/index.js'
import type { RepoFile } from '../../local/files.js'
import { findManifests, findRepoRoot, folderOf } from '../../local/files.js'
import { readRepoConfig } from '../../local/read-config.js'
import { validateFiles } from '../../local/validate-files.js'
import { findGitRoot, readFilesAtCommit, resolveCommit } from '../../local/git.js'
import type { CliIo } from '../io.js'
import { EXIT, UsageError } from '../io.js'
import { version } from '../version.js'

export const VALIDATE_USAGE = `Usage: modelgate validate [PATH...] [--base <git-ref>] [--format text|json|github|sarif] [--config FILE]

Validates model manifests against the schema and modelgate's rules.
With no PATH, checks every models/<name>/model.yaml in the repository.

Options:
  --base <ref>      also compare with the manifests at this git revision
                    (versions must increase, released versions are immutable)
  --format <name>   text (default), json, github (workflow annotations) or sarif (code scanning)
  --config <file>   repository config (default: .modelgate/config.yml when present)
  -h, --help        show this help

Exit codes: 0 valid, 1 invalid, 2 usage error.
`

const FORMATS = ['text', 'json', 'github', 'sarif'] as const
type Format = (typeof FORMATS)[number]

/** `modelgate validate`: gather files (and their base versions), validate in core, print one report. */
export function validateCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      base: { type: 'string' },
      format: { type: 'string', default: 'text' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    io.stdout.write(VALIDATE_USAGE)
    return EXIT.ok
  }
  const format = parseFormat(values.format)
  const gitRoot = findGitRoot(io.cwd)
  const root = findRepoRoot(io.cwd, gitRoot)

  const read = readRepoConfig(root, io.cwd, values.config)
  if ('invalid' in read) return report(read.invalid, format, io)
  const { config } = read

  const files = findManifests(root, io.cwd, positionals, config.models?.root ?? DEFAULT_MODELS_ROOT)
  if (files.length === 0)
    throw new UsageError(`no model.yaml files found in ${positionals.join(', ') || root}`)

  const baseSources = values.base === undefined ? undefined : readBaseSources(gitRoot, values.base, files)

  const jobs = files.map((file) => {
    const baseSource = baseSources?.get(file.absolute)
    return { ...file, folderName: folderOf(file), ...(baseSource ? { baseSource } : {}) }
  })
  const result: ValidationResult = { files: validateFiles(jobs, config.validation?.rules ?? {}) }
  return report(result, format, io)
}

/** Each manifest's bytes at the base revision, by absolute path (one git process for all of them). */
function readBaseSources(
  gitRoot: string | undefined,
  base: string,
  files: RepoFile[],
): Map<string, Uint8Array> {
  if (!gitRoot) throw new UsageError('--base needs a git repository, and this folder is not in one')
  const realGitRoot = realpathSync(gitRoot)
  const inGit = (file: RepoFile) => relative(realGitRoot, file.absolute).split(sep).join('/')
  const atBase = readFilesAtCommit(gitRoot, resolveCommit(gitRoot, base), files.map(inGit))
  const sources = new Map<string, Uint8Array>()
  for (const file of files) {
    const source = atBase.get(inGit(file))
    if (source) sources.set(file.absolute, source)
  }
  return sources
}

function report(result: ValidationResult, format: Format, io: CliIo): number {
  const render = {
    text: formatText,
    json: formatJson,
    github: formatGithub,
    sarif: (r: ValidationResult) => formatSarif(r, { toolVersion: version }),
  }
  io.stdout.write(render[format](result))
  return summarizeValidation(result).errors > 0 ? EXIT.invalid : EXIT.ok
}

function parseFormat(value: string | undefined): Format {
  if (FORMATS.includes(value as Format)) return value as Format
  throw new UsageError(`--format: "${String(value)}" is not a format; use ${FORMATS.join(', ')}`)
}

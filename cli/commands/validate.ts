import { parseFormat } from '../argument-error.js'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { ValidationResult } from '../../core/index.js'
import { formatGithub, formatJson, formatSarif, formatText, summarizeValidation } from '../../core/index.js'
import { commitRevision, judgedByBase, openCheckout, workingTree } from '../../local/checkout.js'
import { CONFIG_NAMES, findManifests, folderOf } from '../../local/files.js'
import { validateFiles } from '../../local/validate-files.js'
import type { CliIo } from '../io.js'
import { EXIT, UsageError } from '../io.js'
import { version } from '../version.js'

export const VALIDATE_USAGE = `Usage: modelgate validate [PATH...] [--base <git-ref>] [--format text|json|github|sarif] [--config FILE]

Validates model manifests against the schema and modelgate's rules.
With no PATH, checks every models/<name>/model.yaml in the repository. A PATH may be the
repository config (.modelgate/config.yml), as pre-commit passes it when it changed: the config
is checked, and every manifest is judged by it.

Options:
  --base <ref>      also compare with the manifests at this git revision
                    (versions must increase, released versions are immutable), and
                    judge with the config at that revision (a change to it is reported)
  --format <name>   text (default), json, github (workflow annotations) or sarif (code scanning)
  --config <file>   repository config (default: .modelgate/config.yml when present)
  -h, --help        show this help

Exit codes: 0 valid, 1 invalid, 2 usage error.
`

const FORMATS = ['text', 'json', 'github', 'sarif'] as const
type Format = (typeof FORMATS)[number]

/**
 * `modelgate validate`: gather files (and, with `--base`, their base versions and the base's
 * config, which the change is judged by), validate in core, print one report.
 */
export async function validateCommand(args: string[], io: CliIo): Promise<number> {
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
  const format = parseFormat(values.format, FORMATS)
  const opened = openCheckout(io.cwd, values.config)
  if ('invalid' in opened) return report(opened.invalid, format, io)
  let { checkout } = opened

  const base = values.base === undefined ? undefined : commitRevision(checkout, values.base)
  let changes: ValidationResult['files'] = []
  if (base) {
    const judged = await judgedByBase(checkout, base)
    if ('invalid' in judged) return report(judged.invalid, format, io)
    ;({ checkout, changes } = judged)
  }

  const paths = positionals.filter((path) => !isRepoConfig(checkout.root, io.cwd, path))
  // Only the config changed: it judges every manifest (a repository may have none yet).
  const configOnly = paths.length === 0 && positionals.length > 0
  if (configOnly && !existsSync(join(checkout.root, checkout.modelsRoot)))
    return report({ files: [] }, format, io)
  const files = findManifests(checkout.root, io.cwd, paths, checkout.modelsRoot)
  if (files.length === 0)
    throw new UsageError(`no model.yaml files found in ${positionals.join(', ') || checkout.root}`)
  const baseSources = base
    ? await base.read(files.filter((file) => file.link === undefined).map((file) => file.relative))
    : undefined
  const jobs = files.map((file) => {
    const baseSource = baseSources?.get(file.relative)
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
    ...(base ? { read: { head: workingTree(checkout).read, base: base.read } } : {}),
  })
  return report({ files: [...changes, ...validated] }, format, io)
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

/** Whether `path` names the repository config, `.modelgate/config.yml` (or `.yaml`) at the root. */
function isRepoConfig(root: string, cwd: string, path: string): boolean {
  return CONFIG_NAMES.some((name) => resolve(cwd, path) === join(root, name))
}

import { parseFormat } from '../argument-error.js'
import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { formatDiffText, formatText, renderDiffMarkdown } from '../../core/index.js'
import { buildDiffReport } from '../../local/build-diff-report.js'
import type { Revision } from '../../local/checkout.js'
import {
  commitRevision,
  folderRevision,
  openCheckout,
  selectManifests,
  workingTree,
} from '../../local/checkout.js'
import type { CliIo } from '../io.js'
import { EXIT, UsageError } from '../io.js'

export const DIFF_USAGE = `Usage: modelgate diff (--base <git-ref> | --base-dir DIR) [PATH...] [--format markdown|text|json]

Compares the models in the working tree with a base revision: version, artifact, risk tier,
owners, gates and datasets that changed, every metric (base, head, delta, better or worse) and
the gate verdicts. The Markdown is exactly what the pull request comment holds.

Options:
  --base <ref>        compare with this git revision (e.g. origin/main)
  --base-dir <dir>    compare with another checkout of the repository in DIR
  --format <name>     markdown (default), text (a terminal table like dvc metrics diff) or
                      json (the results file the diff action renders)
  --precision <n>     text: digits after the decimal point (default 5)
  --all               text: list unchanged metrics too
  --config <file>     repository config (default: .modelgate/config.yml when present)
  -h, --help          show this help

Exit codes: 0 report printed (whatever it says), 1 invalid config, 2 usage error.
`

/** `modelgate diff`: read models at both revisions, compare them in core, print the report. */
export async function diffCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      base: { type: 'string' },
      'base-dir': { type: 'string' },
      format: { type: 'string', default: 'markdown' },
      precision: { type: 'string' },
      all: { type: 'boolean' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    io.stdout.write(DIFF_USAGE)
    return EXIT.ok
  }
  const format = parseFormat(values.format, ['markdown', 'text', 'json'] as const)
  const precision = values.precision === undefined ? undefined : Number(values.precision)
  if (precision !== undefined && !(Number.isInteger(precision) && precision >= 0 && precision <= 15))
    throw new UsageError(`--precision: "${values.precision}" is not a number of digits; use 0 to 15`)
  if (format !== 'text' && (precision !== undefined || values.all === true))
    throw new UsageError('--precision and --all shape the text table: add --format text')
  if (values.base === undefined && values['base-dir'] === undefined)
    throw new UsageError('give the base to compare with: --base <git-ref> or --base-dir <folder>')
  if (values.base !== undefined && values['base-dir'] !== undefined)
    throw new UsageError('give either --base (a git revision) or --base-dir (a folder), not both')

  const opened = openCheckout(io.cwd, values.config)
  if ('invalid' in opened) {
    io.stdout.write(formatText(opened.invalid))
    return EXIT.invalid
  }
  const { checkout } = opened
  const base: Revision =
    values.base !== undefined
      ? commitRevision(checkout, values.base)
      : folderRevision(checkout, baseFolder(io, values['base-dir']!), values['base-dir']!)
  const head = workingTree(checkout)

  // Everything on either side, or (with paths) the named manifests at both revisions.
  const manifests =
    positionals.length > 0
      ? selectManifests(checkout, io.cwd, positionals)
      : [...head.manifests(), ...base.manifests()]
  const report = await buildDiffReport(manifests, base, head)
  io.stdout.write(
    format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : format === 'text'
        ? formatDiffText(report, {
            ...(precision === undefined ? {} : { precision }),
            all: values.all === true,
          })
        : renderDiffMarkdown(report),
  )
  return EXIT.ok
}

function baseFolder(io: CliIo, folder: string): string {
  const path = resolve(io.cwd, folder)
  const stats = statSync(path, { throwIfNoEntry: false })
  if (!stats) throw new UsageError(`--base-dir: ${folder}: no such folder`)
  if (!stats.isDirectory()) throw new UsageError(`--base-dir: ${folder}: not a folder`)
  return path
}

import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Problem, RenderedFile } from '../../core/index.js'
import { escapeLogLine, formatProblemLines, locateRenderProblems } from '../../core/index.js'
import { scaffoldEnvironmentsRepo } from '../../core/environments/scaffold-environments-repo.js'
import { scaffoldModelRepo } from '../../core/init/scaffold-model-repo.js'
import { openCheckout } from '../../local/checkout.js'
import { readExampleWorkflows } from '../../local/example-workflows.js'
import { writeNewFiles } from '../../local/write-new-files.js'
import type { CliIo } from '../io.js'
import { EXIT, UsageError } from '../io.js'

export const INIT_USAGE = `Usage: modelgate init environments [DIR] [--config FILE] [--force]
       modelgate init model-repo [DIR] [--force]

Scaffolds a repository in DIR (default: the current folder).

  environments   the environments repository Argo CD deploys from, made from the model
                 repository's config: argocd/applicationset.yaml, argocd/projects/<env>.yaml,
                 .github/CODEOWNERS, .modelgate/config.yml (the approval policy of promotion
                 pull requests), README.md and environments/<env>/. Each Argo CD object is
                 checked against its CRD first.
  model-repo     a model repository: .modelgate/config.yml, models/example/model.yaml,
                 .github/CODEOWNERS and the modelgate workflows in .github/workflows/.

Options:
  --config <file>  the model repository's config (environments; default: .modelgate/config.yml
                   of the repository around the current folder)
  --force          overwrite files that already exist (without it, nothing is written when one does)
  -h, --help       show this help

Exit codes: 0 written, 1 files exist or the config cannot make a repository (problems listed),
2 usage error.
`

/** `modelgate init`: scaffold in core, then write the files (never over existing ones without --force). */
export function initCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      config: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    io.stdout.write(INIT_USAGE)
    return EXIT.ok
  }
  const [kind, dir = '.', ...extra] = positionals
  if (extra.length > 0) throw new UsageError(`init takes one folder; got ${[dir, ...extra].join(' ')}`)
  if (kind === 'environments') return initEnvironments(io, resolve(io.cwd, dir), values)
  if (kind === 'model-repo') {
    if (values.config !== undefined) throw new UsageError('--config is for init environments')
    const scaffold = scaffoldModelRepo(readExampleWorkflows())
    if (scaffold.files.length === 0) return printProblems(io, scaffold.problems)
    return write(io, resolve(io.cwd, dir), scaffold.files, values.force, [
      'next: replace every "your-org" with your organization, then run "modelgate validate"',
    ])
  }
  throw new UsageError(
    kind === undefined
      ? 'init needs what to scaffold: environments or model-repo'
      : `init: "${kind}" is not something to scaffold; use environments or model-repo`,
  )
}

function initEnvironments(io: CliIo, target: string, options: { config?: string; force: boolean }): number {
  const opened = openCheckout(io.cwd, options.config)
  if ('invalid' in opened)
    return printProblems(
      io,
      opened.invalid.files.flatMap((file) => file.problems),
    )
  const { config, configFile } = opened.checkout
  if (configFile === undefined)
    throw new UsageError(
      "no .modelgate/config.yml here; pass the model repository's config: --config <model repo>/.modelgate/config.yml",
    )
  const scaffold = scaffoldEnvironmentsRepo(config)
  const located = { file: configFile.shown, source: configFile.source }
  // Scaffold problems come from the config (or are defects in what was rendered), never from a manifest.
  const problems = locateRenderProblems(scaffold.problems, {
    manifest: located,
    config: located,
    rendered: '<environments repository>',
  })
  if (scaffold.files.length === 0) return printProblems(io, problems)
  return write(io, target, scaffold.files, options.force, [
    'next: commit and push, then bootstrap Argo CD once: kubectl apply -n argocd -f argocd/projects/ -f argocd/applicationset.yaml',
  ])
}

function write(io: CliIo, target: string, files: RenderedFile[], force: boolean, next: string[]): number {
  const { written, existing, links } = writeNewFiles(target, files, force)
  if (written.length === 0) {
    io.stderr.write(
      [
        ...links.map((path) =>
          escapeLogLine(`modelgate: ${path} is a symbolic link; replace it with a plain file`),
        ),
        ...(force ? [] : existing.map((path) => escapeLogLine(`modelgate: ${path} already exists`))),
        links.length > 0
          ? 'modelgate: nothing written: modelgate never writes through a symbolic link'
          : 'modelgate: nothing written; run again with --force to overwrite these files',
      ].join('\n') + '\n',
    )
    return EXIT.invalid
  }
  io.stdout.write(
    [
      ...written.map((path) => escapeLogLine(`${existing.includes(path) ? 'overwrote' : 'wrote'} ${path}`)),
      ...next,
    ].join('\n') + '\n',
  )
  return EXIT.ok
}

function printProblems(io: CliIo, problems: Problem[]): number {
  io.stdout.write(
    `${[...formatProblemLines(problems), 'nothing written: fix the problems above'].join('\n')}\n`,
  )
  return EXIT.invalid
}

import { basename, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { configSchema, manifestSchema, renderReferencePages } from '../../core/index.js'
import type { CliIo } from '../io.js'
import { EXIT, UsageError } from '../io.js'
import { writeFiles } from '../../local/write-files.js'

export const SCHEMA_USAGE = `Usage: modelgate schema [manifest|config] [--out DIR] [--docs DIR]

Prints a JSON Schema (default: the model manifest), for editors and other validators:
  # yaml-language-server: $schema=<path to model-manifest.schema.json>

Options:
  --out DIR    write both schemas into DIR instead of printing one
  --docs DIR   write the Markdown reference pages (manifest.md, config.md) into DIR
  -h, --help   show this help
`

const SCHEMAS = {
  manifest: { file: 'model-manifest.schema.json', schema: manifestSchema },
  config: { file: 'modelgate-config.schema.json', schema: configSchema },
}

/** `modelgate schema`: prints or writes the schemas and the reference pages generated from them. */
export function schemaCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: 'string' }, docs: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  })
  if (values.help) {
    io.stdout.write(SCHEMA_USAGE)
    return EXIT.ok
  }
  const name = positionals[0] ?? 'manifest'
  if (positionals.length > 1 || !(name in SCHEMAS)) {
    throw new UsageError(`schema: "${positionals.join(' ')}" is not a schema; use manifest or config`)
  }
  if (values.docs !== undefined) {
    const pages = Object.entries(renderReferencePages()).map(([page, content]) => ({
      path: basename(page),
      content,
    }))
    writeFiles(resolve(io.cwd, values.docs), pages)
  }
  if (values.out !== undefined) {
    const schemas = Object.values(SCHEMAS).map(({ file, schema }) => ({
      path: file,
      content: `${JSON.stringify(schema, null, 2)}\n`,
    }))
    writeFiles(resolve(io.cwd, values.out), schemas)
  }
  if (values.docs === undefined && values.out === undefined) {
    io.stdout.write(`${JSON.stringify(SCHEMAS[name as keyof typeof SCHEMAS].schema, null, 2)}\n`)
  }
  return EXIT.ok
}

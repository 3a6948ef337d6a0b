import { stringify } from 'yaml'
import type { Rule } from '../manifest/rules.js'
import type { SchemaNode } from '../schemas.js'
import { toText } from '../text.js'

export interface SchemaDocsOptions {
  /** Page heading. */
  title: string
  /** Where the schema lives in the repository, named in the page's header. */
  schemaPath: string
  /** Resolves a `$ref` to the schema it names. */
  resolve: (ref: string) => SchemaNode
  /** Semantic rules to list after the fields. */
  rules?: readonly Rule[]
}

/**
 * Renders a JSON Schema as a Markdown reference: one table row per key path with its type,
 * whether it is required, what it means and an example. The output is deterministic, so a test
 * can fail when the committed page is stale.
 */
export function renderSchemaDocs(schema: SchemaNode, options: SchemaDocsOptions): string {
  const rows: string[] = []
  walk(schema, '', true, options.resolve, rows, 0)
  const out = [
    `# ${options.title}`,
    '',
    `<!-- Generated from ${options.schemaPath} by \`npm run docs\`. Do not edit by hand. -->`,
    '',
    schema.description ?? '',
    '',
    ...(schema.examples?.[0]
      ? ['A minimal example:', '', '```yaml', stringify(schema.examples[0]).trimEnd(), '```', '']
      : []),
    '| Key | Type | Required | Description |',
    '| --- | --- | --- | --- |',
    ...rows,
  ]
  if (options.rules) {
    out.push(
      '',
      '## Rules',
      '',
      'Checked after the schema passes. Change a severity in `.modelgate/config.yml` under `validation.rules` (`error`, `warning` or `off`).',
      '',
      '| Rule | Default | Checks that |',
      '| --- | --- | --- |',
      ...options.rules.map((rule) => `| \`${rule.id}\` | ${rule.severity} | ${rule.summary} |`),
      '',
      "With a base revision (`validate --base <ref>`, or the validate action on a pull request, push or merge group), the change is judged by the base revision's `.modelgate/config.yml`, so it cannot switch off its own rules; a change to these settings is itself reported (`config-changed`, a warning at the setting). Whatever the config says, a manifest, model folder or metrics file reached through a symbolic link is refused (`no-symlinks`, an error): the approval digest cannot follow a link to the file it names, so commit the file itself.",
    )
  }
  return `${out.join('\n')}\n`
}

function walk(
  node: SchemaNode,
  path: string,
  required: boolean,
  resolve: SchemaDocsOptions['resolve'],
  rows: string[],
  depth: number,
): void {
  const schema = node.$ref ? { ...resolve(node.$ref), ...withoutRef(node) } : node
  if (path !== '')
    rows.push(`| \`${path}\` | ${typeOf(schema, resolve)} | ${required ? 'yes' : ''} | ${describe(schema)} |`)
  if (depth > 8) return
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    walk(
      child,
      path === '' ? key : `${path}.${key}`,
      (schema.required ?? []).includes(key),
      resolve,
      rows,
      depth + 1,
    )
  }
  const items = schema.items?.$ref ? resolve(schema.items.$ref) : schema.items
  if (items?.properties) {
    for (const [key, child] of Object.entries(items.properties)) {
      walk(child, `${path}[].${key}`, (items.required ?? []).includes(key), resolve, rows, depth + 1)
    }
  }
}

function typeOf(schema: SchemaNode, resolve: SchemaDocsOptions['resolve']): string {
  if (schema.const !== undefined) return `\`${toText(schema.const)}\``
  if (schema.enum) return schema.enum.map((value) => `\`${toText(value)}\``).join(' \\| ')
  if (schema.anyOf) return schema.anyOf.map((option) => typeOf(option, resolve)).join(' or ')
  if (schema.type === 'array') {
    const items = schema.items?.$ref ? resolve(schema.items.$ref) : schema.items
    return `list of ${items ? typeOf(items, resolve) : 'values'}`
  }
  if (schema.type === 'object') return 'map'
  if (schema.type === 'string' && schema.format) return `string (${schema.format})`
  return typeof schema.type === 'string' ? schema.type : 'any'
}

function describe(schema: SchemaNode): string {
  const text =
    schema.description ??
    (schema.title ? `${schema.title.charAt(0).toUpperCase()}${schema.title.slice(1)}.` : '')
  const parts = [text]
  const limits = [
    schema.minimum !== undefined ? `≥ ${String(schema.minimum)}` : '',
    schema.exclusiveMinimum !== undefined ? `> ${String(schema.exclusiveMinimum)}` : '',
    schema.maximum !== undefined ? `≤ ${String(schema.maximum)}` : '',
    schema.maxLength !== undefined ? `at most ${String(schema.maxLength)} characters` : '',
  ].filter(Boolean)
  if (limits.length > 0) parts.push(`Allowed: ${limits.join(', ')}.`)
  if (schema.examples?.length) parts.push(`Example: \`${toText(schema.examples[0])}\`.`)
  return parts.filter(Boolean).join(' ').replace(/\|/g, '\\|').replace(/\n/g, ' ')
}

function withoutRef(node: SchemaNode): SchemaNode {
  const { $ref: _ref, ...rest } = node
  return rest
}

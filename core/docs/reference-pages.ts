import { RULES } from '../manifest/rules.js'
import type { SchemaNode } from '../schemas.js'
import { configSchema, manifestSchema } from '../schemas.js'
import { renderSchemaDocs } from './render-schema-docs.js'

/** Resolves the `$ref`s used by modelgate's own schemas (local `$defs` and the manifest's `$defs` from the config). */
function resolveRef(ref: string): SchemaNode {
  const name = /#\/\$defs\/(.+)$/.exec(ref)?.[1]
  const target = name ? (manifestSchema as SchemaNode).$defs?.[name] : undefined
  if (!target) throw new Error(`cannot resolve $ref ${ref}`) // a bug in our schemas, caught by tests
  return target
}

/** The reference pages generated from the schemas: `docs/manifest.md` and `docs/config.md`. */
export function renderReferencePages(): Record<'docs/manifest.md' | 'docs/config.md', string> {
  return {
    'docs/manifest.md': renderSchemaDocs(manifestSchema as SchemaNode, {
      title: 'Model manifest reference',
      schemaPath: 'schemas/model-manifest.schema.json',
      resolve: resolveRef,
      rules: RULES,
    }),
    'docs/config.md': renderSchemaDocs(configSchema as SchemaNode, {
      title: 'Repository config reference (`.modelgate/config.yml`)',
      schemaPath: 'schemas/modelgate-config.schema.json',
      resolve: resolveRef,
    }),
  }
}

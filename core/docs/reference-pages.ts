import { RULES } from '../manifest/rules.js'
import { configSchema, manifestSchema, resolveSchemaRef } from '../schemas.js'
import { renderSchemaDocs } from './render-schema-docs.js'

/** The reference pages generated from the schemas: `docs/manifest.md` and `docs/config.md`. */
export function renderReferencePages(): Record<'docs/manifest.md' | 'docs/config.md', string> {
  return {
    'docs/manifest.md': renderSchemaDocs(manifestSchema, {
      title: 'Model manifest reference',
      schemaPath: 'schemas/model-manifest.schema.json',
      resolve: resolveSchemaRef,
      rules: RULES,
    }),
    'docs/config.md': renderSchemaDocs(configSchema, {
      title: 'Repository config reference (`.modelgate/config.yml`)',
      schemaPath: 'schemas/modelgate-config.schema.json',
      resolve: resolveSchemaRef,
    }),
  }
}

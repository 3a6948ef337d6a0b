/**
 * modelgate's pure core: the one import adapters need. Everything here takes plain values and
 * returns plain values; nothing reads files, the environment or the network.
 */
export * from './problem.js'
export * from './manifest/manifest.js'
export { validateManifest } from './manifest/validate-manifest.js'
export type { ManifestReport, RuleSetting, ValidateManifestOptions } from './manifest/validate-manifest.js'
export { RULES } from './manifest/rules.js'
export type { Rule } from './manifest/rules.js'
export * from './config/config.js'
export { validateConfig } from './config/validate-config.js'
export type { ConfigReport } from './config/validate-config.js'
export { MAX_SOURCE_BYTES } from './yaml/decode-source.js'
export { manifestSchema, configSchema } from './schemas.js'
export type { SchemaNode } from './schemas.js'
export { renderSchemaDocs } from './docs/render-schema-docs.js'
export { renderReferencePages } from './docs/reference-pages.js'
export * from './report/validation-result.js'
export { formatText } from './report/format-text.js'
export { formatJson } from './report/format-json.js'
export { formatGithub } from './report/format-github.js'
export { formatSarif } from './report/format-sarif.js'
export { describeRule } from './report/rule-catalog.js'

// Compiles modelgate's JSON Schemas into one standalone validator module, committed as
// core/generated/validators.js: compiling the manifest schema at start-up costs ~100 ms, which
// every CLI run and every action step would pay; loading the compiled code costs ~15 ms.
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { readFileSync } from 'node:fs'
import { standaloneModule, writeValidatorModule } from './standalone-module.mjs'

/** Export name → schema file; every schema in schemas/ that code validates against. */
export const SCHEMAS = {
  manifest: 'model-manifest.schema.json',
  config: 'modelgate-config.schema.json',
  gatesFile: 'gates-file.schema.json',
  diffReport: 'diff-report.schema.json',
  policy: 'policy.schema.json',
  policyFacts: 'policy-facts.schema.json',
}

/** The generated module's source (deterministic: the same schemas give the same bytes). */
export function compileSchemas() {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, code: { source: true, esm: true } })
  addFormats.default(ajv, ['date'])
  for (const file of Object.values(SCHEMAS))
    ajv.addSchema(JSON.parse(readFileSync(`schemas/${file}`, 'utf8')), file)
  return standaloneModule(ajv, SCHEMAS, 'scripts/compile-schemas.mjs from schemas/*.json')
}

export function writeCompiledSchemas() {
  writeValidatorModule(
    'core/generated/validators',
    compileSchemas(),
    Object.keys(SCHEMAS),
    'scripts/compile-schemas.mjs',
  )
}

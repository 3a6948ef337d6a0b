import type { Finding, Problem, Severity } from '../problem.js'
import { compareProblems } from '../problem.js'
import { validators } from '../schemas.js'
import { checkYamlFile } from '../yaml/check-yaml-file.js'
import type { ModelManifest } from './manifest.js'
import type { RuleContext } from './rules.js'
import { RULES } from './rules.js'
import { schemaFindings } from './schema-findings.js'

/** A rule's severity as configured in `.modelgate/config.yml` (`validation.rules`). */
export type RuleSetting = Severity | 'off'

export interface ValidateManifestOptions {
  /** Repository-relative path, used in every problem. */
  file: string
  /** The file's bytes, exactly as read. */
  source: Uint8Array
  /** The folder the manifest is in; checked against `metadata.name`. */
  folderName?: string
  /** The same file at the base revision, to check version bumps and immutability; absent for a new model. */
  baseSource?: Uint8Array
  /** Severity overrides by rule id. */
  ruleSettings?: Readonly<Record<string, RuleSetting>>
  maxBytes?: number
}

export interface ManifestReport {
  file: string
  /** The manifest, when its structure is valid (semantic rules may still have found problems). */
  manifest?: ModelManifest
  /** Every problem, in the fixed reporting order. */
  problems: Problem[]
}

/**
 * Validates one manifest: YAML hygiene (size, encoding, one document, no duplicate keys, no alias
 * bombs), the JSON Schema, then the semantic rules, including those that compare with the base
 * revision. Never throws for bad input: every problem comes back located and explained.
 *
 * @example
 * validateManifest({ file: 'models/fraud/model.yaml', source, folderName: 'fraud' }).problems
 * // [{ file: 'models/fraud/model.yaml', line: 12, column: 11, path: 'artifact.digest',
 * //    rule: 'schema/pattern', message: 'artifact.digest: "latest" is not a valid sha256 digest', … }]
 */
export function validateManifest(options: ValidateManifestOptions): ManifestReport {
  const { file, source, folderName, baseSource, ruleSettings = {}, maxBytes } = options
  const problems: Problem[] = []
  const context: RuleContext = { ...(folderName !== undefined ? { folderName } : {}) }
  if (baseSource) {
    const base = validateManifest({ file, source: baseSource, ...(maxBytes ? { maxBytes } : {}) })
    if (base.manifest) context.base = base.manifest
    else problems.push(baseUnreadable(file))
  }

  let structureValid = false
  const checked = checkYamlFile(
    file,
    source,
    (value) => {
      const findings = checkStructure(value)
      structureValid = findings.length === 0
      return structureValid ? checkRules(value as ModelManifest, context, ruleSettings) : findings
    },
    maxBytes,
  )
  for (const problem of checked.problems) problems.push(problem)
  return {
    file,
    ...(structureValid ? { manifest: checked.value as ModelManifest } : {}),
    problems: problems.sort(compareProblems),
  }
}

function checkStructure(value: unknown): Finding[] {
  const validate = validators().manifest
  return validate(value) ? [] : schemaFindings(validate.errors ?? [], value)
}

function checkRules(
  manifest: ModelManifest,
  context: RuleContext,
  settings: Readonly<Record<string, RuleSetting>>,
): Finding[] {
  return RULES.flatMap((rule) => {
    const severity = settings[rule.id] ?? rule.severity
    if (severity === 'off') return []
    return rule.check(manifest, context).map((finding) => ({ ...finding, rule: rule.id, severity }))
  })
}

function baseUnreadable(file: string): Problem {
  return {
    file,
    line: 1,
    column: 1,
    path: '',
    rule: 'base-invalid',
    severity: 'warning',
    message:
      'this manifest is not valid at the base revision, so version and immutability checks were skipped',
  }
}

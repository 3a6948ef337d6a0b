import type { Finding, Problem, Severity } from '../problem.js'
import { compareProblems } from '../problem.js'
import { validators } from '../schemas.js'
import { checkYamlFile } from '../yaml/check-yaml-file.js'
import type { ModelManifest } from './manifest.js'
import { modelMetrics } from './model-metrics.js'
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
  /**
   * The metrics files read at the head and at the base, by repository-relative path. When given
   * (with `baseSource`), a released version's metrics are compared whole: `metrics.values` and the
   * metrics file, flattened, so a changed metrics file cannot slip past `released-version-immutable`.
   */
  metricsFiles?: { head: ReadonlyMap<string, Uint8Array>; base: ReadonlyMap<string, Uint8Array> }
  /** Severity overrides by rule id. */
  ruleSettings?: Readonly<Record<string, RuleSetting>>
  maxBytes?: number
}

export interface ManifestReport {
  file: string
  /** The manifest, when its structure is valid (semantic rules may still have found problems). */
  manifest?: ModelManifest
  /** The manifest at the base revision, when one was given and its structure is valid. */
  baseManifest?: ModelManifest
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
  const { file, source, folderName, baseSource, metricsFiles, ruleSettings = {}, maxBytes } = options
  const problems: Problem[] = []
  const context: RuleContext = { ...(folderName !== undefined ? { folderName } : {}) }
  let baseSourceValid: Uint8Array | undefined
  // The same bytes at the base (most models in most changes): the head's parse serves both.
  const sameAsBase = baseSource !== undefined && sameBytes(baseSource, source)
  if (baseSource && !sameAsBase) {
    const base = validateManifest({ file, source: baseSource, ...(maxBytes ? { maxBytes } : {}) })
    if (base.manifest) {
      context.base = base.manifest
      baseSourceValid = baseSource
    } else problems.push(baseUnreadable(file))
  }

  let structureValid = false
  const checked = checkYamlFile(
    file,
    source,
    (value) => {
      const findings = checkStructure(value)
      structureValid = findings.length === 0
      if (!structureValid) return findings
      const manifest = value as ModelManifest
      if (sameAsBase) {
        context.base = manifest
        baseSourceValid = source
      }
      if (metricsFiles && context.base && baseSourceValid)
        problems.push(
          ...compareMetrics(
            file,
            { source, manifest },
            { baseSource: baseSourceValid, context },
            metricsFiles,
          ),
        )
      return checkRules(manifest, context, ruleSettings)
    },
    maxBytes,
  )
  for (const problem of checked.problems) problems.push(problem)
  if (sameAsBase && !structureValid) problems.push(baseUnreadable(file))
  return {
    file,
    ...(structureValid ? { manifest: checked.value as ModelManifest } : {}),
    ...(context.base ? { baseManifest: context.base } : {}),
    problems: problems.sort(compareProblems),
  }
}

/**
 * Reads both revisions' metrics into `context.metrics` for the release rules, when the version
 * stayed the same (only then are they compared). A metrics file unusable at the head is its own
 * error; one unusable at the base skips the comparison with a warning, as an invalid base does.
 */
function compareMetrics(
  file: string,
  head: { source: Uint8Array; manifest: ModelManifest },
  { baseSource, context }: { baseSource: Uint8Array; context: RuleContext },
  metricsFiles: NonNullable<ValidateManifestOptions['metricsFiles']>,
): Problem[] {
  const base = context.base!
  if (head.manifest.metadata.version !== base.metadata.version) return []
  const atHead = modelMetrics(file, head.source, head.manifest, metricsFiles.head)
  if ('problems' in atHead) return atHead.problems
  const atBase = modelMetrics(file, baseSource, base, metricsFiles.base)
  if ('problems' in atBase) return [baseMetricsUnreadable(file)]
  context.metrics = { head: atHead.metrics, base: atBase.metrics }
  return []
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

function baseMetricsUnreadable(file: string): Problem {
  return {
    ...baseUnreadable(file),
    message:
      "this model's metrics file is not usable at the base revision, so its metrics were not compared with the base",
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

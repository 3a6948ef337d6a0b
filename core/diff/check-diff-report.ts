import type { ErrorObject } from 'ajv'
import type { Problem } from '../problem.js'
import { formatKeyPath } from '../problem.js'
import type { SchemaNode } from '../schemas.js'
import { validators } from '../schemas.js'
import { preview } from '../text.js'
import type { DiffReport } from './diff-report.js'
import { judgeDiffReport } from './judge-diff-report.js'
import { foldSchemaErrors } from '../manifest/fold-schema-errors.js'
import { pointerToPath } from '../manifest/schema-findings.js'

/** What {@link checkDiffReport} found: the report when it can be trusted, the problems otherwise. */
export interface DiffReportCheck {
  report?: DiffReport
  problems: Problem[]
}

/** Enough to fix the file without flooding the log when a hostile file has errors everywhere. */
const MAX_PROBLEMS = 20
const HINT = 'produce it with `modelgate diff --format json` from the same modelgate version'

/**
 * Checks a diff report results file before a privileged job renders it. The file comes from a
 * pull request job that a fork controls, so nothing in it is trusted: it must be at most
 * `maxBytes` (checked before parsing), valid JSON, `schemaVersion` 1, and match
 * `schemas/diff-report.schema.json`, which refuses unknown keys (a `__proto__` key included:
 * `JSON.parse` makes it an own property) and bounds every string and list, and list each metric
 * of a model once. Every verdict in it is then recomputed from its numbers ({@link judgeDiffReport}):
 * the report returned never carries a verdict the file claimed.
 * @example checkDiffReport(text, 'diff-report.json').problems[0]?.message // 'is not valid JSON'
 */
export function checkDiffReport(text: string, file: string, maxBytes = 5 * 1024 * 1024): DiffReportCheck {
  const problem = (message: string, path = '', at = { line: 1, column: 1 }): Problem => ({
    file,
    ...at,
    path,
    rule: 'diff-report',
    severity: 'error',
    message,
    hint: HINT,
  })
  if (utf8Length(text, maxBytes) > maxBytes)
    return { problems: [problem(`is over ${maxBytes} bytes, the most a diff report may have`)] }

  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error
    return { problems: [problem('is not valid JSON', '', syntaxErrorPosition(error, text))] }
  }

  const version = isRecord(data) ? data.schemaVersion : undefined
  if (isRecord(data) && version !== 1)
    return {
      problems: [
        {
          ...problem(
            version === undefined
              ? 'schemaVersion is missing; this modelgate reads schemaVersion 1'
              : `schemaVersion: ${preview(version)} is not supported; this modelgate reads schemaVersion 1`,
            'schemaVersion',
          ),
          hint: `${HINT}: the job that wrote the report and the job that reads it must use one modelgate version`,
        },
      ],
    }

  const validate = validators().diffReport
  if (validate(data)) {
    const duplicates = duplicateMetrics(data as DiffReport).map((path) =>
      problem(`${path}: the metric is listed twice; a report lists each metric once`, path),
    )
    if (duplicates.length > 0) return { problems: duplicates.slice(0, MAX_PROBLEMS) }
    return { report: judgeDiffReport(data as DiffReport), problems: [] }
  }
  const folded = foldSchemaErrors(validate.errors ?? [], MAX_PROBLEMS)
  const problems = folded.errors.map((error) => {
    const { path, message } = describeError(error, data)
    return problem(message, path)
  })
  if (folded.more > 0) problems.push(problem(`and ${folded.more} more problems like these`))
  return { problems }
}

/**
 * UTF-8 length, counted only as far as `limit`: a string is never shorter in bytes than in UTF-16
 * units, so an oversized input is refused without walking it.
 */
function utf8Length(text: string, limit: number): number {
  if (text.length > limit) return text.length
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit < 0x80) bytes += 1
    else if (unit < 0x800) bytes += 2
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      bytes += 4 // a surrogate pair: one 4-byte character
      i++
    } else bytes += 3
  }
  return bytes
}

/** Where V8 says the JSON broke: `(line L column C)` on newer versions, `at position N` on older ones. */
function syntaxErrorPosition(error: SyntaxError, text: string): { line: number; column: number } {
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(error.message)
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
  const position = /at position (\d+)/.exec(error.message)
  if (!position) return { line: 1, column: 1 }
  const before = text.slice(0, Number(position[1]))
  const lines = before.split('\n')
  return { line: lines.length, column: lines.at(-1)!.length + 1 }
}

/** A schema error (folded by {@link foldSchemaErrors}) as `key.path: what is wrong`. */
function describeError(error: ErrorObject, root: unknown): { path: string; message: string } {
  const path = pointerToPath(error.instancePath, root)
  const params = error.params as Record<string, unknown>
  const key = formatKeyPath(path)
  const at = key === '' ? '' : `${key}: `
  switch (error.keyword) {
    case 'additionalProperties': {
      const parent: SchemaNode = error.parentSchema ?? {}
      const allowed = Object.keys(parent.properties ?? {})
      return {
        path: key,
        message: `${at}unknown key ${preview(params.additionalProperty)}; allowed keys here: ${allowed.join(', ')}`,
      }
    }
    case 'required':
      return { path: key, message: `${at}missing required key "${String(params.missingProperty)}"` }
    case 'enum':
      return {
        path: key,
        message: `${at}${preview(error.data)} is not one of: ${(params.allowedValues as unknown[]).map(String).join(', ')}`,
      }
    case 'anyOf':
      return { path: key, message: `${at}must be a number, string, boolean or null` }
    default:
      return { path: key, message: `${at}${error.message ?? 'is invalid'}` }
  }
}

/** `models[0].metrics[3]` for each metric row that repeats an earlier row's metric. */
function duplicateMetrics(report: DiffReport): string[] {
  return report.models.flatMap((model, index) => {
    const seen = new Set<string>()
    return model.metrics.flatMap((row, at) => {
      if (!seen.has(row.metric)) {
        seen.add(row.metric)
        return []
      }
      return [`models[${index}].metrics[${at}]`]
    })
  })
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

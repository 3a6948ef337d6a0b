import type { Finding, Problem } from '../problem.js'
import { compareProblems } from '../problem.js'
import { schemaFindings } from '../manifest/schema-findings.js'
import { checkYamlFile } from '../yaml/check-yaml-file.js'
import type { PolicyFacts } from './policy-facts.js'
import { validators } from '../schemas.js'

export interface PolicyFactsReport {
  file: string
  /** The facts, when they are valid. */
  facts?: PolicyFacts
  problems: Problem[]
}

/**
 * Reads a facts file (JSON, or YAML) for `modelgate policy evaluate --facts FILE`, checked against
 * `schemas/policy-facts.schema.json`, with every problem at its line and column. A facts file comes
 * from a person or another job, so nothing in it is trusted before it passes.
 */
export function parsePolicyFacts(file: string, source: Uint8Array): PolicyFactsReport {
  const checked = checkYamlFile(file, source, checkFacts)
  const problems = checked.problems.sort(compareProblems)
  return { file, ...(problems.length === 0 ? { facts: checked.value as PolicyFacts } : {}), problems }
}

function checkFacts(value: unknown): Finding[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return [
      {
        path: [],
        target: 'value',
        rule: 'schema/type',
        severity: 'error',
        message: 'the facts are not a map of keys',
        hint: 'write a JSON object with pullRequest, changedFiles, models, policyChanged, reviews and currentGovernedDigest',
      },
    ]
  }
  const validate = validators().policyFacts
  if (!validate(value)) return schemaFindings(validate.errors ?? [], value)
  return (value as PolicyFacts).models.flatMap((model, index): Finding[] =>
    model.base || model.head
      ? []
      : [
          {
            path: ['models', index],
            target: 'value',
            rule: 'facts-model-side',
            severity: 'error',
            message: `models[${index}]: model "${model.name}" has neither base nor head`,
            hint: 'add base (the model on the base branch), head (at the head commit), or both',
          },
        ],
  )
}

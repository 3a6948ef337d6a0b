import { describeRule } from './rule-catalog.js'
import type { ValidationResult } from './validation-result.js'

export interface SarifOptions {
  /** modelgate's version, recorded as the tool version. */
  toolVersion: string
}

/**
 * SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`): one run, a rule
 * descriptor for each rule that fired, one result per problem with its region.
 */
export function formatSarif(result: ValidationResult, { toolVersion }: SarifOptions): string {
  const problems = result.files.flatMap((file) => file.problems)
  const ruleIds = [...new Set(problems.map((problem) => problem.rule))].sort()
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'modelgate',
            semanticVersion: toolVersion,
            rules: ruleIds.map((id) => ({
              id,
              shortDescription: { text: describeRule(id) },
              // The help travels in the file: modelgate has no public documentation site to link to.
              help: {
                text: `${describeRule(id)}. Each result's message ends with its fix; every rule is listed in modelgate's docs/manifest.md.`,
              },
            })),
          },
        },
        originalUriBaseIds: { SRCROOT: { description: { text: 'The repository root.' } } },
        results: problems.map((problem) => ({
          ruleId: problem.rule,
          ruleIndex: ruleIds.indexOf(problem.rule),
          level: problem.severity,
          message: { text: problem.hint ? `${problem.message}. Fix: ${problem.hint}` : problem.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: problem.file, uriBaseId: 'SRCROOT' },
                region: {
                  startLine: problem.line,
                  startColumn: problem.column,
                  ...(problem.endLine ? { endLine: problem.endLine } : {}),
                  ...(problem.endColumn ? { endColumn: problem.endColumn } : {}),
                },
              },
            },
          ],
          partialFingerprints: { 'modelgate/v1': `${problem.rule}:${problem.file}:${problem.path}` },
        })),
      },
    ],
  }
  return `${JSON.stringify(sarif, null, 2)}\n`
}

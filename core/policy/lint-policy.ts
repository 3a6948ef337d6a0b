import type { Finding, Problem } from '../problem.js'
import { compareProblems } from '../problem.js'
import { schemaFindings } from '../manifest/schema-findings.js'
import { validators } from '../schemas.js'
import { checkYamlFile } from '../yaml/check-yaml-file.js'
import type { Policy } from './policy.js'
import { parsePolicy } from './parse-policy.js'

export interface PolicyLintReport {
  file: string
  /** The policy, when the file has no errors (warnings allowed). */
  policy?: Policy
  /** Errors and warnings, at their line and column, in the fixed reporting order. */
  problems: Problem[]
}

/**
 * Lints the policy in a `.modelgate/config.yml`: the config schema, then `policy:` with
 * {@link parsePolicy}, every problem placed at its line and column. A config without a policy is an
 * error here, because the approval check cannot pass without one. Used by `modelgate policy lint`
 * and, on a pull request that edits the policy, to show the new policy's problems in the check.
 */
export function lintPolicy(file: string, source: Uint8Array): PolicyLintReport {
  let policy: Policy | undefined
  const checked = checkYamlFile(file, source, (value) => {
    const validate = validators().config
    if (!validate(value)) return schemaFindings(validate.errors ?? [], value)
    const policyValue = (value as { policy?: unknown }).policy
    if (policyValue === undefined) return [NO_POLICY]
    const root = (value as { models?: { root?: unknown } }).models?.root
    const parsed = parsePolicy(policyValue, typeof root === 'string' ? root : 'models')
    policy = parsed.policy
    return parsed.findings
  })
  const problems = checked.problems.sort(compareProblems)
  const ok = !problems.some((problem) => problem.severity === 'error')
  return { file, ...(ok && policy ? { policy } : {}), problems }
}

const NO_POLICY: Finding = {
  path: [],
  target: 'parent',
  rule: 'policy-required',
  severity: 'error',
  message: 'missing required key "policy"',
  hint: 'add policy: with rules and approval (see docs/policy.md)',
}

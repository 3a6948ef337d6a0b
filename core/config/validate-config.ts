import type { Finding, Problem } from '../problem.js'
import { compareProblems } from '../problem.js'
import { RULES } from '../manifest/rules.js'
import { schemaFindings } from '../manifest/schema-findings.js'
import { validators } from '../schemas.js'
import { suggest } from '../suggest.js'
import { checkYamlFile } from '../yaml/check-yaml-file.js'
import { parsePolicy } from '../policy/parse-policy.js'
import type { ModelgateConfig } from './config.js'

export interface ConfigReport {
  file: string
  /** The config, when it is valid. */
  config?: ModelgateConfig
  problems: Problem[]
}

/**
 * Validates `.modelgate/config.yml`: the schema, then environment order (each `upstream` names an
 * environment listed before it, so promotion order has no cycles), known rule ids, and the
 * approval policy's errors.
 */
export function validateConfig(file: string, source: Uint8Array): ConfigReport {
  const checked = checkYamlFile(file, source, (value) => {
    const validate = validators().config
    if (!validate(value)) return schemaFindings(validate.errors ?? [], value)
    const config = value as ModelgateConfig & { policy?: unknown }
    return [
      ...checkEnvironments(config),
      ...checkDestinations(config),
      ...checkRuleSettings(config),
      // The policy's own errors (its warnings are for `modelgate policy lint`).
      ...(config.policy === undefined
        ? []
        : parsePolicy(config.policy, config.models?.root).findings.filter(
            (finding) => finding.severity === 'error',
          )),
    ]
  })
  const problems = checked.problems.sort(compareProblems)
  return { file, ...(problems.length === 0 ? { config: checked.value as ModelgateConfig } : {}), problems }
}

function checkEnvironments({ environments = [] }: ModelgateConfig): Finding[] {
  const findings: Finding[] = []
  const earlier: string[] = []
  environments.forEach((environment, index) => {
    if (earlier.includes(environment.name)) {
      findings.push(
        configFinding(
          ['environments', index, 'name'],
          'environment-unique',
          `environment "${environment.name}" is listed twice`,
          'give each environment one entry',
        ),
      )
    }
    const upstream = environment.upstream
    if (upstream !== undefined && !earlier.includes(upstream)) {
      const known = environments.some((other) => other.name === upstream)
      findings.push(
        configFinding(
          ['environments', index, 'upstream'],
          'environment-order',
          known
            ? `upstream "${upstream}" of "${environment.name}" is listed after it`
            : `upstream "${upstream}" of "${environment.name}" is not an environment`,
          known
            ? 'list environments in promotion order (dev, staging, prod)'
            : hintFrom(
                upstream,
                environments.map((other) => other.name),
              ),
        ),
      )
    }
    earlier.push(environment.name)
  })
  return findings
}

/**
 * Each environment gets its own Argo CD AppProject (the boundary of what it may deploy where), so
 * two environments may not share one; and an environment that allows `force` must name who may.
 */
function checkDestinations({ environments = [] }: ModelgateConfig): Finding[] {
  const findings: Finding[] = []
  const projects = new Map<string, string>()
  environments.forEach((environment, index) => {
    const project = environment.argocd?.project ?? `modelgate-${environment.name}`
    const other = projects.get(project)
    if (other !== undefined && other !== environment.name)
      findings.push(
        configFinding(
          environment.argocd?.project === undefined
            ? ['environments', index, 'name']
            : ['environments', index, 'argocd', 'project'],
          'environment-project-unique',
          `environments "${other}" and "${environment.name}" share the Argo CD project "${project}"`,
          'give each environment its own project: it bounds what that environment may deploy, and where',
        ),
      )
    projects.set(project, environment.name)
    const force = environment.force
    if (force?.allowed === true && (force.by ?? environment.approvers ?? []).length === 0)
      findings.push(
        configFinding(
          ['environments', index, 'force', 'allowed'],
          'force-has-owners',
          `"${environment.name}" allows force, but nobody may use it`,
          'list who may force in force.by (or set approvers), or set force.allowed: false',
        ),
      )
  })
  return findings
}

function checkRuleSettings({ validation }: ModelgateConfig): Finding[] {
  const ids = RULES.map((rule) => rule.id)
  return Object.keys(validation?.rules ?? {})
    .filter((id) => !ids.includes(id))
    .map((id) => ({
      ...configFinding(['validation', 'rules', id], 'known-rule', `unknown rule "${id}"`, hintFrom(id, ids)),
      target: 'key' as const,
    }))
}

function hintFrom(word: string, candidates: string[]): string {
  const match = suggest(word, candidates)
  return match ? `did you mean "${match}"?` : `known: ${candidates.join(', ') || 'none'}`
}

function configFinding(path: Finding['path'], rule: string, message: string, hint: string): Finding {
  return { path, target: 'value', rule, severity: 'error', message, hint }
}

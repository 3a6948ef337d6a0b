import type { RequiredCheck, RulesetBody, RulesetRule } from './ruleset.js'

/**
 * A readable summary of rulesets, one block per ruleset: the branches it covers, one line per
 * rule, and who may bypass it. An App id not yet known reads `<app id>`.
 *
 * @example
 * formatRulesetsText(planRulesets({ repository: 'model', branch: 'main', appId: 7 }))
 * // ruleset "modelgate" on refs/heads/main
 * //   - no deletion
 * //   …
 */
export function formatRulesetsText(rulesets: readonly RulesetBody[]): string {
  return rulesets
    .map((ruleset) =>
      [
        `ruleset "${ruleset.name}" on ${ruleset.conditions.ref_name.include.join(', ')}`,
        ...ruleset.rules.map((rule) => `  - ${describeRule(rule)}`),
        `  bypass: ${
          ruleset.bypass_actors.length === 0
            ? 'nobody'
            : ruleset.bypass_actors
                .map((actor) => `the App ${appLabel(actor.actor_id ?? undefined)}`)
                .join(', ')
        }`,
      ].join('\n'),
    )
    .join('\n\n')
    .concat('\n')
}

function describeRule(rule: RulesetRule): string {
  switch (rule.type) {
    case 'creation':
      return 'no creation'
    case 'update':
      return 'no update'
    case 'deletion':
      return 'no deletion'
    case 'non_fast_forward':
      return 'no force push'
    case 'pull_request': {
      const { required_approving_review_count: count, require_code_owner_review: owners } = rule.parameters
      const reviews =
        count === 0
          ? 'reviews are counted by the approval check, not by GitHub'
          : `${count} approving review${count === 1 ? '' : 's'}${owners ? ', from the CODEOWNERS of the changed files' : ''}`
      return `changes by pull request only; ${reviews}`
    }
    case 'required_status_checks':
      return `required checks: ${rule.parameters.required_status_checks.map(describeCheck).join(', ')}`
  }
}

function describeCheck(check: RequiredCheck): string {
  return check.context.startsWith('modelgate/')
    ? `${check.context} (reported by the App ${appLabel(check.integration_id)} only)`
    : check.context
}

function appLabel(appId: number | undefined): string {
  return appId === undefined ? '<app id>' : String(appId)
}

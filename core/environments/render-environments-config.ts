import type { ModelgateConfig } from '../config/config.js'
import type { PolicyRule } from '../policy/policy.js'
import type { EnvironmentProfile } from './environment-profile.js'
import type { EnvironmentsRepo } from './environments-repo.js'

/** The rule that guards what every environment trusts (the bootstrap files and the policy). */
export const PLATFORM_RULE = 'platform'
/** The rule that approves promotions into `environment`. */
export const promotionRule = (environment: string) => `promote-${environment}`

/**
 * The environments repository's own `.modelgate/config.yml`: the approval policy of promotion pull
 * requests. One rule per environment, applying when the pull request changes that environment's
 * folder and approved by its approvers (the platform owners when it names none); one `platform`
 * rule for `argocd/`, `.github/`, `.modelgate/` and top-level files, also required when the policy
 * itself changes. Neither the pull request's author nor anyone who authored or committed one of
 * its commits may approve, so whoever asked for a promotion cannot approve it. Every file is
 * governed: an approval counts only for the exact tree it saw. A pull request that touches nothing
 * a rule names is refused ("no rule applies"), never let through.
 */
export function renderEnvironmentsConfig(
  repo: EnvironmentsRepo,
  profiles: readonly EnvironmentProfile[],
): ModelgateConfig {
  const excludeRequester = { allowAuthor: false, allowContributor: false }
  const rules: PolicyRule[] = [
    ...profiles.map((profile) => ({
      name: promotionRule(profile.environment),
      description: `Promotions into ${profile.environment} (${repo.path}/${profile.environment}/)`,
      if: { changedPaths: [`${repo.path}/${profile.environment}/**`] },
      requires: {
        count: 1,
        ...reviewers(profile.approvers.length > 0 ? profile.approvers : repo.platformOwners),
      },
      options: excludeRequester,
    })),
    {
      name: PLATFORM_RULE,
      description: 'The Argo CD bootstrap, CODEOWNERS, this policy and top-level files',
      if: { changedPaths: ['argocd/**', '.github/**', '.modelgate/**', '*'] },
      requires: { count: 1, ...reviewers(repo.platformOwners) },
      options: excludeRequester,
    },
  ]
  return {
    apiVersion: 'modelgate.dev/v1',
    kind: 'Config',
    policy: {
      governed: ['**'],
      rules,
      approval: rules.map((rule) => rule.name),
      require: { policyChange: PLATFORM_RULE },
    },
  }
}

/** `@org/team` and `@user` owners as a rule's `teams` and `users`. */
function reviewers(owners: readonly string[]): { teams?: string[]; users?: string[] } {
  const teams = owners.filter((owner) => owner.includes('/')).map((owner) => owner.slice(1))
  const users = owners.filter((owner) => !owner.includes('/')).map((owner) => owner.slice(1))
  return { ...(teams.length > 0 ? { teams } : {}), ...(users.length > 0 ? { users } : {}) }
}

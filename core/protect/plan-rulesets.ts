import type { BypassActor, RequiredCheck, RulesetBody, RulesetRule } from './ruleset.js'
import { BRANCHES_RULESET_NAME, RULESET_NAME } from './ruleset.js'

/** Which of the two repositories a plan protects. */
export type ProtectedRepository = 'model' | 'environments'

export interface PlanRulesetsOptions {
  repository: ProtectedRepository
  /**
   * The branch the approval check judges pull requests against (its name is
   * `modelgate/approval (<branch>)`): the model repository's default branch, or the environments
   * repository's `environmentsRepo.branch`, the one Argo CD deploys.
   */
  branch: string
  /**
   * The modelgate App's id. Without it the plan is for reading only: the approval check is not
   * pinned and the bypass actor has no id, which GitHub would refuse.
   */
  appId?: number
}

/**
 * The check runs the example workflow (`examples/workflows/modelgate-pr.yml`) reports on a pull
 * request of the model repository: its jobs `validate` and `gate`, whose check runs carry the job
 * names. `diff` only comments, so it is not required.
 */
export const WORKFLOW_CHECKS: readonly string[] = ['validate', 'gate']

/** Every approval check's name starts with this; the base branch follows in parentheses. */
export const APPROVAL_CHECK_PREFIX = 'modelgate/approval'

/**
 * The approval check's name for a base branch, as the bot reports it and a ruleset requires it: a
 * pull request retargeted to another branch gets another check, so it can never borrow a pass
 * earned against a different branch.
 */
export function approvalCheckName(branch: string): string {
  return `${APPROVAL_CHECK_PREFIX} (${branch})`
}

/** Where promotion commits and `/hold`'s file are written: `modelgate/<env>/<model>`, `modelgate/holds`. */
export const PROMOTION_BRANCHES = 'refs/heads/modelgate/**/*'

/**
 * The rulesets that make modelgate the governance of a repository, as request bodies.
 *
 * Model repository, one ruleset on the branch: changes arrive by pull request, which needs the
 * approval check (pinned to the App, so no other App or workflow can report a check of that name)
 * plus the workflow's `validate` and `gate`; the branch (git history is the audit log) can be
 * neither force-pushed nor deleted. Reviews are not counted by GitHub: the approval policy counts them.
 *
 * Environments repository, two rulesets, because a bypass covers a whole ruleset: the deployed
 * branch (approval check, CODEOWNERS review, no force push, no deletion, nobody bypasses), and
 * the `modelgate/*` branches, which only the App may create, update, force-push or delete.
 *
 * @example
 * planRulesets({ repository: 'model', branch: 'main', appId: 7 })[0].rules.at(-1)
 * // { type: 'required_status_checks', parameters: { …, required_status_checks: [
 * //   { context: 'modelgate/approval (main)', integration_id: 7 }, { context: 'validate' }, { context: 'gate' } ] } }
 */
export function planRulesets(options: PlanRulesetsOptions): RulesetBody[] {
  const approval: RequiredCheck = {
    context: approvalCheckName(options.branch),
    ...(options.appId === undefined ? {} : { integration_id: options.appId }),
  }
  const branch = { ref_name: { include: [`refs/heads/${options.branch}`], exclude: [] } }
  if (options.repository === 'model') {
    const checks = [approval, ...WORKFLOW_CHECKS.map((context) => ({ context }))]
    return [
      ruleset(RULESET_NAME, branch, [], [...lockedBranch(), pullRequest(0, false), requiredChecks(checks)]),
    ]
  }
  const app: BypassActor = {
    actor_id: options.appId ?? null,
    actor_type: 'Integration',
    bypass_mode: 'always',
  }
  return [
    ruleset(RULESET_NAME, branch, [], [...lockedBranch(), pullRequest(1, true), requiredChecks([approval])]),
    ruleset(
      BRANCHES_RULESET_NAME,
      { ref_name: { include: [PROMOTION_BRANCHES], exclude: [] } },
      [app],
      [
        { type: 'creation' },
        { type: 'update', parameters: { update_allows_fetch_and_merge: false } },
        ...lockedBranch(),
      ],
    ),
  ]
}

function ruleset(
  name: string,
  conditions: RulesetBody['conditions'],
  bypass: BypassActor[],
  rules: RulesetRule[],
): RulesetBody {
  return { name, target: 'branch', enforcement: 'active', bypass_actors: bypass, conditions, rules }
}

/** No deletion, no force push. */
function lockedBranch(): RulesetRule[] {
  return [{ type: 'deletion' }, { type: 'non_fast_forward' }]
}

function pullRequest(approvals: number, codeOwners: boolean): RulesetRule {
  return {
    type: 'pull_request',
    parameters: {
      required_approving_review_count: approvals,
      require_code_owner_review: codeOwners,
      // A push after a review must be reviewed again where GitHub counts the reviews.
      dismiss_stale_reviews_on_push: codeOwners,
      require_last_push_approval: false,
      required_review_thread_resolution: false,
    },
  }
}

function requiredChecks(checks: RequiredCheck[]): RulesetRule {
  return {
    type: 'required_status_checks',
    // Up to date with the base is a choice of the repository's owners, not governance (docs/bot.md).
    parameters: { strict_required_status_checks_policy: false, required_status_checks: checks },
  }
}

/**
 * A repository ruleset as GitHub's `POST /repos/{owner}/{repo}/rulesets` takes it, limited to what
 * modelgate sets. Field names are GitHub's, so a plan prints as the request body itself.
 */
export interface RulesetBody {
  name: string
  target: 'branch'
  enforcement: 'active'
  bypass_actors: BypassActor[]
  conditions: { ref_name: { include: string[]; exclude: string[] } }
  rules: RulesetRule[]
}

/** Who may bypass a ruleset: here only the modelgate App (`Integration`, by its App id). */
export interface BypassActor {
  /** The App's id; `null` only in a plan printed before the id is known. */
  actor_id: number | null
  actor_type: 'Integration'
  bypass_mode: 'always'
}

/** A required status check; `integration_id` pins it to the App that must report it. */
export interface RequiredCheck {
  context: string
  integration_id?: number
}

export type RulesetRule =
  | { type: 'creation' | 'deletion' | 'non_fast_forward' }
  | { type: 'update'; parameters: { update_allows_fetch_and_merge: boolean } }
  | {
      type: 'pull_request'
      parameters: {
        required_approving_review_count: number
        require_code_owner_review: boolean
        dismiss_stale_reviews_on_push: boolean
        require_last_push_approval: boolean
        required_review_thread_resolution: boolean
      }
    }
  | {
      type: 'required_status_checks'
      parameters: { strict_required_status_checks_policy: boolean; required_status_checks: RequiredCheck[] }
    }

/** The ruleset modelgate owns on each repository; it updates rulesets of these names and no other. */
export const RULESET_NAME = 'modelgate'
/** The second one on the environments repository: the `modelgate/*` branches, which only the App writes. */
export const BRANCHES_RULESET_NAME = 'modelgate: promotion branches'

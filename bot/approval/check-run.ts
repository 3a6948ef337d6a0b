import type { ProbotOctokit } from 'probot'
import type { PolicyDecision, PolicyState, Problem } from '../../core/index.js'
import {
  APPROVAL_CHECK_PREFIX,
  approvalCheckName,
  escapeMarkdown,
  formatPolicyMarkdown,
} from '../../core/index.js'
import { statusOf } from '../github-reader.js'

/** Check-run names start with this; the base branch follows in parentheses. */
export const CHECK_NAME_PREFIX = APPROVAL_CHECK_PREFIX

/** GitHub refuses check-run output fields over 65 535 characters. */
const MAX_OUTPUT = 65_535

export type CheckConclusion = 'success' | 'action_required' | 'failure'

/** What the check run says: its conclusion and its output. */
export interface CheckOutcome {
  conclusion: CheckConclusion
  title: string
  summary: string
  text: string
}

/**
 * The check's name for a base branch: a pull request retargeted to another branch gets another
 * check, so it can never borrow a pass earned against a different branch.
 */
export function checkName(baseRef: string): string {
  return approvalCheckName(baseRef)
}

/**
 * The one place a decision becomes a conclusion. `pending` is `action_required`: a completed,
 * non-passing conclusion (branch protection accepts only success, neutral and skipped), shown as
 * "action required" because reviewers must act. `neutral` would pass a required check, so it is
 * never used; errors are failures (fail closed).
 */
export function conclusionOf(state: PolicyState): CheckConclusion {
  switch (state) {
    case 'approved':
      return 'success'
    case 'pending':
      return 'action_required'
    case 'disapproved':
    case 'error':
      return 'failure'
  }
}

const TITLES: Record<PolicyState, string> = {
  approved: 'Approved',
  pending: 'Approval pending',
  disapproved: 'Changes requested',
  error: 'Policy error',
}

/** The check-run output for an evaluated decision. */
export function decisionOutcome(decision: PolicyDecision, proposedPolicyProblems?: Problem[]): CheckOutcome {
  return {
    conclusion: conclusionOf(decision.state),
    title: TITLES[decision.state],
    summary: escapeMarkdown(decision.summary),
    text: formatPolicyMarkdown(decision, proposedPolicyProblems ? { proposedPolicyProblems } : {}),
  }
}

/** A failure outcome: the policy could not be read or the facts could not be gathered. Never a pass. */
export function failureOutcome(reason: string, details: readonly string[] = []): CheckOutcome {
  return {
    conclusion: 'failure',
    title: 'Could not evaluate the approval policy',
    summary: escapeMarkdown(`could not evaluate: ${reason}`),
    text: [
      '## ⚠️ Could not evaluate',
      '',
      escapeMarkdown(reason),
      ...(details.length > 0 ? ['', ...details.map((line) => `- ${escapeMarkdown(line)}`)] : []),
      '',
      'The check fails closed; it is evaluated again on the next pull request event.',
      '',
    ].join('\n'),
  }
}

export interface WriteCheckRunOptions {
  octokit: ProbotOctokit
  owner: string
  repo: string
  headSha: string
  baseRef: string
  outcome: CheckOutcome
  /**
   * The head commit's check runs as the evaluation just listed them (`filter=latest`, for a rule's
   * conditions): when given, the write updates the run of this name found there instead of listing again.
   */
  listed?: readonly (ListedRun & { id: number; name: string })[]
}

/**
 * Creates or updates the approval check run of a head commit and base branch: `checks/list-for-ref`
 * filtered by name, then `checks/update` of every run of that name this App owns (two replicas racing
 * on a new commit may each have created one; all must say the same, since GitHub shows the newest),
 * or `checks/create` when there is none. Always listed during this evaluation, never remembered
 * across evaluations: no replica can miss a run another one created before it listed. When the
 * evaluation already listed the head's runs (`listed`, the latest of each name), that list is
 * used: it holds the newest run of this name, the one GitHub shows and branch protection reads.
 * Returns the ids written.
 */
export async function writeCheckRun(options: WriteCheckRunOptions): Promise<number[]> {
  const { octokit, owner, repo, headSha, outcome } = options
  const name = checkName(options.baseRef)
  const body = {
    owner,
    repo,
    conclusion: outcome.conclusion,
    completed_at: new Date().toISOString(),
    output: {
      title: clip(outcome.title, 200),
      summary: clip(outcome.summary, MAX_OUTPUT),
      text: clip(outcome.text, MAX_OUTPUT),
    },
  }
  const runs =
    options.listed ??
    (await octokit.paginate(octokit.rest.checks.listForRef, {
      owner,
      repo,
      ref: headSha,
      check_name: name,
      filter: 'all',
      per_page: 100,
    }))
  const written: number[] = []
  for (const run of runs.filter((candidate) => candidate.name === name)) {
    // Already says exactly this: no write. Writes are paced a second apart per installation
    // (GitHub's advice for content-creating requests), so redundant events must not queue behind real changes.
    if (sameResult(run, body)) {
      written.push(run.id)
      continue
    }
    try {
      await octokit.rest.checks.update({ ...body, check_run_id: run.id })
      written.push(run.id)
    } catch (error) {
      // Another App's run of the same name is not ours to change (branch protection pins the App).
      if (statusOf(error) !== 403) throw error
    }
  }
  if (written.length > 0) return written
  const created = await octokit.rest.checks.create({ ...body, name, head_sha: headSha, status: 'completed' })
  return [created.data.id]
}

interface ListedRun {
  status?: string | null
  conclusion?: string | null
  output?: { title?: string | null; summary?: string | null; text?: string | null } | null
}

function sameResult(
  run: ListedRun,
  body: { conclusion: string; output: { title: string; summary: string; text: string } },
) {
  return (
    run.status === 'completed' &&
    run.conclusion === body.conclusion &&
    run.output?.title === body.output.title &&
    run.output.summary === body.output.summary &&
    run.output.text === body.output.text
  )
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 2)}…\n`
}

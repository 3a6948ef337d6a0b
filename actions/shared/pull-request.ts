import type { ActionContext } from './action-context.js'

/** The facts of the pull request a run is about, read from its event. */
export interface PullRequestFacts {
  number: number
  baseSha: string
  headSha: string
  /** The head branch lives in another repository: the run's token is read-only there. */
  fromFork: boolean
  /** How many files the pull request changes (`changed_files`), when the event says. */
  changedFiles?: number
}

interface PullRequestPayload {
  number: number
  base: { sha: string; repo: { full_name: string } }
  head: { sha: string; repo: { full_name: string } | null }
  changed_files?: unknown
}

/** The pull request of a `pull_request` or `pull_request_target` event, or `undefined` for other events. */
export function pullRequestOf(context: ActionContext): PullRequestFacts | undefined {
  const pull = context.payload.pull_request as PullRequestPayload | undefined
  if (!pull || !context.eventName.startsWith('pull_request')) return undefined
  return {
    number: pull.number,
    baseSha: pull.base.sha,
    headSha: pull.head.sha,
    fromFork: pull.head.repo?.full_name !== pull.base.repo.full_name,
    ...(typeof pull.changed_files === 'number' ? { changedFiles: pull.changed_files } : {}),
  }
}

/** Two commits a run compares: the baseline and what is checked. */
export interface ChangeRange {
  base: string
  head: string
}

const sha = (value: unknown): string | undefined =>
  typeof value === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(value) && !/^0+$/.test(value)
    ? value
    : undefined

/**
 * What a run compares, by event: a pull request's base and head; a push's `before` and `after`
 * (a new branch, whose `before` is all zeros, has no baseline); a merge group's `base_sha` and
 * `head_sha` (the queue's merge commit). `undefined` for other events.
 */
export function changeRangeOf(context: ActionContext): ChangeRange | undefined {
  const pull = pullRequestOf(context)
  if (pull) return { base: pull.baseSha, head: pull.headSha }
  const { payload } = context
  const group = payload.merge_group as { base_sha?: unknown; head_sha?: unknown } | undefined
  const [base, head] =
    context.eventName === 'push'
      ? [sha(payload.before), sha(payload.after)]
      : context.eventName === 'merge_group'
        ? [sha(group?.base_sha), sha(group?.head_sha)]
        : []
  return base && head ? { base, head } : undefined
}

/**
 * The revision to compare with, by default: the `base` input, else the baseline of the event's
 * change (see `changeRangeOf`). `undefined` when there is none (a new branch, a manual run).
 */
export function defaultBase(context: ActionContext): string | undefined {
  return context.input('base') || changeRangeOf(context)?.base
}

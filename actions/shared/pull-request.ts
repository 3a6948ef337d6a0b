import type { ActionContext } from './action-context.js'

/** The facts of the pull request a run is about, read from its event. */
export interface PullRequestFacts {
  number: number
  baseSha: string
  headSha: string
  /** The head branch lives in another repository: the run's token is read-only there. */
  fromFork: boolean
}

interface PullRequestPayload {
  number: number
  base: { sha: string; repo: { full_name: string } }
  head: { sha: string; repo: { full_name: string } | null }
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
  }
}

/**
 * The revision to compare with, by default: a pull request's base commit, or the commit a push
 * replaced. `undefined` when the event has none (a new branch, a manual run).
 */
export function defaultBase(context: ActionContext): string | undefined {
  const explicit = context.input('base')
  if (explicit) return explicit
  const pull = pullRequestOf(context)
  if (pull) return pull.baseSha
  const before = context.payload.before
  return context.eventName === 'push' && typeof before === 'string' && !/^0+$/.test(before)
    ? before
    : undefined
}

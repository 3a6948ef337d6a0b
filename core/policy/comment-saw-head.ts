/** A check run on the head commit, as far as dating a comment goes. */
export interface HeadCheckRun {
  name: string
  /** The App that wrote the run. */
  appId?: number
  /** When GitHub says the run started (ISO 8601). */
  startedAt?: string
}

/**
 * Whether a comment made at a given time saw the head commit. A comment names no commit, so the
 * time tells: the App creates its approval check run on a head when it first evaluates it, after
 * the push that made it the head, and GitHub stamps that run's `started_at`. A comment made after
 * that second saw this head; an earlier one may have seen an older head, so it is stale (fail
 * closed), and so is every comment when the run is missing or was written by another App (a run's
 * writer may set `started_at`, so only the App's own runs are believed). A head that returns to an
 * earlier commit keeps that commit's run, and its start time: documented in docs/policy.md.
 *
 * @param runs the head commit's check runs
 * @param name the App's approval check name for the pull request's base branch
 * @param appId the App's own id; unknown, no comment can be shown to have seen the head
 * @example
 * const runs = [{ name: 'modelgate/approval (main)', appId: 7, startedAt: '2026-03-01T12:00:00Z' }]
 * const saw = commentSawHead(runs, 'modelgate/approval (main)', 7)
 * saw('2026-03-01T12:00:01Z') // true
 * saw('2026-03-01T12:00:00Z') // false: the run's own second may predate the push
 */
export function commentSawHead(
  runs: readonly HeadCheckRun[],
  name: string,
  appId: number | undefined,
): (createdAt: string) => boolean {
  const own =
    appId === undefined ? undefined : runs.findLast((run) => run.name === name && run.appId === appId)
  const since = own?.startedAt ? Date.parse(own.startedAt) : NaN
  // GitHub's times have whole seconds: a comment in the run's own second may predate the push.
  return (createdAt) => !Number.isNaN(since) && Date.parse(createdAt) > since
}

import type { ProbotOctokit } from 'probot'
import type { PromotionWrites } from '../../core/promotion/promotion-plan.js'
import { statusOf } from '../github-reader.js'

export interface PromotionTarget {
  octokit: ProbotOctokit
  owner: string
  repo: string
  /** The branch Argo CD deploys (the pull request's base). */
  base: string
}

export interface WritePromotionOptions extends PromotionTarget {
  writes: PromotionWrites
  /** The base's content the plan was made from: its tree, and our folder's blob ids in it. */
  planned: { tree: string; folder: Readonly<Record<string, string>> }
  /** The base's head commit and its tree, read right before the write: the commit's parent. */
  tip: () => Promise<{ commit: string; tree: string }>
  /** Our folder's blob ids in another tree: the base moving on must not have touched them. */
  folderAt: (tree: string) => Promise<Record<string, string>>
  /** Told the files written, so reading them back later costs nothing. */
  remember?: (files: readonly { content: string }[]) => void
  /** Recorded as the commit's author: the approval check then never counts them as an approver. */
  author: { name: string; email: string }
  /** Appended to the pull request's body (the promotion marker). */
  marker: string
  /** Team slugs and logins to request reviews from. */
  reviewers: { users: string[]; teams: string[] }
  /** Runs right before the lock is taken: a reason to stop (the version moved), or undefined. */
  recheck: () => Promise<string | undefined>
}

export type WriteOutcome =
  | { kind: 'opened'; number: number; url: string; warnings: string[] }
  | { kind: 'exists'; number: number; url: string }
  | { kind: 'stopped'; reason: string }

const WRITE_CONFLICT = 422

/**
 * Writes a promotion as ONE commit on `modelgate/<env>/<model>` and opens its pull request. Right
 * before the branch is created the version and the base are read again (time of check = time of
 * use): the commit is built on the base's head as it is then, when our folder there is still what
 * the plan saw, and a hand edit of our files stops the write. Creating
 * the branch is the lock: a second request (another replica, a redelivery) finds it and links
 * the pull request instead. Any failure after the branch exists deletes it, so nothing is left
 * half-made; a branch left by a crash is reused when it holds the same content.
 */
export async function writePromotion(options: WritePromotionOptions): Promise<WriteOutcome> {
  const { octokit, owner, repo, writes } = options
  // Time of use: the version and the base are read again, together, right before the lock.
  const [stop, tip] = await Promise.all([options.recheck(), options.tip()])
  if (stop !== undefined) return { kind: 'stopped', reason: stop }
  if (
    tip.tree !== options.planned.tree &&
    !sameFiles(await options.folderAt(tip.tree), options.planned.folder)
  )
    return {
      kind: 'stopped',
      reason: `${writes.files[0]?.path.replace(/\/[^/]+$/, '') ?? 'the folder'} was changed on ${options.base} while the promotion was prepared (by hand?): review that change, then ask again`,
    }
  const commit = await createCommit(options, tip)
  options.remember?.(writes.files)
  const ref = `refs/heads/${writes.branch}`
  const created = await createBranch(options, ref, commit)
  if (created.kind === 'exists') return created
  try {
    const { data: pull } = await octokit.rest.pulls.create({
      owner,
      repo,
      head: writes.branch,
      base: options.base,
      title: writes.pullRequest.title,
      body: `${writes.pullRequest.body}\n${options.marker}\n`,
      maintainer_can_modify: false,
    })
    const warnings = await decorate(options, pull.number)
    return { kind: 'opened', number: pull.number, url: pull.html_url, warnings }
  } catch (error) {
    const open = statusOf(error) === WRITE_CONFLICT ? await openPullFor(options) : undefined
    if (open !== undefined) {
      // The branch we took over was another request's, whose pull request came first: give it back.
      if (created.replaced !== undefined)
        await octokit.rest.git
          .updateRef({ owner, repo, ref: `heads/${writes.branch}`, sha: created.replaced, force: true })
          .catch(() => undefined)
      return { kind: 'exists', ...open }
    }
    await octokit.rest.git.deleteRef({ owner, repo, ref: `heads/${writes.branch}` }).catch(() => undefined)
    throw error
  }
}

function sameFiles(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key])
}

/** The promotion's commit on the base's head: its tree is the head's with our folder's files replaced. */
async function createCommit(
  options: WritePromotionOptions,
  parent: { commit: string; tree: string },
): Promise<{ sha: string; tree: string }> {
  const { octokit, owner, repo, writes } = options
  const { data: tree } = await octokit.rest.git.createTree({
    owner,
    repo,
    base_tree: parent.tree,
    tree: [
      ...writes.files.map((file) => ({
        path: file.path,
        mode: '100644' as const,
        type: 'blob' as const,
        content: file.content,
      })),
      ...writes.deletes.map((path) => ({ path, mode: '100644' as const, type: 'blob' as const, sha: null })),
    ],
  })
  const { data: commit } = await octokit.rest.git.createCommit({
    owner,
    repo,
    message: writes.commitMessage,
    tree: tree.sha,
    parents: [parent.commit],
    author: { ...options.author, date: new Date().toISOString() },
  })
  return { sha: commit.sha, tree: tree.sha }
}

/**
 * Creates the branch (the lock). When it exists: an open pull request from it wins (linked); a
 * branch without one was left by a crash or an abandoned attempt, and is pointed at our commit.
 * It may also be another request's whose pull request is on its way (GitHub has no compare-and-set
 * on refs): `replaced` is its commit, given back if that pull request comes first.
 */
async function createBranch(
  options: WritePromotionOptions,
  ref: string,
  commit: { sha: string; tree: string },
): Promise<{ kind: 'created'; replaced?: string } | { kind: 'exists'; number: number; url: string }> {
  const { octokit, owner, repo } = options
  try {
    await octokit.rest.git.createRef({ owner, repo, ref, sha: commit.sha })
    return { kind: 'created' }
  } catch (error) {
    if (statusOf(error) !== WRITE_CONFLICT) throw error
  }
  const open = await openPullFor(options)
  if (open !== undefined) return { kind: 'exists', ...open }
  const short = ref.replace(/^refs\//, '')
  const { data: left } = await octokit.rest.git.getRef({ owner, repo, ref: short })
  await octokit.rest.git.updateRef({ owner, repo, ref: short, sha: commit.sha, force: true })
  return { kind: 'created', replaced: left.object.sha }
}

async function openPullFor(
  options: WritePromotionOptions,
): Promise<{ number: number; url: string } | undefined> {
  const { data } = await options.octokit.rest.pulls.list({
    owner: options.owner,
    repo: options.repo,
    state: 'open',
    head: `${options.owner}:${options.writes.branch}`,
    per_page: 1,
  })
  const pull = data[0]
  return pull === undefined ? undefined : { number: pull.number, url: pull.html_url }
}

/** Labels and reviewers: the pull request stands without them, so a failure is a warning, not a rollback. */
async function decorate(options: WritePromotionOptions, number: number): Promise<string[]> {
  const { octokit, owner, repo } = options
  const warnings: string[] = []
  try {
    await octokit.rest.issues.addLabels({
      owner,
      repo,
      issue_number: number,
      labels: options.writes.pullRequest.labels,
    })
  } catch (error) {
    warnings.push(`could not label the pull request (HTTP ${statusOf(error) ?? 'error'})`)
  }
  const { users, teams } = options.reviewers
  if (users.length + teams.length > 0)
    try {
      await octokit.rest.pulls.requestReviewers({
        owner,
        repo,
        pull_number: number,
        reviewers: users,
        team_reviewers: teams,
      })
    } catch (error) {
      warnings.push(
        `could not request reviews from ${[...users.map((u) => `@${u}`), ...teams].join(', ')} (HTTP ${statusOf(error) ?? 'error'})`,
      )
    }
  return warnings
}

import type { ProbotOctokit } from 'probot'
import type { EnvironmentsRepo } from '../../core/environments/environments-repo.js'
import type { TreeEntry } from '../../core/index.js'
import { readLiveModel } from '../../core/environments/live-model.js'
import { parseTrailers } from '../../core/promotion/commit-trailers.js'
import type {
  EnvironmentModelState,
  Health,
  HistoryEntry,
  OpenPromotion,
} from '../../core/promotion/promotion-facts.js'
import { HOLDS_FILE, parseHolds } from '../../core/promotion/parse-holds.js'
import type { HoldsFile } from '../../core/promotion/parse-holds.js'
import { promotionBranch } from '../../core/promotion/plan-writes.js'
import { INFERENCE_SERVICE_FILE, modelFolder } from '../../core/render/provenance.js'
import type { GitHubReader } from '../github-reader.js'
import { ReadError, statusOf } from '../github-reader.js'
import type { WritePromotionOptions } from './write-promotion.js'

/** The deployed branch as read once: its root tree's id and every entry, with blob ids. */
export interface EnvironmentsSnapshot {
  tree: string
  entries: readonly TreeEntry[]
}

/** A rendered folder holds a few files; more is a hand edit the bot will not read file by file. */
const MAX_FOLDER_FILES = 20
/** Versions read back from an environment's history (newest first). */
export const MAX_HISTORY = 30
/** The branch `/hold` writes its holds to: stopping the line must not wait for a review. */
export const HOLDS_BRANCH = 'modelgate/holds'
/** argocd-notifications' GitHub status convention; `{app}` is the Application's name. */
export const DEFAULT_HEALTH_CONTEXT = 'continuous-delivery/{app}'

/** What Argo CD's commit status says, as the planner's health. */
const HEALTH_OF_STATE: Record<string, Health> = {
  success: 'healthy',
  pending: 'progressing',
  failure: 'degraded',
  error: 'degraded',
}

/** The status context Argo CD posts for (environment, model): `<env>-<model>` is the ApplicationSet's name. */
export function healthContext(pattern: string | undefined, environment: string, model: string): string {
  return (pattern ?? DEFAULT_HEALTH_CONTEXT).replaceAll('{app}', `${environment}-${model}`)
}

/**
 * Reads the environments repository through the API from one snapshot of its branch (a tree read
 * in one request): the (environment, model) folders a request needs, their history from the
 * promotion commits' trailers, Argo CD's health from commit statuses, the holds, and an open
 * promotion. Files are read by blob id, so what the bot wrote or read before costs nothing.
 */
export class EnvironmentsReader {
  readonly owner: string
  readonly repo: string

  constructor(
    private readonly octokit: ProbotOctokit,
    readonly reader: GitHubReader,
    readonly environments: EnvironmentsRepo,
    private readonly healthPattern?: string,
  ) {
    this.owner = reader.owner
    this.repo = reader.repo
  }

  /** The branch's head commit (`git/get-ref`). */
  async head(): Promise<string> {
    const { data } = await this.octokit.rest.git.getRef({
      owner: this.owner,
      repo: this.repo,
      ref: `heads/${this.environments.branch}`,
    })
    return data.object.sha
  }

  /**
   * The branch's content as one pinned tree, in one request (`git/get-tree` of the branch name):
   * every folder, file and the holds file a request needs is read from it, files by blob id.
   */
  async snapshot(): Promise<EnvironmentsSnapshot> {
    const { sha, entries } = await this.reader.readTreeOf(this.environments.branch)
    return { tree: sha, entries }
  }

  /**
   * The branch right before a write (`repos/get-branch`): its head commit, the promotion's parent,
   * and that commit's tree, which tells in one comparison whether anything changed since the snapshot.
   */
  async tip(): Promise<{ commit: string; tree: string }> {
    const { data } = await this.octokit.rest.repos.getBranch({
      owner: this.owner,
      repo: this.repo,
      branch: this.environments.branch,
    })
    return { commit: data.commit.sha, tree: data.commit.commit.tree.sha }
  }

  /** modelgate's branches (`git/list-matching-refs heads/modelgate/`): the promotion locks and `/hold`'s branch, name → commit. */
  async branches(): Promise<Map<string, string>> {
    const { data } = await this.octokit.rest.git.listMatchingRefs({
      owner: this.owner,
      repo: this.repo,
      ref: 'heads/modelgate/',
    })
    return new Map(data.map((entry) => [entry.ref.replace(/^refs\/heads\//, ''), entry.object.sha]))
  }

  /** The holds in force: the reviewed file on the branch plus those `/hold` set on its own branch. */
  async holds(snapshot: EnvironmentsSnapshot, branches: ReadonlyMap<string, string>): Promise<HoldsFile> {
    const holdsCommit = branches.get(HOLDS_BRANCH)
    const [reviewed, held] = await Promise.all([
      this.reviewedHolds(snapshot),
      holdsCommit === undefined ? null : this.reader.readFileAt(holdsCommit, HOLDS_FILE),
    ])
    const second = parseHolds(held === null ? '' : Buffer.from(held).toString('utf8'))
    return {
      holds: [...reviewed.holds, ...second.holds],
      problems: [
        ...reviewed.problems,
        ...second.problems.map((problem) => `${problem} (branch ${HOLDS_BRANCH})`),
      ],
    }
  }

  /** The holds of the reviewed file on the deployed branch: only a pull request lifts these. */
  async reviewedHolds(snapshot: EnvironmentsSnapshot): Promise<HoldsFile> {
    const parsed = parseHolds((await this.textOf(snapshot, HOLDS_FILE)) ?? '')
    return {
      holds: parsed.holds,
      problems: parsed.problems.map((problem) => `${problem} (${this.environments.branch})`),
    }
  }

  /** `/hold`'s file on its branch, with the blob SHA a write must name (none when absent). */
  async readHoldsBranch(): Promise<{ text: string; sha?: string }> {
    try {
      const { data } = await this.octokit.rest.repos.getContent({
        owner: this.owner,
        repo: this.repo,
        path: HOLDS_FILE,
        ref: HOLDS_BRANCH,
      })
      if (Array.isArray(data) || data.type !== 'file') return { text: '' }
      return { text: Buffer.from(data.content, 'base64').toString('utf8'), sha: data.sha }
    } catch (error) {
      if (statusOf(error) === 404) return { text: '' }
      throw error
    }
  }

  /**
   * Writes `/hold`'s file on its branch (created from the deployed branch's head the first time).
   * `sha` is the blob read before: GitHub refuses the write (409) when another one came first.
   */
  async writeHoldsBranch(text: string, sha: string | undefined, message: string): Promise<void> {
    if (sha === undefined)
      await this.octokit.rest.git
        .createRef({
          owner: this.owner,
          repo: this.repo,
          ref: `refs/heads/${HOLDS_BRANCH}`,
          sha: await this.head(),
        })
        .catch((error: unknown) => {
          if (statusOf(error) !== 422) throw error // it exists: the write below decides
        })
    await this.octokit.rest.repos.createOrUpdateFileContents({
      owner: this.owner,
      repo: this.repo,
      path: HOLDS_FILE,
      branch: HOLDS_BRANCH,
      message,
      content: Buffer.from(text, 'utf8').toString('base64'),
      ...(sha === undefined ? {} : { sha }),
    })
  }

  /** The (environment, model) folder's files in a tree, path → blob id: what a write compares. */
  private folderBlobs(
    entries: readonly TreeEntry[],
    environment: string,
    model: string,
  ): Record<string, string> {
    const prefix = `${modelFolder(environment, model, this.environments.path)}/`
    return Object.fromEntries(
      entries.filter((entry) => entry.path.startsWith(prefix)).map((entry) => [entry.path, entry.blobSha]),
    )
  }

  /** The folder's files in the snapshot, path → text (a missing folder has none). */
  async folderFiles(
    snapshot: EnvironmentsSnapshot,
    environment: string,
    model: string,
  ): Promise<Record<string, string>> {
    // As rendered: regular files right in the folder (a link, a submodule or a subfolder is not ours to read).
    const folder = modelFolder(environment, model, this.environments.path)
    const paths = snapshot.entries
      .filter((entry) => /^100(644|755)$/.test(entry.mode ?? '100644') && entry.path.startsWith(`${folder}/`))
      .map((entry) => entry.path)
      .filter((path) => !path.slice(folder.length + 1).includes('/'))
    if (paths.length > MAX_FOLDER_FILES)
      throw new ReadError(
        `${folder} holds ${paths.length} files, more than the ${MAX_FOLDER_FILES} modelgate renders there: remove the extra files by hand`,
      )
    const files: Record<string, string> = {}
    for (const path of paths) files[path] = (await this.textOf(snapshot, path))!
    return files
  }

  /**
   * What a write to (environment, model) needs of the branch: the snapshot the plan saw, how to
   * read the branch again right before the write, and where to leave the files it wrote.
   */
  baseFor(
    snapshot: EnvironmentsSnapshot,
    environment: string,
    model: string,
  ): Pick<WritePromotionOptions, 'planned' | 'tip' | 'folderAt' | 'remember'> {
    return {
      planned: { tree: snapshot.tree, folder: this.folderBlobs(snapshot.entries, environment, model) },
      tip: () => this.tip(),
      folderAt: async (tree) => this.folderBlobs(await this.reader.readTree(tree), environment, model),
      remember: (files) => {
        for (const file of files) this.reader.rememberBlob(file.content)
      },
    }
  }

  /**
   * One (environment, model) in the snapshot: what runs (from the InferenceService's annotations),
   * the versions live before (`depth` commits of the file, read from their trailers) and the health
   * Argo CD posted on the commit that put the current version there.
   */
  async state(
    snapshot: EnvironmentsSnapshot,
    environment: string,
    model: string,
    options: { files: boolean; depth: number },
  ): Promise<EnvironmentModelState> {
    const folder = modelFolder(environment, model, this.environments.path)
    const path = `${folder}/${INFERENCE_SERVICE_FILE}`
    const files = options.files ? await this.folderFiles(snapshot, environment, model) : undefined
    const text = files === undefined ? await this.textOf(snapshot, path) : files[path]
    const state: EnvironmentModelState = { environment, model, health: 'unknown' }
    if (files !== undefined) state.files = files
    if (text === undefined) return state
    const read = readLiveModel(text)
    if (!read.ok) return { ...state, unreadable: `${path} ${read.reason}` }
    state.live = read.live
    const commits = await this.commitsTouching(path, Math.max(1, options.depth))
    state.history = historyFrom(commits)
    const last = commits[0]
    if (last !== undefined) {
      const health = await this.healthAt(await this.deployedCommit(last.sha), environment, model)
      state.health = health.health
      if (health.since !== undefined) state.healthSince = health.since
    }
    return state
  }

  /**
   * The open promotion pull request of (environment, model): its branch exists (the branches read
   * say so without a request) and a pull request is open from it.
   */
  async openPromotion(
    environment: string,
    model: string,
    branches: ReadonlyMap<string, string>,
  ): Promise<OpenPromotion | undefined> {
    const branch = promotionBranch(environment, model)
    if (!branches.has(branch)) return undefined
    const { data } = await this.octokit.rest.pulls.list({
      owner: this.owner,
      repo: this.repo,
      state: 'open',
      head: `${this.owner}:${branch}`,
      per_page: 1,
    })
    const pull = data[0]
    return pull === undefined ? undefined : { number: pull.number, url: pull.html_url }
  }

  /** The health Argo CD last posted for (environment, model) on `sha`. */
  async healthAt(
    sha: string,
    environment: string,
    model: string,
  ): Promise<{ health: Health; since?: string }> {
    const context = healthContext(this.healthPattern, environment, model)
    const { data } = await this.octokit.rest.repos.listCommitStatusesForRef({
      owner: this.owner,
      repo: this.repo,
      ref: sha,
      per_page: 100,
    })
    // Newest first, as GitHub lists them.
    const status = data.find((entry) => entry.context === context)
    if (status === undefined) return { health: 'unknown' }
    return { health: HEALTH_OF_STATE[status.state] ?? 'unknown', since: status.created_at }
  }

  /**
   * The commit Argo CD deployed a change in: the merge commit of the pull request that brought
   * `sha` to the branch (a squash or rebase merge is the commit itself), else `sha`.
   */
  async deployedCommit(sha: string): Promise<string> {
    const { data } = await this.octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      owner: this.owner,
      repo: this.repo,
      commit_sha: sha,
    })
    const merged = data.find((pull) => pull.merged_at !== null && pull.merge_commit_sha)
    return merged?.merge_commit_sha ?? sha
  }

  /** A file of the snapshot as text (by blob id, cached), or undefined when it is not there. */
  private async textOf(snapshot: EnvironmentsSnapshot, path: string): Promise<string | undefined> {
    const entry = snapshot.entries.find((item) => item.path === path)
    if (entry === undefined) return undefined
    return Buffer.from(await this.reader.readBlob(entry.blobSha, entry)).toString('utf8')
  }

  /** The newest commits of the branch that changed `path` (their trailers are the history). */
  private async commitsTouching(
    path: string,
    depth: number,
  ): Promise<{ sha: string; message: string; date?: string }[]> {
    const { data } = await this.octokit.rest.repos.listCommits({
      owner: this.owner,
      repo: this.repo,
      sha: this.environments.branch,
      path,
      per_page: Math.min(depth, 100),
    })
    return data.map((entry) => ({
      sha: entry.sha,
      message: entry.commit.message,
      ...(entry.commit.committer?.date ? { date: entry.commit.committer.date } : {}),
    }))
  }
}

/**
 * The versions live before, from the `Modelgate-*` trailers of the commits that changed the file
 * (a commit without them, a hand edit, is skipped: what it put there is not known to be a release).
 */
function historyFrom(commits: readonly { sha: string; message: string; date?: string }[]): HistoryEntry[] {
  const history: HistoryEntry[] = []
  for (const commit of commits) {
    const trailers = parseTrailers(commit.message)
    if (trailers?.version === undefined || trailers.kind === 'retire') continue
    history.push({
      version: trailers.version,
      digest: trailers.digest ?? '',
      sourceCommit: trailers.sourceCommit ?? '',
      commit: commit.sha,
      ...(commit.date === undefined ? {} : { at: commit.date }),
    })
  }
  return history
}

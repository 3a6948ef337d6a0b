import { createHash } from 'node:crypto'
import type { ProbotOctokit } from 'probot'
import type { TreeEntry } from '../core/index.js'
import { MAX_LISTED_FILES, MAX_SOURCE_BYTES, mayBeCutShort } from '../core/index.js'
import type { LruCache } from './lru-cache.js'

/** Immutable git objects the bot may reuse across deliveries, keyed by repository and SHA. */
export interface ReaderCaches {
  /** Blob entries of a commit's recursive tree, by `owner/repo@commit`. */
  trees: LruCache<string, TreeEntry[]>
  /** File contents, by `owner/repo:blob` or `owner/repo@commit:path`. */
  files: LruCache<string, Uint8Array | null>
  /** A pull request's commits, by `owner/repo@base..head` (see {@link GitHubReader.listCommits}). */
  commits: LruCache<string, CommitData[]>
  /** A pull request's changed files, by `owner/repo#number@base..head` (see {@link GitHubReader.listFiles}). */
  changedFiles: LruCache<string, FileData[]>
}

export interface ReviewData {
  id: number
  user: { login: string; type?: string } | null
  state: string
  submitted_at?: string | null
  commit_id: string | null
}

export interface CommitData {
  sha: string
  author: { login: string } | null
  committer: { login: string } | null
}

export interface FileData {
  filename: string
  status: string
  previous_filename?: string
}

export interface CheckRunData {
  id: number
  name: string
  status?: string | null
  conclusion: string | null
  /** What the run says: the check-run write compares it, so an unchanged result is not written again. */
  output?: { title: string | null; summary: string | null; text: string | null }
  /** The App that wrote the run. */
  appId?: number
  /** When the run was created (GitHub's time unless its writer set it). */
  startedAt?: string
}

export interface CommentData {
  id: number
  user: { login: string; type?: string } | null
  body?: string
  created_at: string
  updated_at: string
}

/** Raised when a read cannot give a trustworthy answer (not an HTTP failure, which Octokit raises). */
export class ReadError extends Error {}

/** A file the bot reads (a manifest, the config) larger than the manifest limit is refused, not parsed. */
function refuseLarge(size: number, what: string): void {
  if (size > MAX_SOURCE_BYTES)
    throw new ReadError(
      `${what} is ${size} bytes, more than the ${MAX_SOURCE_BYTES} bytes (1 MiB) modelgate reads; make it smaller`,
    )
}

/**
 * Every GitHub read the approval check makes, one method per REST operation, against one
 * repository with the installation's client. Lists are paginated at 100 per page; trees and files
 * at a commit are cached, since a SHA names its content forever. Nothing here decides anything.
 */
export class GitHubReader {
  constructor(
    private readonly octokit: ProbotOctokit,
    readonly owner: string,
    readonly repo: string,
    private readonly caches: ReaderCaches,
  ) {}

  private get fullName(): string {
    return `${this.owner}/${this.repo}`
  }

  /**
   * Primes {@link readFileAt}'s cache with a file read another way (`null`: not there at `commit`).
   * One over the size limit is not kept: reading it is where it is refused, if it ever is read.
   */
  rememberFileAt(commit: string, path: string, content: Uint8Array | null): void {
    if (content !== null && content.byteLength > MAX_SOURCE_BYTES) return
    this.caches.files.set(`${this.fullName}@${commit}:${path}`, content)
  }

  /** `repos/get-content` (raw) at a ref; `null` when the file does not exist there. Cached when `ref` is a SHA. */
  async readFileAt(ref: string, path: string): Promise<Uint8Array | null> {
    const key = `${this.fullName}@${ref}:${path}`
    const immutable = /^[0-9a-f]{40}$/.test(ref)
    if (immutable && this.caches.files.has(key)) return this.caches.files.get(key) ?? null
    let content: Uint8Array | null
    try {
      const { data } = await this.octokit.rest.repos.getContent({
        owner: this.owner,
        repo: this.repo,
        path,
        ref,
        mediaType: { format: 'raw' },
      })
      content = typeof data === 'string' ? Buffer.from(data, 'utf8') : null
      if (content === null) throw new ReadError(`${path} at ${ref} is not a file`)
      refuseLarge(content.byteLength, `${path} at ${ref}`)
    } catch (error) {
      if (statusOf(error) !== 404) throw error
      content = null
    }
    if (immutable) this.caches.files.set(key, content)
    return content
  }

  /**
   * `git/get-blob`, cached by blob SHA. `entry` names the file for messages and, when its size is
   * known from the tree, refuses a blob over 1 MiB without downloading it.
   */
  async readBlob(sha: string, entry?: Pick<TreeEntry, 'path' | 'size'>): Promise<Uint8Array> {
    const key = `${this.fullName}:${sha}`
    const cached = this.caches.files.get(key)
    if (cached) return cached
    const what = entry?.path ?? `blob ${sha.slice(0, 7)}`
    if (entry?.size !== undefined) refuseLarge(entry.size, what)
    const { data } = await this.octokit.rest.git.getBlob({
      owner: this.owner,
      repo: this.repo,
      file_sha: sha,
    })
    refuseLarge(data.size ?? 0, what)
    const content = Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8')
    this.caches.files.set(key, content)
    return content
  }

  /**
   * `git/get-tree?recursive=1` of a commit: every entry but folders (files, symbolic links and
   * submodules) with its object id and mode, so the governed digest sees a link or a submodule too.
   * Refuses a truncated tree.
   */
  async readTree(commitSha: string): Promise<TreeEntry[]> {
    const cached = this.caches.trees.get(`${this.fullName}@${commitSha}`)
    if (cached) return cached
    const { entries } = await this.readTreeOf(commitSha)
    this.caches.trees.set(`${this.fullName}@${commitSha}`, entries)
    return entries
  }

  /**
   * {@link readTree} of any tree-ish (a commit, a tree or a branch name, which GitHub resolves), with
   * the root tree's id: reading a branch this way pins its content in one request. Cached by that id.
   */
  async readTreeOf(treeIsh: string): Promise<{ sha: string; entries: TreeEntry[] }> {
    const { data } = await this.octokit.rest.git.getTree({
      owner: this.owner,
      repo: this.repo,
      tree_sha: treeIsh,
      recursive: '1',
    })
    if (data.truncated)
      throw new ReadError(`the tree of ${treeIsh.slice(0, 40)} is too large for one request (truncated)`)
    const entries = data.tree
      .filter((entry) => (entry.type === 'blob' || entry.type === 'commit') && entry.path && entry.sha)
      .map((entry): TreeEntry => ({
        path: entry.path,
        blobSha: entry.sha,
        mode: entry.mode,
        ...(entry.size !== undefined ? { size: entry.size } : {}),
      }))
    this.caches.trees.set(`${this.fullName}@${data.sha}`, entries)
    return { sha: data.sha, entries }
  }

  /**
   * Remembers a file this bot wrote (its blob id is computed as git does), so reading it back is
   * free: the next command on that folder finds the promotion's own files in the cache.
   */
  rememberBlob(content: string): string {
    const bytes = Buffer.from(content, 'utf8')
    const sha = createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex')
    this.caches.files.set(`${this.fullName}:${sha}`, bytes)
    return sha
  }

  /**
   * `pulls/list-files`, every page, cached by the base and head SHAs the payload named: the files a
   * pull request changes are the diff from the merge base of those two commits to the head, fixed
   * once both are. A push or a base update names a new pair. GitHub lists at most 3000 files: a list
   * that may be cut short (3000 listed, or fewer than the `changed_files` the payload counted)
   * cannot tell which models the pull request touches, so it is refused (the check fails closed).
   */
  async listFiles(pull: number, baseSha: string, headSha: string, counted?: number): Promise<FileData[]> {
    const key = `${this.fullName}#${pull}@${baseSha}..${headSha}`
    const cached = this.caches.changedFiles.get(key)
    if (cached) return cached
    const files = await this.octokit.paginate(this.octokit.rest.pulls.listFiles, this.params(pull))
    if (mayBeCutShort(files.length, MAX_LISTED_FILES, counted))
      throw new ReadError(
        `pull request #${pull} changes ${Math.max(counted ?? 0, files.length)}${counted === undefined ? ' or more' : ''} files and GitHub lists only ${files.length}, so the models it touches cannot all be known; split it into pull requests of fewer than ${MAX_LISTED_FILES} files`,
      )
    const result = files.map((file) => ({
      filename: file.filename,
      status: file.status,
      ...(file.previous_filename ? { previous_filename: file.previous_filename } : {}),
    }))
    this.caches.changedFiles.set(key, result)
    return result
  }

  /** `pulls/list-reviews`, every page, oldest first. */
  listReviews(pull: number): Promise<ReviewData[]> {
    return this.octokit.paginate(this.octokit.rest.pulls.listReviews, this.params(pull))
  }

  /**
   * `pulls/list-commits`, every page (GitHub lists at most 250 commits), cached by the base and
   * head SHAs the payload named: the commits of `base..head` never change for a pair of SHAs. When
   * the base branch has moved on since, the cached list is the same or longer (commits merged into
   * the base drop out of the pull request), so the cache can only exclude more contributors, never fewer.
   */
  async listCommits(pull: number, baseSha: string, headSha: string): Promise<CommitData[]> {
    const key = `${this.fullName}@${baseSha}..${headSha}`
    const cached = this.caches.commits.get(key)
    if (cached) return cached
    const commits = await this.octokit.paginate(this.octokit.rest.pulls.listCommits, this.params(pull))
    const login = (user: unknown) =>
      user && typeof (user as { login?: unknown }).login === 'string'
        ? { login: (user as { login: string }).login }
        : null
    const result = commits.map((commit) => ({
      sha: commit.sha,
      author: login(commit.author),
      committer: login(commit.committer),
    }))
    // Only a list that ends at the head we were told about describes base..head.
    if (result.at(-1)?.sha === headSha) this.caches.commits.set(key, result)
    return result
  }

  /** `issues/list-comments` on the pull request, every page. */
  listComments(pull: number): Promise<CommentData[]> {
    return this.octokit.paginate(this.octokit.rest.issues.listComments, {
      owner: this.owner,
      repo: this.repo,
      issue_number: pull,
      per_page: 100,
    })
  }

  /**
   * `checks/list-for-ref` of a commit, the latest run of each name, every page; oldest first (by
   * id), so the last run of a name is its newest whatever order GitHub lists them in.
   */
  async listCheckRuns(sha: string): Promise<CheckRunData[]> {
    const runs = await this.octokit.paginate(this.octokit.rest.checks.listForRef, {
      owner: this.owner,
      repo: this.repo,
      ref: sha,
      filter: 'latest',
      per_page: 100,
    })
    return runs
      .map((run) => ({
        id: run.id,
        name: run.name,
        status: run.status,
        conclusion: run.conclusion,
        output: { title: run.output.title, summary: run.output.summary, text: run.output.text },
        ...(run.app?.id !== undefined ? { appId: run.app.id } : {}),
        ...(run.started_at ? { startedAt: run.started_at } : {}),
      }))
      .sort((a, b) => a.id - b.id)
  }

  /**
   * `teams/list-members-in-org` (`org/team`), 100 per page: which of `wanted` are active members
   * (the list holds no pending invitations). Stops paging once every wanted login was found, so a
   * team of any size costs one request when it fits in a page. A team that does not exist is an
   * error (404), not an empty team: a misspelt team in the policy must fail closed and say so.
   */
  async teamMembersAmong(team: string, wanted: readonly string[]): Promise<string[]> {
    const [org = '', slug = ''] = team.split('/')
    const missing = new Map(wanted.map((login) => [login.toLowerCase(), login]))
    const found: string[] = []
    if (missing.size === 0) return found
    await this.octokit.paginate(
      this.octokit.rest.teams.listMembersInOrg,
      { org, team_slug: slug, per_page: 100 },
      (response, done) => {
        for (const member of response.data) {
          const login = missing.get(member.login.toLowerCase())
          if (login === undefined) continue
          found.push(login)
          missing.delete(member.login.toLowerCase())
        }
        if (missing.size === 0) done()
        return []
      },
    )
    return found
  }

  /** `repos/get-collaborator-permission-level`: the role (`admin` … `read`), or `undefined` for none. */
  async permissionOf(login: string): Promise<string | undefined> {
    const { data } = await this.octokit.rest.repos.getCollaboratorPermissionLevel({
      owner: this.owner,
      repo: this.repo,
      username: login,
    })
    const role = (data as { role_name?: string }).role_name ?? data.permission
    return role === 'none' ? undefined : role
  }

  private params(pull: number) {
    return { owner: this.owner, repo: this.repo, pull_number: pull, per_page: 100 }
  }
}

/** The HTTP status of an Octokit error, if it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

/** An error as one line: `HTTP 502: Bad Gateway`, or the message of one that got no answer. */
export function messageOf(error: unknown): string {
  const status = statusOf(error)
  const message = error instanceof Error ? error.message : String(error)
  return status === undefined ? message : `HTTP ${status}: ${message}`
}

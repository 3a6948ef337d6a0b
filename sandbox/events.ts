import { createRequire } from 'node:module'
import { commitBody } from './commit-body.js'
import type { Emulator } from './emulator.js'
import { instantiate, now, simpleUser } from './shapes.js'
import type { CommitStatus, Installation, Repo, User } from './state.js'

interface ExampleGroup {
  name: string
  examples: Record<string, unknown>[]
}

let examples: ExampleGroup[] | undefined

/** GitHub's example delivery of `event` with `action` (else its first one). */
function exampleDelivery(event: string, action: string | undefined): Record<string, unknown> {
  examples ??= createRequire(import.meta.url)(
    '@octokit/webhooks-examples/api.github.com/index.json',
  ) as ExampleGroup[]
  const group = examples.find((candidate) => candidate.name === event)
  const example = group?.examples.find((candidate) => candidate.action === action) ?? group?.examples[0]
  if (!example) throw new Error(`no example delivery for ${event}${action ? `.${action}` : ''}`)
  return example
}

/** A merge queue's group: its commit on a read-only branch, and the base it was built on. */
export interface MergeGroup {
  headSha: string
  /** `refs/heads/gh-readonly-queue/<base>/pr-<number>-<head sha>`. */
  headRef: string
  baseSha: string
  baseRef: string
}

/**
 * Webhook payloads, built from GitHub's real example deliveries (`@octokit/webhooks-examples`) with
 * our repository, users and objects substituted, then sent by {@link Emulator.webhooks}.
 */
export class Events {
  constructor(private readonly emulator: Emulator) {}

  /** A real example delivery of `event` (with `action`), instantiated for `repo`. */
  example(event: string, action: string | undefined, repo: Repo): Record<string, unknown> {
    const example = exampleDelivery(event, action)
    const {
      installation: _installation,
      organization: _organization,
      enterprise: _enterprise,
      ...payload
    } = instantiate(example, this.emulator.url, repo) as Record<string, unknown>
    return payload
  }

  /** The `repository` of a webhook payload: the example's, with our identity. */
  repository(repo: Repo, template: unknown): Record<string, unknown> {
    const base = this.emulator.url
    return {
      ...(template as Record<string, unknown>),
      id: repo.id,
      node_id: Buffer.from(`R_${repo.id}`).toString('base64'),
      name: repo.name,
      full_name: repo.fullName,
      private: repo.private,
      owner: this.user(repo.owner),
      default_branch: repo.defaultBranch,
      visibility: repo.private ? 'private' : 'public',
      has_discussions: false,
      topics: [],
      html_url: `${base}/${repo.fullName}`,
      url: `${base}/repos/${repo.fullName}`,
    }
  }

  /**
   * `installation.created`, as GitHub sends it to the App just installed: the installation (its
   * account, selection, the App's permissions and events) and the repositories it can reach.
   */
  installationCreated(
    installation: Installation,
    repositories: Repo[],
    sender: User,
  ): Record<string, unknown> {
    const base = this.emulator.url
    const { installation: template } = instantiate(exampleDelivery('installation', 'created'), base) as {
      installation: Record<string, unknown>
    }
    const { app, account, id } = installation
    return {
      action: 'created',
      installation: {
        ...template,
        id,
        account: this.user(account),
        repository_selection: installation.repositories ? 'selected' : 'all',
        access_tokens_url: `${base}/app/installations/${id}/access_tokens`,
        repositories_url: `${base}/installation/repositories`,
        html_url: `${base}/settings/installations/${id}`,
        app_id: app.id,
        app_slug: app.slug,
        target_id: account.id,
        target_type: account.type === 'Organization' ? 'Organization' : 'User',
        permissions: app.permissions,
        events: app.events,
        // The example has epoch numbers here; the webhook schema (and GitHub today) ISO strings.
        created_at: now(),
        updated_at: now(),
      },
      repositories: repositories.map((repo) => ({
        id: repo.id,
        node_id: Buffer.from(`R_${repo.id}`).toString('base64'),
        name: repo.name,
        full_name: repo.fullName,
        private: repo.private,
      })),
      sender: this.user(sender),
    }
  }

  /** `merge_group.checks_requested`: a merge queue asks for the checks of a group's commit. */
  mergeGroup(repo: Repo, group: MergeGroup, sender: User): Record<string, unknown> {
    const example = this.example('merge_group', 'checks_requested', repo)
    return {
      ...example,
      action: 'checks_requested',
      merge_group: {
        head_sha: group.headSha,
        head_ref: group.headRef,
        base_sha: group.baseSha,
        base_ref: group.baseRef,
        head_commit: this.commit(repo, group.headSha),
      },
      // The example's repository says `homepage: ""`, which its own schema refuses (a URI or null).
      repository: { ...this.repository(repo, example.repository), homepage: null },
      sender: this.user(sender),
    }
  }

  /**
   * `status`: a commit status was posted. `branches` are those whose history contains the commit
   * (at most 10), which, as GitHub's webhook reference says, need not have it as their head.
   */
  status(status: CommitStatus): void {
    const { repo } = status
    const base = this.emulator.url
    const example = this.example('status', undefined, repo)
    this.emulator.webhooks.emit('status', repo, {
      ...example,
      id: status.id,
      sha: status.sha,
      name: repo.fullName,
      target_url: status.targetUrl,
      avatar_url: null,
      context: status.context,
      description: status.description,
      state: status.state,
      commit: commitBody({ emulator: this.emulator, baseUrl: base }, repo, status.sha),
      branches: repo.git.branchesContaining(status.sha, 10).map((branch) => ({
        name: branch.name,
        commit: { sha: branch.sha, url: `${base}/repos/${repo.fullName}/commits/${branch.sha}` },
        protected: false,
      })),
      created_at: status.createdAt,
      updated_at: status.createdAt,
      repository: this.repository(repo, example.repository),
      sender: this.user(status.creator),
    })
  }

  /** A commit as webhooks describe it (`head_commit`, push `commits`). */
  private commit(repo: Repo, sha: string): Record<string, unknown> {
    const commit = repo.git.readCommit(sha)!
    return {
      id: sha,
      tree_id: commit.tree,
      message: commit.message,
      timestamp: commit.committer.date,
      author: { name: commit.author.name, email: commit.author.email },
      committer: { name: commit.committer.name, email: commit.committer.email },
    }
  }

  user(user: User): Record<string, unknown> {
    return simpleUser(user, this.emulator.url)
  }

  /** `push`: a branch moved from `before` to `after`. */
  push(repo: Repo, ref: string, before: string, after: string, forced: boolean, sender: User): void {
    const payload = this.example('push', undefined, repo)
    const created = /^0+$/.test(before)
    const shas = created ? [after] : repo.git.commitsBetween(before, after)
    const commits = shas.slice(-20).map((sha) => ({
      ...this.commit(repo, sha),
      distinct: true,
      url: `${this.emulator.url}/${repo.fullName}/commit/${sha}`,
      added: [],
      removed: [],
      modified: [],
    }))
    this.emulator.webhooks.emit('push', repo, {
      ...payload,
      ref,
      before,
      after,
      created,
      deleted: false,
      forced,
      base_ref: null,
      compare: `${this.emulator.url}/${repo.fullName}/compare/${before.slice(0, 12)}...${after.slice(0, 12)}`,
      commits,
      head_commit: commits.at(-1) ?? null,
      repository: this.repository(repo, payload.repository),
      pusher: { name: sender.login, email: sender.email ?? null },
      sender: this.user(sender),
    })
  }
}

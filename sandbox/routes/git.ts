import { branchMoved } from '../events-pulls.js'
import { HttpError } from '../http-error.js'
import type { GitSignature } from '../git-store.js'
import { now } from '../shapes.js'
import type { Repo, User } from '../state.js'
import type { Handler, RequestContext } from './context.js'
import { repoFor } from './context.js'

/** The Git Data API, answered from the repository's bare git repo. */
const blobUrl = (c: RequestContext, repo: Repo, sha: string) =>
  `${c.baseUrl}/repos/${repo.fullName}/git/blobs/${sha}`
const treeUrl = (c: RequestContext, repo: Repo, sha: string) =>
  `${c.baseUrl}/repos/${repo.fullName}/git/trees/${sha}`
const commitUrl = (c: RequestContext, repo: Repo, sha: string) =>
  `${c.baseUrl}/repos/${repo.fullName}/git/commits/${sha}`

export function gitCommitBody(context: RequestContext, repo: Repo, sha: string): Record<string, unknown> {
  const commit = repo.git.readCommit(sha)
  if (!commit) throw new HttpError(404, 'Not Found')
  return {
    sha,
    node_id: Buffer.from(`C_${sha}`).toString('base64'),
    url: commitUrl(context, repo, sha),
    html_url: `${context.baseUrl}/${repo.fullName}/commit/${sha}`,
    author: commit.author,
    committer: commit.committer,
    message: commit.message,
    tree: { sha: commit.tree, url: treeUrl(context, repo, commit.tree) },
    parents: commit.parents.map((parent) => ({
      sha: parent,
      url: commitUrl(context, repo, parent),
      html_url: `${context.baseUrl}/${repo.fullName}/commit/${parent}`,
    })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  }
}

export function refBody(
  context: RequestContext,
  repo: Repo,
  ref: string,
  sha: string,
): Record<string, unknown> {
  return {
    ref,
    node_id: Buffer.from(`REF_${repo.id}_${ref}`).toString('base64'),
    url: `${context.baseUrl}/repos/${repo.fullName}/git/${ref}`,
    object: { type: repo.git.objectType(sha) ?? 'commit', sha, url: commitUrl(context, repo, sha) },
  }
}

function treeBody(
  context: RequestContext,
  repo: Repo,
  sha: string,
  recursive: boolean,
): Record<string, unknown> {
  if (repo.git.objectType(sha) !== 'tree') throw new HttpError(404, 'Not Found')
  return {
    sha,
    url: treeUrl(context, repo, sha),
    truncated: false,
    tree: repo.git.readTree(sha, recursive).map((entry) => ({
      ...entry,
      url: entry.type === 'blob' ? blobUrl(context, repo, entry.sha) : treeUrl(context, repo, entry.sha),
    })),
  }
}

function signature(
  given: Partial<GitSignature> | undefined,
  fallback: { name: string; email: string },
): GitSignature {
  return {
    name: given?.name ?? fallback.name,
    email: given?.email ?? fallback.email,
    date: given?.date ?? now(),
  }
}

/** The user an action is attributed to: the person, or the App's bot account. */
export function actingUser(context: RequestContext): User {
  const actor = context.actor!
  return actor.kind === 'app' ? actor.app.bot : actor.user
}

/** `refs/heads/x` for the create-ref body; `heads/x` in paths (GitHub accepts both in paths). */
const fullRef = (ref: string) => (ref.startsWith('refs/') ? ref : `refs/${ref}`)

export const gitRoutes: Record<string, Handler> = {
  'git/create-blob': (context) => {
    const repo = repoFor(context, 'write')
    const { content, encoding = 'utf-8' } = context.body as { content: string; encoding?: string }
    if (encoding !== 'utf-8' && encoding !== 'base64')
      throw new HttpError(422, `encoding must be utf-8 or base64`)
    const sha = repo.git.writeBlob(Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8'))
    return {
      status: 201,
      body: { sha, url: blobUrl(context, repo, sha) },
      headers: { location: blobUrl(context, repo, sha) },
    }
  },

  'git/get-blob': (context) => {
    const repo = repoFor(context)
    const sha = context.params.file_sha!
    if (repo.git.objectType(sha) !== 'blob') throw new HttpError(404, 'Not Found')
    const content = repo.git.readBlob(sha)
    return {
      status: 200,
      body: {
        sha,
        node_id: Buffer.from(`B_${sha}`).toString('base64'),
        size: content.length,
        url: blobUrl(context, repo, sha),
        content: content.toString('base64'),
        encoding: 'base64',
      },
    }
  },

  'git/create-tree': (context) => {
    const repo = repoFor(context, 'write')
    const { base_tree: base, tree } = context.body as {
      base_tree?: string
      tree: { path: string; mode: string; type?: string; sha?: string | null; content?: string }[]
    }
    if (base && repo.git.objectType(base) !== 'tree')
      throw new HttpError(422, 'base_tree is not a valid tree oid')
    const entries = tree.map((entry) => {
      if (entry.content !== undefined)
        return { path: entry.path, mode: entry.mode, sha: repo.git.writeBlob(Buffer.from(entry.content)) }
      if (entry.sha === null || entry.sha === undefined)
        return { path: entry.path, mode: entry.mode, sha: null }
      if (!repo.git.objectType(entry.sha))
        throw new HttpError(422, `tree.sha ${entry.sha} is not a valid blob`)
      return { path: entry.path, mode: entry.mode, sha: entry.sha }
    })
    const sha = repo.git.writeTree(base, entries)
    return {
      status: 201,
      body: treeBody(context, repo, sha, false),
      headers: { location: treeUrl(context, repo, sha) },
    }
  },

  'git/get-tree': (context) => {
    const repo = repoFor(context)
    const sha = repo.git.resolve(`${context.params.tree_sha!}^{tree}`)
    if (!sha) throw new HttpError(404, 'Not Found')
    return {
      status: 200,
      body: treeBody(context, repo, sha, ['1', 'true'].includes(context.query.get('recursive') ?? '')),
    }
  },

  'git/create-commit': (context) => {
    const repo = repoFor(context, 'write')
    const body = context.body as {
      message: string
      tree: string
      parents?: string[]
      author?: Partial<GitSignature>
      committer?: Partial<GitSignature>
    }
    if (repo.git.objectType(body.tree) !== 'tree') throw new HttpError(422, 'Tree SHA does not exist')
    for (const parent of body.parents ?? [])
      if (repo.git.objectType(parent) !== 'commit')
        throw new HttpError(422, 'Parent SHA does not exist or is not a commit object')
    const user = actingUser(context)
    const author = signature(body.author, {
      name: user.login,
      email: user.email ?? `${user.login}@users.noreply.emulator.invalid`,
    })
    const sha = repo.git.commitTree(
      body.tree,
      body.parents ?? [],
      body.message,
      author,
      signature(body.committer, author),
    )
    return {
      status: 201,
      body: gitCommitBody(context, repo, sha),
      headers: { location: commitUrl(context, repo, sha) },
    }
  },

  'git/get-commit': (context) => {
    const repo = repoFor(context)
    return { status: 200, body: gitCommitBody(context, repo, context.params.commit_sha!) }
  },

  'git/get-ref': (context) => {
    const repo = repoFor(context)
    const ref = fullRef(context.params.ref!)
    const sha = repo.git.resolve(ref)
    if (!sha) throw new HttpError(404, 'Not Found')
    return { status: 200, body: refBody(context, repo, ref, sha) }
  },

  'git/list-matching-refs': (context) => {
    const repo = repoFor(context)
    const prefix = fullRef(context.params.ref!)
    const refs = repo.git.listRefs('refs/').filter(({ ref }) => ref.startsWith(prefix))
    return { status: 200, body: refs.map(({ ref, sha }) => refBody(context, repo, ref, sha)) }
  },

  /** Creating a ref that exists fails with 422: the promotion lock relies on it. */
  'git/create-ref': (context) => {
    const repo = repoFor(context, 'write')
    const { ref, sha } = context.body as { ref: string; sha: string }
    if (!ref.startsWith('refs/') || ref.split('/').length < 3)
      throw new HttpError(422, 'Reference name must start with refs/ and have at least two slashes.')
    repo.git.createRef(ref, sha)
    const created = refBody(context, repo, ref, sha)
    return { status: 201, body: created, headers: { location: String(created.url) } }
  },

  /** Non-fast-forward updates fail with 422 unless `force`: our optimistic lock. */
  'git/update-ref': (context) => {
    const repo = repoFor(context, 'write')
    const ref = fullRef(context.params.ref!)
    const { sha, force = false } = context.body as { sha: string; force?: boolean }
    const before = repo.git.resolve(ref)
    repo.git.updateRef(ref, sha, force)
    context.emulator.events.push(repo, ref, before!, sha, force, actingUser(context))
    branchMoved(context.emulator, repo, ref, before!, sha, actingUser(context))
    return { status: 200, body: refBody(context, repo, ref, sha) }
  },

  'git/delete-ref': (context) => {
    const repo = repoFor(context, 'write')
    repo.git.deleteRef(fullRef(context.params.ref!))
    return { status: 204 }
  },
}

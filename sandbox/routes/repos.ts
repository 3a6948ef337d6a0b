import { branchMoved } from '../events-pulls.js'
import { HttpError } from '../http-error.js'
import type { Repo } from '../state.js'
import type { Handler, RequestContext } from './context.js'
import { repoFor } from './context.js'
import { actingUser, gitCommitBody } from './git.js'

function contentBody(
  context: RequestContext,
  repo: Repo,
  path: string,
  ref: string,
  sha: string,
  content?: Buffer,
): Record<string, unknown> {
  const url = `${context.baseUrl}/repos/${repo.fullName}/contents/${path}?ref=${encodeURIComponent(ref)}`
  const gitUrl = `${context.baseUrl}/repos/${repo.fullName}/git/blobs/${sha}`
  const htmlUrl = `${context.baseUrl}/${repo.fullName}/blob/${ref}/${path}`
  return {
    type: 'file',
    ...(content
      ? { encoding: 'base64', content: content.toString('base64'), size: content.length }
      : { size: 0 }),
    name: path.split('/').pop()!,
    path,
    sha,
    url,
    git_url: gitUrl,
    html_url: htmlUrl,
    download_url: `${context.baseUrl}/raw/${repo.fullName}/${ref}/${path}`,
    _links: { self: url, git: gitUrl, html: htmlUrl },
  }
}

export const repoRoutes: Record<string, Handler> = {
  'repos/get': (context) => ({
    status: 200,
    body: context.emulator.repositoryBody(repoFor(context), context.baseUrl),
  }),

  /** A file (base64 content) or a folder listing at `ref` (default branch by default). */
  'repos/get-content': (context) => {
    const repo = repoFor(context)
    const ref = context.query.get('ref') ?? repo.defaultBranch
    const commit = repo.git.resolveCommit(ref)
    if (!commit) throw new HttpError(404, `No commit found for the ref ${ref}`)
    const path = context.params.path!.replace(/^\/+|\/+$/g, '')
    const file = path === '' ? undefined : repo.git.readFile(commit, path)
    if (file && /application\/vnd\.github(\.v3)?\.raw/.test(String(context.headers.accept))) {
      // The raw media type (what Probot's context.config() asks for): the bytes themselves.
      return {
        status: 200,
        raw: file.content,
        headers: { 'content-type': 'application/vnd.github.v3.raw; charset=utf-8' },
      }
    }
    if (file) return { status: 200, body: contentBody(context, repo, path, ref, file.sha, file.content) }
    const tree = repo.git.resolve(path === '' ? `${commit}^{tree}` : `${commit}:${path}`)
    if (!tree || repo.git.objectType(tree) !== 'tree') throw new HttpError(404, 'Not Found')
    const entries = repo.git.readTree(tree).map((entry) => {
      const entryPath = path === '' ? entry.path : `${path}/${entry.path}`
      return {
        ...contentBody(context, repo, entryPath, ref, entry.sha),
        type: entry.type === 'tree' ? 'dir' : 'file',
        size: entry.size ?? 0,
        download_url:
          entry.type === 'tree' ? null : `${context.baseUrl}/raw/${repo.fullName}/${ref}/${entryPath}`,
      }
    })
    return { status: 200, body: entries }
  },

  /** Creates or updates one file as one commit; `sha` must name the current blob when the file exists. */
  'repos/create-or-update-file-contents': (context) => {
    const repo = repoFor(context, 'write')
    const body = context.body as { message: string; content: string; sha?: string; branch?: string }
    const branch = body.branch ?? repo.defaultBranch
    const ref = `refs/heads/${branch}`
    const parent = repo.git.resolveCommit(ref)
    // An empty repository gets its first (root) commit on the default branch, as on GitHub.
    const empty = !parent && branch === repo.defaultBranch && repo.git.listRefs('refs/heads/').length === 0
    if (!parent && !empty) throw new HttpError(404, `Branch ${branch} not found`)
    const path = context.params.path!
    const existing = parent ? repo.git.readFile(parent, path) : undefined
    if (existing && body.sha !== existing.sha) {
      throw new HttpError(
        existing && !body.sha ? 422 : 409,
        existing && !body.sha
          ? `Invalid request.\n\n"sha" wasn't supplied.`
          : `${path} does not match ${body.sha ?? ''}`,
      )
    }
    const content = Buffer.from(body.content, 'base64')
    const blob = repo.git.writeBlob(content)
    const baseTree = parent ? repo.git.readCommit(parent)!.tree : undefined
    const tree = repo.git.writeTree(baseTree, [{ path, mode: '100644', sha: blob }])
    const user = actingUser(context)
    const signature = {
      name: user.login,
      email: user.email ?? `${user.login}@users.noreply.emulator.invalid`,
      date: new Date().toISOString(),
    }
    const sha = repo.git.commitTree(tree, parent ? [parent] : [], body.message, signature, signature)
    if (parent) repo.git.updateRef(ref, sha, false)
    else repo.git.createRef(ref, sha)
    const before = parent ?? '0'.repeat(40)
    context.emulator.events.push(repo, ref, before, sha, false, user)
    branchMoved(context.emulator, repo, ref, before, sha, user)
    const commit = gitCommitBody(context, repo, sha)
    const written = { ...contentBody(context, repo, path, branch, blob, undefined), size: content.length }
    return { status: existing ? 200 : 201, body: { content: written, commit } }
  },
}

import type { Emulator } from './emulator.js'
import type { GitCommit } from './git-store.js'
import { HttpError } from './http-error.js'
import { simpleUser } from './shapes.js'
import type { Repo } from './state.js'

/**
 * A commit as the commits, compare and pull request APIs answer it (`commit` schema), and as the
 * `status` webhook embeds it. `commit` saves a read when the caller already has it.
 */
export function commitBody(
  where: { emulator: Emulator; baseUrl: string },
  repo: Repo,
  sha: string,
  commit: GitCommit | undefined = repo.git.readCommit(sha),
): Record<string, unknown> {
  if (!commit) throw new HttpError(404, `No commit found for SHA: ${sha}`)
  const { emulator, baseUrl } = where
  const api = `${baseUrl}/repos/${repo.fullName}`
  const html = `${baseUrl}/${repo.fullName}`
  // GitHub links a commit to the account whose email it carries, or whose no-reply address it is
  // (`<id>+<login>@users.noreply.github.com`).
  const accountFor = (email: string) => {
    const noreply = /^(\d+)\+([^@]+)@users\.noreply\.github\.com$/i.exec(email)
    const user = [...emulator.state.users.values()].find((candidate) =>
      noreply
        ? String(candidate.id) === noreply[1] && candidate.login.toLowerCase() === noreply[2]!.toLowerCase()
        : candidate.email === email,
    )
    return user ? simpleUser(user, baseUrl) : null
  }
  return {
    url: `${api}/commits/${sha}`,
    sha,
    node_id: Buffer.from(`C_${sha}`).toString('base64'),
    html_url: `${html}/commit/${sha}`,
    comments_url: `${api}/commits/${sha}/comments`,
    commit: {
      url: `${api}/git/commits/${sha}`,
      author: commit.author,
      committer: commit.committer,
      message: commit.message,
      tree: { url: `${api}/git/trees/${commit.tree}`, sha: commit.tree },
      comment_count: 0,
      verification: {
        verified: false,
        reason: 'unsigned',
        signature: null,
        payload: null,
        verified_at: null,
      },
    },
    author: accountFor(commit.author.email),
    committer: accountFor(commit.committer.email),
    parents: commit.parents.map((parent) => ({
      sha: parent,
      url: `${api}/commits/${parent}`,
      html_url: `${html}/commit/${parent}`,
    })),
  }
}

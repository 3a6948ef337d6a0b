import type { Repo, User } from './state.js'

/**
 * Builders of GitHub-shaped objects. Where GitHub's schema is large, start from the spec's own
 * example (`OpenApi.example`) and `instantiate` it: the example's octocat URLs and names become ours.
 */
export function simpleUser(user: User, baseUrl: string): Record<string, unknown> {
  const login = encodeURIComponent(user.login) // `modelgate[bot]` → `modelgate%5Bbot%5D`, as GitHub writes it
  const url = `${baseUrl}/users/${login}`
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId('U', user.id),
    avatar_url: `${baseUrl}/avatars/${login}`,
    gravatar_id: '',
    url,
    html_url: `${baseUrl}/${login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: user.type,
    site_admin: false,
    ...(user.name ? { name: user.name } : {}),
    ...(user.email ? { email: user.email } : {}),
  }
}

/** A repository object (`repository` / `full-repository`), from the spec's example of `repos/get`. */
export function repository(repo: Repo, baseUrl: string, template: unknown): Record<string, unknown> {
  const base = instantiate(template, baseUrl, repo) as Record<string, unknown>
  for (const key of [
    'organization',
    'parent',
    'source',
    'template_repository',
    'license',
    'security_and_analysis',
    'code_of_conduct',
  ]) {
    delete base[key]
  }
  return {
    ...base,
    id: repo.id,
    node_id: nodeId('R', repo.id),
    name: repo.name,
    full_name: repo.fullName,
    owner: withoutContact(simpleUser(repo.owner, baseUrl)),
    ...(repo.owner.type === 'Organization'
      ? { organization: withoutContact(simpleUser(repo.owner, baseUrl)) }
      : {}),
    private: repo.private,
    visibility: repo.private ? 'private' : 'public',
    fork: false,
    default_branch: repo.defaultBranch,
    created_at: repo.createdAt,
    updated_at: repo.createdAt,
    pushed_at: repo.createdAt,
    permissions: { admin: true, maintain: true, push: true, triage: true, pull: true },
    license: null,
    language: null,
    web_commit_signoff_required: false,
    allow_update_branch: false,
    use_squash_pr_title_as_default: false,
  }
}

/** A user as embedded in a repository or a review request: GitHub leaves out name and email there. */
export function withoutContact(user: Record<string, unknown>): Record<string, unknown> {
  const { name: _name, email: _email, ...rest } = user
  return rest
}

/**
 * A spec example turned into ours: `octocat/Hello-World` becomes the repository's full name and
 * GitHub's hosts become the emulator's address.
 */
export function instantiate(template: unknown, baseUrl: string, repo?: Repo): unknown {
  let text = JSON.stringify(template ?? {})
  if (repo)
    text = text
      .replaceAll('octocat/Hello-World', repo.fullName)
      .replaceAll('"Hello-World"', JSON.stringify(repo.name))
  text = text.replaceAll('https://api.github.com', baseUrl).replaceAll('https://github.com', baseUrl)
  return JSON.parse(text)
}

/** A GitHub-style global node id. */
export function nodeId(prefix: string, id: number): string {
  return Buffer.from(`${prefix}_${id}`).toString('base64').replace(/=+$/, '')
}

export function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
}

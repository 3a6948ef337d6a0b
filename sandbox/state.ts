import type { GitStore } from './git-store.js'

/** A GitHub account: a person, a bot (an App's installation identity) or an organization. */
export interface User {
  id: number
  login: string
  type: 'User' | 'Bot' | 'Organization'
  name?: string
  email?: string
}

export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read'

export interface Label {
  id: number
  name: string
  color: string
  description: string | null
}

export interface Repo {
  id: number
  owner: User
  name: string
  fullName: string
  defaultBranch: string
  private: boolean
  git: GitStore
  /** Collaborator permissions by login (the owner is admin). */
  permissions: Map<string, Permission>
  labels: Map<string, Label>
  /** Issues and pull requests share one number sequence, as on GitHub. */
  nextNumber: number
  createdAt: string
}

export interface PullRequest {
  id: number
  number: number
  repo: Repo
  title: string
  body: string | null
  user: User
  state: 'open' | 'closed'
  draft: boolean
  base: { ref: string; sha: string }
  head: { ref: string; sha: string; repo: Repo }
  labels: string[]
  /** Reviewers asked for and not yet heard from (`pulls/request-reviewers`), in request order. */
  requestedReviewers: User[]
  /** Team slugs (of the repository owner's organisation) asked to review. */
  requestedTeams: string[]
  merged: boolean
  mergedAt: string | null
  mergedBy: User | null
  mergeCommitSha: string | null
  createdAt: string
  updatedAt: string
  closedAt: string | null
}

export interface Issue {
  id: number
  number: number
  repo: Repo
  title: string
  body: string | null
  user: User
  state: 'open' | 'closed'
  labels: string[]
  createdAt: string
  updatedAt: string
}

export interface Reaction {
  id: number
  user: User
  content: '+1' | '-1' | 'laugh' | 'confused' | 'heart' | 'hooray' | 'rocket' | 'eyes'
  createdAt: string
}

export interface IssueComment {
  id: number
  repo: Repo
  issueNumber: number
  user: User
  body: string
  createdAt: string
  updatedAt: string
  reactions: Reaction[]
  /** The App that wrote it, when written with an installation token. */
  appId?: number
}

export interface Review {
  id: number
  repo: Repo
  pullNumber: number
  user: User
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING'
  body: string
  commitId: string
  submittedAt: string
}

export interface CheckRun {
  id: number
  repo: Repo
  headSha: string
  name: string
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending'
  conclusion: string | null
  output: { title: string | null; summary: string | null; text: string | null }
  externalId: string | null
  detailsUrl: string | null
  startedAt: string | null
  completedAt: string | null
  appId: number
}

export interface CommitStatus {
  id: number
  repo: Repo
  sha: string
  state: 'error' | 'failure' | 'pending' | 'success'
  context: string
  description: string | null
  targetUrl: string | null
  creator: User
  createdAt: string
}

/** A request to deploy a ref (`repos/create-deployment`); its statuses are kept apart. */
export interface Deployment {
  id: number
  repo: Repo
  sha: string
  /** The ref as given (a branch, tag or SHA). */
  ref: string
  task: string
  payload: Record<string, unknown> | string
  /** The environment it was created for; `environment` may change with a status. */
  originalEnvironment: string
  environment: string
  description: string | null
  transientEnvironment: boolean
  productionEnvironment: boolean
  creator: User
  /** The App that created it, when created with an installation token. */
  appId?: number
  createdAt: string
  updatedAt: string
}

export interface DeploymentStatus {
  id: number
  deployment: Deployment
  state: 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success'
  description: string
  environment: string
  targetUrl: string
  logUrl: string
  environmentUrl: string
  creator: User
  appId?: number
  createdAt: string
}

/** A repository ruleset (`repos/create-repo-ruleset`): GitHub's request fields, as sent. */
export interface Ruleset {
  id: number
  repo: Repo
  name: string
  target: 'branch' | 'tag' | 'push'
  enforcement: 'disabled' | 'active' | 'evaluate'
  bypassActors: unknown[]
  conditions: Record<string, unknown> | null
  rules: unknown[]
  createdAt: string
  updatedAt: string
}

export interface App {
  id: number
  slug: string
  name: string
  owner: User
  /** PEM public key that installation-token requests' JWTs must verify against. */
  publicKey: string
  webhookUrl?: string
  /**
   * The webhook URLs of the App's replicas (processes behind a load balancer), when there are
   * several: each delivery goes to the next one in turn, and `webhookUrl` is then not used.
   */
  replicaUrls?: string[]
  webhookSecret?: string
  permissions: Record<string, string>
  events: string[]
  /** The installation identity's account: `<slug>[bot]`. */
  bot: User
}

export interface Installation {
  id: number
  app: App
  account: User
  /** Repositories it can reach (all of the account's when `undefined`). */
  repositories?: Repo[]
}

/** Who a request acts as, from its credentials. */
export type Actor =
  | { kind: 'user'; user: User }
  | { kind: 'app'; app: App }
  | { kind: 'installation'; installation: Installation; user: User; permissions: Record<string, string> }

/** Everything the emulator knows, in memory; git objects live in each repository's bare repo. */
export class EmulatorState {
  private nextId = 1000
  readonly users = new Map<string, User>()
  readonly repos = new Map<string, Repo>()
  readonly pulls: PullRequest[] = []
  readonly issues: Issue[] = []
  readonly comments: IssueComment[] = []
  readonly reviews: Review[] = []
  readonly checkRuns: CheckRun[] = []
  readonly statuses: CommitStatus[] = []
  readonly deployments: Deployment[] = []
  readonly deploymentStatuses: DeploymentStatus[] = []
  readonly rulesets: Ruleset[] = []
  /** `org/team-slug` → member logins. */
  readonly teams = new Map<string, Set<string>>()
  /** `org/team-slug` → the team's id, given the first time a team is shown. */
  private readonly teamIds = new Map<string, number>()
  readonly apps: App[] = []
  readonly installations: Installation[] = []
  readonly tokens = new Map<string, Actor>()

  /** A fresh id, unique across every kind of object. */
  id(): number {
    return this.nextId++
  }

  user(login: string): User | undefined {
    return this.users.get(login.toLowerCase())
  }

  repo(owner: string, name: string): Repo | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase())
  }

  pull(repo: Repo, number: number): PullRequest | undefined {
    return this.pulls.find((pull) => pull.repo === repo && pull.number === number)
  }

  issue(repo: Repo, number: number): Issue | undefined {
    return this.issues.find((issue) => issue.repo === repo && issue.number === number)
  }

  /** A team's id (`org/team-slug`, any case), stable for the emulator's life. */
  teamId(key: string): number {
    const known = this.teamIds.get(key.toLowerCase())
    if (known !== undefined) return known
    const id = this.id()
    this.teamIds.set(key.toLowerCase(), id)
    return id
  }

  /** The installation of `app` that reaches `repo`, if any. */
  installationFor(app: App, repo: Repo): Installation | undefined {
    return this.installations.find(
      (installation) => installation.app === app && installationReaches(installation, repo),
    )
  }

  /** A user's permission on a repository (`none` when they have no access). */
  permissionOf(repo: Repo, login: string): Permission | 'none' {
    if (repo.owner.login.toLowerCase() === login.toLowerCase()) return 'admin'
    return repo.permissions.get(login.toLowerCase()) ?? (repo.private ? 'none' : 'read')
  }
}

/** An installation reaches a repository of its account: all of them, or those it was given. */
export function installationReaches(installation: Installation, repo: Repo): boolean {
  return (
    installation.account === repo.owner &&
    (!installation.repositories || installation.repositories.includes(repo))
  )
}

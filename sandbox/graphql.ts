import { schema as published } from '@octokit/graphql-schema'
import {
  buildClientSchema,
  defaultFieldResolver,
  execute,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type IntrospectionQuery,
  parse,
  validate,
} from 'graphql'
import type { GitStore } from './git-store.js'
import type { HandlerResult } from './routes/context.js'
import type { Actor, EmulatorState } from './state.js'
import { installationReaches } from './state.js'

/*
 * `POST /graphql`, answered from the same repositories as the REST routes: the query is parsed and
 * validated against GitHub's published schema (`@octokit/graphql-schema`) and executed by
 * graphql-js, so every answer has the schema's shape. The emulator resolves the git part of the
 * schema (repository, refs, commits with their history and files, trees, blobs); a field it does
 * not resolve is recorded as a problem, never silently answered null.
 */

let githubSchema: GraphQLSchema | undefined
/** GitHub's schema, built once (≈ 250 ms) on the first GraphQL request. */
function schema(): GraphQLSchema {
  githubSchema ??= buildClientSchema(published.json as unknown as IntrospectionQuery)
  return githubSchema
}

/** An error as GitHub's GraphQL API reports it: `type` says which (NOT_FOUND, FORBIDDEN…). */
class GitHubGraphqlError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message)
  }
}

/** A field of GitHub's schema the emulator does not resolve (recorded where it is met). */
class EmulatorGap extends Error {}

interface GraphqlRequest {
  query?: unknown
  variables?: unknown
  operationName?: unknown
}

/** What resolving needs from the emulator. */
export interface GraphqlScope {
  state: EmulatorState
  actor: Actor | undefined
  problems: string[]
}

/** Answers one `POST /graphql` body. */
export async function answerGraphql(body: unknown, scope: GraphqlScope): Promise<HandlerResult> {
  if (!scope.actor)
    return { status: 401, body: { message: 'This endpoint requires you to be authenticated.' } }
  const request = (body ?? {}) as GraphqlRequest
  if (typeof request.query !== 'string')
    return {
      status: 200,
      body: { errors: [{ message: 'A query attribute must be specified and must be a string.' }] },
    }
  let document
  try {
    document = parse(request.query)
  } catch (error) {
    return { status: 200, body: { errors: [{ message: (error as Error).message }] } }
  }
  const invalid = validate(schema(), document)
  if (invalid.length > 0) {
    for (const error of invalid) scope.problems.push(`graphql request: ${error.message}`)
    return { status: 200, body: { errors: invalid.map((error) => error.toJSON()) } }
  }
  const result = await execute({
    schema: schema(),
    document,
    rootValue: { repository: (args: { owner: string; name: string }) => repository(scope, args) },
    variableValues: (request.variables ?? undefined) as Record<string, unknown> | undefined,
    operationName: typeof request.operationName === 'string' ? request.operationName : undefined,
    fieldResolver: resolvedOrRecorded(scope.problems),
  })
  const errors = result.errors?.map((error) => ({
    ...error.toJSON(),
    ...(error.originalError instanceof GitHubGraphqlError ? { type: error.originalError.type } : {}),
  }))
  for (const error of result.errors ?? [])
    if (!(error.originalError instanceof GitHubGraphqlError || error.originalError instanceof EmulatorGap))
      scope.problems.push(`graphql: ${error.message}`)
  return { status: 200, body: { data: result.data ?? null, ...(errors ? { errors } : {}) } }
}

/** graphql-js's own resolver, except that a field the emulator does not provide is a recorded problem. */
function resolvedOrRecorded(problems: string[]): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context, info) => {
    if (source !== null && typeof source === 'object' && !(info.fieldName in source)) {
      const field = `${info.parentType.name}.${info.fieldName}`
      problems.push(`not implemented in the emulator: GraphQL ${field}`)
      throw new EmulatorGap(`${field} is not implemented in the emulator`)
    }
    return defaultFieldResolver(source, args, context, info)
  }
}

/** The repository, when the actor may see it and its git contents; as GitHub, NOT_FOUND otherwise. */
function repository(scope: GraphqlScope, args: { owner: string; name: string }) {
  const repo = scope.state.repo(args.owner, args.name)
  const actor = scope.actor!
  const visible =
    repo !== undefined &&
    (actor.kind === 'installation'
      ? installationReaches(actor.installation, repo)
      : actor.kind === 'user' && scope.state.permissionOf(repo, actor.user.login) !== 'none')
  if (!repo || !visible)
    throw new GitHubGraphqlError(
      'NOT_FOUND',
      `Could not resolve to a Repository with the name '${args.owner}/${args.name}'.`,
    )
  // Git objects need Contents: read, as the REST git routes do.
  const readable = actor.kind !== 'installation' || actor.permissions.contents !== undefined
  const git = () => {
    if (!readable) throw new GitHubGraphqlError('FORBIDDEN', 'Resource not accessible by integration')
    return repo.git
  }
  return {
    __typename: 'Repository',
    name: repo.name,
    nameWithOwner: repo.fullName,
    defaultBranchRef: () => ref(git(), `refs/heads/${repo.defaultBranch}`),
    ref: ({ qualifiedName }: { qualifiedName: string }) =>
      ref(git(), qualifiedName.startsWith('refs/') ? qualifiedName : `refs/heads/${qualifiedName}`),
    refs: (page: { refPrefix: string; first?: number; after?: string }) =>
      connection(
        git()
          .listRefs(page.refPrefix)
          .map((found) => ref(git(), found.ref)!),
        page,
      ),
    object: ({ oid, expression }: { oid?: string; expression?: string }) => {
      const store = git()
      const sha = store.resolve(oid ?? expression ?? '')
      return sha ? gitObject(store, sha) : null
    },
  }
}

function ref(git: GitStore, qualifiedName: string) {
  const sha = git.resolveCommit(qualifiedName)
  if (!sha || !git.listRefs(qualifiedName).some((found) => found.ref === qualifiedName)) return null
  const slash = qualifiedName.startsWith('refs/heads/')
    ? 'refs/heads/'.length
    : qualifiedName.lastIndexOf('/') + 1
  return {
    __typename: 'Ref',
    name: qualifiedName.slice(slash),
    prefix: qualifiedName.slice(0, slash),
    target: () => gitObject(git, git.resolve(qualifiedName)!),
  }
}

function gitObject(git: GitStore, sha: string) {
  const type = git.objectType(sha)
  if (type === 'commit') return commit(git, sha)
  if (type === 'tree') return tree(git, sha)
  if (type === 'blob') return blob(git, sha)
  return null
}

/** A commit, read from git only when a field needs it (a history lists many, most only by oid). */
function commit(git: GitStore, sha: string) {
  let cached: ReturnType<GitStore['readCommit']>
  const read = () => (cached ??= git.readCommit(sha)!)
  return {
    __typename: 'Commit',
    oid: sha,
    abbreviatedOid: sha.slice(0, 7),
    message: () => read().message,
    messageHeadline: () => read().message.split('\n')[0] ?? '',
    committedDate: () => read().committer.date,
    authoredDate: () => read().author.date,
    parents: (page: { first?: number; after?: string }) =>
      connection(
        read().parents.map((parent) => commit(git, parent)),
        page,
      ),
    tree: () => tree(git, read().tree),
    file: ({ path }: { path: string }) => {
      // The entry is read from its folder's listing: one git call, not the whole tree's.
      const clean = path.replace(/^\/+|\/+$/g, '')
      const slash = clean.lastIndexOf('/')
      const folder = slash < 0 ? sha : git.resolve(`${sha}:${clean.slice(0, slash)}`)
      if (folder === undefined) return null
      const found = listing(git, folder)?.find((entry) => entry.path === clean.slice(slash + 1))
      return found ? treeEntry(git, { ...found, path: clean }) : null
    },
    history: (page: { path?: string; first?: number; after?: string }) =>
      connection(
        git.log(sha, page.path?.replace(/^\/+|\/+$/g, '') || undefined).map((found) => commit(git, found)),
        page,
      ),
  }
}

/** A tree-ish's entries, or undefined when it is not one (a path through a file). */
function listing(git: GitStore, treeish: string) {
  try {
    return git.readTree(treeish)
  } catch {
    return undefined
  }
}

function tree(git: GitStore, sha: string) {
  return {
    __typename: 'Tree',
    oid: sha,
    entries: () => git.readTree(sha).map((entry) => treeEntry(git, entry)),
  }
}

function treeEntry(git: GitStore, entry: ReturnType<GitStore['readTree']>[number]) {
  return {
    __typename: 'TreeEntry',
    name: entry.path.split('/').pop()!,
    path: entry.path,
    oid: entry.sha,
    mode: parseInt(entry.mode, 8),
    type: entry.type,
    size: entry.size ?? 0,
    // A submodule's commit is not in this repository.
    object: () => (entry.type === 'commit' ? null : gitObject(git, entry.sha)),
  }
}

function blob(git: GitStore, sha: string) {
  const content = git.readBlob(sha)
  const isBinary = content.includes(0)
  return {
    __typename: 'Blob',
    oid: sha,
    byteSize: content.length,
    isBinary,
    isTruncated: false,
    text: isBinary ? null : content.toString('utf8'),
  }
}

/** A cursor connection over a list: `first` (≤ 100, as GitHub) from the item after `after`. */
function connection<T>(items: readonly T[], page: { first?: number; after?: string }) {
  const start = page.after ? Number(Buffer.from(page.after, 'base64').toString('utf8')) + 1 : 0
  const first = Math.min(page.first ?? 100, 100)
  const nodes = items.slice(start, start + first)
  const cursor = (offset: number) => Buffer.from(String(offset)).toString('base64')
  return {
    totalCount: items.length,
    nodes,
    edges: nodes.map((node, n) => ({ node, cursor: cursor(start + n) })),
    pageInfo: {
      hasNextPage: start + nodes.length < items.length,
      hasPreviousPage: start > 0,
      startCursor: nodes.length > 0 ? cursor(start) : null,
      endCursor: nodes.length > 0 ? cursor(start + nodes.length - 1) : null,
    },
  }
}

import type { ProbotOctokit } from 'probot'
import type { ModelgateConfig } from '../../core/config/config.js'
import { validateConfig } from '../../core/config/validate-config.js'
import { manifestPathOf, modelOfManifestPath, validateManifest } from '../../core/index.js'
import type { KnownVersion, ManifestAtCommit } from '../../core/promotion/promotion-facts.js'
import { CONFIG_PATH } from '../../core/policy/policy.js'
import type { GitHubReader } from '../github-reader.js'

/** At most this many commits of a manifest are read looking for a version. */
export const MAX_VERSION_READS = 20

const MANIFEST_HISTORY = /* GraphQL */ `
  query manifestHistory($owner: String!, $name: String!, $head: GitObjectID!, $path: String!, $first: Int!) {
    repository(owner: $owner, name: $name) {
      object(oid: $head) {
        ... on Commit {
          history(path: $path, first: $first) {
            nodes {
              oid
              file(path: $path) {
                object {
                  ... on Blob {
                    text
                    isBinary
                    isTruncated
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`

interface ManifestHistory {
  repository: {
    object: {
      history?: {
        nodes: {
          oid: string
          file: {
            object: { text?: string | null; isBinary?: boolean | null; isTruncated?: boolean } | null
          } | null
        }[]
      }
    } | null
  } | null
}

/** The config on the default branch, or why it cannot be used (fail closed). */
export type ConfigRead = { config: ModelgateConfig } | { problem: string }

/**
 * Reads the model repository through the API, always on its default branch: a version is
 * promotable only once its manifest is there (released through a merged, approved pull request).
 */
export class ModelReader {
  constructor(
    private readonly octokit: ProbotOctokit,
    readonly reader: GitHubReader,
    readonly defaultBranch: string,
  ) {}

  /** The default branch's head commit: the version's commit is pinned to it when the command arrives. */
  async head(): Promise<string> {
    const { data } = await this.octokit.rest.git.getRef({
      owner: this.reader.owner,
      repo: this.reader.repo,
      ref: `heads/${this.defaultBranch}`,
    })
    return data.object.sha
  }

  async config(head: string): Promise<ConfigRead> {
    const source = await this.reader.readFileAt(head, CONFIG_PATH)
    if (source === null)
      return { problem: `${CONFIG_PATH} does not exist on ${this.defaultBranch}: it names the environments` }
    const report = validateConfig(CONFIG_PATH, source)
    if (report.config === undefined) {
      const first = report.problems.find((problem) => problem.severity === 'error')
      return {
        problem: `${CONFIG_PATH} on ${this.defaultBranch} has errors${first ? ` (line ${first.line}: ${first.message})` : ''}: fix it first`,
      }
    }
    return { config: report.config }
  }

  /** The manifest at `commit`, when it is there and valid. */
  async manifestAt(commit: string, path: string): Promise<ManifestAtCommit | undefined> {
    const source = await this.reader.readFileAt(commit, path)
    if (source === null) return undefined
    const report = validateManifest({ file: path, source, ruleSettings: {} })
    return report.manifest === undefined ? undefined : { manifest: report.manifest, path, commit }
  }

  /**
   * The model's versions on the default branch, newest first, read from the commits that changed
   * its manifest until `wanted` is found (all of them, up to a bound, when it is not): each
   * version's manifest is the one at the newest commit that holds it, which is its source commit.
   */
  async versions(
    head: string,
    modelsRoot: string,
    model: string,
    wanted?: string,
  ): Promise<{ versions: KnownVersion[]; manifests: Map<string, ManifestAtCommit> }> {
    const path = manifestPathOf(modelsRoot, model)
    const commits = await this.manifestHistory(head, path)
    const versions: KnownVersion[] = []
    const manifests = new Map<string, ManifestAtCommit>()
    for (const commit of commits) {
      const read = await this.manifestAt(commit, path)
      const version = read?.manifest.metadata.version
      if (read === undefined || version === undefined || manifests.has(version)) continue
      manifests.set(version, read)
      versions.push({ version, commit })
      if (wanted === undefined || version === wanted) break
    }
    return { versions, manifests }
  }

  /**
   * The commits that changed `path` up to `head`, newest first (at most {@link MAX_VERSION_READS}),
   * and the file at each, in ONE GraphQL request: the texts prime the reader's cache, so reading
   * the versions costs nothing more. A text GraphQL does not give whole (binary, truncated) is left
   * to the REST read.
   */
  private async manifestHistory(head: string, path: string): Promise<string[]> {
    const answer = await this.octokit.graphql<ManifestHistory>(MANIFEST_HISTORY, {
      owner: this.reader.owner,
      name: this.reader.repo,
      head,
      path,
      first: MAX_VERSION_READS,
    })
    const nodes = answer.repository?.object?.history?.nodes ?? []
    for (const node of nodes) {
      const blob = node.file?.object
      if (node.file === null) this.reader.rememberFileAt(node.oid, path, null)
      else if (blob?.text != null && !blob.isTruncated && !blob.isBinary)
        this.reader.rememberFileAt(node.oid, path, Buffer.from(blob.text, 'utf8'))
    }
    return nodes.map((node) => node.oid)
  }

  /** Names of the models on the default branch (folders holding a manifest), to list when one is unknown. */
  async models(head: string, modelsRoot: string): Promise<string[]> {
    const tree = await this.reader.readTree(head)
    return tree
      .map((entry) => modelOfManifestPath(entry.path, modelsRoot))
      .filter((name): name is string => name !== undefined)
      .sort()
  }

  /**
   * What keeps the commit from being promoted, by the config's `requiredChecks`: each must be the
   * latest run of its name (by the pinned App, when given) and concluded `success`.
   */
  async checkProblems(
    commit: string,
    required: readonly { name: string; appId?: number }[],
  ): Promise<string[]> {
    if (required.length === 0) return []
    const runs = await this.reader.listCheckRuns(commit)
    return required.flatMap((check) => {
      const run = runs
        .filter((candidate) => candidate.name === check.name)
        .filter((candidate) => check.appId === undefined || candidate.appId === check.appId)
        .at(-1)
      const by = check.appId === undefined ? '' : ` by App ${check.appId}`
      if (run === undefined) return [`the check "${check.name}"${by} has not run on ${commit.slice(0, 7)}`]
      if (run.status !== 'completed')
        return [`the check "${check.name}" is still ${run.status} on ${commit.slice(0, 7)}`]
      if (run.conclusion !== 'success')
        return [`the check "${check.name}" concluded ${run.conclusion ?? 'nothing'} on ${commit.slice(0, 7)}`]
      return []
    })
  }
}

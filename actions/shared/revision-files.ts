import { spawnSync } from 'node:child_process'
import { MAX_SOURCE_BYTES } from '../../core/index.js'
import { commitFiles } from '../../local/revision-files.js'
import type { ReadFiles } from '../../local/read-models.js'
import type { ActionContext } from './action-context.js'
import { logInfo } from './step-log.js'

/** Parallel API reads at a time: fast, and far from GitHub's secondary rate limits. */
const CONCURRENCY = 8

/**
 * Files at a commit: from the local clone when it has that commit (`fetch-depth: 0`), else from
 * the contents API (a shallow checkout needs only `contents: read`). Either way, absent files
 * are absent from the map and every file is size-limited by the core that reads it.
 */
export function filesAtCommit(context: ActionContext, root: string, sha: string): ReadFiles {
  const local = spawnSync('git', ['cat-file', '-e', '--end-of-options', `${sha}^{commit}`], { cwd: root })
  if (local.status === 0) return commitFiles(root, sha, root)
  logInfo(`${sha.slice(0, 7)} is not in the local clone; reading the base through the API`)
  return (paths) => readThroughApi(context, sha, paths)
}

async function readThroughApi(context: ActionContext, ref: string, paths: readonly string[]) {
  const files = new Map<string, Uint8Array>()
  const queue = [...paths]
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const source = await readOne(context, ref, path)
      if (source) files.set(path, source)
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, paths.length) }, worker))
  return files
}

async function readOne(context: ActionContext, ref: string, path: string): Promise<Uint8Array | undefined> {
  try {
    const response = await (
      await context.octokit()
    ).rest.repos.getContent({
      owner: context.owner,
      repo: context.repo,
      path,
      ref,
      mediaType: { format: 'raw' },
      request: { parseSuccessResponseBody: false },
    })
    const body = response.data as unknown as ReadableStream<Uint8Array>
    return await readLimitedStream(body, MAX_SOURCE_BYTES)
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined
    throw error
  }
}

/** At most `limit + 1` bytes of a stream: enough for core to say "too large" without holding it all. */
async function readLimitedStream(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = stream.getReader()
  while (size <= limit) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    size += value.length
  }
  await reader.cancel()
  return Buffer.concat(chunks).subarray(0, limit + 1)
}

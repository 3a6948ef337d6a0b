import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { ModelgateConfig } from '../core/index.js'
import {
  ENVIRONMENTS_DIR,
  INFERENCE_SERVICE_FILE,
  MAX_SOURCE_BYTES,
  modelFolder,
  readLiveModel,
} from '../core/index.js'
import type { HealthEntry } from '../core/environments/parse-health-file.js'
import type { PromotionTrailers } from '../core/promotion/commit-trailers.js'
import { parseTrailers } from '../core/promotion/commit-trailers.js'
import type { EnvironmentModelState, HistoryEntry } from '../core/promotion/promotion-facts.js'
import { readLimited } from './files.js'
import { commitsTouching, findGitRoot, readFileAtCommits } from './git.js'
import { readLiveModelAt } from './live-baseline.js'
import { gitPrefix } from './revision-files.js'

/** At most this many commits of a model's file are read for its history. */
export const MAX_HISTORY = 50
/** At most this many files of a model folder are read (a folder holds two). */
const MAX_FOLDER_FILES = 20

/** The commit that last changed an (environment, model) folder, and what its trailers say. */
export interface LastChange {
  commit: string
  at: string
  subject: string
  /** `#12` from a merge or squash subject ("… (#12)", "Merge pull request #12 …"). */
  pullRequest?: number
  trailers?: Partial<PromotionTrailers>
}

/** One (environment, model) of an environments checkout, as the planner and `status` read it. */
export interface EnvironmentModelRead {
  state: EnvironmentModelState
  lastChange?: LastChange
}

/** Sub-folders of a folder of the checkout (names, sorted; dot folders skipped); none when it is missing. */
function foldersIn(checkout: string, folder: string): string[] {
  try {
    return readdirSync(join(checkout, folder), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort()
  } catch {
    return []
  }
}

/** Model folders under `environments/<env>/`. */
export function modelsIn(checkout: string, config: ModelgateConfig, environment: string): string[] {
  return foldersIn(checkout, `${config.environmentsRepo?.path ?? ENVIRONMENTS_DIR}/${environment}`)
}

/** Environment folders under `environments/`, for a config that names none. */
export function environmentsIn(checkout: string, config: ModelgateConfig): string[] {
  return foldersIn(checkout, config.environmentsRepo?.path ?? ENVIRONMENTS_DIR)
}

/** The regular files of a model folder, path from the checkout root → text. */
function folderFiles(checkout: string, folder: string): Record<string, string> {
  const files: Record<string, string> = {}
  let entries: string[]
  try {
    entries = readdirSync(join(checkout, folder), { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name)
      .sort()
      .slice(0, MAX_FOLDER_FILES)
  } catch {
    return files
  }
  for (const name of entries)
    files[`${folder}/${name}`] = Buffer.from(
      readLimited(join(checkout, folder, name), MAX_SOURCE_BYTES),
    ).toString('utf8')
  return files
}

/** `#12` of "Title (#12)" (squash) or "Merge pull request #12 from …" (merge). */
function pullRequestOf(subject: string): number | undefined {
  const match = /\(#(\d+)\)\s*$/.exec(subject) ?? /^Merge pull request #(\d+)/.exec(subject)
  return match ? Number(match[1]) : undefined
}

/**
 * Every version that was live in the folder, newest first: the file at each commit that changed
 * it, read back through `readLiveModel` (commits where it was hand-edited or deleted are skipped).
 */
function historyOf(
  gitRoot: string,
  prefix: string,
  file: string,
  depth: number,
): { history: HistoryEntry[]; last?: LastChange } {
  const commits = commitsTouching(gitRoot, prefix + file, Math.max(1, depth))
  const history: HistoryEntry[] = []
  const versions = readFileAtCommits(
    gitRoot,
    prefix + file,
    commits.slice(0, depth).map(({ commit }) => commit),
  )
  for (const { commit, at } of commits) {
    const bytes = versions.get(commit)
    if (bytes === undefined) continue
    const read = readLiveModel(Buffer.from(bytes).toString('utf8'))
    if (read.ok)
      history.push({
        version: read.live.version,
        digest: read.live.digest,
        sourceCommit: read.live.sourceCommit,
        commit,
        at,
      })
  }
  const newest = commits[0]
  if (newest === undefined) return { history }
  const subject = newest.message.split('\n')[0] ?? ''
  const pullRequest = pullRequestOf(subject)
  const trailers = parseTrailers(newest.message)
  return {
    history,
    last: {
      commit: newest.commit,
      at: newest.at,
      subject,
      ...(pullRequest === undefined ? {} : { pullRequest }),
      ...(trailers === undefined ? {} : { trailers }),
    },
  }
}

/**
 * Reads what an environments checkout says about `models` (default: every model folder found) in
 * every environment of the config: the live version (through `readLiveModelAt`, the one reader),
 * the folder's files, the versions live there before (git history of its InferenceService file)
 * and the health a health file gives (`unknown` otherwise).
 */
export function readEnvironmentStates(
  checkout: string,
  config: ModelgateConfig,
  options: {
    models?: readonly string[]
    health?: Map<string, Map<string, HealthEntry>>
    /** How many commits of history to read back (default {@link MAX_HISTORY}; 0: only the last change). */
    historyDepth?: number
  } = {},
): EnvironmentModelRead[] {
  const gitRoot = findGitRoot(checkout)
  const prefix = gitRoot === undefined ? '' : gitPrefix(gitRoot, checkout)
  const reads: EnvironmentModelRead[] = []
  for (const { name: environment } of config.environments ?? []) {
    const models = options.models ?? modelsIn(checkout, config, environment)
    for (const model of models) {
      const folder = modelFolder(environment, model, config.environmentsRepo?.path)
      const read = readLiveModelAt(checkout, config, environment, model)
      const files = folderFiles(checkout, folder)
      const { history, last } =
        gitRoot === undefined
          ? { history: [] }
          : historyOf(
              gitRoot,
              prefix,
              `${folder}/${INFERENCE_SERVICE_FILE}`,
              Math.min(options.historyDepth ?? MAX_HISTORY, MAX_HISTORY),
            )
      const health = options.health?.get(environment)?.get(model)
      const state: EnvironmentModelState = {
        environment,
        model,
        ...(read.ok ? { live: read.live } : 'absent' in read ? {} : { unreadable: read.reason }),
        health: health?.status ?? 'unknown',
        ...(health?.since === undefined ? {} : { healthSince: health.since }),
        history,
        files,
      }
      reads.push({ state, ...(last === undefined ? {} : { lastChange: last }) })
    }
  }
  return reads
}

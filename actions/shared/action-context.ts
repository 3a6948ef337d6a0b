import * as core from '@actions/core'
import { readFileSync } from 'node:fs'
import { UsageError } from '../../local/errors.js'
import type { Octokit } from './github-client.js'
import { failStep, logDebug } from './step-log.js'

export type { Octokit }

/** What an action run knows: its inputs, the event, the repository, and a client made on demand. */
export interface ActionContext {
  /** An input's value, trimmed (`@actions/core`'s `getInput`); `''` when not set. */
  input(name: string): string
  /** An input that must be `true` or `false` (as the runner's YAML 1.2 core schema spells them). */
  flag(name: string): boolean
  eventName: string
  /** The webhook payload that triggered the workflow (untrusted where a fork controls it). */
  payload: Record<string, unknown>
  owner: string
  repo: string
  workspace: string
  /** Where people read this run's job summary. */
  runUrl: string
  env: NodeJS.ProcessEnv
  /** The API client, authenticated with the `token` input (masked), retrying 5xx and rate limits. */
  octokit(): Promise<Octokit>
}

/**
 * Builds the context from the runner's environment and runs one action, with the one top-level
 * catch: a user's mistake or an API refusal fails the step with a sentence, a bug with its stack.
 */
export async function runAction(action: (context: ActionContext) => Promise<void>): Promise<void> {
  try {
    await action(createContext(process.env))
  } catch (error) {
    failStep(describeFailure(error))
    if (error instanceof Error && !(error instanceof UsageError)) logDebug(error.stack ?? error.message)
  }
}

function createContext(env: NodeJS.ProcessEnv): ActionContext {
  const input = (name: string) => core.getInput(name)
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const token = input('token')
  if (token) core.setSecret(token)
  let octokit: Promise<Octokit> | undefined
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com'
  return {
    input,
    flag: (name) => {
      const value = input(name)
      if (value === 'true' || value === 'false' || value === '') return value === 'true'
      throw new UsageError(`input ${name}: "${value}" is not true or false`)
    },
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload: readEvent(env.GITHUB_EVENT_PATH),
    owner,
    repo,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    runUrl: `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID ?? ''}/attempts/${env.GITHUB_RUN_ATTEMPT ?? '1'}`,
    env,
    octokit: () => {
      if (!token) throw new UsageError('input token is empty; pass ${{ github.token }} or an App token')
      const baseUrl = env.GITHUB_API_URL ?? 'https://api.github.com'
      octokit ??= import('./github-client.js').then(({ createOctokit }) => createOctokit(token, baseUrl))
      return octokit
    },
  }
}

/** One sentence for the step's failure: the user's mistake, GitHub's refusal, or a bug to report. */
function describeFailure(error: unknown): string {
  if (error instanceof UsageError) return error.message
  const request = error as { status?: number; message?: string; request?: { method?: string; url?: string } }
  if (typeof request.status === 'number' && request.request) {
    const hint =
      request.status === 403 || request.status === 404
        ? "; check the token and the job's permissions (see docs/actions.md)"
        : request.status >= 500 || request.status === 429
          ? '; GitHub is failing or rate limiting, re-run the job later'
          : ''
    return `GitHub API ${request.request.method ?? ''} ${request.request.url ?? ''} failed: ${request.status} ${request.message ?? ''}${hint}`
  }
  return `modelgate internal error (please report it): ${error instanceof Error ? error.message : String(error)}`
}

/** The event payload the runner wrote; outside a runner (no GITHUB_EVENT_PATH) there is none. */
function readEvent(path: string | undefined): Record<string, unknown> {
  if (!path) return {}
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
  } catch (error) {
    throw new UsageError(`cannot read the event file GITHUB_EVENT_PATH=${path}: ${(error as Error).message}`)
  }
}

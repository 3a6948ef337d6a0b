import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

export type Octokit = ReturnType<typeof getOctokit>

/**
 * An API client that retries server errors and waits out rate limits (twice), as a person would.
 * Loaded on first use: runs that never call the API do not pay for the HTTP stack.
 */
export function createOctokit(token: string, baseUrl: string): Octokit {
  const retryTwice = (_after: number, _options: unknown, _octokit: unknown, retryCount: number) =>
    retryCount < 2
  return getOctokit(
    token,
    {
      baseUrl,
      retry: { retries: 3 },
      throttle: { onRateLimit: retryTwice, onSecondaryRateLimit: retryTwice },
    },
    retry,
    throttling,
  )
}

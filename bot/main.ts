import { existsSync } from 'node:fs'
import { run } from 'probot'
import { checkEnvironment } from './check-environment.js'
import app from './index.js'
import { BotOctokit } from './octokit.js'

/**
 * Production entry (`node lib/bot/main.js`): refuses to start on a missing or placeholder
 * credential with one line on stderr and exit code 1, then runs Probot's server on HOST/PORT
 * (Probot's defaults: localhost:3000; set HOST=0.0.0.0 in a container), logging JSON unless
 * LOG_FORMAT says otherwise. No state beyond in-memory caches, so it runs as N replicas. GitHub is
 * reached through `BotOctokit`: retries and per-installation write pacing without Bottleneck.
 */
async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const problem = checkEnvironment(env, existsSync)
  if (problem) {
    process.stderr.write(`modelgate bot: ${problem}\n`)
    process.exitCode = 1
    return
  }
  env.LOG_FORMAT ??= 'json'
  env.NODE_ENV ??= 'production'
  await run(app, { Octokit: BotOctokit })
}

main().catch((error: unknown) => {
  process.stderr.write(`modelgate bot: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
})

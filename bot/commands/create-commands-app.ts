import type { Probot } from 'probot'
import { botLoginOf } from '../bot-login.js'
import type { ReaderCaches } from '../github-reader.js'
import { LruCache } from '../lru-cache.js'
import { onCommandComment } from './on-command-comment.js'
import { oncePerKey } from './once-per-key.js'
import { onDeploymentStatus, onPullRequestClosed } from './on-promotion-progress.js'

export interface CommandsAppOptions {
  /** This App's id: its own comments are the only ones it rewrites. */
  appId?: number
}

/**
 * The chat-ops App: `/promote`, `/rollback`, `/hold`, `/unhold`, `/help` in comments of a model
 * repository, and the promotion's progress (merged, Argo CD's verdict) reported back on the
 * thread. Stateless beyond caches: the environments repository's refs and pull requests are the
 * state, so any number of replicas can run.
 */
export function createCommandsApp(options: CommandsAppOptions = {}) {
  return (app: Probot): void => {
    const caches: ReaderCaches = {
      trees: new LruCache(100),
      files: new LruCache(500),
      commits: new LruCache(100),
      changedFiles: new LruCache(10),
    }
    const botLogin = botLoginOf(app)
    const appId = options.appId
    const progress = { botLogin, caches, ...(appId === undefined ? {} : { appId }) }
    app.on(
      'issue_comment.created',
      onCommandComment({ caches, once: oncePerKey(), ...(appId === undefined ? {} : { appId }) }),
    )
    app.on('pull_request.closed', onPullRequestClosed(progress))
    app.on('status', onDeploymentStatus(progress))
  }
}

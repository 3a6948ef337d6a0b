import type { Probot } from 'probot'
import type { TreeEntry } from '../../core/index.js'
import type { CommitData, FileData } from '../github-reader.js'
import { botLoginOf } from '../bot-login.js'
import { LruCache } from '../lru-cache.js'
import { oncePerDelivery } from '../once-per-delivery.js'
import { serializeByKey } from '../serialize-by-key.js'
import type { ApprovalAppOptions, ApprovalContext } from './approval-context.js'
import type { BotCaches } from './evaluate-pull-request.js'
import { onCheckRunCompleted, onCheckSuiteCompleted } from './on-check-completed.js'
import { INSTALLATION_EVENTS, onInstallation } from './on-installation.js'
import { ISSUE_COMMENT_EVENTS, onIssueComment } from './on-issue-comment.js'
import { onMergeGroup } from './on-merge-group.js'
import { PULL_REQUEST_EVENTS, onPullRequest } from './on-pull-request.js'

const MB = 1024 * 1024
/** What one cached object costs beyond its strings (keys, SHAs, the object itself), roughly. */
const ENTRY_BYTES = 160

/**
 * The approval-policy App. Every event that can change a decision re-evaluates the pull request
 * and rewrites its one `modelgate/approval (<base>)` check run. Deliveries already handled (GitHub
 * redelivers with the same id) are skipped, as an optimisation only: evaluation is idempotent.
 * The only state is caches: immutable git trees, files, commit and changed-file lists by SHA,
 * parsed configs and manifests by content, and delivery ids.
 */
export function createApprovalApp(options: ApprovalAppOptions = {}) {
  return (app: Probot): void => {
    const approval: ApprovalContext = {
      options,
      caches: createCaches(),
      serialize: serializeByKey(),
      botLogin: botLoginOf(app),
    }
    const once = oncePerDelivery()
    app.on([...PULL_REQUEST_EVENTS], (context) => once(context, () => onPullRequest(approval, context)))
    app.on([...ISSUE_COMMENT_EVENTS], (context) => once(context, () => onIssueComment(approval, context)))
    app.on('check_run.completed', (context) => once(context, () => onCheckRunCompleted(approval, context)))
    app.on('check_suite.completed', (context) =>
      once(context, () => onCheckSuiteCompleted(approval, context)),
    )
    app.on('merge_group.checks_requested', (context) => once(context, () => onMergeGroup(approval, context)))
    app.on([...INSTALLATION_EVENTS], (context) => once(context, () => onInstallation(approval, context)))
  }
}

/** Bounded by bytes as well as by count: one replica's caches stay under about 200 MB together. */
function createCaches(): BotCaches {
  return {
    trees: new LruCache<string, TreeEntry[]>(500, {
      maxBytes: 64 * MB,
      sizeOf: (tree) => tree.reduce((sum, entry) => sum + ENTRY_BYTES + 2 * entry.path.length, 0),
    }),
    files: new LruCache<string, Uint8Array | null>(2000, {
      maxBytes: 96 * MB,
      sizeOf: (file) => ENTRY_BYTES + (file?.byteLength ?? 0),
    }),
    commits: new LruCache<string, CommitData[]>(500, {
      maxBytes: 16 * MB,
      sizeOf: (commits) => commits.length * 4 * ENTRY_BYTES,
    }),
    changedFiles: new LruCache<string, FileData[]>(500, {
      maxBytes: 16 * MB,
      sizeOf: (files) => files.reduce((sum, file) => sum + ENTRY_BYTES + 2 * file.filename.length, 0),
    }),
  }
}

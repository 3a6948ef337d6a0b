import { manifestPathOf, mayBeCutShort, modelsTouchedBy } from '../../core/index.js'
import type { Checkout } from '../../local/checkout.js'
import { selectManifests } from '../../local/checkout.js'
import { changedPathsBetween } from '../../local/git.js'
import type { ActionContext } from './action-context.js'
import { changedModels } from './changed-models.js'
import type { ChangeRange } from './pull-request.js'
import { changeRangeOf, pullRequestOf } from './pull-request.js'
import { logInfo } from './step-log.js'

/** The compare API lists at most this many files; a longer list may hide a model. */
const COMPARE_FILE_LIMIT = 300

/**
 * The manifests a run looks at: the `path` input (files or folders, space or newline separated),
 * else, with `changed-only` (the default), the models the event's change touches (`modelsTouchedBy`,
 * on every event: a pull request's files, a push's `before..after`, a merge group's base..head),
 * else every model. When the change cannot be listed completely, every model is looked at (fail
 * closed: a model nobody changed is reported unchanged, never skipped unseen).
 */
export async function selectModels(context: ActionContext, checkout: Checkout): Promise<string[]> {
  const paths = context.input('path').split(/\s+/).filter(Boolean)
  if (paths.length > 0) return selectManifests(checkout, context.workspace, paths)
  const every = () => selectManifests(checkout, context.workspace, [])
  if (!context.flag('changed-only')) return every()
  const pull = pullRequestOf(context)
  if (pull) {
    const changed = await changedModels(context, pull, checkout.modelsRoot)
    if (changed) return changed
    logInfo(`GitHub lists at most 3000 files of pull request #${pull.number}; checking every model`)
    return every()
  }
  const range = changeRangeOf(context)
  if (!range) return every()
  const changed =
    changedPathsBetween(checkout.root, range.base, range.head) ?? (await comparedPaths(context, range))
  if (!changed) {
    logInfo(
      `the change ${range.base.slice(0, 7)}..${range.head.slice(0, 7)} cannot be listed completely; checking every model`,
    )
    return every()
  }
  const { modelsRoot } = checkout
  return modelsTouchedBy(changed, modelsRoot).map((name) => manifestPathOf(modelsRoot, name))
}

/**
 * The paths a change touches, through the compare API (a shallow clone lacks the baseline), or
 * `undefined` when the answer may be incomplete: the list is capped, and a baseline that is not
 * an ancestor (a force push) is compared from the merge base, which misses what it dropped.
 */
async function comparedPaths(context: ActionContext, range: ChangeRange): Promise<string[] | undefined> {
  const octokit = await context.octokit()
  const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
    owner: context.owner,
    repo: context.repo,
    basehead: `${range.base}...${range.head}`,
    per_page: 1,
  })
  const files = data.files ?? []
  if (data.status !== 'ahead' && data.status !== 'identical') return undefined
  if (mayBeCutShort(files.length, COMPARE_FILE_LIMIT, undefined)) return undefined
  return files.flatMap(({ filename, previous_filename }) => [filename, previous_filename ?? filename])
}

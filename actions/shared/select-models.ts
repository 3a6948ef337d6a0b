import type { Checkout } from '../../local/checkout.js'
import { selectManifests } from '../../local/checkout.js'
import type { ActionContext } from './action-context.js'
import { changedModels } from './changed-models.js'
import { pullRequestOf } from './pull-request.js'

/**
 * The manifests a run looks at: the `path` input (files or folders, space or newline separated),
 * else on a pull request the models it changes (unless `changed-only` is false), else every model.
 */
export async function selectModels(context: ActionContext, checkout: Checkout): Promise<string[]> {
  const paths = context.input('path').split(/\s+/).filter(Boolean)
  if (paths.length > 0) return selectManifests(checkout, context.workspace, paths)
  const pull = pullRequestOf(context)
  if (pull && context.flag('changed-only')) return changedModels(context, pull.number, checkout.modelsRoot)
  return selectManifests(checkout, context.workspace, [])
}

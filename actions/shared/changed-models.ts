import { MAX_LISTED_FILES, manifestPathOf, mayBeCutShort, modelsTouchedBy } from '../../core/index.js'
import type { ActionContext } from './action-context.js'
import type { PullRequestFacts } from './pull-request.js'

/**
 * The manifests of every model a pull request touches (see `modelsTouchedBy`: any file changed or
 * renamed away under `<modelsRoot>/<name>/` counts, so a changed metrics file re-gates its model),
 * or `undefined` when GitHub's list may be cut short (it lists at most 3000 files): padding files
 * could hide a model, so the caller looks at every model instead. One paginated listing.
 */
export async function changedModels(
  context: ActionContext,
  pull: Pick<PullRequestFacts, 'number' | 'changedFiles'>,
  modelsRoot: string,
): Promise<string[] | undefined> {
  const octokit = await context.octokit()
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner: context.owner,
    repo: context.repo,
    pull_number: pull.number,
    per_page: 100,
  })
  if (mayBeCutShort(files.length, MAX_LISTED_FILES, pull.changedFiles)) return undefined
  const paths = files.flatMap(({ filename, previous_filename }) => [filename, previous_filename])
  return modelsTouchedBy(paths, modelsRoot).map((name) => manifestPathOf(modelsRoot, name))
}

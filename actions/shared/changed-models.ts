import { manifestPathOf, modelsTouchedBy } from '../../core/index.js'
import type { ActionContext } from './action-context.js'

/**
 * The manifests of every model a pull request touches (see `modelsTouchedBy`: any file changed or
 * renamed away under `<modelsRoot>/<name>/` counts, so a changed metrics file re-gates its model).
 * One paginated listing (GitHub lists at most 3000 files per pull request).
 */
export async function changedModels(
  context: ActionContext,
  pullNumber: number,
  modelsRoot: string,
): Promise<string[]> {
  const octokit = await context.octokit()
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner: context.owner,
    repo: context.repo,
    pull_number: pullNumber,
    per_page: 100,
  })
  const paths = files.flatMap(({ filename, previous_filename }) => [filename, previous_filename])
  return modelsTouchedBy(paths, modelsRoot).map((name) => manifestPathOf(modelsRoot, name))
}

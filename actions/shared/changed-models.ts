import { MANIFEST_FILE } from '../../local/files.js'
import type { ActionContext } from './action-context.js'

/**
 * The manifests of every model a pull request touches: any file changed (or renamed away) under
 * `<modelsRoot>/<name>/` counts for that model, so a changed metrics file re-gates its model.
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
  const root = `${modelsRoot.replace(/\/+$/, '')}/`
  const manifests = new Set<string>()
  for (const { filename, previous_filename } of files) {
    for (const path of [filename, previous_filename]) {
      if (path === undefined || !path.startsWith(root)) continue
      const [name, ...rest] = path.slice(root.length).split('/')
      if (name && rest.length > 0) manifests.add(`${root}${name}/${MANIFEST_FILE}`)
    }
  }
  return [...manifests].sort()
}

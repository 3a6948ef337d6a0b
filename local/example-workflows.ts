import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The example workflows a new model repository starts with: the same-repository pull request
 * workflow, the push and the merge-queue workflows from modelgate's `examples/workflows/` (the
 * fork-safe diff pair is left out: used with `modelgate-pr.yml` it gives two comments).
 */
export const SCAFFOLD_WORKFLOWS = ['modelgate-pr.yml', 'modelgate-push.yml', 'modelgate-merge-queue.yml']

/** Reads {@link SCAFFOLD_WORKFLOWS} from the modelgate installation this code runs from. */
export function readExampleWorkflows(): { path: string; content: string }[] {
  const folder = join(modelgateRoot(), 'examples', 'workflows')
  return SCAFFOLD_WORKFLOWS.map((name) => ({ path: name, content: readFileSync(join(folder, name), 'utf8') }))
}

/** The folder of modelgate's package.json, above this file both as source and as the built bundle. */
function modelgateRoot(): string {
  for (let folder = dirname(fileURLToPath(import.meta.url)); ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json')) && existsSync(join(folder, 'examples', 'workflows')))
      return folder
    if (dirname(folder) === folder) throw new Error('modelgate installation without examples/workflows/')
  }
}

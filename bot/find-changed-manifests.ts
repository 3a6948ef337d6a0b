import type { ChangedFile } from '../core/index.js'

/** A model manifest the pull request touches, with where to read each side. */
export interface ChangedManifest {
  /** The model's folder name. */
  name: string
  /** The manifest's path at the head, or at the base when the pull request removes it. */
  file: string
  /** Where the manifest is on the base branch (a rename's old path); absent when the pull request adds it. */
  basePath?: string
  /** Where it is at the head; absent when the pull request removes it. */
  headPath?: string
}

export const MANIFEST_FILE = 'model.yaml'

/**
 * The manifests among the changed files: `<modelsRoot>/<name>/model.yaml`, on either side of a
 * rename. Metrics files and other files of a model's folder are governed content, but only the
 * manifest holds the tier and the owners.
 * @example findChangedManifests([{ path: 'models/a/model.yaml', status: 'modified' }], 'models')
 * // [{ name: 'a', file: 'models/a/model.yaml', basePath: 'models/a/model.yaml', headPath: 'models/a/model.yaml' }]
 */
export function findChangedManifests(files: readonly ChangedFile[], modelsRoot: string): ChangedManifest[] {
  const root = modelsRoot.replace(/^\.\/+|\/+$/g, '')
  const nameOf = (path: string | undefined): string | undefined => {
    if (path === undefined) return undefined
    const parts = path.split('/')
    const prefix = root === '' ? [] : root.split('/')
    if (parts.length !== prefix.length + 2 || parts.at(-1) !== MANIFEST_FILE) return undefined
    return prefix.every((part, index) => parts[index] === part) ? parts[prefix.length] : undefined
  }
  return files.flatMap((file): ChangedManifest[] => {
    const headName = file.status === 'removed' ? undefined : nameOf(file.path)
    const oldPath = file.previousPath ?? file.path
    const baseName = file.status === 'added' ? undefined : nameOf(oldPath)
    const name = headName ?? baseName
    if (name === undefined) return []
    return [
      {
        name,
        file: file.path,
        ...(baseName !== undefined ? { basePath: oldPath } : {}),
        ...(headName !== undefined ? { headPath: file.path } : {}),
      },
    ]
  })
}

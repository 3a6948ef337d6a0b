/** The file that makes a folder under the models root a model. */
export const MANIFEST_FILE = 'model.yaml'

/**
 * The models root as a path prefix without `./` or trailing slashes (`''` for the repository root).
 * @example normalizeModelsRoot('./ml/models/') // 'ml/models'
 */
export function normalizeModelsRoot(modelsRoot: string): string {
  const root = modelsRoot.replace(/^(\.\/+)+|\/+$/g, '')
  return root === '.' ? '' : root
}

/** Repository-relative path of a model's manifest. */
export function manifestPathOf(modelsRoot: string, name: string): string {
  const root = normalizeModelsRoot(modelsRoot)
  return `${root === '' ? '' : `${root}/`}${name}/${MANIFEST_FILE}`
}

/** The model whose manifest a path is (`models/fraud/model.yaml` → `fraud`); undefined for any other file. */
export function modelOfManifestPath(path: string, modelsRoot: string): string | undefined {
  const name = modelOfPath(path, modelsRoot)
  return name !== undefined && path === manifestPathOf(modelsRoot, name) ? name : undefined
}

/**
 * The model whose folder holds a path: `<modelsRoot>/<name>/…` at any depth names `<name>`; a
 * path directly in the root, outside it, or in a folder starting with `.` names none.
 * @example modelOfPath('models/fraud/eval/metrics.json', 'models') // 'fraud'
 */
export function modelOfPath(path: string, modelsRoot: string): string | undefined {
  const root = normalizeModelsRoot(modelsRoot)
  const prefix = root === '' ? '' : `${root}/`
  if (!path.startsWith(prefix)) return undefined
  const rest = path.slice(prefix.length)
  const slash = rest.indexOf('/')
  if (slash <= 0 || slash === rest.length - 1) return undefined
  const name = rest.slice(0, slash)
  return name.startsWith('.') ? undefined : name
}

/**
 * Which models a change touches: every path (both sides of a rename) under
 * `<modelsRoot>/<name>/` touches model `<name>`, whatever the file — a metrics file, an eval
 * report or the manifest itself. The ONE answer to this question for the bot, the actions and the
 * CLI: a second copy that drifts is a governance bypass (a metrics-only change once skipped the
 * model's risk-tier rules). Sorted, without duplicates; linear in the number of paths.
 * @example modelsTouchedBy(['models/a/metrics.json', 'README.md', 'models/b/model.yaml'], 'models') // ['a', 'b']
 */
export function modelsTouchedBy(paths: Iterable<string | undefined>, modelsRoot: string): string[] {
  const names = new Set<string>()
  for (const path of paths) {
    if (path === undefined) continue
    const name = modelOfPath(path, modelsRoot)
    if (name !== undefined) names.add(name)
  }
  return [...names].sort()
}

import type { ModelgateConfig } from '../config/config.js'
import { ENVIRONMENTS_DIR } from '../render/provenance.js'

/** The environments repository as the config describes it, with every default applied. */
export interface EnvironmentsRepo {
  /** `owner/name`. */
  repository: string
  /** What Argo CD clones: the ApplicationSet's `repoURL` and the only source the AppProjects allow. */
  url: string
  /** The one branch Argo CD deploys from. */
  branch: string
  /** The folder holding `<env>/<model>/`. */
  path: string
  /** Owners of `argocd/`, `.github/` and `.modelgate/`; empty when the config names none. */
  platformOwners: string[]
}

/** The namespace Argo CD runs in, where its ApplicationSets and AppProjects live (Argo CD's default). */
export const ARGOCD_NAMESPACE = 'argocd'
/** Paths of the bootstrap files inside the environments repository. */
export const APPLICATION_SET_FILE = 'argocd/applicationset.yaml'
export const projectFile = (environment: string) => `argocd/projects/${environment}.yaml`

/**
 * The config's `environmentsRepo` with its defaults (`https://github.com/<repository>.git`, branch
 * `main`, folder `environments`), or `undefined` when the config names no environments repository.
 */
export function resolveEnvironmentsRepo(config: ModelgateConfig): EnvironmentsRepo | undefined {
  const repo = config.environmentsRepo
  if (repo === undefined) return undefined
  return {
    repository: repo.repository,
    url: repo.url ?? `https://github.com/${repo.repository}.git`,
    branch: repo.branch ?? 'main',
    path: repo.path ?? ENVIRONMENTS_DIR,
    platformOwners: repo.platformOwners ?? [],
  }
}

/** The labels of every object `modelgate init environments` writes. */
export const BOOTSTRAP_LABELS: Readonly<Record<string, string>> = {
  'app.kubernetes.io/managed-by': 'modelgate',
  'app.kubernetes.io/part-of': 'modelgate',
}

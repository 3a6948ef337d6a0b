import type { Emulator } from '../emulator.js'
import type { Repo } from '../state.js'

/** A repository given as itself or as `owner/name`; throws for one the emulator does not have. */
export function repoOf(emulator: Emulator, repo: Repo | string): Repo {
  if (typeof repo !== 'string') return repo
  const [owner = '', name = ''] = repo.split('/')
  const found = emulator.state.repo(owner, name)
  if (!found) throw new Error(`no repository ${repo} in the emulator`)
  return found
}

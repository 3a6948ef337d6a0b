import type { KeyPath, Problem } from '../problem.js'
import { locateInSource } from '../yaml/locate-in-source.js'

/** The rule id of a model file reached through a symbolic link (not configurable: always an error). */
export const LINK_RULE = 'no-symlinks'

/**
 * A model's manifest or metrics file reached through a symbolic link (the file itself, or a
 * folder above it): refused, because the approval digest covers a link's text, not the file it
 * points to, which can then change without any approval. Located at `at` (the key naming the
 * file) when the manifest could be read, else at the start of `file`.
 * @example linkRefused('models/fraud/model.yaml', 'models/fraud') // "models/fraud is a symbolic link; …"
 */
export function linkRefused(file: string, link: string, at?: { source: Uint8Array; path: KeyPath }): Problem {
  const finding = {
    rule: LINK_RULE,
    severity: 'error' as const,
    message: `${link} is a symbolic link; model files are refused behind links, as the approval digest cannot follow a link to the file it names`,
    hint: 'commit the file itself in place of the link (git rm the link, then copy the file there)',
  }
  return at
    ? locateInSource(file, at.source, { ...finding, path: at.path, target: 'value' })
    : { file, line: 1, column: 1, path: '', ...finding }
}

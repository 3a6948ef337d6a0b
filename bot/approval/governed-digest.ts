import { createHash } from 'node:crypto'
import type { TreeEntry } from '../../core/index.js'
import { listGovernedContent } from '../../core/index.js'

/** SHA-256 of the governed entries' `<mode> <id> <path>` lines: equal digests, identical governed content. */
export function governedDigest(tree: readonly TreeEntry[], globs: readonly string[]): string {
  return `sha256:${createHash('sha256').update(listGovernedContent(tree, globs)).digest('hex')}`
}

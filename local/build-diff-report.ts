import type { DiffReport, RevisionLabel } from '../core/index.js'
import { compareProblems, diffModel } from '../core/index.js'
import type { ReadFiles } from './read-models.js'
import { readModels } from './read-models.js'

/** One side of a diff: how to name it and how to read it. */
export interface DiffSide {
  label: RevisionLabel
  read: ReadFiles
}

/**
 * Reads the given manifests at both revisions and compares each model (added, removed, changed),
 * keeping only models that differ. A model unreadable on either side is reported, not guessed at:
 * it is left out of `models` rather than shown as added or removed.
 */
export async function buildDiffReport(
  manifests: readonly string[],
  base: DiffSide,
  head: DiffSide,
): Promise<DiffReport> {
  const files = [...new Set(manifests)].sort()
  const [before, after] = await Promise.all([readModels(files, base.read), readModels(files, head.read)])
  // A model unreadable on one side is neither added nor removed: it is left out, and its problems say why.
  const models = files
    .filter((file) => !before.unreadable.has(file) && !after.unreadable.has(file))
    .map((file) => ({ base: before.models.get(file), head: after.models.get(file) }))
    .filter((pair) => pair.base ?? pair.head)
    .map((pair) => diffModel(pair.base, pair.head))
    .filter((change) => change.status !== 'unchanged')
  return {
    schemaVersion: 1,
    base: base.label,
    head: head.label,
    models,
    problems: [
      ...before.problems.map((p) => ({ ...p, message: `at ${base.label.ref}: ${p.message}` })),
      ...after.problems,
    ].sort(compareProblems),
  }
}

import type { ModelSnapshot, Problem } from '../core/index.js'
import { metricsFileOf, modelMetrics, snapshotModel, validateManifest } from '../core/index.js'

/**
 * Reads files by repository-relative path, all at once (one `git cat-file --batch`, one folder
 * walk, or parallel API calls); a file that does not exist is absent from the map.
 */
export type ReadFiles = (paths: readonly string[]) => Promise<Map<string, Uint8Array>>

export interface ReadModels {
  /** Each readable model by its manifest path. */
  models: Map<string, ModelSnapshot>
  /** Why a manifest that exists could not be used (invalid structure, a bad metrics file). */
  problems: Problem[]
  /**
   * The manifests that exist but could not be used: the model is there, its data is not, so it
   * must not be read as absent (a diff would call it removed or added).
   */
  unreadable: Set<string>
}

/**
 * Reads models at one revision: their manifests, then (in a second batch) the metrics files they
 * name. A missing manifest is simply absent (the model does not exist there); a manifest whose
 * structure is invalid, or whose metrics file is missing or bad, is left out with its problems,
 * so nothing is ever judged on half its data. Semantic rules are `validate`'s job, not repeated here.
 */
export async function readModels(files: readonly string[], read: ReadFiles): Promise<ReadModels> {
  const sources = await read(files)
  const problems: Problem[] = []
  const unreadable = new Set<string>()
  const manifests = files.flatMap((file) => {
    const source = sources.get(file)
    if (!source) return []
    const report = validateManifest({ file, source, ruleSettings: {} })
    if (!report.manifest) {
      for (const problem of report.problems) if (problem.severity === 'error') problems.push(problem)
      unreadable.add(file)
      return []
    }
    return [{ file, manifest: report.manifest, metricsFile: metricsFileOf(file, report.manifest) }]
  })

  const metricsSources = await read(manifests.flatMap(({ metricsFile }) => metricsFile ?? []))
  const models = new Map<string, ModelSnapshot>()
  for (const { file, manifest } of manifests) {
    const read = modelMetrics(file, sources.get(file)!, manifest, metricsSources)
    if ('metrics' in read) models.set(file, snapshotModel(file, manifest, read.metrics))
    else {
      for (const problem of read.problems) problems.push(problem)
      unreadable.add(file)
    }
  }
  return { models, problems, unreadable }
}

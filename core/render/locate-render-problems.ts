import type { Problem } from '../problem.js'
import { compareProblems, formatKeyPath } from '../problem.js'
import { locateInSource } from '../yaml/locate-in-source.js'
import type { RenderProblem } from './render-problem.js'

/** A file a render problem can point into: how it is named, and its bytes. */
export interface SourceFile {
  file: string
  source: Uint8Array
}

/**
 * Places render problems at the manifest or config line that caused them. A problem found in the
 * rendered object itself is named by its path there (`<rendered> spec.predictor…`, line 1): no
 * input line explains it. A config problem without a config file (the defaults) goes to line 1 of
 * `.modelgate/config.yml`, which is where the fix goes.
 */
export function locateRenderProblems(
  problems: readonly RenderProblem[],
  files: { manifest: SourceFile; config?: SourceFile; rendered: string },
): Problem[] {
  return problems
    .map(({ source, ...finding }) => {
      const file = source === 'manifest' ? files.manifest : source === 'config' ? files.config : undefined
      if (file !== undefined) return locateInSource(file.file, file.source, finding)
      const { path, target: _target, ...rest } = finding
      return {
        file: source === 'config' ? '.modelgate/config.yml' : files.rendered,
        line: 1,
        column: 1,
        path: formatKeyPath(path),
        ...rest,
      }
    })
    .sort(compareProblems)
}

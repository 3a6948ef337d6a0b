import type { Finding } from '../problem.js'

/**
 * A reason a model cannot be rendered into an environment. It names the field that caused it:
 * in the model's manifest, in the environment's entry of the config (path from the config's root,
 * e.g. `['environments', 2, 'profile', 'autoscaling', 'target']`), or, for a check of the rendered
 * object that no input field explains, in the rendered object itself (a modelgate defect or an
 * unsupported combination: the hint says so).
 */
export interface RenderProblem extends Finding {
  source: 'manifest' | 'config' | 'rendered'
}

/** One file a promotion writes, relative to the environments repository's root. */
export interface RenderedFile {
  path: string
  content: string
}

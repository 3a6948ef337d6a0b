import type { EnvironmentProfile } from '../environments/environment-profile.js'
import type { ModelManifest } from '../manifest/manifest.js'
import type { FieldOrigin } from './field-origin.js'
import type { PredictorModel } from './predictor-model.js'
import { renderPredictorModel } from './predictor-model.js'
import type { PredictorScaling } from './predictor-scaling.js'
import { renderPredictorScaling } from './predictor-scaling.js'
import type { RenderProblem } from './render-problem.js'

/** `spec.predictor` as rendered, keys in the order they are written. */
export type Predictor = { serviceAccountName?: string } & PredictorScaling & {
    canaryTrafficPercent?: number
    model: PredictorModel
  }

export interface RenderedPredictor {
  predictor: Predictor
  origins: [string, FieldOrigin][]
  problems: RenderProblem[]
}

/**
 * The stable predictor of one manifest in one environment: the profile's service account,
 * replicas and autoscaling (clamped by the manifest), and the model. `at` is its rendered path.
 */
export function renderPredictor(
  manifest: ModelManifest,
  profile: EnvironmentProfile,
  at: string,
): RenderedPredictor {
  const scaling = renderPredictorScaling(manifest, profile)
  const model = renderPredictorModel(manifest, profile, `${at}.model`)
  const predictor: Predictor = {
    ...(profile.serviceAccountName === undefined ? {} : { serviceAccountName: profile.serviceAccountName }),
    ...scaling.scaling,
    model: model.model,
  }
  const origins: [string, FieldOrigin][] = [
    [
      `${at}.serviceAccountName`,
      { source: 'config', path: [...profile.configPath, 'profile', 'serviceAccountName'] },
    ],
    ...scaling.origins.map(([key, origin]): [string, FieldOrigin] => [`${at}.${key}`, origin]),
    ...model.origins,
  ]
  return { predictor, origins, problems: scaling.problems }
}

import type { EnvironmentProfile } from '../environments/environment-profile.js'
import type { Autoscaling, ModelManifest } from '../manifest/manifest.js'
import type { KeyPath } from '../problem.js'
import type { FieldOrigin } from './field-origin.js'
import type { RenderProblem } from './render-problem.js'

/** The predictor's replica and autoscaling fields as rendered, in the order they are written. */
export interface PredictorScaling {
  minReplicas?: number
  maxReplicas?: number
  scaleMetric?: NonNullable<Autoscaling['metric']>
  scaleMetricType?: NonNullable<EnvironmentProfile['scaleMetricType']>
  scaleTarget?: number
}

export interface RenderedScaling {
  scaling: PredictorScaling
  /** Rendered field name (under `spec.predictor`) → the input field it came from. */
  origins: [keyof PredictorScaling, FieldOrigin][]
  problems: RenderProblem[]
}

/** The scale metrics each autoscaler understands (KServe's webhook refuses the others). */
const METRICS_BY_MODE = { Knative: ['concurrency', 'rps'], Standard: ['cpu', 'memory'] } as const

/**
 * Replicas and autoscaling from the environment's profile, clamped by the manifest where it asks
 * for less: each number is the smaller of the two (a model may ask for fewer replicas or a lower
 * target than the environment allows, never more), and the profile's scale metric wins over the
 * manifest's, which is used only when the profile names none. In Standard mode the metric fields
 * belong to the HPA (`autoscalerClass: hpa`); KEDA, external and no autoscaler take none of them,
 * so they are left out with a warning when an input sets them.
 */
export function renderPredictorScaling(
  manifest: ModelManifest,
  profile: EnvironmentProfile,
): RenderedScaling {
  const fromProfile = profile.autoscaling ?? {}
  const fromManifest = manifest.serving?.autoscaling ?? {}
  const configPath: KeyPath = [...profile.configPath, 'profile', 'autoscaling']
  const manifestPath: KeyPath = ['serving', 'autoscaling']
  const scaling: PredictorScaling = {}
  const origins: RenderedScaling['origins'] = []
  const problems: RenderProblem[] = []
  const set = <K extends keyof PredictorScaling>(key: K, value: PredictorScaling[K], origin: FieldOrigin) => {
    scaling[key] = value
    origins.push([key, origin])
  }
  const smaller = (key: 'minReplicas' | 'maxReplicas' | 'target', rendered: keyof PredictorScaling) => {
    const [wanted, allowed] = [fromManifest[key], fromProfile[key]]
    if (wanted !== undefined && (allowed === undefined || wanted < allowed))
      set(rendered, wanted, { source: 'manifest', path: [...manifestPath, key] })
    else if (allowed !== undefined) set(rendered, allowed, { source: 'config', path: [...configPath, key] })
  }
  smaller('minReplicas', 'minReplicas')
  smaller('maxReplicas', 'maxReplicas')

  const hpa = profile.deploymentMode === 'Knative' || profile.autoscalerClass === 'hpa'
  if (!hpa) {
    if (
      fromProfile.metric !== undefined ||
      fromProfile.target !== undefined ||
      fromManifest.metric !== undefined
    )
      problems.push({
        source: fromProfile.metric !== undefined || fromProfile.target !== undefined ? 'config' : 'manifest',
        path:
          fromProfile.metric !== undefined || fromProfile.target !== undefined ? configPath : manifestPath,
        target: 'value',
        rule: 'kserve/scale-metric-ignored',
        severity: 'warning',
        message: `the scale metric and target are not rendered: autoscalerClass ${profile.autoscalerClass} does not read them`,
        hint: 'configure that autoscaler outside modelgate, or set autoscalerClass: hpa in the profile',
      })
    return { scaling, origins, problems }
  }
  const allowedMetrics: readonly string[] = METRICS_BY_MODE[profile.deploymentMode]
  if (fromProfile.metric !== undefined) {
    set('scaleMetric', fromProfile.metric, { source: 'config', path: [...configPath, 'metric'] })
    if (
      fromManifest.metric !== undefined &&
      fromManifest.metric !== fromProfile.metric &&
      !allowedMetrics.includes(fromManifest.metric)
    )
      problems.push({
        source: 'manifest',
        path: [...manifestPath, 'metric'],
        target: 'value',
        rule: 'kserve/scale-metric-ignored',
        severity: 'warning',
        message: `serving.autoscaling.metric ${fromManifest.metric} does not apply in ${profile.deploymentMode} mode; the environment's ${fromProfile.metric} is used`,
        hint: `in ${profile.environment}, scale on ${allowedMetrics.join(' or ')}`,
      })
  } else if (fromManifest.metric !== undefined)
    set('scaleMetric', fromManifest.metric, { source: 'manifest', path: [...manifestPath, 'metric'] })
  if (profile.deploymentMode === 'Standard' && profile.scaleMetricType !== undefined)
    set('scaleMetricType', profile.scaleMetricType, {
      source: 'config',
      path: [...profile.configPath, 'profile', 'scaleMetricType'],
    })
  // A target measured in another metric's unit means nothing: the manifest's counts only with its own metric.
  const sameMetric = fromManifest.metric === undefined || fromManifest.metric === scaling.scaleMetric
  if (sameMetric) smaller('target', 'scaleTarget')
  else if (fromProfile.target !== undefined)
    set('scaleTarget', fromProfile.target, { source: 'config', path: [...configPath, 'target'] })
  return { scaling, origins, problems }
}

import type { EnvironmentProfile } from '../environments/environment-profile.js'
import { kserveAtLeast } from '../environments/environment-profile.js'

export const DEPLOYMENT_MODE_ANNOTATION = 'serving.kserve.io/deploymentMode'
export const AUTOSCALER_CLASS_ANNOTATION = 'serving.kserve.io/autoscalerClass'

/**
 * KServe's annotations for the environment's deployment mode, always written so the cluster's
 * default mode never decides. KServe 0.16 renamed `Serverless` → `Knative` and `RawDeployment` →
 * `Standard`; older controllers know only the old names, so a profile whose `kserveVersion` is
 * below 0.16 gets those. Standard mode also names its autoscaler class (`hpa` by default).
 */
export function deploymentModeAnnotations(profile: EnvironmentProfile): Record<string, string> {
  const renamed = kserveAtLeast(profile, 0, 16)
  const standard = profile.deploymentMode === 'Standard'
  const mode = standard ? (renamed ? 'Standard' : 'RawDeployment') : renamed ? 'Knative' : 'Serverless'
  return {
    [DEPLOYMENT_MODE_ANNOTATION]: mode,
    ...(standard ? { [AUTOSCALER_CLASS_ANNOTATION]: profile.autoscalerClass ?? 'hpa' } : {}),
  }
}

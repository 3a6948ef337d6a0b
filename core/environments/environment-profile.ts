import type { EnvironmentConfig, ModelgateConfig, PrometheusNames, ProfileConfig } from '../config/config.js'
import type { KeyPath } from '../problem.js'

/** KServe's two deployment modes under their v0.20 names. */
export type DeploymentMode = 'Knative' | 'Standard'

/** An environment with every default applied: what rendering and planning read. */
export interface EnvironmentProfile {
  environment: string
  /** Where this environment's entry is in the config (`['environments', i]`): render problems name fields under it. */
  configPath: KeyPath
  upstream?: string
  namespace: string
  deploymentMode: DeploymentMode
  /** `major.minor` (a patch, when given, is kept out: features are gated on minor versions). */
  kserveVersion: { major: number; minor: number }
  /** Standard mode only; Knative scales with its own autoscaler. */
  autoscalerClass?: 'hpa' | 'keda' | 'external' | 'none'
  scaleMetricType?: 'Utilization' | 'AverageValue'
  serviceAccountName?: string
  resources?: ProfileConfig['resources']
  autoscaling?: ProfileConfig['autoscaling']
  canary?: ProfileConfig['canary']
  prometheus: PrometheusNames
  argocd: { cluster: string; project: string }
  approvers: string[]
  force: { allowed: boolean; by: string[] }
}

/** The KServe version assumed when the config names none: the one whose CRD modelgate validates against. */
export const DEFAULT_KSERVE_VERSION = '0.20'
/** The cluster Argo CD runs in. */
export const IN_CLUSTER = 'https://kubernetes.default.svc'

/**
 * Maps a configured deployment mode to its v0.20 name. KServe renamed `Serverless` to `Knative`
 * and `RawDeployment` to `Standard`; configs written for older releases keep working.
 */
export function normalizeDeploymentMode(mode: ProfileConfig['deploymentMode']): DeploymentMode {
  return mode === 'Standard' || mode === 'RawDeployment' ? 'Standard' : 'Knative'
}

/**
 * The series KServe exports by default: Knative's queue-proxy in Knative mode (latency in
 * milliseconds, labelled by `service_name`), the model server's own in Standard mode (seconds).
 * These are assumptions about the cluster, so each one can be overridden per environment.
 */
export function defaultPrometheusNames(mode: DeploymentMode): PrometheusNames {
  const common = {
    errorFilter: 'response_code_class="5xx"',
    drift: 'modelgate_feature_drift_score',
    performance: 'modelgate_live_metric',
  }
  return mode === 'Knative'
    ? {
        ...common,
        requests: 'revision_request_count',
        latencyBucket: 'revision_request_latencies_bucket',
        latencyUnit: 'milliseconds',
        modelLabel: 'service_name',
      }
    : {
        ...common,
        requests: 'request_predict_seconds_count',
        latencyBucket: 'request_predict_seconds_bucket',
        latencyUnit: 'seconds',
        modelLabel: 'model_name',
      }
}

/**
 * An environment's profile with the config's defaults applied, or `undefined` when the config has
 * no such environment. Pure: the config must already have passed `validateConfig`.
 */
export function resolveProfile(config: ModelgateConfig, environment: string): EnvironmentProfile | undefined {
  const index = (config.environments ?? []).findIndex((candidate) => candidate.name === environment)
  return index < 0 ? undefined : profileOf(config.environments![index]!, index)
}

/** {@link resolveProfile} for the config's `index`th environment entry. */
export function profileOf(entry: EnvironmentConfig, index: number): EnvironmentProfile {
  const { profile } = entry
  const deploymentMode = normalizeDeploymentMode(profile.deploymentMode)
  const [major = 0, minor = 0] = (profile.kserveVersion ?? DEFAULT_KSERVE_VERSION).split('.').map(Number)
  const approvers = entry.approvers ?? []
  return {
    environment: entry.name,
    configPath: ['environments', index],
    ...(entry.upstream === undefined ? {} : { upstream: entry.upstream }),
    namespace: profile.namespace,
    deploymentMode,
    kserveVersion: { major, minor },
    ...(deploymentMode === 'Standard'
      ? {
          autoscalerClass: profile.autoscalerClass ?? 'hpa',
          scaleMetricType: profile.scaleMetricType ?? 'Utilization',
        }
      : {}),
    ...(profile.serviceAccountName === undefined ? {} : { serviceAccountName: profile.serviceAccountName }),
    ...(profile.resources === undefined ? {} : { resources: profile.resources }),
    ...(profile.autoscaling === undefined ? {} : { autoscaling: profile.autoscaling }),
    ...(profile.canary === undefined ? {} : { canary: profile.canary }),
    prometheus: { ...defaultPrometheusNames(deploymentMode), ...profile.prometheus },
    argocd: {
      cluster: entry.argocd?.cluster ?? IN_CLUSTER,
      project: entry.argocd?.project ?? `modelgate-${entry.name}`,
    },
    approvers,
    force: { allowed: entry.force?.allowed ?? false, by: entry.force?.by ?? approvers },
  }
}

/** At least `major.minor`: e.g. whether the cluster's KServe has `spec.canary` (0.20). */
export function kserveAtLeast(profile: EnvironmentProfile, major: number, minor: number): boolean {
  const { kserveVersion: version } = profile
  return version.major > major || (version.major === major && version.minor >= minor)
}

import type { Autoscaling, Resources } from '../manifest/manifest.js'
import type { RuleSetting } from '../manifest/validate-manifest.js'

/** `.modelgate/config.yml`, read from the default branch; `schemas/modelgate-config.schema.json` is the contract. */
export interface ModelgateConfig {
  apiVersion: 'modelgate.dev/v1'
  kind: 'Config'
  models?: { root?: string }
  environmentsRepo?: {
    repository: string
    url?: string
    branch?: string
    path?: string
    platformOwners?: string[]
    /** A local checkout of it, relative to the model repository's root (CI). */
    checkout?: string
  }
  environments?: EnvironmentConfig[]
  promotion?: PromotionConfig
  validation?: { rules?: Record<string, RuleSetting> }
  policy?: Record<string, unknown>
}

export interface EnvironmentConfig {
  name: string
  upstream?: string
  /** `@org/team` or `@user`: CODEOWNERS of `environments/<env>/` and the promotion PRs' approvers. */
  approvers?: string[]
  /** Who may `/promote` into it; default: writers of the model repository. */
  promoters?: string[]
  force?: { allowed: boolean; by?: string[] }
  argocd?: { cluster?: string; project?: string }
  profile: ProfileConfig
}

/** How the bot judges a version before promoting it, and where it reads Argo CD's verdict. */
export interface PromotionConfig {
  /** Check runs that must have concluded `success` on the version's commit; `appId` pins the writer. */
  requiredChecks?: { name: string; appId?: number }[]
  /** The commit status context Argo CD posts, `{app}` standing for `<env>-<model>`. */
  healthStatusContext?: string
}

/** An environment's render profile as written in the config (see `resolveProfile` for defaults). */
export interface ProfileConfig {
  namespace: string
  /** `Serverless` and `RawDeployment` are KServe's legacy names of `Knative` and `Standard`. */
  deploymentMode?: 'Knative' | 'Standard' | 'Serverless' | 'RawDeployment'
  kserveVersion?: string
  autoscalerClass?: 'hpa' | 'keda' | 'external' | 'none'
  scaleMetricType?: 'Utilization' | 'AverageValue'
  serviceAccountName?: string
  resources?: Resources
  autoscaling?: Autoscaling
  canary?: { trafficPercent: number }
  prometheus?: Partial<PrometheusNames>
}

/** The PromQL series alerts are written against (defaults depend on the deployment mode). */
export interface PrometheusNames {
  requests: string
  errorFilter: string
  latencyBucket: string
  latencyUnit: 'seconds' | 'milliseconds'
  drift: string
  performance: string
  modelLabel: string
}

/** The config used when a repository has none. */
export const DEFAULT_CONFIG: ModelgateConfig = { apiVersion: 'modelgate.dev/v1', kind: 'Config' }

/** Where manifests live when the config does not say. */
export const DEFAULT_MODELS_ROOT = 'models'

import type { Autoscaling } from '../manifest/manifest.js'
import type { RuleSetting } from '../manifest/validate-manifest.js'

/** `.modelgate/config.yml`, read from the default branch; `schemas/modelgate-config.schema.json` is the contract. */
export interface ModelgateConfig {
  apiVersion: 'modelgate.dev/v1'
  kind: 'Config'
  models?: { root?: string }
  environmentsRepo?: { repository: string; branch?: string; path?: string }
  environments?: EnvironmentConfig[]
  validation?: { rules?: Record<string, RuleSetting> }
  policy?: Record<string, unknown>
}

export interface EnvironmentConfig {
  name: string
  upstream?: string
  profile: {
    namespace: string
    deploymentMode?: 'Serverless' | 'RawDeployment'
    serviceAccountName?: string
    resources?: Record<string, Record<string, string | number>>
    autoscaling?: Autoscaling
    canary?: { trafficPercent: number }
  }
}

/** The config used when a repository has none. */
export const DEFAULT_CONFIG: ModelgateConfig = { apiVersion: 'modelgate.dev/v1', kind: 'Config' }

/** Where manifests live when the config does not say. */
export const DEFAULT_MODELS_ROOT = 'models'

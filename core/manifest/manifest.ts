/**
 * The model manifest as plain data (`models/<name>/model.yaml`); `schemas/model-manifest.schema.json`
 * is the contract, these types describe a manifest that passed it.
 */
export type RiskTier = 'low' | 'medium' | 'high' | 'critical'

/** Risk tiers from lowest to highest. */
export const RISK_TIERS: readonly RiskTier[] = ['low', 'medium', 'high', 'critical']

export interface Dataset {
  name: string
  role: 'train' | 'validation' | 'test' | 'evaluation' | 'reference'
  uri: string
  digest?: string
  version?: string
  rows?: number
  description?: string
}

export interface MetricValue {
  name: string
  value: number
  dataset?: string
  greaterIsBetter?: boolean
}

export interface Gate {
  metric: string
  greaterIsBetter: boolean
  threshold?: number
  minAbsoluteChange?: number
  minRelativeChange?: number
  maxAbsoluteRegression?: number
  maxRelativeRegression?: number
  severity?: 'blocking' | 'warning'
}

/** A gate's checks, in the order they are evaluated and reported. */
export const GATE_CHECKS = [
  'threshold',
  'minAbsoluteChange',
  'minRelativeChange',
  'maxAbsoluteRegression',
  'maxRelativeRegression',
] as const

export interface Autoscaling {
  minReplicas?: number
  maxReplicas?: number
  metric?: 'concurrency' | 'rps' | 'cpu' | 'memory'
  target?: number
}

/** Kubernetes requests and limits (`cpu`, `memory`, `nvidia.com/gpu`); quantities as written. */
export interface Resources {
  requests?: Record<string, string | number>
  limits?: Record<string, string | number>
}

/** What to watch once the model is live; the source of its alerting rules. */
export interface Monitoring {
  drift?: { feature: string; method: string; threshold: number; window?: string }[]
  performance?: { metric: string; threshold: number; greaterIsBetter: boolean; window?: string }[]
  slo?: { p95LatencyMs?: number; errorRate?: number; availability?: number }
  runbook?: string
  [extension: `x-${string}`]: unknown
}

export interface ModelManifest {
  apiVersion: 'modelgate.dev/v1'
  kind: 'ModelManifest'
  metadata: { name: string; version: string; description?: string; labels?: Record<string, string> }
  owners: { team: string; maintainers: string[]; contact?: string }
  riskTier: RiskTier
  artifact: { uri: string; digest: string; framework: { name: string; version?: string }; sizeBytes?: number }
  lifecycle?: {
    stage?: 'experimental' | 'candidate' | 'production' | 'deprecated' | 'retired'
    status?: 'active' | 'on-hold' | 'under-review'
    supersedes?: string
    retirement?: { date: string; reason: string; replacement?: string }
  }
  source?: { repository?: string; commit?: string; pipelineRun?: string; trackingRun?: string }
  datasets?: Dataset[]
  metrics?: { values?: MetricValue[]; file?: string }
  evaluation?: {
    baseline?: { environment?: string; ref?: string; onMissing?: 'fail' | 'threshold-only' }
    gates?: Gate[]
  }
  explainability?: { method: string; reportUri: string; digest?: string }
  serving?: {
    runtime?: string
    protocolVersion?: 'v1' | 'v2' | 'grpc-v2'
    resources?: Resources
    autoscaling?: Autoscaling
    canary?: { trafficPercent: number }
  }
  monitoring?: Monitoring
  compliance?: Record<string, unknown>
  [extension: `x-${string}`]: unknown
}

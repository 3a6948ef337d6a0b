import { stringify } from 'yaml'
import type { Problem, ValidateManifestOptions } from '../../core/index.js'
import { validateManifest } from '../../core/index.js'

export const DIGEST = (seed: string) => `sha256:${seed.repeat(64).slice(0, 64)}`

/** A valid high-tier manifest as plain data; each test overrides what it is about. */
export function baseManifest(): Record<string, any> {
  return {
    apiVersion: 'modelgate.dev/v1',
    kind: 'ModelManifest',
    metadata: { name: 'fraud-detector', version: '1.4.0' },
    owners: { team: 'risk-ml', maintainers: ['@ana-ortiz'] },
    riskTier: 'high',
    artifact: {
      uri: 's3://acme-models/fraud-detector/1.4.0/',
      digest: DIGEST('a'),
      framework: { name: 'xgboost', version: '2.0.3' },
    },
    datasets: [{ name: 'tx-2026q3', role: 'train', uri: 's3://acme-data/tx/2026q3/', digest: DIGEST('b') }],
    metrics: { values: [{ name: 'auc', value: 0.94 }] },
    evaluation: { gates: [{ metric: 'auc', greaterIsBetter: true, threshold: 0.9 }] },
  }
}

/** Bytes of a document: YAML text as given, or plain data rendered as YAML. */
export function source(document: string | object): Uint8Array {
  return Buffer.from(typeof document === 'string' ? document : stringify(document))
}

/** Validates a manifest at `models/fraud-detector/model.yaml` and returns its problems. */
export function problemsOf(
  document: string | object,
  options: Partial<ValidateManifestOptions> = {},
): Problem[] {
  return validateManifest({
    file: 'models/fraud-detector/model.yaml',
    folderName: 'fraud-detector',
    source: source(document),
    ...options,
  }).problems
}

/** `line:column rule message` of each problem: compact enough for exact assertions. */
export function brief(problems: Problem[]): string[] {
  return problems.map((problem) => `${problem.line}:${problem.column} ${problem.rule} ${problem.message}`)
}

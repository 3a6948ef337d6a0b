import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { LiveModel, ModelgateConfig, ModelManifest } from '../../../core/index.js'
import { validateConfig, validateManifest } from '../../../core/index.js'
import type {
  EnvironmentModelState,
  HistoryEntry,
  PromotionFacts,
} from '../../../core/promotion/promotion-facts.js'
import { PROJECT_ROOT } from '../../support/cli.js'

const MODEL_REPO = join(PROJECT_ROOT, 'examples', 'model-repo')
export const MANIFEST_PATH = 'models/fraud-detector/model.yaml'
export const SOURCE_COMMIT = 'c0ffee'.padEnd(40, '0')

/** The example config: dev → staging → prod; prod Standard mode, force allowed for @acme/release. */
export function exampleConfig(): ModelgateConfig {
  const file = '.modelgate/config.yml'
  const report = validateConfig(file, readFileSync(join(MODEL_REPO, file)))
  if (!report.config) throw new Error('the example config is invalid')
  return report.config
}

/** The example fraud-detector manifest (1.4.0), with `version` and `stage` overridable. */
export function fraudManifest(overrides: { version?: string; stage?: 'retired' } = {}): ModelManifest {
  const report = validateManifest({
    file: MANIFEST_PATH,
    source: readFileSync(join(MODEL_REPO, MANIFEST_PATH)),
    ruleSettings: {},
  })
  const manifest = structuredClone(report.manifest!)
  if (overrides.version !== undefined) manifest.metadata.version = overrides.version
  if (overrides.stage !== undefined) manifest.lifecycle = { ...manifest.lifecycle, stage: overrides.stage }
  return manifest
}

export const DIGEST = fraudManifest().artifact.digest
export const OTHER_DIGEST = `sha256:${'b'.repeat(64)}`

/** A live model as `readLiveModel` reads it. */
export function live(version: string, overrides: Partial<LiveModel> = {}): LiveModel {
  return {
    version,
    digest: DIGEST,
    sourceCommit: SOURCE_COMMIT,
    forced: false,
    deploymentMode: 'Knative',
    ...overrides,
  }
}

export const entry = (
  version: string,
  commit = version.replace(/\D/g, '').padEnd(40, 'e'),
): HistoryEntry => ({
  version,
  digest: DIGEST,
  sourceCommit: SOURCE_COMMIT,
  commit,
})

/** A state with its inferenceservice.yaml present (so the folder has a file to change or delete). */
export function state(
  environment: string,
  version: string | undefined,
  overrides: Partial<EnvironmentModelState> = {},
): EnvironmentModelState {
  const folder = `environments/${environment}/fraud-detector`
  return {
    environment,
    model: 'fraud-detector',
    ...(version === undefined
      ? {}
      : {
          live: live(version, environment === 'prod' ? { deploymentMode: 'Standard' } : {}),
          health: 'healthy' as const,
          history: [entry(version)],
          files: {
            [`${folder}/inferenceservice.yaml`]: `kind: InferenceService\nmetadata:\n  name: fraud-detector\n`,
          },
        }),
    ...overrides,
  }
}

/**
 * Promote fraud-detector 1.4.0 into prod, asked by alice: 1.4.0 is live and healthy in dev and
 * staging, prod runs 1.3.0 (1.2.0 before it). Every case changes one fact of this.
 */
export function baseFacts(): PromotionFacts {
  return {
    request: { kind: 'promote', model: 'fraud-detector', environment: 'prod', requester: 'alice' },
    config: exampleConfig(),
    manifest: { manifest: fraudManifest(), path: MANIFEST_PATH, commit: SOURCE_COMMIT },
    models: ['churn-predictor', 'credit-limit-scorer', 'fraud-detector', 'support-ticket-router'],
    versions: [
      { version: '1.4.0', commit: SOURCE_COMMIT },
      { version: '1.3.0', commit: 'a'.repeat(40) },
    ],
    states: [
      state('dev', '1.4.0'),
      state('staging', '1.4.0'),
      state('prod', '1.3.0', { history: [entry('1.3.0'), entry('1.2.0')] }),
    ],
    holds: [],
  }
}

/** `facts` with the state of `environment` replaced. */
export function withState(facts: PromotionFacts, replacement: EnvironmentModelState): PromotionFacts {
  return {
    ...facts,
    states: [...facts.states.filter((s) => s.environment !== replacement.environment), replacement],
  }
}

import { readFileSync } from 'node:fs'
import type { ModelgateConfig } from '../../../core/config/config.js'
import { validateConfig } from '../../../core/config/validate-config.js'
import type { EnvironmentProfile } from '../../../core/environments/environment-profile.js'
import { profileOf } from '../../../core/environments/environment-profile.js'
import type { EnvironmentsRepo } from '../../../core/environments/environments-repo.js'
import { resolveEnvironmentsRepo } from '../../../core/environments/environments-repo.js'

/** The example model repository's config (dev, staging, prod), as validated. */
export function exampleConfig(): ModelgateConfig {
  const report = validateConfig(
    '.modelgate/config.yml',
    readFileSync('examples/model-repo/.modelgate/config.yml'),
  )
  if (!report.config) throw new Error(JSON.stringify(report.problems))
  return structuredClone(report.config)
}

export const exampleRepo = (): EnvironmentsRepo => resolveEnvironmentsRepo(exampleConfig())!
export const exampleProfiles = (): EnvironmentProfile[] => exampleConfig().environments!.map(profileOf)

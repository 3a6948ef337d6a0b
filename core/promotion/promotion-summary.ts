import type { FieldChange } from './summarize-file-change.js'
import type { PromotionKind } from './promotion-facts.js'
import type { Reason } from './promotion-plan.js'

/** One file a promotion writes, with what changes in it. */
export interface FileChangeSummary {
  path: string
  change: 'add' | 'change' | 'delete'
  fields: FieldChange[]
  /** Changed fields beyond those listed. */
  more: number
}

/** What a promotion's commit message and pull request describe; built once by `planPromotion`. */
export interface PromotionSummary {
  kind: PromotionKind
  model: string
  environment: string
  version?: string
  digest?: string
  sourceCommit?: string
  manifestPath?: string
  requester: string
  requestUrl?: string
  previousVersion?: string
  forced: boolean
  /** The plan's `note` reasons: forced past a check, a replacement, a hold a rollback passes. */
  notes: Reason[]
  files: FileChangeSummary[]
  gatesVerdict?: string
  gatesDigest?: string
}

/** "promote fraud-detector 1.4.0 to staging", the commit subject and pull request title. */
export function describePromotion(
  summary: Pick<PromotionSummary, 'kind' | 'model' | 'environment' | 'version'>,
): string {
  const { kind, model, environment, version } = summary
  switch (kind) {
    case 'promote':
      return `promote ${model} ${version ?? ''} to ${environment}`.replace(/ {2,}/g, ' ')
    case 'rollback':
      return `roll back ${model} in ${environment} to ${version ?? ''}`.trimEnd()
    case 'retire':
      return `retire ${model} from ${environment}`
  }
}

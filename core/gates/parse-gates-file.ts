import { schemaFindings } from '../manifest/schema-findings.js'
import { uncheckedGates } from '../manifest/rules.js'
import type { Gate } from '../manifest/manifest.js'
import type { Finding, Problem } from '../problem.js'
import { validators } from '../schemas.js'
import { checkYamlFile } from '../yaml/check-yaml-file.js'
import type { OnMissingBaseline } from './evaluate-gate.js'

/** Gates kept outside a manifest (`modelgate gate --gates FILE`), for CI that has no manifest. */
export interface GatesFile {
  gates: Gate[]
  onMissing?: OnMissingBaseline
}

/**
 * Reads a gates file: YAML or JSON `{ gates: [...], onMissing? }`, each gate exactly as in a
 * manifest's `evaluation.gates` (same schema, same "checks nothing" rule), with located problems.
 * @example parseGatesFile('gates.yaml', bytes).gatesFile?.gates[0] // { metric: 'auc', greaterIsBetter: true, threshold: 0.8 }
 */
export function parseGatesFile(
  file: string,
  source: Uint8Array,
): { gatesFile?: GatesFile; problems: Problem[] } {
  const checked = checkYamlFile(file, source, (value): Finding[] => {
    const validate = validators().gatesFile
    if (!validate(value)) return schemaFindings(validate.errors ?? [], value).map(forGatesFile)
    return uncheckedGates((value as GatesFile).gates, ['gates']).map((finding) => ({
      ...finding,
      rule: 'gate-has-check',
      severity: 'error',
    }))
  })
  return checked.problems.length === 0
    ? { gatesFile: checked.value as GatesFile, problems: [] }
    : { problems: checked.problems }
}

/** The schema's hints speak of manifests; a gates file that is not a map, or has no gates, needs its own. */
function forGatesFile(finding: Finding): Finding {
  return finding.path.length === 0 && (finding.rule === 'schema/type' || finding.rule === 'schema/required')
    ? { ...finding, hint: 'write a map with a gates list: gates: [{ metric, greaterIsBetter, threshold }]' }
    : finding
}

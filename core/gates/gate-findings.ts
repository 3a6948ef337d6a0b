import type { Finding, Problem } from '../problem.js'
import { compareProblems } from '../problem.js'
import { locateInSource } from '../yaml/locate-in-source.js'
import type { GateReport, ModelGate } from './gate-report.js'

/**
 * The gates a model failed, as findings at the gate's entry in its file (`evaluation.gates[i]` in
 * a manifest, `gates[i]` in a gates file), so annotations and editors point at the line that sets
 * the threshold. Results come in the order the gates are declared, which is what makes the index
 * the gate's. Blocking gates are errors, warning gates warnings.
 */
export function gateFindings({ model, verdict }: ModelGate): Finding[] {
  const gates = model === undefined ? ['gates'] : ['evaluation', 'gates']
  return verdict.results.flatMap((result, index): Finding[] =>
    result.passed
      ? []
      : [
          {
            path: [...gates, index],
            target: 'value',
            rule: `gate/${result.checks.find((check) => !check.passed)?.check ?? 'metric'}`,
            severity: result.severity === 'blocking' ? 'error' : 'warning',
            message: `gate ${result.metric}: ${result.reasons.join('; ')}`,
          },
        ],
  )
}

/**
 * Every failed gate of a report as a problem at its line, given the bytes of the files the gates
 * came from (a file missing from `sources` puts its gates at line 1).
 */
export function locateGateProblems(report: GateReport, sources: ReadonlyMap<string, Uint8Array>): Problem[] {
  return report.models
    .flatMap((model) =>
      gateFindings(model).map((finding) =>
        locateInSource(model.file, sources.get(model.file) ?? EMPTY, finding),
      ),
    )
    .sort(compareProblems)
}

const EMPTY = new Uint8Array()

import type { Gate } from '../manifest/manifest.js'
import type { MetricReading } from '../metrics/flatten-metrics.js'

/** What to do when a change check has no baseline: fail (default) or check thresholds only. */
export type OnMissingBaseline = 'fail' | 'threshold-only'

/** One check of a gate, with the sentence that explains it. */
export interface CheckResult {
  check:
    | 'threshold'
    | 'minAbsoluteChange'
    | 'minRelativeChange'
    | 'maxAbsoluteRegression'
    | 'maxRelativeRegression'
    | 'metric'
  passed: boolean
  message: string
}

export interface GateResult {
  metric: string
  /** Every check passed. A warning gate that fails still reports `passed: false`; it does not block. */
  passed: boolean
  severity: 'blocking' | 'warning'
  candidate: number | null
  baseline: number | null
  /** The failed checks' sentences, in the fixed order threshold, absolute, relative, regression. */
  reasons: string[]
  checks: CheckResult[]
}

/** Relative tolerance: 0.80 + 0.05 must pass a candidate of 0.85 (floating point must not flip verdicts). */
const TOLERANCE = 1e-9

/** `a ≥ b`, forgiving floating-point noise relative to the numbers' size. */
function atLeast(a: number, b: number): boolean {
  return a >= b - TOLERANCE * Math.max(Math.abs(a), Math.abs(b))
}

/** A number as people read it: at most six significant digits, no `0.30000000000000004`. */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(6)))
}

/**
 * `value` with the digits it takes to tell it from `other`, six at least: a candidate 0.8499999
 * that fails a threshold of 0.85 must not read "0.85 is below the threshold 0.85".
 */
export function formatApart(value: number, other: number): string {
  for (let digits = 6; digits <= 17 && value !== other; digits++) {
    const text = String(Number(value.toPrecision(digits)))
    if (text !== String(Number(other.toPrecision(digits)))) return text
  }
  return formatNumber(value)
}

const percent = (ratio: number) => `${formatNumber(ratio * 100)}%`

/**
 * Judges one metric against one gate. Semantics follow MLflow's MetricThreshold where they overlap
 * (threshold inclusive; `minAbsoluteChange`/`minRelativeChange` must beat the baseline by at least
 * that much, relative to |baseline|), plus non-inferiority: `maxAbsoluteRegression` /
 * `maxRelativeRegression` let the candidate be worse than the baseline by at most that much.
 * Decided edge cases: NaN and ±Infinity fail; a missing candidate fails; change checks without a
 * baseline fail unless `onMissing` is `threshold-only` (then they are skipped, and say so); with a
 * zero baseline, `minRelativeChange` needs a strict improvement and `maxRelativeRegression` allows
 * no regression. Every check is reported, in a fixed order. A model `unchanged` against its
 * baseline (same manifest, same metrics) skips the change checks: "0% above the baseline" would
 * fail every push that did not touch the model; its thresholds still apply.
 */
export function evaluateGate(
  gate: Gate,
  candidateValue: MetricReading | undefined,
  baselineValue: MetricReading | undefined,
  onMissing: OnMissingBaseline = 'fail',
  unchanged = false,
): GateResult {
  const candidate = typeof candidateValue === 'number' ? candidateValue : undefined
  const baseline = typeof baselineValue === 'number' ? baselineValue : undefined
  const { metric, greaterIsBetter } = gate
  const severity = gate.severity ?? 'blocking'
  const checks: CheckResult[] = []
  const result = (): GateResult => ({
    metric,
    passed: checks.every((c) => c.passed),
    severity,
    candidate: candidate ?? null,
    baseline: baseline ?? null,
    reasons: checks.filter((c) => !c.passed).map((c) => c.message),
    checks,
  })

  if (candidate === undefined) {
    const message =
      candidateValue === undefined
        ? `${metric} is missing from the candidate's metrics`
        : `${metric} is ${JSON.stringify(candidateValue)}, not a number`
    checks.push({ check: 'metric', passed: false, message })
    return result()
  }
  if (!Number.isFinite(candidate)) {
    checks.push({
      check: 'metric',
      passed: false,
      message: `${metric} is ${String(candidate)}, which cannot pass a gate`,
    })
    return result()
  }
  // Orient every comparison so that "greater" means "better".
  const sign = greaterIsBetter ? 1 : -1
  const better = greaterIsBetter ? 'above' : 'below'
  const worse = greaterIsBetter ? 'below' : 'above'

  if (gate.threshold !== undefined) {
    const passed = atLeast(sign * candidate, sign * gate.threshold)
    checks.push({
      check: 'threshold',
      passed,
      message: passed
        ? `${metric} ${formatNumber(candidate)} meets the threshold ${formatNumber(gate.threshold)}`
        : `${metric} ${formatApart(candidate, gate.threshold)} is ${worse} the threshold ${formatNumber(gate.threshold)}`,
    })
  }

  const changeChecks = (
    ['minAbsoluteChange', 'minRelativeChange', 'maxAbsoluteRegression', 'maxRelativeRegression'] as const
  ).filter((check) => gate[check] !== undefined)
  if (changeChecks.length === 0) return result()
  if (unchanged) {
    for (const check of changeChecks)
      checks.push({
        check,
        passed: true,
        message: `${check} skipped: the model is unchanged against the baseline`,
      })
    return result()
  }
  if (baseline === undefined || !Number.isFinite(baseline)) {
    const missing =
      baselineValue === undefined
        ? 'there is no baseline'
        : `the baseline is ${typeof baselineValue === 'number' ? String(baselineValue) : JSON.stringify(baselineValue)}`
    for (const check of changeChecks) {
      checks.push(
        onMissing === 'threshold-only' && baselineValue === undefined
          ? {
              check,
              passed: true,
              message: `${check} skipped: ${missing} (evaluation.baseline.onMissing: threshold-only)`,
            }
          : { check, passed: false, message: `${check} cannot be checked: ${missing}` },
      )
    }
    return result()
  }

  const improvement = sign * (candidate - baseline)
  const relative = baseline === 0 ? undefined : improvement / Math.abs(baseline)
  const from = `the baseline ${formatNumber(baseline)}`
  const shown = formatApart(candidate, baseline)
  for (const check of changeChecks) {
    const limit = gate[check]!
    switch (check) {
      case 'minAbsoluteChange': {
        const passed = atLeast(sign * candidate, sign * baseline + limit)
        checks.push({
          check,
          passed,
          message: `${metric} ${shown} is ${formatNumber(Math.abs(candidate - baseline))} ${improvement >= 0 ? better : worse} ${from}; ${passed ? 'meets' : 'needs'} an improvement of at least ${formatNumber(limit)}`,
        })
        break
      }
      case 'minRelativeChange': {
        const passed = relative === undefined ? improvement > 0 : atLeast(relative, limit)
        const change =
          relative === undefined
            ? improvement > 0
              ? 'improves on'
              : 'does not improve on'
            : `is ${percent(Math.abs(relative))} ${improvement >= 0 ? better : worse}`
        checks.push({
          check,
          passed,
          message: `${metric} ${shown} ${change} ${from}; ${passed ? 'meets' : 'needs'} ${relative === undefined ? 'a strict improvement on a zero baseline' : `an improvement of at least ${percent(limit)}`}`,
        })
        break
      }
      case 'maxAbsoluteRegression': {
        const passed = atLeast(sign * candidate, sign * baseline - limit)
        checks.push({
          check,
          passed,
          message: `${metric} ${shown} ${improvement >= 0 ? 'does not regress from' : `regresses by ${formatNumber(-improvement)} from`} ${from}; ${passed ? 'within' : 'beyond'} the allowed ${formatNumber(limit)}`,
        })
        break
      }
      case 'maxRelativeRegression': {
        const passed = relative === undefined ? improvement >= 0 : atLeast(relative, -limit)
        const change =
          improvement >= 0
            ? 'does not regress from'
            : relative === undefined
              ? 'regresses from'
              : `regresses by ${percent(-relative)} from`
        checks.push({
          check,
          passed,
          message: `${metric} ${shown} ${change} ${from}; ${passed ? 'within' : 'beyond'} the allowed ${relative === undefined ? 'zero regression on a zero baseline' : percent(limit)}`,
        })
        break
      }
    }
  }
  return result()
}

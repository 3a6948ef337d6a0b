import { describe, expect, it } from 'vitest'
import { evaluateGates } from '../../../core/gates/evaluate-gates.js'
import { formatGateMarkdown } from '../../../core/gates/format-gate-markdown.js'
import type { GateReport, ModelGate } from '../../../core/gates/gate-report.js'
import { formatGateJson, formatGateText, gateReportPassed } from '../../../core/gates/gate-report.js'
import type { Gate } from '../../../core/manifest/manifest.js'
import type { Problem } from '../../../core/problem.js'

const GATES: Gate[] = [
  { metric: 'auc', greaterIsBetter: true, threshold: 0.9, maxAbsoluteRegression: 0.01 },
  { metric: 'p95_ms', greaterIsBetter: false, threshold: 50 },
  { metric: 'recall', greaterIsBetter: true, minRelativeChange: 0.01, severity: 'warning' },
]

function fraud(metrics: Record<string, number>, baseline?: Record<string, number>): ModelGate {
  return {
    model: 'fraud-detector',
    file: 'models/fraud-detector/model.yaml',
    baseline: baseline ? 'origin/main' : 'none',
    verdict: evaluateGates(GATES, metrics, baseline),
  }
}

const PASSING = fraud({ auc: 0.93, p95_ms: 40, recall: 0.7 }, { auc: 0.93, p95_ms: 41, recall: 0.7 })
const FAILING = fraud({ auc: 0.88, p95_ms: 40 }, { auc: 0.9, p95_ms: 41, recall: 0.7 })

const PROBLEM: Problem = {
  file: 'models/credit/metrics.json',
  line: 2,
  column: 21,
  path: 'test.gini',
  rule: 'metrics-file',
  severity: 'error',
  message: 'test.gini is a list; metrics must be single values (use nested keys instead)',
}

describe('gateReportPassed', () => {
  it.each<{ name: string; report: GateReport; passed: boolean }>([
    {
      name: 'every blocking gate passed (a warning gate failed)',
      report: { models: [PASSING], problems: [] },
      passed: true,
    },
    { name: 'a blocking gate failed', report: { models: [PASSING, FAILING], problems: [] }, passed: false },
    {
      name: 'an unreadable file fails closed',
      report: { models: [PASSING], problems: [PROBLEM] },
      passed: false,
    },
    {
      name: 'a warning problem does not fail',
      report: { models: [PASSING], problems: [{ ...PROBLEM, severity: 'warning' }] },
      passed: true,
    },
    { name: 'nothing to gate passes', report: { models: [], problems: [] }, passed: true },
  ])('$name → $passed', ({ report, passed }) => {
    expect(gateReportPassed(report)).toBe(passed)
  })
})

describe('formatGateText', () => {
  it('prints problems first, then per model one line per gate with reasons, then the count', () => {
    const report: GateReport = {
      models: [
        PASSING,
        FAILING,
        { file: 'gates.yaml', baseline: 'none', verdict: { passed: true, results: [] } },
      ],
      problems: [{ ...PROBLEM, hint: 'use nested keys' }],
    }
    expect(formatGateText(report)).toBe(
      [
        'models/credit/metrics.json:2:21: error: test.gini is a list; metrics must be single values (use nested keys instead) [metrics-file]',
        '  hint: use nested keys',
        'models/fraud-detector/model.yaml (fraud-detector) against origin/main',
        '  ✓ auc 0.93 (baseline 0.93)',
        '  ✓ p95_ms 40 (baseline 41)',
        '  ! recall 0.7 (baseline 0.7)',
        '      recall 0.7 is 0% above the baseline 0.7; needs an improvement of at least 1%',
        'models/fraud-detector/model.yaml (fraud-detector) against origin/main',
        '  ✗ auc 0.88 (baseline 0.9)',
        '      auc 0.88 is below the threshold 0.9',
        '      auc 0.88 regresses by 0.02 from the baseline 0.9; beyond the allowed 0.01',
        '  ✓ p95_ms 40 (baseline 41)',
        '  ! recall missing (baseline 0.7)',
        "      recall is missing from the candidate's metrics",
        'gates.yaml against none',
        '  no gates',
        'FAILED: 3 gates passed, 1 failed, 2 warnings, 1 unreadable file',
        '',
      ].join('\n'),
    )
  })

  it('shows a file name holding a line break or a workflow command inert', () => {
    const text = formatGateText({
      models: [
        {
          file: 'models/x\n::add-mask::y/model.yaml',
          baseline: '::warning::z',
          verdict: { passed: true, results: [] },
        },
      ],
      problems: [],
    })
    expect(text).not.toMatch(/^\s*::/m)
    expect(text).toContain('models/x\\n::add-mask::y/model.yaml against ::warning::z')
  })

  it('says passed, with singular counts', () => {
    const one = fraud({ auc: 0.95, p95_ms: 10, recall: 0.9 }, { auc: 0.95, p95_ms: 10, recall: 0.8 })
    expect(
      formatGateText({
        models: [{ ...one, verdict: { ...one.verdict, results: one.verdict.results.slice(2) } }],
        problems: [],
      }),
    ).toBe(
      'models/fraud-detector/model.yaml (fraud-detector) against origin/main\n  ✓ recall 0.9 (baseline 0.8)\npassed: 1 gate passed, 0 failed, 0 warnings\n',
    )
  })

  it('prints non-finite candidates as they are', () => {
    const report: GateReport = {
      models: [
        {
          file: 'gates.yaml',
          baseline: 'none',
          verdict: evaluateGates(
            [{ metric: 'auc', greaterIsBetter: true, threshold: 0.5 }],
            { auc: Number.NaN },
            undefined,
          ),
        },
      ],
      problems: [],
    }
    expect(formatGateText(report)).toBe(
      'gates.yaml against none\n  ✗ auc NaN\n      auc is NaN, which cannot pass a gate\nFAILED: 0 gates passed, 1 failed, 0 warnings\n',
    )
  })
})

describe('formatGateJson', () => {
  it('prints { passed, results, problems } with one result per gate; model only when known', () => {
    const plain: ModelGate = { ...PASSING, file: 'gates.yaml' }
    delete plain.model
    const json = JSON.parse(formatGateJson({ models: [FAILING, plain], problems: [PROBLEM] })) as {
      passed: boolean
      results: Record<string, unknown>[]
      problems: Problem[]
    }
    expect(json.passed).toBe(false)
    expect(json.problems).toEqual([PROBLEM])
    expect(json.results).toHaveLength(6)
    expect(json.results[0]).toEqual({
      model: 'fraud-detector',
      file: 'models/fraud-detector/model.yaml',
      metric: 'auc',
      passed: false,
      severity: 'blocking',
      candidate: 0.88,
      baseline: 0.9,
      reasons: [
        'auc 0.88 is below the threshold 0.9',
        'auc 0.88 regresses by 0.02 from the baseline 0.9; beyond the allowed 0.01',
      ],
    })
    expect(json.results[2]).toMatchObject({ metric: 'recall', candidate: null, severity: 'warning' })
    expect(json.results[3]).toEqual({
      file: 'gates.yaml',
      metric: 'auc',
      passed: true,
      severity: 'blocking',
      candidate: 0.93,
      baseline: 0.93,
      reasons: [],
    })
  })

  it('is pretty-printed with a final newline', () => {
    expect(formatGateJson({ models: [], problems: [] })).toBe(
      '{\n  "passed": true,\n  "results": [],\n  "problems": []\n}\n',
    )
  })
})

describe('formatGateMarkdown', () => {
  it('renders a table per model and escapes names, files and reasons', () => {
    const hostile: ModelGate = {
      model: '<img src=x> @team',
      file: 'models/x/model.yaml',
      baseline: 'main|evil',
      verdict: evaluateGates(
        [{ metric: 'auc', greaterIsBetter: true, threshold: 0.9 }],
        { auc: 0.5 },
        undefined,
      ),
    }
    expect(formatGateMarkdown({ models: [hostile], problems: [] })).toBe(
      [
        '## modelgate: evaluation gates',
        '',
        '❌ 1 blocking gate failed',
        '',
        '### &lt;img src=x&gt; @\u200bteam',
        '',
        'models/x/model\\.yaml · baseline: main\\|evil',
        '',
        '| Gate | Metric | Candidate | Baseline | Why |',
        '| :---: | --- | ---: | ---: | --- |',
        '| ❌ | auc | 0.5 | — | auc 0\\.5 is below the threshold 0\\.9 |',
        '',
      ].join('\n'),
    )
  })

  it('says every blocking gate passed, lists problems, and notes models without gates', () => {
    const noGates: ModelGate = {
      file: 'gates.yaml',
      baseline: 'none',
      verdict: { passed: true, results: [] },
    }
    expect(formatGateMarkdown({ models: [noGates], problems: [] })).toBe(
      '## modelgate: evaluation gates\n\n✅ Every blocking gate passed (1 model)\n\n### gates\\.yaml\n\ngates\\.yaml · baseline: none\n\nNo gates.\n',
    )
    expect(formatGateMarkdown({ models: [], problems: [PROBLEM] })).toBe(
      '## modelgate: evaluation gates\n\n❌ Some files could not be read\n\n- ❌ models/credit/metrics\\.json:2:21 test\\.gini is a list; metrics must be single values \\(use nested keys instead\\)\n',
    )
  })
})

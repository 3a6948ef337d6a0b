import { describe, expect, it } from 'vitest'
import { diffMetrics } from '../../../core/diff/diff-metrics.js'
import type { ModelChange } from '../../../core/diff/diff-model.js'
import type { DiffReport } from '../../../core/diff/diff-report.js'
import { renderDiffMarkdown } from '../../../core/diff/render-diff-markdown.js'
import type { GateResult } from '../../../core/gates/evaluate-gate.js'
import type { MetricReading } from '../../../core/metrics/flatten-metrics.js'
import { diffReport, unreadable } from './diff-fixtures.js'

const MARKER = '<!-- modelgate:diff key=ci/diff -->'

function baseModel(overrides: Partial<ModelChange> = {}): ModelChange {
  return {
    model: 'fraud-detector',
    file: 'models/fraud/model.yaml',
    status: 'modified',
    fields: [{ field: 'version', base: '1.2.0', head: '1.3.0' }],
    metrics: [],
    ...overrides,
  }
}

function gate(metric: string, passed: boolean, overrides: Partial<GateResult> = {}): GateResult {
  return {
    metric,
    passed,
    severity: 'blocking',
    candidate: null,
    baseline: null,
    reasons: passed ? [] : [`${metric} is below the threshold 0.95`],
    checks: [],
    ...overrides,
  }
}

/** The Markdown of a report that lists one model, {@link baseModel} changed by `overrides`. */
const renderModel = (overrides: Partial<ModelChange>) =>
  renderDiffMarkdown(diffReport({ models: [baseModel(overrides)] }))

/** The lines above the models of a {@link diffReport} whose verdict line is `verdict`. */
const heading = (verdict: string) => [
  '## modelgate: model changes',
  '',
  verdict,
  '',
  'Base main (`abcdef0`) → head feature/auc (`0123456`)',
  '',
]

/** The metrics table row of one metric, diffed with `diffMetrics` as `modelgate diff` does. */
function tableRow(
  base: MetricReading | undefined,
  head: MetricReading | undefined,
  greaterIsBetter = true,
  results: GateResult[] = [],
): string {
  const metrics = diffMetrics(base === undefined ? {} : { m: base }, head === undefined ? {} : { m: head }, {
    m: greaterIsBetter,
  })
  const markdown = renderModel({ metrics, ...(results.length ? { verdict: { passed: true, results } } : {}) })
  return markdown.split('\n').find((line) => line.startsWith('| m |'))!
}

describe('renderDiffMarkdown', () => {
  it('renders a model with its changes, metrics table, gate reasons and chart', () => {
    const metrics = diffMetrics({ auc: 0.9, p95_ms: 20 }, { auc: 0.93, p95_ms: 25 }, { p95_ms: false })
    const report = diffReport({
      models: [
        baseModel({
          metrics,
          verdict: {
            passed: false,
            results: [
              gate('auc', false),
              gate('p95_ms', false, {
                severity: 'warning',
                reasons: ['p95_ms 25 regresses by 25% from the baseline 20; beyond the allowed 10%'],
              }),
            ],
          },
        }),
      ],
    })
    expect(renderDiffMarkdown(report, { marker: MARKER })).toBe(
      [
        MARKER,
        ...heading('❌ **1 blocking gate failed, 1 warning gate failed**'),
        '### fraud\\-detector',
        '',
        '**modified** · models/fraud/model\\.yaml · ❌ 1 blocking gate failed, 1 warning gate failed',
        '',
        '**Changes**',
        '',
        '- version: 1\\.2\\.0 → 1\\.3\\.0',
        '',
        '**Metrics**',
        '',
        '| Metric | Base | Head | Δ | Δ% | | Gate |',
        '| --- | ---: | ---: | ---: | ---: | :---: | :---: |',
        '| auc | 0.9 | 0.93 | +0.03 | +3.33% | 🟢 ▲ | ❌ |',
        '| p95\\_ms | 20 | 25 | +5 | +25% | 🔴 ▲ | ⚠️ |',
        '',
        '**Failed gates**',
        '',
        '- ❌ auc is below the threshold 0\\.95',
        '- ⚠️ warning: p95\\_ms 25 regresses by 25% from the baseline 20; beyond the allowed 10%',
        '',
        '**Gated metrics: head as % of base (line: base = 100)**',
        '',
        '```mermaid',
        'xychart-beta',
        '  x-axis ["auc", "p95_ms"]',
        '  y-axis "head as % of base"',
        '  bar [103.3, 125]',
        '  line [100, 100]',
        '```',
        '',
      ].join('\n'),
    )
  })

  it('says so when no model changed, and honours the title', () => {
    expect(
      renderDiffMarkdown(diffReport({ base: { ref: 'main' } }), { title: '## Models', maxLength: 1000 }),
    ).toBe(
      [
        '## Models',
        '',
        '➖ **No gated model changed**',
        '',
        'Base main → head feature/auc (`0123456`)',
        '',
        'No model changes.',
        '',
      ].join('\n'),
    )
  })

  it('lists unreadable files first, under a warning', () => {
    const markdown = renderDiffMarkdown(
      diffReport({
        problems: [unreadable(), unreadable({ line: 9, column: 1, message: 'bad <b>value</b>' })],
      }),
    )
    expect(markdown).toContain(
      [
        '❌ **1 file could not be read**',
        '',
        'Base main (`abcdef0`) → head feature/auc (`0123456`)',
        '',
        '⚠️ **1 file could not be read**, so its models are missing below:',
        '',
        '- models/churn/model\\.yaml:3:5 metadata\\.version: expected a string, got a number 1\\.2',
        '- models/churn/model\\.yaml:9:1 bad &lt;b&gt;value&lt;/b&gt;',
        '',
        'No model changes.',
      ].join('\n'),
    )
  })

  it.each([
    {
      name: 'a warning gate only',
      results: [gate('auc', false, { severity: 'warning' })],
      verdict: '⚠️ **No blocking gate failed; 1 warning gate failed**',
    },
    {
      name: 'passing gates',
      results: [gate('auc', true), gate('f1', true)],
      verdict: '✅ **All gates pass**',
    },
    {
      name: 'two failed blocking gates',
      results: [gate('auc', false), gate('f1', false)],
      verdict: '❌ **2 blocking gates failed**',
    },
  ])('gives the overall verdict for $name', ({ results, verdict }) => {
    expect(renderModel({ verdict: { passed: true, results } }).split('\n')[2]).toBe(verdict)
  })

  it.each([
    {
      name: 'a higher-is-better metric going up is better',
      base: 0.9,
      head: 0.93,
      up: true,
      row: '| m | 0.9 | 0.93 | +0.03 | +3.33% | 🟢 ▲ |  |',
    },
    {
      name: 'a higher-is-better metric going down is worse',
      base: 0.9,
      head: 0.8,
      up: true,
      row: '| m | 0.9 | 0.8 | -0.1 | -11.1% | 🔴 ▼ |  |',
    },
    {
      name: 'a lower-is-better latency going down is better',
      base: 25,
      head: 20,
      up: false,
      row: '| m | 25 | 20 | -5 | -20% | 🟢 ▼ |  |',
    },
    {
      name: 'a lower-is-better latency going up is worse',
      base: 20,
      head: 25,
      up: false,
      row: '| m | 20 | 25 | +5 | +25% | 🔴 ▲ |  |',
    },
    {
      name: 'an equal value is unchanged',
      base: 0.5,
      head: 0.5,
      up: true,
      row: '| m | 0.5 | 0.5 | 0 | 0% | ⚪ = |  |',
    },
    {
      name: 'a zero base has no percentage',
      base: 0,
      head: 0.25,
      up: true,
      row: '| m | 0 | 0.25 | +0.25 | — | 🟢 ▲ |  |',
    },
    {
      name: 'numbers keep six significant digits',
      base: 1 / 3,
      head: 2 / 3,
      up: true,
      row: '| m | 0.333333 | 0.666667 | +0.333333 | +100% | 🟢 ▲ |  |',
    },
    {
      name: 'an added metric',
      base: undefined,
      head: 2,
      up: true,
      row: '| m | — | 2 | — | — | 🆕 added |  |',
    },
    {
      name: 'a removed metric',
      base: 1,
      head: undefined,
      up: true,
      row: '| m | 1 | — | — | — | ➖ removed |  |',
    },
    {
      name: 'a changed text metric, escaped',
      base: 'rc_1',
      head: 'ga|2',
      up: true,
      row: '| m | rc\\_1 | ga\\|2 | — | — | 🔄 changed |  |',
    },
    {
      name: 'a changed flag',
      base: true,
      head: false,
      up: true,
      row: '| m | true | false | — | — | 🔄 changed |  |',
    },
    {
      name: 'a number that became text',
      base: 1,
      head: 'n/a',
      up: true,
      row: '| m | 1 | n/a | — | — | 🔄 changed |  |',
    },
  ])('shows $name', ({ base, head, up, row }) => {
    expect(tableRow(base, head, up)).toBe(row)
  })

  it.each([
    { name: 'a passing gate', results: [gate('m', true)], cell: '✅' },
    { name: 'a failing blocking gate', results: [gate('m', false)], cell: '❌' },
    { name: 'a failing warning gate', results: [gate('m', false, { severity: 'warning' })], cell: '⚠️' },
    {
      name: 'a failing blocking gate beside a passing one',
      results: [gate('m', true), gate('m', false)],
      cell: '❌',
    },
    { name: 'no gate on the metric', results: [gate('other', false)], cell: '' },
  ])('shows $name in the gate column', ({ results, cell }) => {
    expect(tableRow(1, 2, true, results)).toBe(`| m | 1 | 2 | +1 | +100% | 🟢 ▲ | ${cell} |`)
  })

  it('shows field changes that add and remove values', () => {
    const markdown = renderModel({
      fields: [
        { field: 'datasets.eval', base: null, head: 'evaluation s3://data/eval' },
        { field: 'riskTier', base: 'high', head: null },
      ],
    })
    expect(markdown).toContain(
      '- datasets\\.eval: added (evaluation s3://data/eval)\n- riskTier: removed (was high)\n',
    )
    expect(markdown).toContain('**modified** · models/fraud/model\\.yaml · no gates\n')
  })

  describe('escaping', () => {
    const hostile = [
      '<img src=x onerror=alert(1)>',
      '@org/team',
      'a | b',
      'line\nbreak',
      'carriage\rreturn',
      'end --> comment',
      '`code` ```',
      '[link](http://evil)',
    ]

    function hostileReport(text: string): DiffReport {
      return diffReport({
        base: { ref: text, sha: `${text}abc` },
        head: { ref: text },
        problems: [unreadable({ file: text, message: text })],
        models: [
          baseModel({
            model: text,
            file: text,
            fields: [{ field: `datasets.${text}`, base: text, head: null }],
            metrics: diffMetrics({ [text]: text, auc: 1 }, { [text]: `${text}!`, auc: 2 }),
            verdict: { passed: false, results: [gate(text, false, { reasons: [text] }), gate('auc', true)] },
          }),
        ],
      })
    }

    it.each(hostile)('makes %j inert everywhere', (text) => {
      const markdown = renderDiffMarkdown(hostileReport(text), { marker: MARKER })
      const body = markdown.slice(MARKER.length)
      expect(body).not.toMatch(/<|-->|@org|\]\(|\r/)
      // Backticks only in the sha's code span and the Mermaid fence: none from the input.
      const ownCode = /\(`[0-9a-f]{1,7}`\)|^```(mermaid)?$/gm
      expect(body.replace(ownCode, '')).not.toMatch(/(?<!\\)`/)
      expect(markdown.startsWith(`${MARKER}\n## modelgate: model changes\n`)).toBe(true)
      // Every table row keeps its eight cell borders: no unescaped pipe got in.
      for (const row of markdown.split('\n').filter((line) => line.startsWith('| ')))
        expect(row.split(/(?<!\\)\|/).length, row).toBe(9)
    })

    it('escapes a hostile model name to exact text', () => {
      const markdown = renderModel({ model: '<img src=x onerror=alert(1)> @org/team' })
      expect(markdown).toContain('### &lt;img src=x onerror=alert\\(1\\)&gt; @\u200borg/team\n')
    })

    it('keeps only the hex of a sha', () => {
      const markdown = renderDiffMarkdown(diffReport({ base: { ref: 'main', sha: '`<b>`ab12' } }))
      expect(markdown).toContain('Base main (`bab12`) → head')
    })
  })

  describe('chart', () => {
    function chart(metrics: ModelChange['metrics'], results: GateResult[]): string[] {
      const markdown = renderModel({ metrics, verdict: { passed: true, results } })
      const start = markdown.indexOf('```mermaid\n')
      return start < 0 ? [] : markdown.slice(start, markdown.indexOf('```\n', start + 3) + 3).split('\n')
    }

    it('charts gated metrics with numbers on both sides as head % of base, skipping NaN and infinities', () => {
      const metrics = diffMetrics(
        { auc: 0.9, f1: 0.8, loss: Number.NaN, stage: 'rc', big: 1e30 },
        { auc: 0.93, f1: 0.82, loss: Number.POSITIVE_INFINITY, stage: 'ga', recall: 0.7, big: 2e30 },
      )
      const results = ['auc', 'loss', 'stage', 'recall', 'big'].map((metric) => gate(metric, true))
      expect(chart(metrics, results)).toEqual([
        '```mermaid',
        'xychart-beta',
        '  x-axis ["auc"]',
        '  y-axis "head as % of base"',
        '  bar [103.3]',
        '  line [100]',
        '```',
      ])
    })

    it('keeps labels to safe characters and a bounded length', () => {
      const hostile = 'auc"]\n```<script>@x [y](z) ' + 'long'.repeat(20)
      const metrics = diffMetrics({ [hostile]: 1, '💥': 2 }, { [hostile]: 2, '💥': 3 })
      expect(chart(metrics, [gate(hostile, true), gate('💥', true)]).slice(2, 5)).toEqual([
        '  x-axis ["aucscriptx y(z) longlong", "metric 2"]',
        '  y-axis "head as % of base"',
        '  bar [200, 150]',
      ])
    })

    it('draws at most 12 metrics', () => {
      const names = Array.from({ length: 20 }, (_, i) => `m${String(i).padStart(2, '0')}`)
      const values = Object.fromEntries(names.map((name, i) => [name, i]))
      const lines = chart(
        diffMetrics(values, values),
        names.map((name) => gate(name, true)),
      )
      expect(lines[2]?.match(/"/g)?.length).toBe(12 * 2)
      // m00 has a zero base, which no percentage can be taken of
      expect(lines[2]).toContain('["m01", ')
      expect(lines[2]).toContain('"m12"]')
    })

    it('is left out when no gated metric has a number', () => {
      expect(chart(diffMetrics({ auc: 0.9 }, { auc: 0.93 }), [gate('missing', false)])).toEqual([])
    })
  })

  describe('size limit', () => {
    const failing = baseModel({
      metrics: diffMetrics({ auc: 0.9 }, { auc: 0.8 }),
      verdict: { passed: false, results: [gate('auc', false), gate('f1', false, { severity: 'warning' })] },
    })
    const models = [
      failing,
      baseModel({
        model: 'churn',
        status: 'added',
        fields: [{ field: 'version', base: null, head: '0.1.0' }],
      }),
      baseModel({
        model: 'ranker',
        status: 'removed',
        fields: [{ field: 'version', base: '2.0.0', head: null }],
      }),
      baseModel({
        model: 'scorer',
        status: 'unchanged',
        fields: [],
        verdict: { passed: true, results: [gate('auc', true)] },
      }),
    ]
    const modelLines = [
      '- **fraud\\-detector** modified, version 1\\.2\\.0 → 1\\.3\\.0, ❌ 1 blocking gate failed, 1 warning gate failed',
      '- **churn** added, version 0\\.1\\.0, no gates',
      '- **ranker** removed, was version 2\\.0\\.0, no gates',
      '- **scorer** unchanged, ✅ 1 gate passed',
    ]

    it('falls back to one line per model with a link to the job summary', () => {
      const markdown = renderDiffMarkdown(diffReport({ models }), {
        maxLength: 800,
        detailsUrl: 'https://github.com/acme/models/actions/runs/42 (x)',
      })
      expect(markdown).toBe(
        [
          ...heading('❌ **1 blocking gate failed, 1 warning gate failed**'),
          'The report is too long for this comment; the full report is in the [job summary](https://github.com/acme/models/actions/runs/42%20%28x%29).',
          '',
          ...modelLines,
          '',
        ].join('\n'),
      )
    })

    it('names the job summary without a link when there is no URL or it is not http(s)', () => {
      for (const detailsUrl of [undefined, 'javascript:alert(1)']) {
        const markdown = renderDiffMarkdown(diffReport({ models }), { maxLength: 800, detailsUrl })
        expect(markdown).toContain(
          '\nThe report is too long for this comment; the full report is in the job summary of this workflow run.\n\n- **fraud',
        )
      }
    })

    it.each([
      { maxLength: 409, last: 1, more: 2 },
      { maxLength: 408, last: 0, more: 3 },
    ])(
      'lists as many models as fit in $maxLength, then how many are left out',
      ({ maxLength, last, more }) => {
        const markdown = renderDiffMarkdown(diffReport({ models }), { maxLength })
        expect(markdown.length).toBeLessThanOrEqual(maxLength)
        expect(
          markdown.endsWith(`\n\n${modelLines.slice(0, last + 1).join('\n')}\n…and ${more} more models\n`),
        ).toBe(true)
      },
    )

    it('stays within the limit for 5,000 models', () => {
      const many = Array.from({ length: 5000 }, (_, i) => ({ ...failing, model: `model-${i}` }))
      for (const maxLength of [65536, 10_000, 1000]) {
        const markdown = renderDiffMarkdown(diffReport({ models: many }), { maxLength, marker: MARKER })
        expect(markdown.length).toBeLessThanOrEqual(maxLength)
        const listed = markdown.split('\n').filter((line) => line.startsWith('- **model\\-')).length
        expect(markdown.endsWith(`…and ${5000 - listed} more models\n`)).toBe(true)
        expect(listed).toBeGreaterThan(0)
      }
    })

    it('stays within the limit for huge names, values and headers', () => {
      const huge = '<&>|`@x'.repeat(20_000)
      const report = diffReport({
        base: { ref: huge },
        problems: [unreadable({ message: huge })],
        models: [baseModel({ model: huge, fields: [{ field: 'version', base: huge, head: huge }] })],
      })
      for (const maxLength of [65536, 2000, 300, 50, 1, 0]) {
        for (const marker of [MARKER, '<!--'.repeat(20_000)]) {
          const markdown = renderDiffMarkdown(report, { maxLength, marker })
          expect(markdown.length).toBeLessThanOrEqual(maxLength)
          expect(markdown).toBe(renderDiffMarkdown(report, { maxLength, marker }))
        }
      }
    })
  })
})

import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import type { ModelgateConfig } from '../../../core/config/config.js'
import { validateConfig } from '../../../core/config/validate-config.js'
import type { EnvironmentProfile } from '../../../core/environments/environment-profile.js'
import { defaultPrometheusNames, resolveProfile } from '../../../core/environments/environment-profile.js'
import type { ModelManifest } from '../../../core/manifest/manifest.js'
import { bracketsBalanced, promqlNumber, promqlString, regexLiteral } from '../../../core/render/promql.js'
import type { AlertRule } from '../../../core/render/render-prometheus-rule.js'
import { renderPrometheusRule } from '../../../core/render/render-prometheus-rule.js'
import { toYamlFile } from '../../../core/render/to-yaml-file.js'
import { assertProperty } from '../../support/arbitraries.js'
import { baseManifest } from '../../support/manifests.js'

const CONFIG = validateConfig(
  '.modelgate/config.yml',
  readFileSync('examples/model-repo/.modelgate/config.yml'),
).config as ModelgateConfig
const profile = (environment: string): EnvironmentProfile => resolveProfile(CONFIG, environment)!
const PROVENANCE = { sourceCommit: 'c0ffee1234567890c0ffee1234567890c0ffee12' }

const MONITORING = {
  drift: [{ feature: 'amount', method: 'psi', threshold: 0.2, window: '1d' }],
  performance: [{ metric: 'chargeback_recall', threshold: 0.5, greaterIsBetter: true, window: '7d' }],
  slo: { p95LatencyMs: 50, errorRate: 0.001, availability: 0.999 },
  runbook: 'https://runbooks.acme.example/fraud-detector',
}

function manifestWith(monitoring: unknown): ModelManifest {
  const manifest = baseManifest()
  if (monitoring !== undefined) manifest.monitoring = monitoring
  return manifest as ModelManifest
}

function alertsOf(monitoring: unknown, environment = 'prod'): AlertRule[] {
  const { object, problems } = renderPrometheusRule(
    manifestWith(monitoring),
    profile(environment),
    PROVENANCE,
  )
  expect(problems).toEqual([])
  return (object!.spec as { groups: { rules: AlertRule[] }[] }).groups[0]!.rules
}

/** The expression with every string literal emptied: what no inserted value may change. */
const skeleton = (expr: string) => expr.replace(/"(?:[^"\\]|\\.)*"/g, '""')
/** The string literals of an expression, decoded (the escapes promqlString writes are JSON's). */
const literals = (expr: string) =>
  [...expr.matchAll(/"(?:[^"\\]|\\.)*"/g)].map((match) => JSON.parse(match[0]) as string)

describe('renderPrometheusRule', () => {
  it('renders one PrometheusRule named <model>-modelgate with one group for the model in the environment', () => {
    const { object } = renderPrometheusRule(manifestWith(MONITORING), profile('prod'), PROVENANCE)
    expect(object).toMatchObject({
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'PrometheusRule',
      metadata: {
        name: 'fraud-detector-modelgate',
        namespace: 'ml-prod',
        labels: { 'app.kubernetes.io/managed-by': 'modelgate', 'modelgate.dev/environment': 'prod' },
        annotations: {
          'modelgate.dev/version': '1.4.0',
          'modelgate.dev/source-commit': PROVENANCE.sourceCommit,
        },
      },
    })
    const groups = (object!.spec as { groups: { name: string }[] }).groups
    expect(groups.map((group) => group.name)).toEqual(['modelgate.prod.fraud-detector'])
  })

  it('writes one alert per drift check, performance check and SLO, in that order', () => {
    const alerts = alertsOf({
      ...MONITORING,
      drift: [...MONITORING.drift, { feature: 'prediction', method: 'ks', threshold: 0.1 }],
      performance: [
        ...MONITORING.performance,
        { metric: 'false_positive_rate', threshold: 0.05, greaterIsBetter: false },
      ],
    })
    expect(alerts.map((alert) => alert.alert)).toEqual([
      'ModelFeatureDrift',
      'ModelFeatureDrift',
      'ModelPerformanceLow',
      'ModelPerformanceHigh',
      'ModelLatencyHigh',
      'ModelErrorRateHigh',
      'ModelAvailabilityLow',
    ])
  })

  it('writes each alert against the environment series, selecting the model in its namespace', () => {
    const [drift, recall, latency, errors, availability] = alertsOf(MONITORING, 'prod')
    const selector = 'namespace="ml-prod",model_name=~"fraud-detector(-predictor)?"'
    expect(drift!.expr).toBe(
      `max(avg_over_time(modelgate_feature_drift_score{${selector},feature="amount",method="psi"}[1d])) > 0.2`,
    )
    expect(recall!.expr).toBe(
      `min(avg_over_time(modelgate_live_metric{${selector},metric="chargeback_recall"}[7d])) < 0.5`,
    )
    expect(latency!.expr).toBe(
      `histogram_quantile(0.95, sum by (le) (rate(request_predict_seconds_bucket{${selector}}[5m]))) > 0.05`,
    )
    expect(errors!.expr).toBe(
      `sum(rate(request_predict_seconds_count{${selector},response_code_class="5xx"}[5m])) / sum(rate(request_predict_seconds_count{${selector}}[5m])) > 0.001`,
    )
    expect(availability!.expr).toMatch(/\[1h\]\)\) > 0\.001$/)
  })

  it('converts the latency SLO to the histogram unit: milliseconds in Knative mode, seconds in Standard', () => {
    const slo = { slo: { p95LatencyMs: 250 } }
    const [knative] = alertsOf(slo, 'dev')
    const [standard] = alertsOf(slo, 'prod')
    expect(knative!.expr).toMatch(
      /^histogram_quantile\(0\.95, .*revision_request_latencies_bucket\{.*\) > 250$/,
    )
    expect(standard!.expr).toMatch(
      /^histogram_quantile\(0\.95, .*request_predict_seconds_bucket\{.*\) > 0\.25$/,
    )
  })

  it('uses the series names an environment overrides', () => {
    const overridden: EnvironmentProfile = {
      ...profile('dev'),
      prometheus: {
        ...profile('dev').prometheus,
        latencyBucket: 'my_latency_bucket',
        latencyUnit: 'seconds',
      },
    }
    const { object } = renderPrometheusRule(
      manifestWith({ slo: { p95LatencyMs: 100 } }),
      overridden,
      PROVENANCE,
    )
    const [alert] = (object!.spec as { groups: { rules: AlertRule[] }[] }).groups[0]!.rules
    expect(alert!.expr).toContain('rate(my_latency_bucket{')
    expect(alert!.expr).toMatch(/> 0\.1$/)
  })

  it('labels every alert with severity, model, version, environment and namespace, and links the runbook', () => {
    for (const alert of alertsOf(MONITORING, 'staging')) {
      expect(alert.labels).toMatchObject({
        model: 'fraud-detector',
        version: '1.4.0',
        environment: 'staging',
        namespace: 'ml-staging',
      })
      expect(['warning', 'critical']).toContain(alert.labels.severity)
      expect(alert.annotations.runbook_url).toBe(MONITORING.runbook)
      expect(alert.annotations.summary).toMatch(/^fraud-detector 1\.4\.0 in staging: /)
    }
    expect(alertsOf(MONITORING).map((alert) => alert.labels.severity)).toEqual([
      'warning',
      'warning',
      'warning',
      'critical',
      'critical',
    ])
  })

  it('writes no runbook_url when the manifest names no runbook', () => {
    const alerts = alertsOf({ slo: { errorRate: 0.01 } })
    expect(Object.keys(alerts[0]!.annotations)).toEqual(['summary', 'description'])
  })

  it.each([
    { name: 'no monitoring section', monitoring: undefined },
    { name: 'a monitoring section with only a runbook', monitoring: { runbook: 'https://r.example/x' } },
    { name: 'empty check lists', monitoring: { drift: [], performance: [], slo: {} } },
  ])('renders nothing for $name', ({ monitoring }) => {
    expect(renderPrometheusRule(manifestWith(monitoring), profile('prod'), PROVENANCE)).toEqual({
      problems: [],
    })
  })

  it('refuses a series name that is not a PromQL name, naming the config field and the fix', () => {
    const bad: EnvironmentProfile = {
      ...profile('prod'),
      prometheus: {
        ...profile('prod').prometheus,
        drift: 'x} or vector(1) #',
        errorFilter: 'code="5"}) or (up',
      },
    }
    const { object, problems } = renderPrometheusRule(manifestWith(MONITORING), bad, PROVENANCE)
    expect(object).toBeUndefined()
    expect(problems.map((problem) => [problem.source, problem.path.join('.')])).toEqual([
      ['config', 'environments.2.profile.prometheus.drift'],
      ['config', 'environments.2.profile.prometheus.errorFilter'],
    ])
    expect(problems[0]!.hint).toMatch(/remove it to use the default/)
  })

  it('keeps the expression intact and the value exact whatever a feature or metric is named (400 inputs)', () => {
    const benign = alertsOf({
      drift: [{ feature: 'f', method: 'psi', threshold: 1 }],
      performance: [{ metric: 'm', threshold: 1, greaterIsBetter: true }],
    })
    assertProperty(
      fc.property(fc.string({ minLength: 1, maxLength: 40, unit: 'binary' }), (name) => {
        const rule = renderPrometheusRule(
          manifestWith({
            drift: [{ feature: name, method: 'psi', threshold: 1 }],
            performance: [{ metric: name, threshold: 1, greaterIsBetter: true }],
          }),
          profile('prod'),
          PROVENANCE,
        )
        const alerts = (rule.object!.spec as { groups: { rules: AlertRule[] }[] }).groups[0]!.rules
        alerts.forEach((alert, index) => {
          expect(skeleton(alert.expr)).toBe(skeleton(benign[index]!.expr))
          expect(literals(alert.expr)).toContain(name)
          expect(bracketsBalanced(alert.expr)).toBe(true)
        })
        const text = toYamlFile(rule.object, ['header'])
        expect(parse(text, { version: '1.1' })).toEqual(rule.object)
      }),
      400,
    )
  })

  it('turns a {{ written in a manifest into literal text, so it cannot run a Prometheus template', () => {
    const feature = '{{ range query "up" }}x{{ end }}'
    const [alert] = alertsOf({ drift: [{ feature, method: 'psi', threshold: 1 }] })
    expect(alert!.labels.feature).toBe('{{ "{{" }} range query "up" }}x{{ "{{" }} end }}')
    expect(alert!.annotations.description).toContain('{{ "{{" }} range query')
    expect(alert!.annotations.description).toContain('is {{ $value }}, above')
  })

  it('renders byte-identical files from the same input', () => {
    const once = () =>
      toYamlFile(renderPrometheusRule(manifestWith(MONITORING), profile('prod'), PROVENANCE).object, ['h'])
    expect(once()).toBe(once())
  })
})

describe('PromQL literals', () => {
  it.each([
    ['plain', 'amount', '"amount"'],
    ['a quote and a backslash', 'a"b\\c', '"a\\"b\\\\c"'],
    ['a newline and a control character', 'a\nb\u0001', '"a\\nb\\u0001"'],
    ['a closing brace', '"}) or vector(1)', '"\\"}) or vector(1)"'],
  ])('quotes %s', (_name, text, quoted) => {
    expect(promqlString(text)).toBe(quoted)
    expect(JSON.parse(promqlString(text))).toBe(text)
  })

  it('escapes regex metacharacters so a name matches only itself', () => {
    expect(regexLiteral('a.b(c)|d*')).toBe('a\\.b\\(c\\)\\|d\\*')
    expect(new RegExp(`^${regexLiteral('a.b(c)|d*')}$`).test('a.b(c)|d*')).toBe(true)
    expect(new RegExp(`^${regexLiteral('a.b')}$`).test('axb')).toBe(false)
  })

  it.each([
    ['sum(rate(x{a="b"}[5m]))', true],
    ['x{a=")"}', true],
    ['sum(rate(x[5m])', false],
    ['x{a="b"]', false],
    ['x{a="b}', false],
    [')(', false],
  ])('bracketsBalanced(%s) is %s', (expression, balanced) => {
    expect(bracketsBalanced(expression)).toBe(balanced)
  })

  it('writes numbers without binary-fraction noise', () => {
    expect(promqlNumber(1 - 0.999)).toBe('0.001')
    expect(promqlNumber(250 / 1000)).toBe('0.25')
    expect(promqlNumber(1e-7)).toBe('1e-7')
  })
})

describe('docs/environments.md', () => {
  it('lists every default PromQL name of both deployment modes', () => {
    const page = readFileSync('docs/environments.md', 'utf8')
    const knative = defaultPrometheusNames('Knative')
    const standard = defaultPrometheusNames('Standard')
    for (const key of Object.keys(knative) as (keyof typeof knative)[]) {
      const row = page.split('\n').find((line) => line.startsWith(`| \`${key}\``))
      expect(
        row
          ?.split('|')
          .map((cell) => cell.trim())
          .slice(2, 4),
      ).toEqual([`\`${knative[key]}\``, `\`${standard[key]}\``])
    }
  })
})

import type { PrometheusNames } from '../config/config.js'
import type { EnvironmentProfile } from '../environments/environment-profile.js'
import type { ModelManifest, Monitoring } from '../manifest/manifest.js'
import type { Provenance } from './provenance.js'
import {
  bracketsBalanced,
  isLabelMatcherList,
  isLabelName,
  isMetricName,
  promqlNumber,
  promqlString,
  regexLiteral,
} from './promql.js'
import type { KubernetesObject, RenderedObject } from './render-inference-service.js'
import { renderMetadata } from './render-metadata.js'
import type { RenderProblem } from './render-problem.js'
import { validateCustomResource } from './validate-custom-resource.js'

/** One alerting rule of the group, keys in the order they are written. */
export interface AlertRule {
  alert: string
  expr: string
  for: string
  labels: Record<string, string>
  annotations: Record<string, string>
}

/** How long each kind of condition must hold before its alert fires, and how loud it is. */
const ALERT_KINDS = {
  drift: { for: '15m', severity: 'warning' },
  performance: { for: '15m', severity: 'warning' },
  latency: { for: '10m', severity: 'warning' },
  errorRate: { for: '5m', severity: 'critical' },
  availability: { for: '5m', severity: 'critical' },
} as const
/** The rate window of the latency and error-rate SLOs; availability is judged over a longer one. */
const RATE_WINDOW = '5m'
const AVAILABILITY_WINDOW = '1h'

/**
 * Renders the model's `PrometheusRule` (`monitoring.coreos.com/v1`) for one environment: one group,
 * one alert per drift check, per live performance check and per SLO, each labelled with the model,
 * its version, the environment and a severity, with the manifest's runbook as `runbook_url`.
 * No object when the manifest has no monitoring section (or one that asks for no alert).
 *
 * The series are the environment's `prometheus` names (see `defaultPrometheusNames`); every
 * series is selected by `namespace="<env namespace>"` and `<modelLabel>=~"<model>(-predictor)?"`,
 * which matches both Knative's service name (`<model>-predictor`) and the model server's model
 * name. Every value from the manifest or the config enters PromQL as a quoted literal, and
 * annotation text cannot start a Prometheus template. The rule is checked against the Prometheus
 * Operator's PrometheusRule CRD (v0.91.0: durations such as `for`, unknown fields refused) and
 * refused, with the field's path, when it fails. Pure, total and deterministic.
 */
export function renderPrometheusRule(
  manifest: ModelManifest,
  profile: EnvironmentProfile,
  provenance: Provenance,
): RenderedObject {
  const { monitoring } = manifest
  if (monitoring === undefined) return { problems: [] }
  const nameProblems = checkPrometheusNames(profile)
  if (nameProblems.length > 0) return { problems: nameProblems }
  const alerts = monitoringAlerts(manifest, monitoring, profile)
  if (alerts.length === 0) return { problems: [] }
  const unbalanced = alerts.filter((rule) => !bracketsBalanced(rule.expr))
  if (unbalanced.length > 0) return { problems: unbalanced.map(unbalancedProblem) }

  const metadata = renderMetadata(manifest, profile, provenance, `${manifest.metadata.name}-modelgate`)
  const object: KubernetesObject = {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PrometheusRule',
    metadata: { ...metadata },
    spec: {
      groups: [{ name: `modelgate.${profile.environment}.${manifest.metadata.name}`, rules: alerts }],
    },
  }
  const problems = validateCustomResource(object)
  return problems.length > 0 ? { problems } : { object, problems }
}

/** Every alert the monitoring section asks for, in a fixed order: drift, performance, SLOs. */
function monitoringAlerts(
  manifest: ModelManifest,
  monitoring: Monitoring,
  profile: EnvironmentProfile,
): AlertRule[] {
  const context = alertContext(manifest, monitoring, profile)
  const { slo } = monitoring
  return [
    ...(monitoring.drift ?? []).map((check) => driftAlert(context, check)),
    ...(monitoring.performance ?? []).map((check) => performanceAlert(context, check)),
    ...(slo?.p95LatencyMs === undefined ? [] : [latencyAlert(context, slo.p95LatencyMs)]),
    ...(slo?.errorRate === undefined ? [] : [errorRateAlert(context, slo.errorRate)]),
    ...(slo?.availability === undefined ? [] : [availabilityAlert(context, slo.availability)]),
  ]
}

interface AlertContext {
  names: PrometheusNames
  /** `namespace="…",<modelLabel>=~"…"`: the matchers that select this model's series in this environment. */
  selector: string
  /** `<model> <version> in <env>`, for summaries. */
  subject: string
  labels: Record<string, string>
  runbook?: string
}

function alertContext(
  manifest: ModelManifest,
  monitoring: Monitoring,
  profile: EnvironmentProfile,
): AlertContext {
  const { name, version } = manifest.metadata
  const names = profile.prometheus
  return {
    names,
    selector: `namespace=${promqlString(profile.namespace)},${names.modelLabel}=~${promqlString(`${regexLiteral(name)}(-predictor)?`)}`,
    subject: `${name} ${version} in ${profile.environment}`,
    labels: { model: name, version, environment: profile.environment, namespace: profile.namespace },
    ...(monitoring.runbook === undefined ? {} : { runbook: monitoring.runbook }),
  }
}

function driftAlert(context: AlertContext, check: NonNullable<Monitoring['drift']>[number]): AlertRule {
  const series = `${context.names.drift}{${context.selector},feature=${promqlString(check.feature)},method=${promqlString(check.method)}}`
  const over = check.window === undefined ? '' : ` averaged over ${check.window}`
  return alertRule(context, 'drift', {
    alert: 'ModelFeatureDrift',
    expr: `max(${overWindow(series, check.window)}) > ${promqlNumber(check.threshold)}`,
    labels: { feature: check.feature, method: check.method },
    summary: `${context.subject}: ${check.method} drift of feature "${check.feature}" above ${promqlNumber(check.threshold)}`,
    description: `The ${check.method} drift score of feature "${check.feature}"${over} is {{ $value }}, above the threshold ${promqlNumber(check.threshold)} in the manifest's monitoring.drift.`,
  })
}

function performanceAlert(
  context: AlertContext,
  check: NonNullable<Monitoring['performance']>[number],
): AlertRule {
  const series = `${context.names.performance}{${context.selector},metric=${promqlString(check.metric)}}`
  const [comparison, word] = check.greaterIsBetter ? ['<', 'below'] : ['>', 'above']
  const over = check.window === undefined ? '' : ` averaged over ${check.window}`
  return alertRule(context, 'performance', {
    alert: check.greaterIsBetter ? 'ModelPerformanceLow' : 'ModelPerformanceHigh',
    expr: `min(${overWindow(series, check.window)}) ${comparison} ${promqlNumber(check.threshold)}`,
    labels: { metric: check.metric },
    summary: `${context.subject}: live ${check.metric} ${word} ${promqlNumber(check.threshold)}`,
    description: `The live ${check.metric}${over} is {{ $value }}, ${word} the threshold ${promqlNumber(check.threshold)} in the manifest's monitoring.performance.`,
  })
}

function latencyAlert(context: AlertContext, p95LatencyMs: number): AlertRule {
  const { names, selector } = context
  // The SLO is written in milliseconds; the histogram's `le` buckets may be in seconds.
  const threshold = names.latencyUnit === 'seconds' ? p95LatencyMs / 1000 : p95LatencyMs
  const unit = names.latencyUnit === 'seconds' ? 's' : 'ms'
  return alertRule(context, 'latency', {
    alert: 'ModelLatencyHigh',
    expr: `histogram_quantile(0.95, sum by (le) (rate(${names.latencyBucket}{${selector}}[${RATE_WINDOW}]))) > ${promqlNumber(threshold)}`,
    labels: {},
    summary: `${context.subject}: p95 latency above ${promqlNumber(p95LatencyMs)} ms`,
    description: `The 95th percentile of request latency over ${RATE_WINDOW} is {{ $value }}${unit}, above the SLO of ${promqlNumber(p95LatencyMs)} ms in the manifest's monitoring.slo.p95LatencyMs.`,
  })
}

function errorRateAlert(context: AlertContext, errorRate: number): AlertRule {
  return alertRule(context, 'errorRate', {
    alert: 'ModelErrorRateHigh',
    expr: `${errorRatio(context, RATE_WINDOW)} > ${promqlNumber(errorRate)}`,
    labels: {},
    summary: `${context.subject}: error rate above ${promqlNumber(errorRate)}`,
    description: `The share of failed requests over ${RATE_WINDOW} is {{ $value }}, above the SLO of ${promqlNumber(errorRate)} in the manifest's monitoring.slo.errorRate.`,
  })
}

function availabilityAlert(context: AlertContext, availability: number): AlertRule {
  return alertRule(context, 'availability', {
    alert: 'ModelAvailabilityLow',
    expr: `${errorRatio(context, AVAILABILITY_WINDOW)} > ${promqlNumber(1 - availability)}`,
    labels: {},
    summary: `${context.subject}: availability below ${promqlNumber(availability)}`,
    description: `The share of failed requests over ${AVAILABILITY_WINDOW} is {{ $value }}, so availability is below the SLO of ${promqlNumber(availability)} in the manifest's monitoring.slo.availability.`,
  })
}

/** Failed requests over all requests, both as rates over `window`. */
function errorRatio({ names, selector }: AlertContext, window: string): string {
  return `sum(rate(${names.requests}{${selector},${names.errorFilter}}[${window}])) / sum(rate(${names.requests}{${selector}}[${window}]))`
}

/** A gauge as written, or its average over the check's window. */
function overWindow(series: string, window: string | undefined): string {
  return window === undefined ? series : `avg_over_time(${series}[${window}])`
}

function alertRule(
  context: AlertContext,
  kind: keyof typeof ALERT_KINDS,
  alert: {
    alert: string
    expr: string
    labels: Record<string, string>
    summary: string
    description: string
  },
): AlertRule {
  const { for: duration, severity } = ALERT_KINDS[kind]
  return {
    alert: alert.alert,
    expr: alert.expr,
    for: duration,
    // Prometheus expands templates in label values too.
    labels: Object.fromEntries(
      Object.entries({ severity, ...context.labels, ...alert.labels }).map(([key, value]) => [
        key,
        templateSafe(value),
      ]),
    ),
    annotations: {
      summary: templateSafe(alert.summary),
      description: templateSafe(alert.description, true),
      ...(context.runbook === undefined ? {} : { runbook_url: templateSafe(context.runbook) }),
    },
  }
}

/**
 * Annotation text as Prometheus' template engine shows it: a `{{` written by a manifest (a feature
 * name, a URL) becomes the literal `{{`, so it cannot call template functions. `keepValue` leaves
 * `{{ $value }}` working (modelgate's own; one written in a manifest shows the value, nothing more).
 */
function templateSafe(text: string, keepValue = false): string {
  const value = '{{ $value }}'
  const escape = (part: string) => part.replaceAll('{{', '{{ "{{" }}')
  return keepValue ? text.split(value).map(escape).join(value) : escape(text)
}

const NAME_FIELDS = ['requests', 'latencyBucket', 'drift', 'performance'] as const

/**
 * The environment's series names must be PromQL names: the config schema says so, and this
 * repeats it where the names meet PromQL, so a config that skipped the schema still cannot
 * inject an expression.
 */
function checkPrometheusNames(profile: EnvironmentProfile): RenderProblem[] {
  const names = profile.prometheus
  const bad: [keyof PrometheusNames, string][] = [
    ...NAME_FIELDS.filter((field) => !isMetricName(names[field])).map(
      (field): [keyof PrometheusNames, string] => [field, 'a metric name ([a-zA-Z_:][a-zA-Z0-9_:]*)'],
    ),
    ...(isLabelName(names.modelLabel)
      ? []
      : [['modelLabel', 'a label name ([a-zA-Z_][a-zA-Z0-9_]*)'] as [keyof PrometheusNames, string]]),
    ...(isLabelMatcherList(names.errorFilter)
      ? []
      : [
          ['errorFilter', 'label matchers such as response_code_class="5xx"'] as [
            keyof PrometheusNames,
            string,
          ],
        ]),
  ]
  return bad.map(([field, expected]) => ({
    source: 'config',
    path: [...profile.configPath, 'profile', 'prometheus', field],
    target: 'value',
    rule: 'prometheus-name',
    severity: 'error',
    message: `prometheus.${field}: ${JSON.stringify(String(names[field]))} is not ${expected}`,
    hint: `set environments[].profile.prometheus.${field} to ${expected}, or remove it to use the default`,
  }))
}

function unbalancedProblem(rule: AlertRule): RenderProblem {
  return {
    source: 'rendered',
    path: ['spec', 'groups', 0, 'rules'],
    target: 'value',
    rule: 'promql-brackets',
    severity: 'error',
    message: `alert ${rule.alert}: the expression has unbalanced brackets: ${rule.expr}`,
    hint: 'this is a modelgate defect; please report it with the manifest and the environment profile',
  }
}

// The manifests the benchmarks read: realistic ones modelled on examples/model-repo, generated
// deterministically from an index (the same i gives the same bytes).
import { createHash } from 'node:crypto'

const hex = (algorithm, seed) => createHash(algorithm).update(seed).digest('hex')
const digest = (seed) => `sha256:${hex('sha256', seed)}`
const pick = (list, i) => list[i % list.length]

const TIERS = ['low', 'medium', 'high', 'critical']
const FRAMEWORKS = [
  ['xgboost', '2.0.3'],
  ['sklearn', '1.5.2'],
  ['lightgbm', '4.5.0'],
  ['pytorch', '2.4.1'],
  ['huggingface', '4.46.0'],
  ['onnx', '1.17.0'],
  ['tensorflow', '2.17.0'],
]
const STORES = [
  (name, version) => `s3://acme-models/${name}/${version}/`,
  (name, version) => `gs://acme-models/${name}/${version}/model.joblib`,
  (name, version) => `oci://registry.acme.example/models/${name}:${version}`,
  (name, version) => `hf://acme/${name}@${hex('sha1', version).slice(0, 8)}`,
  (name, version) => `https://models.acme.example/${name}/${version}/model.onnx`,
]
const TEAMS = ['risk-ml', 'growth-ds', 'credit-risk-ml', 'support-ml', 'acme/search-relevance']
const PEOPLE = ['@ana-ortiz', '@kenji-watanabe', '@li-na', '@sam-okafor', '@priya-r', '@tomas-berg']
const METRICS = [
  // name, value base, greater is better
  ['auc', 0.9, true],
  ['f1', 0.7, true],
  ['precision', 0.68, true],
  ['recall', 0.72, true],
  ['p95_latency_ms', 18, false],
]
const STAGES = ['experimental', 'candidate', 'production', 'production', 'deprecated']

/**
 * A realistic manifest modelled on examples/model-repo: the risk tier decides which evidence it
 * carries, as the rules require (datasets with digests from `high`, explainability for `critical`).
 */
export function manifest(i) {
  const name = `m${i}`
  const tier = pick(TIERS, i)
  const rank = i % 4
  const version = `${1 + (i % 3)}.${i % 17}.${i % 5}`
  const [framework, frameworkVersion] = pick(FRAMEWORKS, i)
  const metrics = METRICS.slice(0, 2 + (i % 4))
  const lines = []
  if (i % 5 === 0) lines.push('# yaml-language-server: $schema=../../schemas/model-manifest.schema.json')
  lines.push(
    'apiVersion: modelgate.dev/v1',
    'kind: ModelManifest',
    'metadata:',
    `  name: ${name}`,
    `  version: ${version}`,
    `  description: Scores ${framework} predictions for workload ${i} of the ${pick(TEAMS, i)} team.`,
  )
  if (i % 3 === 0) lines.push('  labels:', `    domain: ${pick(['payments', 'growth', 'support'], i)}`)
  lines.push(
    'owners:',
    `  team: ${pick(TEAMS, i)}`,
    `  maintainers: [${[0, 1, 2]
      .slice(0, 1 + (i % 3))
      .map((k) => `'${pick(PEOPLE, i + k)}'`)
      .join(', ')}]`,
  )
  if (i % 2 === 0) lines.push(`  contact: ${pick(TEAMS, i).replace('/', '-')}@acme.example`)
  lines.push(
    `riskTier: ${tier}`,
    'artifact:',
    `  uri: ${pick(STORES, i)(name, version)}`,
    `  digest: ${digest(`artifact-${i}`)}`,
    `  framework: { name: ${framework}, version: ${frameworkVersion} }`,
  )
  if (i % 2 === 1) lines.push(`  sizeBytes: ${1_000_000 + i * 4099}`)

  lines.push('lifecycle:')
  if (i % 97 === 13) {
    lines.push(
      '  stage: retired',
      '  retirement:',
      "    date: '2026-12-31'",
      '    reason: Replaced by a model trained on fresher data.',
      `    replacement: m${i + 1}@1.0.0`,
    )
  } else {
    lines.push(`  stage: ${pick(STAGES, i)}`, `  status: ${pick(['active', 'active', 'under-review'], i)}`)
    if (i % 4 !== 0) lines.push(`  supersedes: ${name}@0.${i % 9}.0`)
  }

  if (rank >= 1) {
    lines.push(
      'source:',
      `  repository: acme/${pick(TEAMS, i).replace('/', '-')}-training`,
      `  commit: ${hex('sha1', `commit-${i}`)}`,
      `  pipelineRun: https://ci.acme.example/training/runs/${4000 + i}`,
    )
  }
  if (rank >= 2) {
    lines.push(
      'datasets:',
      `  - name: transactions-${i}-train`,
      '    role: train',
      `    uri: s3://acme-data/transactions/${i}/train/`,
      `    digest: ${digest(`train-${i}`)}`,
      `    rows: ${48_000_000 + i}`,
      `  - name: transactions-${i}-eval`,
      '    role: evaluation',
      `    uri: s3://acme-data/transactions/${i}/eval/`,
      `    digest: ${digest(`eval-${i}`)}`,
      `    rows: ${5_000_000 + i}`,
    )
  } else if (rank === 1) {
    lines.push('datasets:', `  - { name: events-${i}, role: train, uri: bq://acme-analytics.events.t${i} }`)
  }

  const dataset = rank >= 2 ? `transactions-${i}-eval` : undefined
  lines.push('metrics:', '  values:')
  for (const [k, [metric, base, greater]] of metrics.entries()) {
    const value = (base + ((i + k) % 10) / (greater ? 200 : 2)).toFixed(3)
    const on = dataset && k < 2 ? `, dataset: ${dataset}` : ''
    lines.push(`    - { name: ${metric}, value: ${value}${on}, greaterIsBetter: ${greater} }`)
  }
  lines.push('evaluation:')
  if (i % 2 === 0) lines.push('  baseline:', '    environment: prod', '    onMissing: threshold-only')
  lines.push('  gates:')
  for (const [k, [metric, base, greater]] of metrics.slice(0, 1 + (i % 3)).entries()) {
    const threshold = greater ? (base - 0.05).toFixed(2) : String(base + 10)
    if (k === 0) {
      lines.push(
        `    - metric: ${metric}`,
        `      greaterIsBetter: ${greater}`,
        `      threshold: ${threshold}`,
        '      maxAbsoluteRegression: 0.005',
      )
    } else {
      const severity = k === 2 ? ', severity: warning' : ''
      lines.push(
        `    - { metric: ${metric}, greaterIsBetter: ${greater}, threshold: ${threshold}${severity} }`,
      )
    }
  }

  if (tier === 'critical') {
    lines.push(
      'explainability:',
      `  method: ${pick(['shap', 'integrated-gradients', 'permutation-importance'], i >> 2)}`,
      `  reportUri: s3://acme-reports/${name}/${version}/explainability.html`,
      `  digest: ${digest(`report-${i}`)}`,
    )
  }
  if (i % 3 !== 2) {
    lines.push(
      'serving:',
      `  protocolVersion: ${pick(['v1', 'v2'], i)}`,
      '  resources:',
      `    requests: { cpu: ${pick(['250m', '500m', '1'], i)}, memory: ${pick(['512Mi', '1Gi'], i)} }`,
      `    limits: { cpu: '2', memory: 2Gi }`,
      `  autoscaling: { minReplicas: ${1 + (i % 2)}, maxReplicas: ${3 + (i % 5)}, metric: ${pick(['concurrency', 'rps'], i)}, target: ${10 + (i % 40)} }`,
    )
  }
  if (rank >= 1) {
    lines.push(
      'monitoring:',
      '  drift:',
      `    - { feature: amount, method: psi, threshold: 0.2, window: 1d }`,
      `    - { feature: prediction, method: ks, threshold: 0.1, window: ${1 + (i % 7)}d }`,
      `  slo: { p95LatencyMs: ${40 + (i % 80)}, errorRate: 0.001, availability: 0.999 }`,
    )
  }
  if (rank >= 2) {
    lines.push(
      'compliance:',
      `  dataClassification: ${tier === 'critical' ? 'restricted' : 'confidential'}`,
      '  containsPersonalData: true',
      `  regulations: [${tier === 'critical' ? 'SR-11-7, EU-AI-Act' : 'PCI-DSS, GDPR'}]`,
      `  modelCardUri: https://models.acme.example/cards/${name}/${version}`,
    )
  }
  if (i % 7 === 0) lines.push(`x-cost-center: cc-${1000 + (i % 50)}`)
  lines.push('')
  return lines.join('\n')
}

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { healthOf, inferenceServiceHealth } from '../../../core/environments/inference-service-health.js'

/** Argo CD's own test cases for its built-in InferenceService health check. */
const FIXTURES = '/work/shared/crds/argo-cd/isvc-health-fixtures'
const cases = (
  parse(readFileSync(join(FIXTURES, 'health_test.yaml'), 'utf8')) as {
    tests: { healthStatus: { status: string; message: string }; inputPath: string }[]
  }
).tests.map((test) => ({ name: test.inputPath, ...test }))

describe('inferenceServiceHealth judges like Argo CD', () => {
  it('has every fixture', () => {
    expect(cases).toHaveLength(11)
  })

  it.each(cases)('$name', ({ inputPath, healthStatus }) => {
    const object = parse(readFileSync(join(FIXTURES, inputPath), 'utf8')) as unknown
    const health = inferenceServiceHealth(object)
    expect({ status: health.status, message: health.message }).toEqual(healthStatus)
  })

  it('no status yet → Progressing, waiting', () => {
    expect(inferenceServiceHealth({ kind: 'InferenceService' })).toEqual({
      status: 'Progressing',
      message: 'Waiting for status update.',
    })
  })

  it('since is the Ready condition’s last transition', () => {
    const object = parse(readFileSync(join(FIXTURES, 'testdata/healthy_raw.yaml'), 'utf8')) as unknown
    expect(inferenceServiceHealth(object).since).toBe('2024-05-16T18:48:56Z')
  })

  it.each([
    ['Healthy', 'healthy'],
    ['Progressing', 'progressing'],
    ['Degraded', 'degraded'],
    ['Suspended', 'degraded'],
  ] as const)('%s → %s for the planner', (status, health) => {
    expect(healthOf(status)).toBe(health)
  })
})

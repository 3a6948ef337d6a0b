import { describe, expect, it } from 'vitest'
import { parseHealthFile } from '../../../core/environments/parse-health-file.js'

describe('parseHealthFile', () => {
  it('reads YAML: environment → model → { status, since }, Argo CD names mapped', () => {
    const file = parseHealthFile(
      'staging:\n  fraud: { status: Healthy, since: "2026-12-01T10:00:00Z" }\n  churn: { status: Suspended }\nprod:\n  fraud: { status: progressing }\n',
    )
    expect(file.problems).toEqual([])
    expect(file.health.get('staging')?.get('fraud')).toEqual({
      status: 'healthy',
      since: '2026-12-01T10:00:00Z',
    })
    expect(file.health.get('staging')?.get('churn')).toEqual({ status: 'degraded' })
    expect(file.health.get('prod')?.get('fraud')).toEqual({ status: 'progressing' })
  })

  it('reads JSON', () => {
    expect(parseHealthFile('{"dev": {"m": {"status": "missing"}}}').health.get('dev')?.get('m')).toEqual({
      status: 'missing',
    })
  })

  it.each([
    {
      name: 'a list',
      text: '- a',
      problem: 'h.yml must be a JSON or YAML mapping: environment → model → { status, since }',
    },
    {
      name: 'an environment that is not a mapping',
      text: 'dev: 3',
      problem: 'h.yml: dev must map model names to { status, since }',
    },
    {
      name: 'an unknown status',
      text: 'dev:\n  m: { status: fine }',
      problem: 'h.yml: dev.m.status is "fine"; expected healthy, progressing, degraded, missing or unknown',
    },
  ])('refuses $name', ({ text, problem }) => {
    expect(parseHealthFile(text, 'h.yml').problems).toEqual([problem])
  })
})

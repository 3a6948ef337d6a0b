import { describe, expect, it } from 'vitest'
import { formatStatusTable, shortDigest } from '../../../core/environments/format-status-table.js'
import { formatPlanText } from '../../../core/promotion/format-plan-text.js'

describe('formatPlanText', () => {
  it('a refusal: verdict, then each reason with its rule, hint and link', () => {
    expect(
      formatPlanText({
        title: 'promote m 1.0.0 to prod',
        decision: 'refuse',
        reasons: [
          {
            rule: 'no-open-promotion',
            effect: 'refuse',
            message: 'open: #3',
            hint: 'merge it',
            url: 'https://x/3',
          },
        ],
      }),
    ).toBe(
      'promote m 1.0.0 to prod: refused\n  ✗ open: #3 [no-open-promotion]\n      merge it\n      https://x/3\n',
    )
  })

  it('terminal control characters in a message are shown, not sent', () => {
    const text = formatPlanText({
      title: 'promote m 1.0.0 to prod',
      decision: 'noop',
      reasons: [{ rule: 'not-already-live', effect: 'noop', message: 'x\u001b[2Jy' }],
    })
    expect(text).not.toContain('\u001b')
  })
})

describe('formatStatusTable', () => {
  it('aligns columns and shows absent pairs as -', () => {
    expect(
      formatStatusTable([
        {
          model: 'm',
          environment: 'dev',
          version: '1.0.0',
          digest: `sha256:${'a'.repeat(64)}`,
          health: 'healthy',
          pullRequest: 4,
          requester: 'al',
        },
        { model: 'm', environment: 'prod', health: 'unknown' },
      ]),
    ).toBe(
      [
        'MODEL  ENVIRONMENT  VERSION  DIGEST               HEALTH   SINCE  PUT THERE BY',
        'm      dev          1.0.0    sha256:aaaaaaaaaaaa  healthy  -      #4 al',
        'm      prod         -        -                    -        -      -',
        '',
      ].join('\n'),
    )
  })

  it('an empty checkout says so', () => {
    expect(formatStatusTable([])).toBe('no models in the environments checkout\n')
  })

  it('shortDigest keeps sha256 and 12 hex digits, anything else as is', () => {
    expect(shortDigest(`sha256:${'0123456789abcdef'.repeat(4)}`)).toBe('sha256:0123456789ab')
    expect(shortDigest('md5:xyz')).toBe('md5:xyz')
  })
})

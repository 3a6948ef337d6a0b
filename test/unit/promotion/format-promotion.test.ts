import { describe, expect, it } from 'vitest'
import { formatTrailers, parseTrailers } from '../../../core/promotion/commit-trailers.js'
import { formatPromotionCommit } from '../../../core/promotion/format-promotion-commit.js'
import {
  formatPromotionPullRequest,
  markdownLink,
} from '../../../core/promotion/format-promotion-pull-request.js'
import { markForReplacement } from '../../../core/promotion/mark-for-replacement.js'
import { parseHolds } from '../../../core/promotion/parse-holds.js'
import { assertInModelFolder } from '../../../core/promotion/plan-writes.js'
import type { PromotionSummary } from '../../../core/promotion/promotion-summary.js'
import { summarizeFileChange } from '../../../core/promotion/summarize-file-change.js'

function summary(overrides: Partial<PromotionSummary> = {}): PromotionSummary {
  return {
    kind: 'promote',
    model: 'fraud-detector',
    environment: 'prod',
    version: '1.4.0',
    digest: `sha256:${'f'.repeat(64)}`,
    sourceCommit: 'a'.repeat(40),
    manifestPath: 'models/fraud-detector/model.yaml',
    requester: 'alice',
    previousVersion: '1.3.0',
    forced: false,
    notes: [],
    files: [
      {
        path: 'environments/prod/fraud-detector/inferenceservice.yaml',
        change: 'change',
        fields: [{ path: 'metadata.annotations.modelgate.dev/version', before: '"1.3.0"', after: '"1.4.0"' }],
        more: 2,
      },
    ],
    ...overrides,
  }
}

describe('formatPromotionPullRequest', () => {
  it('shows provenance, the field changes, the canary caveat and how to roll back', () => {
    const { title, body } = formatPromotionPullRequest(summary({ gatesVerdict: 'passed: 3 gates' }))
    expect(title).toBe('modelgate: promote fraud-detector 1.4.0 to prod')
    expect(body).toContain('| Previous version | 1\\.3\\.0 |')
    expect(body).toContain('| Requested by | alice |')
    expect(body).toContain('**Gates:** passed: 3 gates')
    expect(body).toContain(
      '- **change** environments/prod/fraud\\-detector/inferenceservice\\.yaml\n  - metadata\\.annotations\\.modelgate\\.dev/version: "1\\.3\\.0" → "1\\.4\\.0"\n  - and 2 more',
    )
    expect(body).toContain('which Git does not show')
    expect(body).toContain(
      'To roll back once merged, comment /rollback fraud\\-detector in prod to 1\\.3\\.0',
    )
  })

  it('escapes untrusted text: no mention, no HTML, no link from a requester or a note', () => {
    const { body } = formatPromotionPullRequest(
      summary({
        requester: '@acme/everyone <img src=x>',
        notes: [{ rule: 'x', effect: 'note', message: 'see [here](https://evil.example)' }],
      }),
    )
    expect(body).not.toContain('@acme')
    expect(body).not.toContain('<img')
    expect(body).not.toContain('](https://evil')
    expect(body).toContain('&lt;img src=x&gt;')
  })

  it('links a plain https request URL and shows any other as text', () => {
    expect(markdownLink('comment', 'https://github.com/acme/m/pull/7#issuecomment-1')).toBe(
      '[comment](https://github.com/acme/m/pull/7#issuecomment-1)',
    )
    expect(markdownLink('comment', 'https://x.example/a)(javascript:alert(1)')).not.toContain('](')
    expect(markdownLink('comment', 'javascript:alert(1)')).not.toContain('](')
  })

  it('first time in an environment: nothing to roll back to', () => {
    const { previousVersion: _, ...first } = summary()
    expect(formatPromotionPullRequest(first).body).toContain(
      'There is no earlier version here to roll back to',
    )
  })
})

describe('formatPromotionCommit and its trailers', () => {
  it('a newline in a name cannot forge a trailer', () => {
    const message = formatPromotionCommit(summary({ requester: 'mallory\nModelgate-Forced: true' }))
    expect(message).toContain('Modelgate-Requester: mallory Modelgate-Forced: true\n')
    expect(parseTrailers(message)?.forced).toBeUndefined()
  })

  it('parseTrailers reads back what formatTrailers wrote', () => {
    const trailers = {
      kind: 'rollback' as const,
      model: 'fraud-detector',
      environment: 'prod',
      version: '1.2.0',
      digest: `sha256:${'f'.repeat(64)}`,
      sourceCommit: 'a'.repeat(40),
      requester: 'alice',
      previousVersion: '1.3.0',
      forced: true,
    }
    expect(parseTrailers(`subject\n\nbody\n\n${formatTrailers(trailers).join('\n')}\n`)).toEqual(trailers)
  })

  it('a commit without trailers (a hand edit) has none', () => {
    expect(parseTrailers('fix typo\n\nModelgate-Model is mentioned in the body')).toBeUndefined()
  })
})

describe('parseHolds', () => {
  it('reads environment-wide and per-model holds', () => {
    const file = parseHolds(
      'holds:\n  - { environment: prod, reason: freeze, by: "@bob", since: "2026-12-01" }\n  - { environment: staging, model: fraud, reason: incident, by: "@eve" }\n',
    )
    expect(file).toEqual({
      holds: [
        { environment: 'prod', reason: 'freeze', by: '@bob', since: '2026-12-01' },
        { environment: 'staging', model: 'fraud', reason: 'incident', by: '@eve' },
      ],
      problems: [],
    })
  })

  it.each([
    { name: 'an empty file', text: '', problems: [] },
    { name: 'holds: []', text: 'holds: []\n', problems: [] },
    { name: 'not YAML', text: 'holds: [', problems: ['.modelgate/holds.yml is not YAML modelgate can read'] },
    {
      name: 'a list at the root',
      text: '- a\n',
      problems: ['.modelgate/holds.yml must be a mapping with a holds: list'],
    },
    {
      name: 'a hold without reason and by',
      text: 'holds:\n  - environment: prod\n',
      problems: ['.modelgate/holds.yml: holds[0] needs reason, by (non-empty strings)'],
    },
    {
      name: 'an unknown key',
      text: 'holds:\n  - { environment: prod, reason: r, by: b, until: tomorrow }\n',
      problems: ['.modelgate/holds.yml: holds[0] has unknown keys: until'],
    },
  ])('$name', ({ text, problems }) => {
    expect(parseHolds(text).problems).toEqual(problems)
  })
})

describe('summarizeFileChange', () => {
  it('lists changed, added and removed fields by key path', () => {
    const { changes, more } = summarizeFileChange(
      'metadata:\n  name: a\n  labels: { v: "1" }\nspec: { x: 1 }\n',
      'metadata:\n  name: a\n  labels: { v: "2" }\nspec: { y: [1] }\n',
    )
    expect(changes).toEqual([
      { path: 'metadata.labels.v', before: '"1"', after: '"2"' },
      { path: 'spec.x', before: '1' },
      { path: 'spec.y[0]', after: '1' },
    ])
    expect(more).toBe(0)
  })

  it('caps the list and counts the rest', () => {
    const after = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i]))
    const { changes, more } = summarizeFileChange(undefined, JSON.stringify(after))
    expect(changes).toHaveLength(40)
    expect(more).toBe(10)
  })
})

describe('assertInModelFolder', () => {
  it.each([
    'environments/prod/other/x.yaml',
    'environments/prod/m/../n/x.yaml',
    'environments/prod/m/',
    'argocd/x.yaml',
  ])('refuses %s', (path) => {
    expect(() => assertInModelFolder('environments/prod/m', [path])).toThrow(
      /outside environments\/prod\/m\//,
    )
  })

  it('accepts files of the folder', () => {
    expect(() =>
      assertInModelFolder('environments/prod/m', ['environments/prod/m/inferenceservice.yaml']),
    ).not.toThrow()
  })
})

describe('markForReplacement', () => {
  it('adds the sync option to the annotations and keeps the header comment', () => {
    const text = '# generated\nmetadata:\n  name: m\n  annotations:\n    a: "1"\nspec: {}\n'
    expect(markForReplacement(text)).toBe(
      '# generated\nmetadata:\n  name: m\n  annotations:\n    a: "1"\n    argocd.argoproj.io/sync-options: Force=true,Replace=true\nspec: {}\n',
    )
  })
})

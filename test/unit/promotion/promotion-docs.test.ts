import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { PROMOTION_RULES } from '../../../core/promotion/promotion-rules.js'
import { formatTrailers } from '../../../core/promotion/commit-trailers.js'

const page = readFileSync('docs/promotion.md', 'utf8')

describe('docs/promotion.md', () => {
  it.each(PROMOTION_RULES.map((rule) => ({ id: rule.id, kinds: rule.kinds })))(
    'documents the rule $id',
    ({ id }) => {
      expect(page).toMatch(new RegExp(`\\| \`${id}\` +\\|`))
    },
  )

  it('documents every trailer', () => {
    const lines = formatTrailers({
      kind: 'promote',
      model: 'm',
      environment: 'e',
      version: 'v',
      digest: 'd',
      sourceCommit: 's',
      requester: 'r',
      previousVersion: 'p',
      forced: true,
    })
    for (const line of lines) expect(page).toContain(`\`${line.slice(0, line.indexOf(':'))}\``)
  })
})

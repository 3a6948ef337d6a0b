import { afterAll, describe, expect, it } from 'vitest'
import { validateConfig } from '../../../core/config/validate-config.js'
import { lintPolicy } from '../../../core/policy/lint-policy.js'
import { runCli, textProblems } from '../../support/cli.js'
import { createGitRepo, removeTempDirs } from '../../support/git-repo.js'

/**
 * Issue 10, item 9: a 17.6 KB config whose policy has an error in each of 8,000 list items. Each
 * error used to rescan every `anyOf` error (and Ajv copied its whole error list after each item),
 * blocking the bot's event loop for about a minute. Now the errors are folded in one pass and at
 * most 50 are described, the rest counted.
 */
const ITEMS = 8000
const header =
  'apiVersion: modelgate.dev/v1\nkind: Config\nmodels:\n  root: models\npolicy:\n  rules:\n    - name: a\n      requires: { count: 1 }\n'
const items = Array<string>(ITEMS).fill('1').join(',')

const floods = [
  { name: 'approval: [1, 1, …] × 8,000', more: 7950, yaml: `${header}  approval: [${items}]\n` },
  {
    name: 'approval: [{ and: [1, 1, …] × 8,000 }]',
    more: 7951,
    yaml: `${header}  approval: [{ and: [${items}] }]\n`,
  },
  {
    name: 'approval: [{ or: [1, 1, …] × 8,000 }]',
    more: 7951,
    yaml: `${header}  approval: [{ or: [${items}] }]\n`,
  },
  {
    name: 'governed: [{}, {}, …] × 8,000',
    more: 7950,
    yaml: `${header}  approval: [a]\n  governed: [${Array<string>(ITEMS).fill('{}').join(',')}]\n`,
  },
]

afterAll(removeTempDirs)

describe('a config with an error in each of 8,000 policy list items', () => {
  it('is 17.6 KB, as in the review', () => {
    expect(floods[0]!.yaml.length).toBeGreaterThan(16_000)
    expect(floods[0]!.yaml.length).toBeLessThan(18_000)
  })

  it.each(floods)(
    'validateConfig (the bot path) describes at most 50 problems and counts the rest: $name',
    ({ yaml, more }) => {
      const { problems } = validateConfig('.modelgate/config.yml', new TextEncoder().encode(yaml))
      expect(problems).toHaveLength(51)
      expect(problems.at(-1)!.message).toBe(
        `and ${more} more problems like these from here on (only the first 50 are described)`,
      )
      expect(problems.at(-1)!.hint).toBe('fix the problems above and validate again to see the rest')
    },
  )

  it.each(floods)('lintPolicy describes at most 50 problems and counts the rest: $name', ({ yaml }) => {
    const { problems } = lintPolicy('.modelgate/config.yml', new TextEncoder().encode(yaml))
    expect(problems).toHaveLength(51)
    expect(problems.at(-1)!.rule).toBe('schema/limit')
  })

  it.each(floods)('modelgate policy lint prints 51 problems, not 8,000: $name', async ({ yaml, more }) => {
    const repo = createGitRepo({ '.modelgate/config.yml': yaml })
    const result = await runCli(['policy', 'lint'], { cwd: repo.root, timeoutMs: 15_000 })
    expect(result.code).toBe(1)
    const problems = textProblems(result.stdout)
    expect(problems).toHaveLength(51)
    expect(problems.at(-1)!.message).toContain(`and ${more} more problems like these`)
  })

  it('modelgate validate refuses the config with 51 problems, not 8,000', async () => {
    const repo = createGitRepo({ '.modelgate/config.yml': floods[0]!.yaml })
    const result = await runCli(['validate'], { cwd: repo.root, timeoutMs: 15_000 })
    expect(result.code).toBe(1)
    expect(textProblems(result.stdout)).toHaveLength(51)
  })
})

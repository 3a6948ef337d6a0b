import { afterAll, describe, expect, it } from 'vitest'
import { createGitRepo, removeTempDirs } from '../../support/git-repo.js'
import { runCli } from '../../support/cli.js'

/*
 * Attack: a manifest (or the policy) with 140,000 duplicate keys. Every duplicate became a finding
 * and the findings were appended with a spread `push(...)`, one argument each: the call overflowed
 * the stack and `modelgate validate` printed "internal error" with a stack trace. Now each file
 * reports at most 50 YAML problems and counts the rest in one line; no stack trace, exit 1.
 */
afterAll(removeTempDirs)

const COPIES = 140_000
const flood = (line: string, indent = '') =>
  Array.from({ length: COPIES }, () => `${indent}${line}`).join('\n')

describe('140,000 duplicate keys', () => {
  it.each([
    {
      name: 'top-level keys of a manifest',
      file: 'models/fraud/model.yaml',
      text: `apiVersion: modelgate.dev/v1\n${flood('a: 1')}\n`,
      args: ['validate'],
    },
    {
      name: 'keys nested in a manifest mapping',
      file: 'models/fraud/model.yaml',
      text: `apiVersion: modelgate.dev/v1\nmetadata:\n${flood('n: 1', ' ')}\n`,
      args: ['validate'],
    },
    {
      name: 'keys of the policy (policy lint)',
      file: '.modelgate/config.yml',
      text: `policy:\n${flood('a: 1', ' ')}\n`,
      args: ['policy', 'lint'],
    },
  ])(
    '$name: at most 50 problems and a count, no stack trace',
    async ({ file, text, args }) => {
      const repo = createGitRepo({ [file]: text })
      const result = await runCli(args, { cwd: repo.root, timeoutMs: 60_000 })
      const output = result.stdout + result.stderr
      expect(output).not.toContain('Maximum call stack')
      expect(output).not.toContain('internal error')
      expect(output).not.toMatch(/^\s+at /m)
      expect(result.code).toBe(1)
      expect(output).toMatch(/and up to \d+ more YAML problems after these 50/)
      expect(output.match(/duplicate key/g)?.length ?? 0).toBeLessThanOrEqual(50)
    },
    90_000,
  )
})

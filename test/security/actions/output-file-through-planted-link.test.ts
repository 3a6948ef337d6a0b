import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { FRAUD, fraudDetectorAt, useActionScenario } from '../../support/action-scenario.js'

/*
 * Attack (issue 10, item 15): the workspace holds the pull request's checkout, so a pull request can
 * commit a symbolic link to a folder. `write-report: reports/modelgate-diff.json` (or a SARIF file)
 * then followed `reports -> /somewhere` and wrote outside the workspace: the file was opened
 * without following a link, but the folders above it were not checked. Each row plants a link; the
 * step must fail with a sentence and write nothing outside.
 */

const scenario = useActionScenario({ contents: 'read', pull_requests: 'write', metadata: 'read' })
const outside = mkdtempSync(join(tmpdir(), 'outside-'))
afterAll(() => rmSync(outside, { recursive: true, force: true }))

const cases: { name: string; action: string; input: string; path: string; links: Record<string, string> }[] =
  [
    {
      name: 'diff write-report through a linked folder',
      action: 'actions/diff',
      input: 'write-report',
      path: 'reports/modelgate-diff.json',
      links: { reports: outside },
    },
    {
      name: 'diff write-report through a linked folder, into a folder made there',
      action: 'actions/diff',
      input: 'write-report',
      path: 'reports/deep/er/modelgate-diff.json',
      links: { reports: outside },
    },
    {
      name: 'validate sarif-file through a linked folder',
      action: 'actions/validate',
      input: 'sarif-file',
      path: 'out/modelgate.sarif',
      links: { out: outside },
    },
    {
      name: 'validate sarif-file through a link to a link',
      action: 'actions/validate',
      input: 'sarif-file',
      path: 'a/modelgate.sarif',
      links: { b: outside, a: 'b' },
    },
  ]

describe('attack: an output file written through a symbolic link the pull request planted', () => {
  it.each(cases)(
    'is refused and nothing is written outside: $name',
    async ({ action, input, path, links }) => {
      const pull = await scenario.openPull(`link-${input}-${path.length}-${Object.keys(links).length}`, {
        [FRAUD]: fraudDetectorAt('1.5.0', ['value: 0.947', 'value: 0.951']),
      })
      const run = await scenario.runInCheckout({
        action,
        event: { name: 'pull_request', payload: pull.payload },
        branch: `link-${input}-${path.length}-${Object.keys(links).length}`,
        sha: pull.headSha,
        inputs: { [input]: path },
        links,
      })
      expect(readdirSync(outside)).toEqual([])
      expect(run.exitCode).toBe(1)
      expect(run.stdout).toContain(`${input}: cannot write ${path} (it leads outside the workspace`)
      expect(existsSync(join(outside, 'deep'))).toBe(false)
    },
    60_000,
  )
})

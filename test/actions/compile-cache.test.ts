import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ACTION_NODE } from '../support/action-node.js'
import { runAction } from '../support/action-runner.js'

/*
 * Two modelgate steps of one job share RUNNER_TEMP: the first leaves V8's compiled code there, the
 * second loads it (Node ≥ 22.1; the runner's node24 has it). The cache must never change a result.
 */

const hasCompileCache =
  execFileSync(ACTION_NODE, ['-p', "typeof require('node:module').enableCompileCache"], {
    encoding: 'utf8',
  }).trim() === 'function'
const temp = mkdtempSync(join(tmpdir(), 'compile-cache-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

describe('the actions’ compile cache', () => {
  // Node 20 has no compile cache: run `.ci/run` once (it installs node24 into .cache) or set ACTION_NODE.
  it.runIf(hasCompileCache)(
    'is written to RUNNER_TEMP by the first step and leaves the next steps’ results unchanged',
    async () => {
      const workspace = join(temp, 'workspace')
      mkdirSync(join(workspace, 'models', 'fraud-detector'), { recursive: true })
      cpSync(
        'examples/model-repo/models/fraud-detector/model.yaml',
        join(workspace, 'models/fraud-detector/model.yaml'),
      )
      const jobTemp = join(temp, 'runner-temp')
      mkdirSync(jobTemp)
      const step = (action: string) =>
        runAction({
          actionDir: `actions/${action}`,
          inputs: { token: 'unused' },
          event: { name: 'workflow_dispatch', payload: { inputs: {} } },
          repository: 'acme/models',
          apiUrl: 'http://127.0.0.1:9',
          workspace,
          env: { RUNNER_TEMP: jobTemp },
        })
      const first = await step('validate')
      expect(first.exitCode, first.stderr).toBe(0)
      const cache = join(jobTemp, 'modelgate-compile-cache')
      expect(readdirSync(cache).length).toBeGreaterThan(0)
      const [second, gate] = [await step('validate'), await step('gate')]
      expect(second.outputs).toEqual(first.outputs)
      expect(second.summary).toBe(first.summary)
      expect(gate.exitCode).toBe(0)
      expect(gate.outputs.passed).toBe('true')
    },
  )
})

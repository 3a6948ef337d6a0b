import { describe, expect, it } from 'vitest'
import { FRAUD, fraudDetectorAt, useActionScenario } from '../../support/action-scenario.js'

/*
 * Attack (issue 10, item 2, the actions' side): GitHub lists at most 3,000 files of a pull
 * request. With `changed-only`, 3,000 padding files that sort before models/ once pushed a broken
 * manifest off the list, and validate reported nothing to check. A list that may be cut short now
 * makes the action look at every model.
 */

const scenario = useActionScenario({ contents: 'read', pull_requests: 'read', metadata: 'read' })

/** 3,000 files under `aaa-padding/`: they sort before `models/`. */
const padding = Object.fromEntries(
  Array.from({ length: 3000 }, (_, n) => [`aaa-padding/f${String(n).padStart(4, '0')}.txt`, 'padding\n']),
)

describe('attack: more changed files than GitHub lists hide a model from the bundled validate action', () => {
  it('checks every model, so the hidden broken manifest fails the step', async () => {
    const pull = await scenario.openPull('padding', {
      ...padding,
      [FRAUD]: fraudDetectorAt('1.5.0', [/sha256:[0-9a-f]{64}/.exec(fraudDetectorAt('1.5.0'))![0], 'latest']),
    })
    expect(pull.payload.pull_request).toMatchObject({ changed_files: 3001 })
    const run = await scenario.runInCheckout({
      action: 'actions/validate',
      event: { name: 'pull_request', payload: pull.payload },
      branch: 'padding',
      sha: pull.headSha,
    })
    expect(run.exitCode).toBe(1)
    // The annotation as the runner reads it (the order of its properties is free).
    expect(run.annotations).toContainEqual({
      command: 'error',
      properties: expect.objectContaining({ file: FRAUD, line: expect.stringMatching(/^\d+$/) as unknown }),
      message: expect.stringContaining('artifact.digest') as unknown,
    })
    expect(run.stdout).toContain('GitHub lists at most 3000 files of pull request #')
    expect(scenario.gh.problems).toEqual([])
  }, 300_000) // 3,000 files through the bundled action: minutes on a loaded 2-core machine
})

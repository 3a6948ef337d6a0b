import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkActionMetadata, lintWorkflows } from '../support/workflow-checks.js'

/** Every workflow and action.yml the repository ships, found on disk, so a new one cannot slip by. */
function files(folder: string, name: RegExp): string[] {
  if (!existsSync(folder)) return []
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((path) => name.test(path) && !path.includes('node_modules'))
    .map((path) => join(folder, path))
}

describe("the repository's own workflows and actions", () => {
  it('every workflow passes actionlint', async () => {
    const workflows = files('.github/workflows', /\.ya?ml$/)
    expect(workflows.length).toBeGreaterThan(0)
    expect(await lintWorkflows(workflows)).toEqual([])
  })

  it("every action.yml passes GitHub's action parser", () => {
    const actions = [
      ...files('actions', /action\.ya?ml$/),
      ...(existsSync('action.yml') ? ['action.yml'] : []),
      ...files('test/fixtures/actions', /action\.ya?ml$/),
    ]
    expect(actions.length).toBeGreaterThan(0)
    for (const action of actions) expect(checkActionMetadata(action), action).toEqual([])
  })
})

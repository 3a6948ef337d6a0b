import { afterAll, describe, expect, it } from 'vitest'
import { linesOf, runCli } from '../../support/cli.js'
import { copyIntoGitRepo, removeTempDirs, writeFiles } from '../../support/git-repo.js'
import { PROJECT_ROOT } from '../../support/cli.js'
import { exampleFile, useActionScenario } from '../../support/action-scenario.js'

/**
 * Issue 10, item 12: text from the repository printed by an action or the CLI must never become a
 * workflow command. The runner reads a line as a command when it starts with `::` (after spaces)
 * or holds `##[`, and a bare CR ends a line as a LF does.
 */
const scenario = useActionScenario({ contents: 'read', pull_requests: 'read', metadata: 'read' })

/** Lines of stdout the runner would run as commands that carry the attacker's text. */
const injected = (stdout: string) =>
  stdout
    .split(/\r\n|\r|\n/)
    .filter((line) => line.includes('PWNED') && (/^\s*::/.test(line) || line.includes('##[')))
// eslint-disable-next-line no-control-regex -- control characters are what must not reach stdout
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/

const config = exampleFile('.modelgate/config.yml')
/** YAML double-quoted keys, so the escapes below become real control characters in the key. */
const HOSTILE_CONFIGS: [string, string][] = [
  [
    'an unknown key with LF-separated commands',
    `${config}"x\\n::add-mask::PWNED-SECRET\\n::warning title=PWNED::owned": 1\n`,
  ],
  [
    'an unknown key with CR-separated commands',
    `${config}"x\\r::add-mask::PWNED-SECRET\\r::error::PWNED": 1\n`,
  ],
  ['an unknown key with an indented command', `${config}"x\\n   ::add-mask::PWNED-SECRET": 1\n`],
  ['an unknown key with a ##[ command', `${config}"x ##[add-mask]PWNED-SECRET": 1\n`],
  ['an unknown key with an escape sequence', `${config}"x\\e[2K\\e[1A::warning::PWNED": 1\n`],
  ['an unknown key with a line separator', `${config}"x\\u2028::warning::PWNED": 1\n`],
  [
    'a validation rule id with commands',
    config.replace(
      /^validation:\n {2}rules:\n/m,
      `validation:\n  rules:\n    "r\\n::add-mask::PWNED-SECRET\\n::warning::PWNED": off\n`,
    ),
  ],
]

afterAll(removeTempDirs)

describe.each(['actions/gate', 'actions/diff'])('the bundled %s action', (action) => {
  it.each(HOSTILE_CONFIGS)('prints a config with %s without running its commands', async (_, yaml) => {
    const run = await scenario.runInCheckout({
      action,
      event: { name: 'workflow_dispatch', payload: {} },
      files: { '.modelgate/config.yml': yaml },
    })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain('PWNED') // the problem is shown…
    expect(injected(run.stdout)).toEqual([]) // …as text
    expect(run.masks.filter((mask) => mask.includes('PWNED'))).toEqual([])
    expect(run.commands.filter((command) => command.message.includes('PWNED'))).toEqual([])
    expect(run.stdout).not.toMatch(RAW_CONTROL)
  })
})

describe('the CLI text format', () => {
  const FOLDERS: [string, string][] = [
    ['a line feed and a command', 'evil\n::warning::PWNED'],
    ['a carriage return and a command', 'evil\r::error::PWNED'],
    ['a ##[ command', 'evil ##[warning]PWNED'],
    ['an escape sequence', 'evil\u001b[2K::warning::PWNED'],
    ['a right-to-left override', 'evil\u202e::warning::PWNED'],
  ]
  it.each(FOLDERS)('prints a model folder named with %s as one inert line', async (_, folder) => {
    const repo = copyIntoGitRepo(`${PROJECT_ROOT}/examples/model-repo`)
    writeFiles(repo.root, { [`models/${folder}/model.yaml`]: 'apiVersion: modelgate.dev/v1\n' })
    const result = await runCli(['validate'], { cwd: repo.root })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('PWNED')
    expect(injected(result.stdout)).toEqual([])
    expect(result.stdout).not.toMatch(RAW_CONTROL)
    expect(linesOf(result.stdout).filter((line) => line.startsWith('::'))).toEqual([])
  })
})

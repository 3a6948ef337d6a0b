import { execFile } from 'node:child_process'
import { ACTION_NODE } from './action-node.js'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'

export interface RunActionOptions {
  /** Folder holding action.yml. */
  actionDir: string
  inputs?: Record<string, string>
  event: { name: string; payload: Record<string, unknown> }
  /** `owner/repo`. */
  repository: string
  apiUrl: string
  sha?: string
  ref?: string
  workspace?: string
  env?: Record<string, string>
}

export interface WorkflowCommand {
  command: string
  properties: Record<string, string>
  message: string
}

export interface ActionRun {
  exitCode: number
  stdout: string
  stderr: string
  commands: WorkflowCommand[]
  annotations: WorkflowCommand[]
  masks: string[]
  outputs: Record<string, string>
  summary: string
  env: Record<string, string>
}

interface ActionMetadata {
  inputs?: Record<string, { default?: string; required?: boolean }>
  runs: { using: string; main: string }
}

/**
 * Runs an action as the GitHub runner does: its `runs.main` under Node (ACTION_NODE, default this
 * Node), a clean environment holding only what the runner sets (INPUT_* from action.yml defaults and
 * the given inputs, GITHUB_* files and variables, RUNNER_*), then parses what it wrote.
 */
export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const metadata = parse(readFileSync(join(options.actionDir, 'action.yml'), 'utf8')) as ActionMetadata
  if (!['node20', 'node24'].includes(metadata.runs.using))
    throw new Error(`runs.using ${metadata.runs.using} is not a Node runtime the runner supports`)
  const temp = mkdtempSync(join(tmpdir(), 'action-run-'))
  const file = (name: string, content = '') => {
    const path = join(temp, name)
    writeFileSync(path, content)
    return path
  }
  try {
    const env: Record<string, string> = { PATH: process.env.PATH ?? '' }
    for (const [name, declared] of Object.entries(metadata.inputs ?? {})) {
      const value = options.inputs?.[name] ?? declared.default ?? ''
      if (value.includes('${{'))
        throw new Error(
          `input "${name}" defaults to an expression (${value}); the runner evaluates it, so the test must pass a value`,
        )
      env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
    }
    for (const name of Object.keys(options.inputs ?? {})) {
      if (!metadata.inputs?.[name]) throw new Error(`input "${name}" is not declared in action.yml`)
    }
    const [owner] = options.repository.split('/')
    Object.assign(env, {
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION: 'probe',
      GITHUB_JOB: 'test',
      GITHUB_WORKFLOW: 'test',
      GITHUB_RUN_ID: '1',
      GITHUB_RUN_NUMBER: '1',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_ACTOR: 'ana',
      GITHUB_EVENT_NAME: options.event.name,
      GITHUB_EVENT_PATH: file('event.json', JSON.stringify(options.event.payload)),
      GITHUB_REPOSITORY: options.repository,
      GITHUB_REPOSITORY_OWNER: owner!,
      GITHUB_SHA: options.sha ?? '0'.repeat(40),
      GITHUB_REF: options.ref ?? 'refs/heads/main',
      GITHUB_WORKSPACE: options.workspace ?? temp,
      GITHUB_API_URL: options.apiUrl,
      GITHUB_SERVER_URL: options.apiUrl,
      GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
      GITHUB_OUTPUT: file('output'),
      GITHUB_STEP_SUMMARY: file('summary'),
      GITHUB_ENV: file('env'),
      GITHUB_STATE: file('state'),
      GITHUB_PATH: file('path'),
      RUNNER_TEMP: temp,
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      ...options.env,
    })
    const main = resolve(options.actionDir, metadata.runs.main)
    const { exitCode, stdout, stderr } = await new Promise<{
      exitCode: number
      stdout: string
      stderr: string
    }>((done) => {
      execFile(
        ACTION_NODE,
        [main],
        { env, cwd: env.GITHUB_WORKSPACE, maxBuffer: 64 * 1024 * 1024 },
        (error, out, err) => {
          done({
            exitCode: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
            stdout: out,
            stderr: err,
          })
        },
      )
    })
    const commands = parseCommands(stdout)
    return {
      exitCode,
      stdout,
      stderr,
      commands,
      annotations: commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command)),
      masks: commands.filter((c) => c.command === 'add-mask').map((c) => c.message),
      outputs: parseFileCommands(readFileSync(env.GITHUB_OUTPUT!, 'utf8')),
      summary: readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8'),
      env: parseFileCommands(readFileSync(env.GITHUB_ENV!, 'utf8')),
    }
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
}

/** `::name key=value,key=value::message` lines, unescaped as the runner does. */
export function parseCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = []
  for (const line of stdout.split(/\r?\n/)) {
    const found = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!found) continue
    const properties: Record<string, string> = {}
    for (const pair of (found[2] ?? '').split(',').filter(Boolean)) {
      const at = pair.indexOf('=')
      properties[pair.slice(0, at)] = unescape(pair.slice(at + 1), true)
    }
    commands.push({ command: found[1]!, properties, message: unescape(found[3]!, false) })
  }
  return commands
}

function unescape(text: string, property: boolean): string {
  let out = text.replace(/%0D/g, '\r').replace(/%0A/g, '\n')
  if (property) out = out.replace(/%3A/g, ':').replace(/%2C/g, ',')
  return out.replace(/%25/g, '%')
}

/** GITHUB_OUTPUT / GITHUB_ENV content: `name=value` lines and `name<<DELIMITER … DELIMITER` blocks. */
export function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1)
      if (end === -1) throw new Error(`unterminated ${heredoc[1]} in a file command`)
      values[heredoc[1]!] = lines.slice(i + 1, end).join('\n')
      i = end
    } else if (line.includes('=')) {
      values[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    }
  }
  return values
}

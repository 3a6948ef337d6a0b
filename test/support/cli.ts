import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The modelgate checkout these tests run from (absolute). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** The CLI entry point users run; it loads the bundle that vitest's globalSetup rebuilds. */
export const CLI_BIN = fileURLToPath(new URL('../../bin/modelgate.js', import.meta.url))

/** modelgate's version, from package.json. */
export const PACKAGE_VERSION: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version

export interface CliResult {
  /** The exit code (or -1 when the process was killed by a signal, e.g. after the timeout). */
  code: number
  stdout: string
  stderr: string
  /** Wall-clock time of the run, in milliseconds. */
  durationMs: number
}

export interface RunCliOptions {
  /** Working directory of the CLI (required: the CLI discovers the repository from it). */
  cwd: string
  /** Extra environment variables, on top of this process's environment. */
  env?: Record<string, string>
  /** Kill the CLI after this many milliseconds (default 20 s). */
  timeoutMs?: number
}

/**
 * Runs `node bin/modelgate.js <args...>` exactly as a user would (no shell: args are passed as an
 * array) and collects its exit code and output.
 */
export function runCli(
  args: readonly string[],
  { cwd, env, timeoutMs = 20_000 }: RunCliOptions,
): Promise<CliResult> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BIN, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({
        code: code ?? -1,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        durationMs: performance.now() - started,
      })
    })
  })
}

/** The lines of an output, without the final empty one. */
export function linesOf(text: string): string[] {
  const lines = text.split('\n')
  if (lines.at(-1) === '') lines.pop()
  return lines
}

/** Lines that look like a JavaScript stack frame (`    at fn (file:1:2)`): never shown for user mistakes. */
export function stackTraceLines(result: Pick<CliResult, 'stdout' | 'stderr'>): string[] {
  return [...linesOf(result.stdout), ...linesOf(result.stderr)].filter((line) => /^\s+at /.test(line))
}

/** A problem line of the text format: `path:line:col: severity: message [rule-id]`. */
export interface TextProblem {
  file: string
  line: number
  column: number
  severity: string
  message: string
  rule: string
}

const PROBLEM_LINE = /^(.+?):(\d+):(\d+): (error|warning): (.*) \[([^\]]+)\]$/

/** The problem lines of a text report, parsed (hint and summary lines are skipped). */
export function textProblems(stdout: string): TextProblem[] {
  return linesOf(stdout).flatMap((line) => {
    const match = PROBLEM_LINE.exec(line)
    if (!match) return []
    const [, file, lineNumber, column, severity, message, rule] = match
    return [
      {
        file: file!,
        line: Number(lineNumber),
        column: Number(column),
        severity: severity!,
        message: message!,
        rule: rule!,
      },
    ]
  })
}

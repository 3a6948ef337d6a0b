import { randomUUID } from 'node:crypto'
import { appendFileSync } from 'node:fs'
import { escapeData, escapeLog, escapeProperty } from '../../core/index.js'

/** Where an annotation points. */
export interface AnnotationProperties {
  file?: string
  line?: number
  col?: number
  title?: string
}

/**
 * The runner's side of an action: inputs from `INPUT_*`, outputs and the job summary through the
 * files the runner names, everything else as workflow commands on stdout. Every line goes through
 * one escape: `escapeData` for a command's message, `escapeLog` for an info line (so text from a
 * repository or a results file can never start a workflow command). Written here rather than
 * taken from @actions/core, which loads an HTTP client (undici) at start-up that these actions
 * never use through it: about 60 ms, twice a bare `node -e 0`, on every step.
 */
export interface Runner {
  /** An input's value, trimmed (as @actions/core reads it); `''` when not set. */
  getInput(name: string): string
  setOutput(name: string, value: string | number | boolean): void
  /** Masks a value in every later log line. */
  setSecret(value: string): void
  info(message: string): void
  debug(message: string): void
  notice(message: string, properties?: AnnotationProperties): void
  warning(message: string, properties?: AnnotationProperties): void
  error(message: string, properties?: AnnotationProperties): void
  /** An error annotation, and exit code 1 when the process ends. */
  setFailed(message: string): void
  appendSummary(markdown: string): void
}

export function createRunner(
  env: NodeJS.ProcessEnv,
  out: { write(text: string): unknown } = process.stdout,
): Runner {
  const command = (name: string, message: string, properties: AnnotationProperties = {}) => {
    const props = Object.entries(properties)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
      .join(',')
    out.write(`::${name}${props ? ` ${props}` : ''}::${escapeData(message)}\n`)
  }
  return {
    getInput: (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
    setOutput(name, value) {
      const file = env.GITHUB_OUTPUT
      if (!file) return command('warning', `no GITHUB_OUTPUT file: output ${name} is lost`)
      const text = String(value)
      const delimiter = `ghadelimiter_${randomUUID()}`
      // The runner's heredoc form; a delimiter inside the value would end it early, and cannot occur.
      appendFileSync(file, `${name}<<${delimiter}\n${text}\n${delimiter}\n`)
    },
    setSecret: (value) => command('add-mask', value),
    info: (message) => out.write(`${escapeLog(message)}\n`),
    debug: (message) => command('debug', message),
    notice: (message, properties) => command('notice', message, properties),
    warning: (message, properties) => command('warning', message, properties),
    error: (message, properties) => command('error', message, properties),
    setFailed(message) {
      process.exitCode = 1
      command('error', message)
    },
    appendSummary(markdown) {
      const file = env.GITHUB_STEP_SUMMARY
      if (file) appendFileSync(file, markdown)
      else out.write('(no GITHUB_STEP_SUMMARY: the job summary is not written)\n')
    },
  }
}

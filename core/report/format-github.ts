import type { Severity } from '../problem.js'
import type { ValidationResult } from './validation-result.js'

/** A problem as a GitHub annotation; `properties` has the shape of `@actions/core`'s `AnnotationProperties`. */
export interface GithubAnnotation {
  severity: Severity
  message: string
  properties: {
    file: string
    startLine: number
    startColumn: number
    endLine?: number
    /** Only on a one-line span, as the runner accepts it. */
    endColumn?: number
    title: string
  }
}

/**
 * One annotation per problem, with its text and place: the actions hand these to `@actions/core`
 * (core/ does not depend on it), `formatGithub` prints them for the CLI. The text is as written;
 * each writer escapes it.
 */
export function githubAnnotations(result: ValidationResult): GithubAnnotation[] {
  return result.files.flatMap(({ problems }) =>
    problems.map((problem) => ({
      severity: problem.severity,
      message: problem.hint ? `${problem.message}\nhint: ${problem.hint}` : problem.message,
      properties: {
        file: problem.file,
        startLine: problem.line,
        startColumn: problem.column,
        ...(problem.endLine ? { endLine: problem.endLine } : {}),
        ...(problem.endLine === problem.line && problem.endColumn ? { endColumn: problem.endColumn } : {}),
        title: `modelgate ${problem.rule}`,
      },
    })),
  )
}

/**
 * GitHub Actions workflow commands: one `::error` or `::warning` annotation per problem, placed on
 * the file, line and column. Values are escaped as the runner expects, so a message cannot end the
 * command early or inject another one.
 * @example
 * // ::error file=models/fraud/model.yaml,line=12,col=11,title=modelgate schema/pattern::artifact.digest: …
 */
export function formatGithub(result: ValidationResult): string {
  const lines = githubAnnotations(result).map(({ severity, message, properties: p }) => {
    const properties = [
      `file=${escapeProperty(p.file)}`,
      `line=${p.startLine}`,
      `col=${p.startColumn}`,
      ...(p.endLine ? [`endLine=${p.endLine}`] : []),
      ...(p.endColumn ? [`endColumn=${p.endColumn}`] : []),
      `title=${escapeProperty(p.title)}`,
    ]
    return `::${severity} ${properties.join(',')}::${escapeData(message)}`
  })
  return lines.length > 0 ? `${lines.join('\n')}\n` : ''
}

/**
 * Control characters (C0 and C1, DEL with the ESC of terminal colour codes, bidi controls, line and
 * paragraph separators): shown as `\r`, `\x1b`, `\u202e` in a log, never written raw. Tab and line
 * feed are left to each escape below.
 */
const CONTROL =
  // eslint-disable-next-line no-control-regex -- control characters are what this shows
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

function showControl(c: string): string {
  if (c === '\r') return '\\r'
  const code = c.charCodeAt(0)
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`
}

/**
 * Shows every control character but CR, LF and tab (`\x1b`, `\u202e`), for text that `@actions/core`
 * then escapes (`%`, CR, LF) into a workflow command: it inserts text as given.
 */
export function showControls(text: string): string {
  return text.replace(CONTROL, (c) => (c === '\r' ? c : showControl(c)))
}

/**
 * Escapes a workflow command's message (as `@actions/core` does: `%`, CR and LF, which the runner
 * turns back when it shows the message), with every other control character shown, not written.
 */
export function escapeData(text: string): string {
  return showControls(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escapes a workflow command's property value (as `@actions/core` does). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/**
 * Makes untrusted text safe to print as plain log lines (an action's info lines, the CLI's text
 * format): control characters are shown, not written (a bare CR ends a line for the runner too),
 * and a line the runner would read as a workflow command (`::name::…` after optional spaces, or
 * `##[name]` anywhere) is defused with a backslash. The one path for plain log text; workflow
 * commands go through {@link escapeData}.
 * @example escapeLog('ok\n::add-mask::x') // 'ok\n\\::add-mask::x'
 */
export function escapeLog(text: string): string {
  return text.split('\n').map(escapeLogLine).join('\n')
}

/** One line of {@link escapeLog}: a line feed inside it is shown as `\n`, so it stays one line. */
export function escapeLogLine(line: string): string {
  const shown = line.replace(CONTROL, showControl).replace(/\n/g, '\\n').replace(/##\[/g, '##\\[')
  return /^\s*::/.test(shown) ? `\\${shown}` : shown
}

import type { ValidationResult } from './validation-result.js'

/**
 * GitHub Actions workflow commands: one `::error` or `::warning` annotation per problem, placed on
 * the file, line and column. Values are escaped as the runner expects, so a message cannot end the
 * command early or inject another one.
 * @example
 * // ::error file=models/fraud/model.yaml,line=12,col=11,title=modelgate schema/pattern::artifact.digest: …
 */
export function formatGithub(result: ValidationResult): string {
  const lines: string[] = []
  for (const { problems } of result.files) {
    for (const problem of problems) {
      const properties = [
        `file=${escapeProperty(problem.file)}`,
        `line=${problem.line}`,
        `col=${problem.column}`,
        ...(problem.endLine ? [`endLine=${problem.endLine}`] : []),
        ...(problem.endLine === problem.line && problem.endColumn ? [`endColumn=${problem.endColumn}`] : []),
        `title=${escapeProperty(`modelgate ${problem.rule}`)}`,
      ]
      const text = problem.hint ? `${problem.message}\nhint: ${problem.hint}` : problem.message
      lines.push(`::${problem.severity} ${properties.join(',')}::${escapeData(text)}`)
    }
  }
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
 * Escapes a workflow command's message (as `@actions/core` does: `%`, CR and LF, which the runner
 * turns back when it shows the message), with every other control character shown, not written.
 */
export function escapeData(text: string): string {
  return text
    .replace(CONTROL, (c) => (c === '\r' ? c : showControl(c)))
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A')
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

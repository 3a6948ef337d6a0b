/**
 * Text safely placed in a PromQL expression. Every string from a manifest or a config (a feature
 * name, a metric name, a namespace) goes through {@link promqlString}, so no value can end the
 * literal it sits in and change the query around it.
 */

/** The only characters a Prometheus metric or label name may hold (the config schema's pattern). */
const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/
/** `label op "value"` matchers without quotes or backslashes inside values (the config schema's pattern). */
const LABEL_MATCHERS =
  /^[a-zA-Z_][a-zA-Z0-9_]*(=|!=|=~|!~)"[^"\\\n]*"(,[a-zA-Z_][a-zA-Z0-9_]*(=|!=|=~|!~)"[^"\\\n]*")*$/

/**
 * A PromQL string literal holding exactly `text`: double-quoted, with `\`, `"` and every control
 * character escaped as Go's `strconv.Unquote` (which Prometheus' lexer uses) reads them back.
 * @example promqlString('a"b') // '"a\\"b"'
 */
export function promqlString(text: string): string {
  let quoted = '"'
  for (const char of text) {
    const code = char.codePointAt(0)!
    if (char === '\\' || char === '"') quoted += `\\${char}`
    else if (char === '\n') quoted += '\\n'
    else if (char === '\r') quoted += '\\r'
    else if (char === '\t') quoted += '\\t'
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029)
      quoted += `\\u${code.toString(16).padStart(4, '0')}`
    else quoted += char
  }
  return `${quoted}"`
}

/**
 * `text` as a RE2 pattern that matches only `text` itself (Prometheus anchors label regexes):
 * every character RE2 gives a meaning is escaped.
 */
export function regexLiteral(text: string): string {
  return text.replace(/[\\.+*?()|[\]{}^$]/g, (char) => `\\${char}`)
}

/** Whether `name` is a valid metric name (`[a-zA-Z_:][a-zA-Z0-9_:]*`). */
export function isMetricName(name: string): boolean {
  return METRIC_NAME.test(name)
}

/** Whether `name` is a valid label name (`[a-zA-Z_][a-zA-Z0-9_]*`). */
export function isLabelName(name: string): boolean {
  return LABEL_NAME.test(name)
}

/** Whether `text` is a comma-separated list of label matchers whose values hold no quote or backslash. */
export function isLabelMatcherList(text: string): boolean {
  return LABEL_MATCHERS.test(text)
}

/**
 * A number as PromQL reads it, without binary-fraction noise (`1 - 0.999` → `0.001`, not
 * `0.0010000000000000009`).
 */
export function promqlNumber(value: number): string {
  return String(Number(value.toPrecision(12)))
}

/**
 * Whether every `(`, `[` and `{` outside string literals is closed by its own kind, in order: the
 * last check on an assembled expression that no inserted value changed its structure.
 */
export function bracketsBalanced(expression: string): boolean {
  const closing: Record<string, string> = { '(': ')', '[': ']', '{': '}' }
  const open: string[] = []
  let quote: string | undefined
  for (let index = 0; index < expression.length; index++) {
    const char = expression[index]!
    if (quote !== undefined) {
      if (char === '\\' && quote !== '`') index++
      else if (char === quote) quote = undefined
      continue
    }
    if (char === '"' || char === "'" || char === '`') quote = char
    else if (closing[char] !== undefined) open.push(closing[char])
    else if (char === ')' || char === ']' || char === '}') {
      if (open.pop() !== char) return false
    }
  }
  return open.length === 0 && quote === undefined
}

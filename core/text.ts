/** A value as plain text: strings as they are, anything else as JSON. */
export function toText(value: unknown): string {
  return typeof value === 'string'
    ? value
    : typeof value === 'number'
      ? String(value)
      : (JSON.stringify(value) ?? String(value))
}

/** A short, quoted rendering of a value for messages: `"latest"`, `2.2`, `NaN`, truncated past 80 characters. */
export function preview(value: unknown): string {
  const text =
    typeof value === 'string' ? JSON.stringify(value) : value === undefined ? 'nothing' : toText(value)
  return text.length > 80 ? `${text.slice(0, 77)}…` : text
}

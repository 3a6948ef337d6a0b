/** A line of a comment that GitHub shows as ordinary text. */
export interface VisibleLine {
  /** Counted from 1, as the comment was written. */
  number: number
  /** The line, less any HTML comment in it. */
  text: string
  /** False when part of the line was an HTML comment: such a line never holds a command. */
  whole: boolean
}

/**
 * The lines of a comment that are ordinary text, in order: fenced code (``` and ~~~, to the
 * closing fence or the end), indented code (4 columns, a tab counting to the next multiple of 4),
 * block quotes (`>`) and HTML comments (`<!-- … -->`, anywhere, across lines, to the end when
 * unclosed) are left out, as are the lines they cover. Lines end at CRLF, LF or CR. Linear in the
 * length of the comment.
 *
 * A line after a block quote without a blank line between is ordinary text here, although
 * Markdown shows it inside the quote; quoting someone else's command puts `>` on its line.
 */
export function visibleLines(body: string): VisibleLine[] {
  const visible: VisibleLine[] = []
  let fence: { marker: string; length: number } | undefined
  let inComment = false
  body.split(/\r\n|\r|\n/).forEach((line, index) => {
    const number = index + 1
    if (inComment) {
      const end = line.indexOf('-->')
      if (end < 0) return
      const rest = withoutComments(line.slice(end + 3))
      inComment = rest.open
      visible.push({ number, text: rest.text, whole: false })
      return
    }
    if (fence) {
      if (closesFence(line, fence)) fence = undefined
      return
    }
    const opening = openingFence(line)
    if (opening) {
      fence = opening
      return
    }
    if (line.trim() === '') {
      visible.push({ number, text: '', whole: true })
      return
    }
    if (indentation(line) >= 4 || /^ {0,3}>/.test(line)) return
    const { text, open } = withoutComments(line)
    inComment = open
    visible.push({ number, text, whole: text === line })
  })
  return visible
}

function openingFence(line: string): { marker: string; length: number } | undefined {
  const found = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line)
  if (!found) return undefined
  const [, run, info] = found as unknown as [string, string, string]
  // A backtick fence's info string holds no backtick (CommonMark): otherwise it is inline code.
  if (run.startsWith('`') && info.includes('`')) return undefined
  return { marker: run[0]!, length: run.length }
}

function closesFence(line: string, fence: { marker: string; length: number }): boolean {
  const found = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)
  return found !== null && found[1]![0] === fence.marker && found[1]!.length >= fence.length
}

function indentation(line: string): number {
  let columns = 0
  for (const character of line) {
    if (character === ' ') columns++
    else if (character === '\t') columns += 4 - (columns % 4)
    else break
    if (columns >= 4) break
  }
  return columns
}

/** The line without its HTML comments; `open` when the last one does not close on this line. */
function withoutComments(line: string): { text: string; open: boolean } {
  let text = ''
  let from = 0
  for (;;) {
    const start = line.indexOf('<!--', from)
    if (start < 0) return { text: text + line.slice(from), open: false }
    text += line.slice(from, start)
    const end = line.indexOf('-->', start + 4)
    if (end < 0) return { text, open: true }
    from = end + 3
  }
}

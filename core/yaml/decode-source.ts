import type { Finding } from '../problem.js'

/** Largest manifest or config file modelgate reads: 1 MiB. A manifest is a few kilobytes. */
export const MAX_SOURCE_BYTES = 1024 * 1024

export type DecodedSource =
  { ok: true; text: string } | { ok: false; finding: Finding; line: number; column: number }

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/**
 * Turns a file's bytes into text, refusing what no YAML manifest should be:
 * larger than {@link MAX_SOURCE_BYTES}, UTF-16/32 (by BOM), or not valid UTF-8.
 * A UTF-8 byte-order mark is dropped.
 */
export function decodeSource(bytes: Uint8Array, maxBytes = MAX_SOURCE_BYTES): DecodedSource {
  if (bytes.length > maxBytes) {
    return fail(
      1,
      1,
      'file-too-large',
      `file is larger than the ${maxBytes}-byte limit`,
      'a manifest is a few kilobytes; keep large data (metrics, reports) in separate files and reference them',
    )
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail(1, 1, 'not-utf8', 'file is encoded as UTF-16', 'save the file as UTF-8')
  }
  try {
    return { ok: true, text: utf8.decode(bytes) }
  } catch {
    const offset = firstInvalidUtf8Offset(bytes)
    const { line, column } = lineAndColumnOfByte(bytes, offset)
    return fail(
      line,
      column,
      'not-utf8',
      `file is not valid UTF-8 (invalid byte 0x${bytes[offset]?.toString(16).padStart(2, '0')} at byte ${offset})`,
      'save the file as UTF-8',
    )
  }
}

function fail(line: number, column: number, rule: string, message: string, hint: string): DecodedSource {
  return {
    ok: false,
    line,
    column,
    finding: { path: [], target: 'value', rule, severity: 'error', message, hint },
  }
}

/** Offset of the first byte that breaks UTF-8 (the decoder only says that one does). */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0
    if (length === 0 || i + length > bytes.length) return i
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i
    try {
      utf8.decode(bytes.subarray(i, i + length)) // rejects overlongs and surrogates
    } catch {
      return i
    }
    i += length
  }
  return Math.max(0, bytes.length - 1)
}

function lineAndColumnOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

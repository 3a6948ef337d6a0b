import { describe, expect, it } from 'vitest'
import { decodeSource } from '../../../core/yaml/decode-source.js'

describe('decodeSource', () => {
  it('returns UTF-8 text without its byte-order mark', () => {
    expect(decodeSource(Buffer.from('\uFEFFname: café\n'))).toEqual({ ok: true, text: 'name: café\n' })
  })

  it('refuses a file over the size limit before decoding it', () => {
    const result = decodeSource(new Uint8Array(11), 10)
    expect(result).toMatchObject({
      ok: false,
      line: 1,
      column: 1,
      finding: { rule: 'file-too-large', message: 'file is larger than the 10-byte limit' },
    })
  })

  it('refuses UTF-16 by its byte-order mark', () => {
    expect(decodeSource(Buffer.from('\uFEFFa: 1', 'utf16le'))).toMatchObject({
      ok: false,
      finding: { rule: 'not-utf8', message: 'file is encoded as UTF-16' },
    })
  })

  it('places the first invalid UTF-8 byte at its line and column', () => {
    const bytes = Buffer.concat([Buffer.from('a: 1\nb: caf'), Buffer.from([0xe9]), Buffer.from('\n')])
    expect(decodeSource(bytes)).toMatchObject({
      ok: false,
      line: 2,
      column: 7,
      finding: {
        rule: 'not-utf8',
        message: 'file is not valid UTF-8 (invalid byte 0xe9 at byte 11)',
        hint: 'save the file as UTF-8',
      },
    })
  })

  it('rejects overlong encodings and lone surrogates', () => {
    expect(decodeSource(Buffer.from([0x61, 0xc0, 0xaf]))).toMatchObject({ ok: false, line: 1, column: 2 })
    expect(decodeSource(Buffer.from([0x61, 0xed, 0xa0, 0x80]))).toMatchObject({
      ok: false,
      line: 1,
      column: 2,
    })
  })
})

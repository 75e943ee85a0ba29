import { describe, expect, test } from 'vitest'
import { decodeText } from './decode-text.ts'
import { ImportFileError } from './errors.ts'
import { thrown } from '../test/thrown.ts'

const bytes = (...parts: (number[] | string)[]) => {
  const out: number[] = []
  for (const p of parts) out.push(...(typeof p === 'string' ? new TextEncoder().encode(p) : p))
  return new Uint8Array(out)
}

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = [bigEndian ? 0xfe : 0xff, bigEndian ? 0xff : 0xfe]
  for (const ch of text) {
    const c = ch.charCodeAt(0)
    out.push(...(bigEndian ? [c >> 8, c & 0xff] : [c & 0xff, c >> 8]))
  }
  return new Uint8Array(out)
}

describe('decodeText', () => {
  test.each([
    ['UTF-8 without a mark', bytes('country\nCanadá'), 'country\nCanadá', 'utf-8', false],
    ['UTF-8 with its mark', bytes([0xef, 0xbb, 0xbf], '"Country Name"'), '"Country Name"', 'utf-8', true],
    ['UTF-16 little-endian', utf16('Mexique,États-Unis', false), 'Mexique,États-Unis', 'utf-16le', true],
    ['UTF-16 big-endian', utf16('Mexique,États-Unis', true), 'Mexique,États-Unis', 'utf-16be', true],
    ['Windows-1252 (invalid UTF-8)', new Uint8Array([0x43, 0x61, 0x6e, 0x61, 0x64, 0xe1, 0x2c, 0xc9, 0x74, 0x61, 0x74, 0x73, 0x80]), 'Canadá,États€', 'windows-1252', false],
    ['empty', new Uint8Array(), '', 'utf-8', false],
  ])('decodes %s', (_what, input, text, encoding, bom) => {
    expect(decodeText(input)).toEqual({ text, encoding, bom })
  })

  test.each([
    ['a UTF-8 mark before invalid UTF-8', bytes([0xef, 0xbb, 0xbf, 0x43, 0xe1, 0x2c]), 'encoding', 'it starts with a UTF-8 byte-order mark but is not valid UTF-8'],
    ['a UTF-16 mark before an odd number of bytes', new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]), 'encoding', 'it starts with a UTF-16 byte-order mark but has an odd number of bytes (a truncated UTF-16 file)'],
    ['NUL bytes', bytes('a,b\nc', [0x00], 'd'), 'binary', 'line 2: not a text file (control character U+0000)'],
    ['UTF-16 without its mark', new Uint8Array([0x61, 0, 0x2c, 0, 0x62, 0, 0x0a, 0, 0x31, 0, 0x2c, 0, 0x32, 0]), 'binary', 'line 1: not a text file (control character U+0000): it looks like UTF-16 saved without a byte-order mark; save it as UTF-8 CSV'],
    ['a C1 control from an undefined Windows-1252 byte', new Uint8Array([0x41, 0x81, 0xff]), 'binary', 'line 1: not a text file (control character U+0081)'],
  ])('refuses %s', (_what, input, code, message) => {
    const error = thrown(() => decodeText(input))
    expect(error).toBeInstanceOf(ImportFileError)
    expect(error).toMatchObject({ code, message })
  })
})

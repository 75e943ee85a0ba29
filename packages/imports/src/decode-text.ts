/**
 * Bytes → text, deciding the encoding the way spreadsheet programs write CSV files:
 * - a UTF-8 byte-order mark (EF BB BF): UTF-8, which must then be valid;
 * - a UTF-16 byte-order mark (FF FE little-endian, FE FF big-endian): UTF-16 ("Unicode text" of Excel);
 * - no mark: UTF-8 when the bytes are valid UTF-8, otherwise Windows-1252 (the superset of Latin-1
 *   that Excel writes on Western-European Windows), so "Canad\xE1" reads "Canadá".
 * Text that still holds control characters (NUL and the like) is not a text file and is refused,
 * with a hint when it looks like UTF-16 saved without its mark.
 */
import { ImportFileError } from './errors.ts'

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

export interface DecodedText {
  text: string
  encoding: TextEncoding
  /** True when the file started with a byte-order mark (removed from `text`). */
  bom: boolean
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = decodeStrict('utf-8', bytes.subarray(3), 'it starts with a UTF-8 byte-order mark but is not valid UTF-8')
    return checked({ text, encoding: 'utf-8', bom: true }, bytes)
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return checked({ text: decodeUtf16(bytes.subarray(2), false), encoding: 'utf-16le', bom: true }, bytes)
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return checked({ text: decodeUtf16(bytes.subarray(2), true), encoding: 'utf-16be', bom: true }, bytes)
  }
  const utf8 = tryDecode('utf-8', bytes)
  if (utf8 !== null) return checked({ text: utf8, encoding: 'utf-8', bom: false }, bytes)
  return checked({ text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', bom: false }, bytes)
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b)
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

function decodeStrict(label: string, bytes: Uint8Array, problem: string): string {
  const text = tryDecode(label, bytes)
  if (text === null) throw new ImportFileError('encoding', problem)
  return text
}

function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): string {
  if (bytes.length % 2 !== 0) {
    throw new ImportFileError('encoding', 'it starts with a UTF-16 byte-order mark but has an odd number of bytes (a truncated UTF-16 file)')
  }
  let littleEndian = bytes
  if (bigEndian) {
    littleEndian = new Uint8Array(bytes.length)
    for (let i = 0; i < bytes.length; i += 2) {
      littleEndian[i] = bytes[i + 1] ?? 0
      littleEndian[i + 1] = bytes[i] ?? 0
    }
  }
  return decodeStrict('utf-16le', littleEndian, `it starts with a UTF-16 (${bigEndian ? 'big' : 'little'}-endian) byte-order mark but is not valid UTF-16`)
}

/** C0 controls other than tab, line feed and carriage return; DEL; C1 controls. */
function isControl(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f)
}

function firstControl(text: string): number {
  for (let i = 0; i < text.length; i++) {
    if (isControl(text.charCodeAt(i))) return i
  }
  return -1
}

function checked(decoded: DecodedText, bytes: Uint8Array): DecodedText {
  const at = firstControl(decoded.text)
  if (at < 0) return decoded
  let line = 1
  for (let i = 0; i < at; i++) if (decoded.text.charCodeAt(i) === 0x0a) line++
  const code = decoded.text.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0')
  const hint = looksLikeUtf16WithoutMark(bytes) ? ': it looks like UTF-16 saved without a byte-order mark; save it as UTF-8 CSV' : ''
  throw new ImportFileError('binary', `not a text file (control character U+${code})${hint}`, { line })
}

/** Many NUL bytes, nearly all on even or nearly all on odd positions: ASCII text in UTF-16. */
function looksLikeUtf16WithoutMark(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096)
  let even = 0
  let odd = 0
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++
      else odd++
    }
  }
  const half = n / 2
  return half > 0 && (even > 0.8 * half || odd > 0.8 * half) && Math.min(even, odd) < 0.1 * half
}

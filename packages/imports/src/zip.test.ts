import { strFromU8, strToU8, Zip, ZipDeflate, zipSync } from 'fflate'
import { describe, expect, test } from 'vitest'
import { thrown } from '../test/thrown.ts'
import { ImportFileError } from './errors.ts'
import { DEFAULT_LIMITS, type ImportLimits } from './limits.ts'
import { isZip, listZipEntries, readZipEntries } from './zip.ts'

const CSV = '"Country Name","Country Code"\r\n"Mexico","MEX"\r\n'
const MTIME = new Date('2026-02-24T00:00:00Z')
const limits = (more: Partial<ImportLimits> = {}): ImportLimits => ({ ...DEFAULT_LIMITS, ...more })

function archive(files: Record<string, Uint8Array>, level: 0 | 6 = 6): Uint8Array {
  return zipSync(files, { level, mtime: MTIME })
}

/** The archive with its first entry's declared inflated size (local header and directory) set to `size`. */
function declaring(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice()
  const view = new DataView(out.buffer)
  view.setUint32(22, size, true)
  view.setUint32(view.getUint32(out.length - 22 + 16, true) + 24, size, true)
  return out
}

function refusal(run: () => unknown): { code: string; message: string } {
  const error = thrown(run)
  expect(error).toBeInstanceOf(ImportFileError)
  const { code, message } = error as ImportFileError
  return { code, message }
}

describe('isZip', () => {
  test.each([
    [[0x50, 0x4b, 0x03, 0x04, 0], true],
    [[0x50, 0x4b, 0x05, 0x06], true],
    [[0x50, 0x4b, 0x07, 0x08], false],
    [[0x22, 0x44], false],
    [[], false],
  ])('%j → %s', (bytes, expected) => {
    expect(isZip(new Uint8Array(bytes))).toBe(expected)
  })
})

describe('listZipEntries', () => {
  test('lists names and sizes without inflating', () => {
    const zip = archive({ 'a.csv': strToU8(CSV), 'b/c.txt': strToU8('hello') }, 0)
    expect(listZipEntries(zip, limits())).toEqual([
      { name: 'a.csv', compressedSize: CSV.length, declaredSize: CSV.length, compression: 0 },
      { name: 'b/c.txt', compressedSize: 5, declaredSize: 5, compression: 0 },
    ])
  })

  test.each([
    ['bytes that are no archive', () => strToU8('PK\u0003\u0004 not really'), limits(), 'zip', 'not a readable ZIP archive (invalid zip data)'],
    ['a truncated archive', () => archive({ 'a.csv': strToU8(CSV) }).slice(0, 40), limits(), 'zip', 'not a readable ZIP archive (invalid zip data)'],
    ['too many entries', () => archive(Object.fromEntries(['a', 'b', 'c', 'd'].map((n) => [n, strToU8(n)]))), limits({ maxZipEntries: 3 }), 'zip-bomb', 'the ZIP archive holds more than 3 entries (the limit)'],
    ['an entry declaring more than the limit', () => archive({ 'big.csv': new Uint8Array(4096).fill(65) }), limits({ maxInflatedBytes: 4095 }), 'zip-bomb', 'entry "big.csv" declares 4 KiB once inflated, more than the limit of 4,095 bytes'],
    ['entries declaring more than the limit together', () => archive({ 'a.csv': new Uint8Array(3000).fill(65), 'b.csv': new Uint8Array(3000).fill(66) }, 0), limits({ maxInflatedBytes: 5000 }), 'zip-bomb', 'the ZIP archive declares 6,000 bytes once inflated, more than the limit of 5,000 bytes'],
    ['a bomb ratio', () => archive({ 'API_X_DS2_en_csv_v2_1.csv': new Uint8Array(1024 * 1024) }), limits(), 'zip-bomb', 'entry "API_X_DS2_en_csv_v2_1.csv" declares a compression ratio of 1016:1 (1,032 bytes → 1 MiB), more than 200:1: refused as a ZIP bomb'],
  ])('refuses %s', (_what, make, lim, code, message) => {
    expect(refusal(() => listZipEntries(make(), lim))).toEqual({ code, message })
  })

  test('refuses a compression method other than stored and deflate', () => {
    const zip = archive({ 'a.csv': strToU8(CSV) }, 0)
    const view = new DataView(zip.buffer)
    view.setUint16(8, 14, true)
    view.setUint16(view.getUint32(zip.length - 22 + 16, true) + 10, 14, true)
    expect(refusal(() => listZipEntries(zip, limits()))).toEqual({ code: 'zip', message: 'entry "a.csv" uses compression method 14 (only stored and deflate are read)' })
  })
})

describe('readZipEntries', () => {
  test.each([
    ['deflated', 6],
    ['stored', 0],
  ] as const)('inflates the entries asked for (%s)', (_what, level) => {
    const zip = archive({ 'Metadata_Country.csv': strToU8('"Country Code",\r\n'), 'API_X.csv': strToU8(CSV) }, level)
    const entries = listZipEntries(zip, limits())
    const read = readZipEntries(zip, entries, ['API_X.csv'], limits())
    expect([...read.keys()]).toEqual(['API_X.csv'])
    expect(strFromU8(read.get('API_X.csv') ?? new Uint8Array())).toBe(CSV)
  })

  test('reads an archive written in streaming mode (sizes in data descriptors)', () => {
    const parts: Uint8Array[] = []
    const zip = new Zip((error, chunk) => {
      if (error) throw error
      parts.push(chunk)
    })
    const file = new ZipDeflate('API_X.csv', { level: 6 })
    zip.add(file)
    file.push(strToU8(CSV), true)
    zip.end()
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
    let at = 0
    for (const p of parts) {
      bytes.set(p, at)
      at += p.length
    }
    const entries = listZipEntries(bytes, limits())
    expect(strFromU8(readZipEntries(bytes, entries, ['API_X.csv'], limits()).get('API_X.csv') ?? new Uint8Array())).toBe(CSV)
  })

  test('stops a bomb whose directory lies about its size, as soon as it inflates beyond it', () => {
    const zip = declaring(archive({ 'API_X.csv': new Uint8Array(2 * 1024 * 1024) }), 64 * 1024)
    const entries = listZipEntries(zip, limits())
    expect(entries[0]?.declaredSize).toBe(64 * 1024)
    expect(refusal(() => readZipEntries(zip, entries, ['API_X.csv'], limits()))).toEqual({
      code: 'zip-bomb',
      message: 'entry "API_X.csv" inflates beyond the 64 KiB it declares: refused as a ZIP bomb or a damaged archive',
    })
  })

  test('stops when the entries together inflate beyond the limit', () => {
    const zip = archive({ 'a.csv': new Uint8Array(3000).fill(65), 'b.csv': new Uint8Array(3000).fill(66) })
    const entries = listZipEntries(zip, limits())
    expect(refusal(() => readZipEntries(zip, entries, ['a.csv', 'b.csv'], limits({ maxInflatedBytes: 5000 })))).toEqual({
      code: 'zip-bomb',
      message: 'the ZIP archive inflates beyond the limit of 5,000 bytes',
    })
  })

  test('refuses an entry that inflates to less than it declares', () => {
    const zip = declaring(archive({ 'API_X.csv': strToU8(CSV) }), CSV.length + 10)
    const entries = listZipEntries(zip, limits())
    expect(refusal(() => readZipEntries(zip, entries, ['API_X.csv'], limits()))).toEqual({
      code: 'zip',
      message: `entry "API_X.csv" inflates to ${CSV.length} bytes but declares ${CSV.length + 10} bytes (a damaged archive)`,
    })
  })

  test('refuses damaged compressed data', () => {
    const zip = archive({ 'API_X.csv': strToU8(CSV.repeat(50)) })
    const entries = listZipEntries(zip, limits())
    const damaged = zip.slice()
    for (let i = 40; i < 60; i++) damaged[i] = 0xff
    expect(refusal(() => readZipEntries(damaged, entries, ['API_X.csv'], limits())).code).toBe('zip')
  })
})

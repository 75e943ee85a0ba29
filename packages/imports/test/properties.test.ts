/**
 * Property-based: whatever the bytes (random, truncated, corrupted, in another encoding, with random
 * cells in each layout), reading and matching ends in a report or an ImportFileError, never another
 * exception; and text that survives an encoding reads back the same cells.
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import writeXlsxFile from 'write-excel-file/universal'
import { ImportFileError, matchObservations, parseImportFile, type ParseOptions, type RawObservation } from '../src/index.ts'
import { MATCH_2026 } from './catalog.ts'
import { FIXTURE_NAMES } from './fixtures/build-fixtures.ts'

const here = dirname(fileURLToPath(import.meta.url))
const FIXTURES = FIXTURE_NAMES.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(here, 'fixtures', name))) }))
const TIMEOUT = 120_000

/** 'report' or 'refused'; any other exception fails the property. */
async function outcome(bytes: Uint8Array, options: ParseOptions = {}): Promise<'report' | 'refused'> {
  try {
    const file = await parseImportFile(bytes, options)
    const { verdicts, summary } = matchObservations(file, MATCH_2026)
    expect(verdicts).toHaveLength(file.observations.length)
    expect(summary.matched + summary.rejected + summary.skipped).toBe(file.observations.length)
    return 'report'
  } catch (error) {
    if (error instanceof ImportFileError) {
      expect(error.message.length).toBeGreaterThan(0)
      return 'refused'
    }
    throw error
  }
}

const utf8 = (text: string) => new TextEncoder().encode(text)

describe('any bytes', () => {
  test(
    'random bytes end in a report or an ImportFileError',
    async () => {
      await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => void (await outcome(bytes))), { numRuns: 300 })
    },
    TIMEOUT,
  )

  test(
    'random bytes after a ZIP signature end in a report or an ImportFileError',
    async () => {
      const zip = fc.uint8Array({ maxLength: 1024 }).map((rest) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...rest]))
      await fc.assert(fc.asyncProperty(zip, async (bytes) => void (await outcome(bytes))), { numRuns: 300 })
    },
    TIMEOUT,
  )

  test(
    'every fixture, truncated anywhere, ends in a report or an ImportFileError',
    async () => {
      const cut = fc.constantFrom(...FIXTURES).chain(({ bytes }) => fc.integer({ min: 0, max: bytes.length }).map((n) => bytes.slice(0, n)))
      await fc.assert(fc.asyncProperty(cut, async (bytes) => void (await outcome(bytes))), { numRuns: 300 })
    },
    TIMEOUT,
  )

  test(
    'every fixture with a corrupted byte ends in a report or an ImportFileError',
    async () => {
      const corrupted = fc
        .constantFrom(...FIXTURES.filter((f) => f.bytes.length < 20_000))
        .chain(({ bytes }) => fc.tuple(fc.integer({ min: 0, max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 })).map(([at, b]) => {
          const copy = bytes.slice()
          copy[at] = b
          return copy
        }))
      await fc.assert(fc.asyncProperty(corrupted, async (bytes) => void (await outcome(bytes))), { numRuns: 300 })
    },
    TIMEOUT,
  )

  test(
    'any forced format on any fixture ends in a report or an ImportFileError',
    async () => {
      const pair = fc.tuple(fc.constantFrom(...FIXTURES), fc.constantFrom('tidy', 'wdi', 'wdi-zip', 'oecd', 'sdmx', 'xlsx'))
      await fc.assert(fc.asyncProperty(pair, async ([fixture, format]) => void (await outcome(fixture.bytes, { format }))), { numRuns: 100 })
    },
    TIMEOUT,
  )
})

// Printable ASCII and the accented letters À–ÿ: in Windows-1252 every such accent is a byte that
// cannot start valid UTF-8 when followed by ASCII, so the decoder's choice is never ambiguous.
const LATIN = [...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)), ...Array.from({ length: 0x100 - 0xc0 }, (_, i) => String.fromCharCode(0xc0 + i))]
const cellText = fc.string({ unit: fc.constantFrom(...LATIN, '\n'), maxLength: 12 })
const quote = (cell: string) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)

function encode(text: string, encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'): Uint8Array {
  if (encoding === 'utf-8') return utf8(text)
  if (encoding === 'windows-1252') return Uint8Array.from(text, (ch) => ch.charCodeAt(0))
  const out = new Uint8Array(2 + text.length * 2)
  out.set(encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff])
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    out[2 + 2 * i] = encoding === 'utf-16le' ? c & 0xff : c >> 8
    out[3 + 2 * i] = encoding === 'utf-16le' ? c >> 8 : c & 0xff
  }
  return out
}

describe('encodings', () => {
  test(
    'a tidy file reads back the same cells in UTF-8, UTF-16 (both byte orders) and Windows-1252',
    async () => {
      const rows = fc.array(fc.tuple(cellText, cellText, cellText, cellText), { maxLength: 8 })
      const encoding = fc.constantFrom('utf-8', 'utf-16le', 'utf-16be', 'windows-1252') as fc.Arbitrary<'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'>
      const lineEnd = fc.constantFrom('\n', '\r\n')
      await fc.assert(
        fc.asyncProperty(rows, encoding, lineEnd, async (table, enc, eol) => {
          const text = ['indicator,country,period,value', ...table.map((r) => r.map(quote).join(','))].join(eol) + eol
          const file = await parseImportFile(encode(text, enc), { format: 'tidy' })
          const expected = table
            .filter((r) => r.some((c) => c.trim() !== '') && r[3].trim() !== '')
            .map(([indicator, country, period, value]) => [indicator.trim(), country.trim(), period.trim(), value.trim()])
          expect(file.observations.map((o: RawObservation) => [o.indicatorRaw, o.countryRaw, o.periodRaw, o.valueRaw])).toEqual(expected)
        }),
        { numRuns: 200 },
      )
    },
    TIMEOUT,
  )
})

// Cells a statistical office's file may hold, right or wrong.
const valueCell = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.integer().map(String),
  fc.constantFrom('', '..', 'n/a', 'NaN', '1,234', '2.00217899331626E-06', '-0.715503012520614', '21917.24858366', '1e400'),
  fc.string({ maxLength: 8 }),
)
/** Any code points, controls and unpaired surrogates included (refused as binary, or read). */
const anyText = fc.string({ unit: 'binary', maxLength: 6 })
const countryCell = fc.oneof(fc.constantFrom('CAN', 'MEX', 'USA', 'WLD', 'NAM', 'DEU', 'Mexique', 'Estados Unidos', ''), fc.string({ maxLength: 6 }))
const indicatorCell = fc.oneof(fc.constantFrom('NY.GDP.PCAP.PP.KD', 'BX_KLT_DINV_WD_GD_ZS', 'gdp-current-usd', 'na-share-world-gdp', 'BM.KLT.DINV.WD.GD.ZS', ''), fc.string({ maxLength: 6 }))
const periodCell = fc.oneof(fc.constantFrom('2023', '1850', '2031', '2024-Q1', '2024M03', '2024-13', ''), fc.string({ maxLength: 7 }))
const q = (s: string) => `"${s.replace(/"/g, '""')}"`

describe('random cells in each layout', () => {
  test(
    'WDI: one observation a non-empty year cell, and a verdict each',
    async () => {
      const row = fc.tuple(countryCell, indicatorCell, fc.array(valueCell, { minLength: 3, maxLength: 3 }))
      await fc.assert(
        fc.asyncProperty(fc.array(row, { maxLength: 6 }), async (rows) => {
          const lines = ['"Data Source","World Development Indicators",', '', '"Country Name","Country Code","Indicator Name","Indicator Code","2022","2023","2024",']
          for (const [country, indicator, values] of rows) lines.push([q('Name, with comma'), q(country), q('Some indicator'), q(indicator), ...values.map(q)].join(',') + ',')
          const bytes = utf8('\uFEFF' + lines.join('\r\n') + '\r\n')
          expect(await outcome(bytes)).toBe('report')
          const file = await parseImportFile(bytes)
          const nonBlank = rows.filter(([country, indicator, values]) => [country, indicator, ...values].some((c) => c.trim() !== ''))
          expect(file.observations).toHaveLength(nonBlank.flatMap(([, , values]) => values.filter((v) => v.trim() !== '')).length)
        }),
        { numRuns: 200 },
      )
    },
    TIMEOUT,
  )

  test(
    'OECD, SDMX-CSV 1.0 and 2.0 and tidy: a report or an ImportFileError',
    async () => {
      const row = fc.tuple(fc.oneof(indicatorCell, anyText), fc.oneof(countryCell, anyText), fc.oneof(periodCell, anyText), fc.oneof(valueCell, anyText), fc.constantFrom('', 'E', 'P', 'B', 'A', 'F', 'x'))
      const layout = fc.constantFrom('oecd', 'sdmx1', 'sdmx2', 'tidy')
      await fc.assert(
        fc.asyncProperty(layout, fc.array(row, { maxLength: 8 }), async (which, rows) => {
          const text =
            which === 'oecd'
              ? ['"INDICATOR","Indicator","LOCATION","Country","TIME","Time","Value","Flag Codes","Flags"', ...rows.map(([i, c, p, v, f]) => [q(i), q('label'), q(c), q('name'), q(p), q(p), v, q(f), q('')].join(','))].join('\r\n')
              : which === 'sdmx1'
                ? ['DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,OBS_STATUS', ...rows.map(([i, c, p, v, f]) => ['WB:WDI(1.0)', c, i, p, v, f].map(quoteIfNeeded).join(','))].join('\n')
                : which === 'sdmx2'
                  ? ['STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,OBS_STATUS', ...rows.map(([i, c, p, v, f]) => ['dataflow', 'WB:WDI(1.0)', f === 'x' ? 'D' : 'I', c, i, p, v, f].map(quoteIfNeeded).join(','))].join('\n')
                  : ['indicator,country,period,value,flags', ...rows.map(([i, c, p, v, f]) => [i, c, p, v, f].map(quoteIfNeeded).join(','))].join('\n')
          await outcome(utf8(text + '\n'))
        }),
        { numRuns: 300 },
      )
    },
    TIMEOUT,
  )

  test(
    'XLSX: random cells in the tidy layout end in a report, numbers read back exactly',
    async () => {
      const cell = fc.oneof(fc.constant(null), fc.boolean(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string({ maxLength: 8 }))
      // write-excel-file (the test's writer, not our reader) keeps its shared strings in a plain object and
      // writes a broken cell for a name every object has ("valueOf", "constructor"…): read-excel-file then
      // rightly refuses the workbook. Such names are tested as CSV cells in match.test.ts.
      const writable = (c: unknown) => typeof c !== 'string' || !(c in Object.prototype)
      const row = fc
        .tuple(fc.oneof(indicatorCell, cell), fc.oneof(countryCell, cell), fc.oneof(periodCell, cell), fc.double({ noNaN: true, noDefaultInfinity: true }))
        .filter((r) => r.every(writable))
      await fc.assert(
        fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 6 }), async (rows) => {
          const blob = await writeXlsxFile([['indicator', 'country', 'period', 'value'], ...rows]).toBlob()
          const bytes = new Uint8Array(await blob.arrayBuffer())
          expect(await outcome(bytes)).toBe('report')
          const file = await parseImportFile(bytes)
          expect(file.observations.map((o) => Number(o.valueRaw))).toEqual(rows.map((r) => (Object.is(r[3], -0) ? 0 : r[3])))
        }),
        { numRuns: 40 },
      )
    },
    TIMEOUT,
  )
})

function quoteIfNeeded(cell: string): string {
  return /[",\n\r]/.test(cell) ? q(cell) : cell
}

/**
 * The committed fixtures, end to end: detected, parsed and matched against the real catalog, with
 * the values checked against the seed they were built from (db/seed/data/observations.csv).
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, test } from 'vitest'
import { detectFormat, ImportFileError, matchObservations, parseImportFile, type MatchedVerdict, type MatchOptions, type ParseOptions, type Verdict } from '../src/index.ts'
import { MATCH_2026 } from './catalog.ts'
import { buildFixtures, FIXTURE_NAMES, readSeed, type FixtureName } from './fixtures/build-fixtures.ts'
import { rejection } from './thrown.ts'

const here = dirname(fileURLToPath(import.meta.url))
const SEED_CSV = readFileSync(join(here, '../../../db/seed/data/observations.csv'), 'utf8')
const SEED = readSeed(SEED_CSV)
const CODES: Record<string, string> = {
  'gdp-per-capita-ppp': 'NY.GDP.PCAP.PP.KD',
  'fdi-inflows': 'BX.KLT.DINV.WD.GD.ZS',
  'rd-expenditure': 'GB.XPD.RSDV.GD.ZS',
  'real-gdp-growth': 'NY.GDP.MKTP.KD.ZG',
  'gdp-current-usd': 'NY.GDP.MKTP.CD',
  'merchandise-exports': 'TX.VAL.MRCH.CD.WT',
}

const bytesOf = (name: FixtureName) => new Uint8Array(readFileSync(join(here, 'fixtures', name)))

async function read(name: FixtureName, parse: ParseOptions = {}, match: Partial<MatchOptions> = {}) {
  const file = await parseImportFile(bytesOf(name), { fileName: name, ...parse })
  return { file, ...matchObservations(file, { ...MATCH_2026, ...match }) }
}

const matched = (verdicts: readonly Verdict[]) => verdicts.filter((v): v is MatchedVerdict => v.verdict === 'matched')
const point = (v: MatchedVerdict) => `${v.slug} ${v.country} ${v.period}`

/** How many verdicts give each reason. */
function reasons(verdicts: readonly Verdict[]): Record<string, number> {
  const out: Record<string, number> = {}
  for (const v of verdicts) if (v.verdict !== 'matched') out[v.reason] = (out[v.reason] ?? 0) + 1
  return out
}

/** Every matched value is the seed's value of that point. */
function expectSeedValues(verdicts: readonly Verdict[]): void {
  for (const v of matched(verdicts)) {
    const code = CODES[v.slug]
    const row = SEED.find((r) => r.code === code && r.country === v.country && String(r.year) === v.period)
    expect(row, point(v)).toBeDefined()
    expect(v.value, point(v)).toBe(Number(row?.value))
  }
}

function find(verdicts: readonly Verdict[], slug: string, country: string, period: string): MatchedVerdict | undefined {
  return matched(verdicts).find((v) => v.slug === slug && v.country === country && v.period === period)
}

describe('the committed fixtures', () => {
  let built: Map<FixtureName, Uint8Array>
  beforeAll(async () => {
    built = await buildFixtures(SEED_CSV)
  }, 60_000)

  test.each(FIXTURE_NAMES)('%s is what build-fixtures.ts makes of the seed', (name) => {
    expect(Buffer.from(bytesOf(name)).equals(Buffer.from(built.get(name) ?? new Uint8Array()))).toBe(true)
  })

  test.each([
    ['API_BX.KLT.DINV.WD.GD.ZS_DS2_en_csv_v2_397.csv', 'wdi'],
    ['API_BM.KLT.DINV.WD.GD.ZS_DS2_en_csv_v2_316.csv', 'wdi'],
    ['API_NY.GDP.PCAP.PP.KD_DS2_en_csv_v2_4572.zip', 'wdi-zip'],
    ['oecd-gerd.csv', 'oecd'],
    ['sdmx-1.0-fdi-inflows.csv', 'sdmx'],
    ['sdmx-2.0-real-gdp-growth.csv', 'sdmx'],
    ['tidy.csv', 'tidy'],
    ['tidy-utf16le.csv', 'tidy'],
    ['tidy-windows-1252.csv', 'tidy'],
    ['tidy.xlsx', 'xlsx'],
    ['wide.xlsx', 'xlsx'],
  ] as const)('%s is detected as %s', (name, format) => {
    expect(detectFormat(bytesOf(name), name)).toBe(format)
  })
})

describe('World Bank WDI wide CSV (fdi-inflows, as downloaded)', () => {
  test('takes the members, skips the world and every country not tracked, Namibia included', async () => {
    const { file, verdicts, summary } = await read('API_BX.KLT.DINV.WD.GD.ZS_DS2_en_csv_v2_397.csv')
    expect(file).toMatchObject({ format: 'wdi', encoding: 'utf-8', rows: 9, meta: { dataSource: 'World Development Indicators', lastUpdated: '2026-02-24' } })
    expect(summary).toEqual({ matched: 165, rejected: 0, skipped: 314 })
    expect(reasons(verdicts)).toEqual({
      'country DEU (Germany) is not tracked': 54,
      'country DZA (Algeria) is not tracked': 55,
      'country KOR (Korea, Rep.) is not tracked': 55,
      'country NAC (North America) is not tracked': 55,
      'country NAM (Namibia) is not tracked: in ISO 3166 codes NAM is Namibia, not North America': 40,
      'World (WLD) values are kept only for the series that hold world values; fdi-inflows is not one': 55,
    })
    expectSeedValues(verdicts)
    expect(find(verdicts, 'fdi-inflows', 'MEX', '2024')?.value).toBe(2.44924957519445)
    expect(find(verdicts, 'fdi-inflows', 'CAN', '1970')).toMatchObject({ value: 2.07174385752131, raw: { line: 6, column: '1970' } })
  })

  test('skips a download of an indicator the catalog does not hold', async () => {
    const { verdicts, summary } = await read('API_BM.KLT.DINV.WD.GD.ZS_DS2_en_csv_v2_316.csv')
    expect(summary).toEqual({ matched: 0, rejected: 0, skipped: 86 })
    expect(reasons(verdicts)).toEqual({ 'indicator code BM.KLT.DINV.WD.GD.ZS (Foreign direct investment, net outflows (% of GDP)) is not in the catalog': 86 })
  })
})

describe('World Bank WDI ZIP (gdp-per-capita-ppp)', () => {
  test('reads the data CSV among the metadata files', async () => {
    const { file, verdicts, summary } = await read('API_NY.GDP.PCAP.PP.KD_DS2_en_csv_v2_4572.zip')
    expect(file).toMatchObject({ format: 'wdi-zip', rows: 4, meta: { entry: 'API_NY.GDP.PCAP.PP.KD_DS2_en_csv_v2_4572.csv', lastUpdated: '2026-02-24' } })
    expect(summary).toEqual({ matched: 105, rejected: 0, skipped: 35 })
    expect(find(verdicts, 'gdp-per-capita-ppp', 'MEX', '2023')?.value).toBe(21917.24858366)
    expectSeedValues(verdicts)
  })

  test('is read the same when the format is forced to wdi', async () => {
    const { summary } = await read('API_NY.GDP.PCAP.PP.KD_DS2_en_csv_v2_4572.zip', { format: 'wdi' })
    expect(summary).toEqual({ matched: 105, rejected: 0, skipped: 35 })
  })
})

describe('OECD.Stat export (GERD, % of GDP)', () => {
  test('skips a code the catalog does not know', async () => {
    const { verdicts } = await read('oecd-gerd.csv')
    expect(reasons(verdicts)).toEqual({ 'indicator code GERD (Gross domestic spending on R&D) is not in the catalog': 24 })
  })

  test('takes the members as the indicator chosen, with their flags', async () => {
    const { verdicts, summary } = await read('oecd-gerd.csv', {}, { indicator: 'rd-expenditure' })
    expect(summary).toEqual({ matched: 18, rejected: 0, skipped: 6 })
    expectSeedValues(verdicts)
    expect(find(verdicts, 'rd-expenditure', 'USA', '2023')?.flags).toEqual({ estimate: false, provisional: true, breakInSeries: false })
    expect(find(verdicts, 'rd-expenditure', 'MEX', '2022')?.flags).toEqual({ estimate: true, provisional: false, breakInSeries: false })
    expect(find(verdicts, 'rd-expenditure', 'CAN', '2019')?.flags).toEqual({ estimate: false, provisional: false, breakInSeries: true })
    expect(find(verdicts, 'rd-expenditure', 'CAN', '2020')?.flags).toEqual({ estimate: false, provisional: false, breakInSeries: false })
  })
})

describe('SDMX-CSV', () => {
  test('1.0: the World Bank series code, OBS_STATUS flags, Germany skipped', async () => {
    const { verdicts, summary } = await read('sdmx-1.0-fdi-inflows.csv')
    expect(summary).toEqual({ matched: 18, rejected: 0, skipped: 12 })
    expect(reasons(verdicts)).toEqual({
      'country DEU is not tracked': 6,
      'World (WLD) values are kept only for the series that hold world values; fdi-inflows is not one': 6,
    })
    expectSeedValues(verdicts)
    expect(matched(verdicts).filter((v) => v.flags?.estimate === true || v.flags?.provisional === true || v.flags?.breakInSeries === true).map((v) => [point(v), v.flags])).toEqual([
      ['fdi-inflows CAN 2020', { estimate: false, provisional: false, breakInSeries: true }],
      ['fdi-inflows MEX 2023', { estimate: true, provisional: false, breakInSeries: false }],
      ['fdi-inflows USA 2024', { estimate: false, provisional: true, breakInSeries: false }],
    ])
  })

  test('2.0: world values of a world input, a deletion skipped, a missing value no observation', async () => {
    const { file, verdicts, summary } = await read('sdmx-2.0-real-gdp-growth.csv')
    expect(file.rows).toBe(26)
    expect(summary).toEqual({ matched: 24, rejected: 0, skipped: 1 })
    expectSeedValues(verdicts)
    expect(find(verdicts, 'real-gdp-growth', 'WLD', '2024')).toMatchObject({ flags: { estimate: false, provisional: true, breakInSeries: false } })
    expect(find(verdicts, 'real-gdp-growth', 'MEX', '2020')?.value).toBeLessThan(0)
    expect(reasons(verdicts)).toEqual({ 'the row asks to delete the value (SDMX ACTION D): an import does not delete values': 1 })
  })
})

describe('tidy CSV in three encodings', () => {
  const expected = [
    ['gdp-per-capita-ppp MEX 2023', 21917.24858366, undefined],
    ['gdp-per-capita-ppp CAN 2023', 57517.4431587432, { estimate: false, provisional: false, breakInSeries: false }],
    ['gdp-per-capita-ppp USA 2023', 74158.7164155605, { estimate: true, provisional: false, breakInSeries: false }],
    ['fdi-inflows MEX 2024', 2.44924957519445, { estimate: false, provisional: true, breakInSeries: false }],
    ['fdi-inflows USA 2024', 1.03321085618604, { estimate: false, provisional: true, breakInSeries: true }],
    ['merchandise-exports WLD 2024', 24622126055009.9, { estimate: false, provisional: false, breakInSeries: false }],
  ]

  test.each([
    ['tidy.csv', 'utf-8'],
    ['tidy-utf16le.csv', 'utf-16le'],
    ['tidy-windows-1252.csv', 'windows-1252'],
  ] as const)('%s (%s): names in three languages, slugs and codes', async (name, encoding) => {
    const { file, verdicts, summary } = await read(name)
    expect(file.encoding).toBe(encoding)
    expect(summary).toEqual({ matched: 6, rejected: 0, skipped: 2 })
    expect(matched(verdicts).map((v) => [point(v), v.value, v.flags])).toEqual(expected.map(([p, value, flags]) => [p, value, flags ?? { estimate: false, provisional: false, breakInSeries: false }]))
    expect(reasons(verdicts)).toEqual({
      'World (WLD) values are kept only for the series that hold world values; gdp-per-capita-ppp is not one': 1,
      'indicator code BM.KLT.DINV.WD.GD.ZS is not in the catalog': 1,
    })
    expect(matched(verdicts)[0]?.source).toBe('World Bank WDI, 2026-02-24')
  })
})

describe('XLSX', () => {
  test('tidy: the sheet named, a formula read from its cached value', async () => {
    const { file, verdicts, summary } = await read('tidy.xlsx', { sheet: 'Observations' })
    expect(file).toMatchObject({ layout: 'tidy', sheet: 'Observations', rows: 6 })
    expect(summary).toEqual({ matched: 6, rejected: 0, skipped: 0 })
    expectSeedValues(verdicts)
    expect(find(verdicts, 'gdp-per-capita-ppp', 'MEX', '2023')).toMatchObject({ value: 21917.24858366, raw: { line: 2, column: 'D' } })
    expect(find(verdicts, 'real-gdp-growth', 'WLD', '2020')).toBeDefined()
  })

  test('tidy: the first sheet, a text, is refused with the reason', async () => {
    const error = await rejection(parseImportFile(bytesOf('tidy.xlsx')))
    expect(error).toBeInstanceOf(ImportFileError)
    expect(error).toMatchObject({ code: 'layout', line: 1, part: 'sheet "About"' })
  })

  test('wide, as the World Bank lays out its Excel download', async () => {
    const { file, verdicts, summary } = await read('wide.xlsx')
    expect(file).toMatchObject({ layout: 'wide', sheet: 'Data', rows: 4, meta: { lastUpdated: '2026-02-24' } })
    expect(summary).toEqual({ matched: 16, rejected: 0, skipped: 0 })
    expectSeedValues(verdicts)
    expect(find(verdicts, 'gdp-current-usd', 'USA', '2024')?.value).toBe(29298013000000)
  })
})

describe('ZIP bombs', () => {
  test.each([
    ['zip-bomb-ratio.zip', 'entry "API_NY.GDP.PCAP.PP.KD_DS2_en_csv_v2_1.csv" declares a compression ratio of 1025:1 (32,752 bytes → 32 MiB), more than 200:1: refused as a ZIP bomb'],
    ['zip-bomb-lying.zip', 'entry "API_NY.GDP.PCAP.PP.KD_DS2_en_csv_v2_1.csv" inflates beyond the 512 KiB it declares: refused as a ZIP bomb or a damaged archive'],
    ['xlsx-bomb.xlsx', 'entry "xl/worksheets/sheet1.xml" declares a compression ratio of 1025:1 (32,752 bytes → 32 MiB), more than 200:1: refused as a ZIP bomb'],
  ] as const)('%s is refused', async (name, message) => {
    const error = await rejection(parseImportFile(bytesOf(name), { fileName: name }))
    expect(error).toBeInstanceOf(ImportFileError)
    expect(error).toMatchObject({ code: 'zip-bomb', message })
  })
})

import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, test } from 'vitest'
import writeXlsxFile, { type Sheet } from 'write-excel-file/universal'
import { rejection } from '../test/thrown.ts'
import { ImportFileError, ImportOptionError } from './errors.ts'
import { parseImportFile } from './parse-file.ts'
import { gridOf, workbookSheets } from './xlsx.ts'

async function workbook(sheets: Sheet<Blob>[]): Promise<Uint8Array> {
  return new Uint8Array(await (await writeXlsxFile(sheets).toBlob()).arrayBuffer())
}

/** Rewrites one part of a workbook. */
function patched(xlsx: Uint8Array, part: string, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(xlsx)
  const content = files[part]
  if (content === undefined) throw new Error(`${part} missing`)
  files[part] = strToU8(edit(strFromU8(content)))
  return zipSync(files)
}

const TIDY = [
  ['indicator', 'country', 'period', 'value', 'flags'],
  ['gdp-per-capita-ppp', 'Mexico', 2023, 21917.24858366, null],
  [null, null, null, null, null],
  ['fdi-inflows', 'USA', '2024', -0.715503012520614, 'P'],
]

describe('parseImportFile: XLSX', () => {
  test('reads the tidy layout of the first sheet, numbers as Excel stored them, with rows and column letters', async () => {
    const file = await parseImportFile(await workbook([{ sheet: 'Observations', data: TIDY }]))
    expect(file).toMatchObject({ format: 'xlsx', layout: 'tidy', sheet: 'Observations', countryCodes: 'project', rows: 2 })
    expect(file).not.toHaveProperty('encoding')
    expect(file.observations).toEqual([
      { line: 2, column: 'D', indicatorRaw: 'gdp-per-capita-ppp', countryRaw: 'Mexico', periodRaw: '2023', valueRaw: '21917.24858366', flags: [] },
      { line: 4, column: 'D', indicatorRaw: 'fdi-inflows', countryRaw: 'USA', periodRaw: '2024', valueRaw: '-0.715503012520614', flags: ['provisional'] },
    ])
  })

  test('reads the sheet named, whatever its case', async () => {
    const bytes = await workbook([
      { sheet: 'About', data: [['Values, one a row.']] },
      { sheet: 'Observations', data: TIDY },
    ])
    expect((await parseImportFile(bytes, { sheet: 'observations' })).sheet).toBe('Observations')
    const error = await rejection(parseImportFile(bytes, { sheet: 'Data' }))
    expect(error).toBeInstanceOf(ImportOptionError)
    expect(error).toMatchObject({ option: 'sheet', message: 'sheet "Data" is not in the workbook (its sheets: About, Observations)' })
  })

  test('says why the first sheet is neither layout', async () => {
    const bytes = await workbook([
      { sheet: 'About', data: [['Values, one a row.']] },
      { sheet: 'Observations', data: TIDY },
    ])
    const error = await rejection(parseImportFile(bytes))
    expect(error).toBeInstanceOf(ImportFileError)
    expect(error).toMatchObject({
      code: 'layout',
      message:
        'sheet "About", line 1: "Values, one a row." is neither the tidy header (indicator, country, period, value) nor a wide one (a country column, e.g. Country Code, and period columns such as 1990): column "Values, one a row." is neither a period (1990, 2026-Q1, 2026-03) nor one of Country Code, Country Name, Indicator Code, Indicator Name',
    })
  })

  test('reads the wide layout after a preamble, numeric year headers included', async () => {
    const bytes = await workbook([
      {
        sheet: 'Data',
        data: [
          ['Data Source', 'World Development Indicators'],
          [],
          ['Last Updated Date', '2026-02-24'],
          [],
          ['Country Name', 'Country Code', 'Indicator Name', 'Indicator Code', 2023, 2024],
          ['Mexico', 'MEX', 'GDP (current US$)', 'NY.GDP.MKTP.CD', 1794410347718.25, 1830489311088.89],
          ['World', 'WLD', 'GDP (current US$)', 'NY.GDP.MKTP.CD', null, 111669432109121],
        ],
      },
    ])
    const file = await parseImportFile(bytes)
    expect(file).toMatchObject({ layout: 'wide', countryCodes: 'iso3166', rows: 2, meta: { dataSource: 'World Development Indicators', lastUpdated: '2026-02-24' } })
    expect(file.observations.map((o) => [o.line, o.column, o.countryRaw, o.periodRaw, o.valueRaw])).toEqual([
      [6, 'E', 'MEX', '2023', '1794410347718.25'],
      [6, 'F', 'MEX', '2024', '1830489311088.89'],
      [7, 'F', 'WLD', '2024', '111669432109121'],
    ])
  })

  test('reads a loose wide sheet: country names, quarters, no indicator column', async () => {
    const file = await parseImportFile(await workbook([{ sheet: 'S', data: [['Country', '2025-Q1', '2025-Q2'], ['Mexique', 1.5, 1.7]] }]))
    expect(file.observations.map((o) => [o.indicatorRaw, o.countryRaw, o.periodRaw, o.valueRaw])).toEqual([
      ['', 'Mexique', '2025-Q1', '1.5'],
      ['', 'Mexique', '2025-Q2', '1.7'],
    ])
  })

  test("reads a formula's cached result and evaluates nothing", async () => {
    const bytes = patched(await workbook([{ sheet: 'S', data: TIDY }]), 'xl/worksheets/sheet1.xml', (xml) =>
      xml.replace('<v>21917.24858366</v>', '<f>1/0</f><v>21917.24858366</v>').replace(/<c r="D4"([^>]*)><v>[^<]*<\/v><\/c>/, '<c r="D4"$1><f>D2*2</f></c>'),
    )
    const file = await parseImportFile(bytes)
    expect(file.observations.map((o) => [o.line, o.valueRaw])).toEqual([[2, '21917.24858366']])
  })

  test('writes booleans and dates as text, for the value parser to refuse', async () => {
    const file = await parseImportFile(
      await workbook([{ sheet: 'S', data: [['indicator', 'country', 'period', 'value'], ['fdi-inflows', 'USA', { value: new Date('2024-06-30T00:00:00Z'), format: 'yyyy-mm-dd' }, true]] }]),
    )
    expect(file.observations.map((o) => [o.periodRaw, o.valueRaw])).toEqual([['2024-06-30', 'TRUE']])
  })

  test.each([
    ['a ZIP without xl/workbook.xml', () => zipSync({ 'a.txt': strToU8('hello') }), 'xlsx', 'not an XLSX workbook: the ZIP archive has no xl/workbook.xml'],
    ['a damaged archive', async () => (await workbook([{ sheet: 'S', data: TIDY }])).slice(0, 600), 'xlsx', 'not an XLSX workbook: not a readable ZIP archive (invalid zip data)'],
    [
      'a sheet that is not XML',
      async () => patched(await workbook([{ sheet: 'S', data: TIDY }]), 'xl/worksheets/sheet1.xml', () => '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>99</v></c></row></sheetData></worksheet>'),
      'xlsx',
      null,
    ],
  ])('refuses %s', async (_what, make, code, message) => {
    const error = await rejection(parseImportFile(await make(), { format: 'xlsx' }))
    expect(error).toBeInstanceOf(ImportFileError)
    expect(error).toMatchObject(message === null ? { code } : { code, message })
  })

  test.each([
    ['a cell at the last row and column', '<c r="XFD1048576"><v>1</v></c>', 'too-many-rows', 'sheet "S": the sheet reaches row 1,048,576, more than the limit of 200,000 data rows: split it'],
    ['a cell far to the right', '<c r="XFD3000"><v>1</v></c>', 'too-many-values', 'sheet "S": the sheet spans 3,000 rows × 16,384 columns, more than the limit of 20,000,000 cells'],
  ])('refuses a sheet with %s before laying it out', async (_what, cell, code, message) => {
    const bytes = patched(await workbook([{ sheet: 'S', data: TIDY }]), 'xl/worksheets/sheet1.xml', (xml) => xml.replace('</sheetData>', `<row>${cell}</row></sheetData>`))
    const error = await rejection(parseImportFile(bytes))
    expect(error).toBeInstanceOf(ImportFileError)
    expect(error).toMatchObject({ code, message })
  })

  test('reads a workbook as tidy or wdi when asked, refusing the other layout', async () => {
    const tidy = await workbook([{ sheet: 'Observations', data: TIDY }])
    expect((await parseImportFile(tidy, { format: 'tidy' })).layout).toBe('tidy')
    const error = await rejection(parseImportFile(tidy, { format: 'wdi' }))
    expect(error).toBeInstanceOf(ImportFileError)
    expect(error).toMatchObject({ code: 'layout', message: 'sheet "Observations", line 1: the sheet is in the tidy layout, not the wide one asked for' })
    const other = await rejection(parseImportFile(tidy, { format: 'sdmx' }))
    expect(other).toMatchObject({ code: 'unknown-format', message: 'the file is a ZIP archive, not the sdmx CSV asked for' })
  })

  test('refuses a row past the row limit, naming the sheet', async () => {
    const error = await rejection(parseImportFile(await workbook([{ sheet: 'Observations', data: TIDY }]), { limits: { maxRows: 1 } }))
    expect(error).toMatchObject({ code: 'too-many-rows', message: 'sheet "Observations", line 4: the file has more than 1 data rows (the limit): split it' })
  })
})

describe('workbookSheets', () => {
  test('reads the names in order, unescaped, with their parts', () => {
    const workbook = '<workbook><sheets><sheet name="R&amp;D" sheetId="1" r:id="rId2"/><x:sheet name="&quot;Data&quot; &#233;t&#xE9;" sheetId="2" r:id="rId1"/><sheet name="Lost" sheetId="3" r:id="rId9"/></sheets></workbook>'
    const rels = '<Relationships><Relationship Id="rId1" Target="worksheets/sheet2.xml"/><Relationship Id="rId2" Target="/xl/worksheets/sheet1.xml"/></Relationships>'
    expect(workbookSheets(workbook, rels)).toEqual([
      { name: 'R&D', part: 'xl/worksheets/sheet1.xml' },
      { name: '"Data" été', part: 'xl/worksheets/sheet2.xml' },
      { name: 'Lost' },
    ])
  })
})

describe('gridOf', () => {
  test.each([
    ['<sheetData><row r="1"><c r="A1"/><c r="D1"/></row><row r="3"><c r="B3"/></row></sheetData>', 3, 4],
    ['<sheetData><row r="2"><c r="XFD1048576"/></row></sheetData>', 1048576, 16384],
    ['<x:sheetData><x:row r="7"><x:c r="AA7"/></x:row></x:sheetData>', 7, 27],
    ['<sheetData/>', 0, 0],
  ])('%s spans %i rows × %i columns', (xml, rows, columns) => {
    expect(gridOf(xml)).toEqual({ rows, columns })
  })
})

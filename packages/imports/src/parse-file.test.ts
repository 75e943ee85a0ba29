import { describe, expect, test } from 'vitest'
import { rejection } from '../test/thrown.ts'
import { detectFormat } from './detect-format.ts'
import { ImportFileError, ImportOptionError } from './errors.ts'
import { parseImportFile, type ParseOptions } from './parse-file.ts'
import type { RawObservation } from './types.ts'

const utf8 = (text: string) => new TextEncoder().encode(text)
const parse = (text: string, options: ParseOptions = {}) => parseImportFile(utf8(text), options)

async function refusal(text: string | Uint8Array, options: ParseOptions = {}): Promise<{ name: string; code?: string; option?: string; message: string }> {
  const error = await rejection(parseImportFile(typeof text === 'string' ? utf8(text) : text, options))
  if (error instanceof ImportFileError) return { name: error.name, code: error.code, message: error.message }
  if (error instanceof ImportOptionError) return { name: error.name, option: error.option, message: error.message }
  throw error
}

const fileError = (code: string, message: string) => ({ name: 'ImportFileError', code, message })

/** Observations as [line, indicator, country, period, value] for tables. */
const cells = (observations: readonly RawObservation[]) => observations.map((o) => [o.line, o.indicatorRaw, o.countryRaw, o.periodRaw, o.valueRaw])

describe('parseImportFile: tidy CSV', () => {
  test('reads one value a row, skipping blank lines and empty values', async () => {
    const file = await parse('indicator,country,period,value\ngdp-per-capita-ppp,MEX,2023,21917.24858366\n\nNY.GDP.PCAP.PP.KD,Canadá,2022,\nfdi-inflows,USA,2024,1.03321085618604\n')
    expect(file).toMatchObject({ format: 'tidy', encoding: 'utf-8', countryCodes: 'project', rows: 3, meta: {} })
    expect(cells(file.observations)).toEqual([
      [2, 'gdp-per-capita-ppp', 'MEX', '2023', '21917.24858366'],
      [5, 'fdi-inflows', 'USA', '2024', '1.03321085618604'],
    ])
    expect(file.observations[0]).not.toHaveProperty('flags')
  })

  test('reads columns in any order, with flags and source', async () => {
    const file = await parse('Value,Period,Country,Indicator,Source,Flags\r\n1.03,2024,USA,fdi-inflows,"World Bank WDI, 2026-02-24",P;B\r\n2.45,2024,MEX,fdi-inflows,,\r\n')
    expect(file.observations).toEqual([
      { line: 2, indicatorRaw: 'fdi-inflows', countryRaw: 'USA', periodRaw: '2024', valueRaw: '1.03', flags: ['provisional', 'breakInSeries'], source: 'World Bank WDI, 2026-02-24' },
      { line: 3, indicatorRaw: 'fdi-inflows', countryRaw: 'MEX', periodRaw: '2024', valueRaw: '2.45', flags: [] },
    ])
  })

  test.each([
    ['a column of another layout', 'indicator,country,period,value,unit\n', fileError('layout', 'line 1: column "unit" is not one of indicator, country, period, value, flags, source (the tidy layout)')],
    ['a repeated column', 'indicator,country,period,value,Value\n', fileError('layout', 'line 1: column "value" appears twice')],
    ['a row with a field too many', 'indicator,country,period,value\nfdi-inflows,USA,2024,1.03,x\n', fileError('layout', 'line 2: 5 fields where the header (line 1) has 4')],
    ['a value under an unnamed column', 'indicator,country,period,value,\nfdi-inflows,USA,2024,1.03,7\n', fileError('layout', 'line 2: "7" is under a column without a name (field 5)')],
    ['an unclosed quote', 'indicator,country,period,value\nfdi-inflows,"USA,2024,1.03\n', fileError('csv', 'line 2: broken CSV: a quoted field is never closed (a " without its closing ")')],
    ['text after a closing quote', 'indicator,country,period,value\nfdi-inflows,"USA"x,2024,1.03\n', fileError('csv', 'line 2: broken CSV: a closing quote is followed by something other than a comma or the end of the line')],
  ])('refuses %s', async (_what, text, expected) => {
    expect(await refusal(text, { format: 'tidy' })).toEqual(expected)
  })

  test('refuses the row past the row limit, naming the limit', async () => {
    const text = 'indicator,country,period,value\n' + ['2021', '2022', '2023', '2024'].map((y) => `fdi-inflows,USA,${y},1`).join('\n')
    expect(await refusal(text, { limits: { maxRows: 3 } })).toEqual(fileError('too-many-rows', 'line 5: the file has more than 3 data rows (the limit): split it'))
    expect((await parse(text, { limits: { maxRows: 4 } })).rows).toBe(4)
  })

  test('refuses a file larger than the limit before reading it', async () => {
    expect(await refusal('indicator,country,period,value\n', { limits: { maxFileBytes: 16 } })).toEqual(fileError('too-large', 'the file has 31 bytes, more than the limit of 16 bytes'))
  })
})

const WDI_PREAMBLE = '\uFEFF"Data Source","World Development Indicators",\r\n\r\n"Last Updated Date","2026-02-24",\r\n\r\n'
const WDI_HEADER = '"Country Name","Country Code","Indicator Name","Indicator Code","2022","2023","2024",\r\n'

describe('parseImportFile: WDI wide CSV', () => {
  test('reads the preamble, one value a non-empty cell, with its year column and the names', async () => {
    const text =
      WDI_PREAMBLE +
      WDI_HEADER +
      '"Korea, Rep.","KOR","Foreign direct investment, net inflows (% of GDP)","BX.KLT.DINV.WD.GD.ZS","1.39186469730544","1.03221435142435","0.811874572082119",\r\n' +
      '"Mexico","MEX","Foreign direct investment, net inflows (% of GDP)","BX.KLT.DINV.WD.GD.ZS","","2.00217899331626E-06","-0.715503012520614",\r\n'
    const file = await parse(text)
    expect(file).toMatchObject({ format: 'wdi', encoding: 'utf-8', countryCodes: 'iso3166', rows: 2, meta: { dataSource: 'World Development Indicators', lastUpdated: '2026-02-24' } })
    expect(cells(file.observations)).toEqual([
      [6, 'BX.KLT.DINV.WD.GD.ZS', 'KOR', '2022', '1.39186469730544'],
      [6, 'BX.KLT.DINV.WD.GD.ZS', 'KOR', '2023', '1.03221435142435'],
      [6, 'BX.KLT.DINV.WD.GD.ZS', 'KOR', '2024', '0.811874572082119'],
      [7, 'BX.KLT.DINV.WD.GD.ZS', 'MEX', '2023', '2.00217899331626E-06'],
      [7, 'BX.KLT.DINV.WD.GD.ZS', 'MEX', '2024', '-0.715503012520614'],
    ])
    expect(file.observations[0]).toEqual({
      line: 6,
      column: '2022',
      indicatorRaw: 'BX.KLT.DINV.WD.GD.ZS',
      indicatorLabel: 'Foreign direct investment, net inflows (% of GDP)',
      countryRaw: 'KOR',
      countryLabel: 'Korea, Rep.',
      periodRaw: '2022',
      valueRaw: '1.39186469730544',
    })
  })

  test('reads a file without the preamble', async () => {
    const file = await parse(WDI_HEADER + '"Mexico","MEX","GDP growth (annual %)","NY.GDP.MKTP.KD.ZG","3.7","3.2","1.4",\r\n')
    expect(file.meta).toEqual({})
    expect(cells(file.observations).map((c) => c[4])).toEqual(['3.7', '3.2', '1.4'])
  })

  test.each([
    ['another first column', WDI_PREAMBLE + '"Country","Country Code","Indicator Name","Indicator Code","2022",\r\n', 'layout', 'line 5: expected the WDI header "Country Name","Country Code","Indicator Name","Indicator Code","1960",… but found "Country,Country Code,Indicator Name,Indicator Code,2022,"'],
    ['a column that is no year', '"Country Name","Country Code","Indicator Name","Indicator Code","2022","Notes",\r\n', 'layout', 'line 1: not a wide header: column "Notes" is neither a period (1990, 2026-Q1, 2026-03) nor one of Country Code, Country Name, Indicator Code, Indicator Name'],
    ['a row without its trailing comma', WDI_HEADER + '"Mexico","MEX","GDP growth (annual %)","NY.GDP.MKTP.KD.ZG","3.7","3.2","1.4"\r\n', 'layout', 'line 2: 7 fields where the header (line 1) has 8'],
    ['a value in the unnamed last column', WDI_HEADER + '"Mexico","MEX","GDP growth (annual %)","NY.GDP.MKTP.KD.ZG","3.7","3.2","1.4","9"\r\n', 'layout', 'line 2: "9" is under a column without a name (field 8)'],
    ['a preamble and no header', WDI_PREAMBLE, 'layout', 'the file has no WDI header ("Country Name","Country Code","Indicator Name","Indicator Code",…)'],
    ['broken quoting', WDI_HEADER + '"Korea, Rep.,"KOR","x","y","1","2","3",\r\n', 'csv', 'line 2: broken CSV: a closing quote is followed by something other than a comma or the end of the line'],
  ])('refuses %s', async (_what, text, code, message) => {
    expect(await refusal(text, { format: 'wdi' })).toEqual(fileError(code, message))
  })

  test('refuses the value past the value limit', async () => {
    expect(await refusal(WDI_HEADER + '"Mexico","MEX","x","NY.GDP.MKTP.KD.ZG","3.7","3.2","1.4",\r\n', { limits: { maxValues: 2 } })).toEqual(
      fileError('too-many-values', 'line 2: the file has more than 2 values (the limit): split it'),
    )
  })
})

describe('parseImportFile: OECD export', () => {
  const header = '\uFEFF"INDICATOR","Indicator","LOCATION","Country","TIME","Time","Value","Flag Codes","Flags"\r\n'

  test('reads codes, labels, unquoted values and flag codes', async () => {
    const file = await parse(header + '"GERD","Gross domestic spending on R&D","MEX","Mexico","2022","2022",0.26,"E","Estimated value"\r\n"GERD","Gross domestic spending on R&D","CAN","Canada","2022","2022",1.7,"",""\r\n')
    expect(file).toMatchObject({ format: 'oecd', countryCodes: 'iso3166', rows: 2 })
    expect(file.observations).toEqual([
      { line: 2, indicatorRaw: 'GERD', indicatorLabel: 'Gross domestic spending on R&D', countryRaw: 'MEX', countryLabel: 'Mexico', periodRaw: '2022', valueRaw: '0.26', flags: ['estimate'] },
      { line: 3, indicatorRaw: 'GERD', indicatorLabel: 'Gross domestic spending on R&D', countryRaw: 'CAN', countryLabel: 'Canada', periodRaw: '2022', valueRaw: '1.7', flags: [] },
    ])
  })

  test('keeps the unit multiplier of an export that has one', async () => {
    const file = await parse('"LOCATION","Country","SUBJECT","Subject","TIME","Unit Code","PowerCode Code","Value"\n"MEX","Mexico","GDP","Gross domestic product","2023","USD","6",1794410.35\n')
    expect(file.observations).toEqual([{ line: 2, indicatorRaw: 'GDP', indicatorLabel: 'Gross domestic product', countryRaw: 'MEX', countryLabel: 'Mexico', periodRaw: '2023', valueRaw: '1794410.35', unitMultiplier: '6' }])
  })

  test('refuses a header without TIME', async () => {
    expect(await refusal('"LOCATION","Value"\n"MEX",1\n', { format: 'oecd' })).toEqual(fileError('layout', 'line 1: the OECD header needs LOCATION, TIME and Value; found "LOCATION,Value"'))
  })
})

describe('parseImportFile: SDMX-CSV', () => {
  test('reads 1.0 with OBS_STATUS, UNIT_MULT and the World Bank series code', async () => {
    const file = await parse('DATAFLOW,REF_AREA,SERIES,FREQ,TIME_PERIOD,OBS_VALUE,UNIT_MULT,OBS_STATUS\nWB:WDI(1.0),MEX,BX_KLT_DINV_WD_GD_ZS,A,2023,2.1,0,E\nWB:WDI(1.0),CAN,BX_KLT_DINV_WD_GD_ZS,A,2023,,0,M\n')
    expect(file).toMatchObject({ format: 'sdmx', countryCodes: 'iso3166', rows: 2 })
    expect(file.observations).toEqual([{ line: 2, indicatorRaw: 'BX_KLT_DINV_WD_GD_ZS', countryRaw: 'MEX', periodRaw: '2023', valueRaw: '2.1', flags: ['estimate'], unitMultiplier: '0' }])
  })

  test('reads 2.0 with labels in headers and codes, an ACTION D and a NaN', async () => {
    const text =
      'STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA: Reference area,INDICATOR: Indicator,TIME_PERIOD: Time period,OBS_VALUE: Observation value,OBS_STATUS: Observation status\n' +
      'dataflow,WB:WDI(1.0),I,MEX: Mexico,NY.GDP.MKTP.KD.ZG: GDP growth (annual %),2020,-8.35,A: Normal value\n' +
      'dataflow,WB:WDI(1.0),D,MEX: Mexico,NY.GDP.MKTP.KD.ZG: GDP growth (annual %),2018,1.97,A: Normal value\n' +
      'dataflow,WB:WDI(1.0),I,USA: United States,NY.GDP.MKTP.KD.ZG: GDP growth (annual %),2025,NaN,M: Missing value\n'
    const file = await parse(text)
    expect(file.observations).toEqual([
      { line: 2, indicatorRaw: 'NY.GDP.MKTP.KD.ZG', countryRaw: 'MEX', periodRaw: '2020', valueRaw: '-8.35', flags: [] },
      { line: 3, indicatorRaw: 'NY.GDP.MKTP.KD.ZG', countryRaw: 'MEX', periodRaw: '2018', valueRaw: '1.97', flags: [], deletion: true },
    ])
  })

  test('refuses a header without a country dimension', async () => {
    expect(await refusal('DATAFLOW,INDICATOR,TIME_PERIOD,OBS_VALUE\nX,Y,2020,1\n')).toEqual(fileError('layout', 'line 1: SDMX-CSV 1.0: no country dimension (REF_AREA, LOCATION or COUNTRY) in "DATAFLOW,INDICATOR,TIME_PERIOD,OBS_VALUE"'))
  })
})

describe('parseImportFile: detection and options', () => {
  test.each([
    ['tidy', 'indicator,country,period,value\n'],
    ['wdi', WDI_PREAMBLE],
    ['wdi', WDI_HEADER],
    ['oecd', '"LOCATION","TIME","Value"\n'],
    ['sdmx', 'DATAFLOW,REF_AREA,TIME_PERIOD,OBS_VALUE\n'],
    ['sdmx', 'STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,TIME_PERIOD,OBS_VALUE\n'],
    ['tidy', '\n\n  \nINDICATOR , Country, PERIOD ,value\n'],
  ])('detects a %s file from its content', (format, text) => {
    expect(detectFormat(utf8(text))).toBe(format)
  })

  test.each([
    ['an empty file', new Uint8Array(), {}, fileError('empty', 'the file is empty')],
    ['blank lines only', utf8('\n\r\n\n'), {}, fileError('empty', 'the file holds no data (only blank lines)')],
    ['an unknown header', utf8('date,close\n2026-01-02,5\n'), {}, fileError('unknown-format', 'line 1: "date,close" is not the header of a layout read here: tidy (indicator,country,period,value), World Bank WDI ("Country Name","Country Code","Indicator Name","Indicator Code",years…), OECD ("LOCATION","TIME","Value"…) or SDMX-CSV (DATAFLOW,… or STRUCTURE,STRUCTURE_ID,…)')],
    ['semicolons', utf8('indicator;country;period;value\n'), {}, fileError('unknown-format', 'line 1: fields are separated by ";": save the file as comma-separated CSV')],
    ['tabs', utf8('indicator\tcountry\tperiod\tvalue\n'), {}, fileError('unknown-format', 'line 1: fields are separated by tabs: save the file as comma-separated CSV')],
    ['an .xls workbook', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), {}, fileError('binary', 'an Excel 97–2003 workbook (.xls) is not read: save it as .xlsx or as CSV (UTF-8)')],
    ['a PDF', utf8('%PDF-1.7\n'), {}, fileError('binary', 'a PDF file is not read: download the data as CSV or XLSX')],
    ['text named .xlsx', utf8('indicator,country,period,value\n'), { fileName: 'data.xlsx' }, fileError('xlsx', '"data.xlsx" is not an XLSX workbook (an XLSX file is a ZIP archive)')],
    ['text read as XLSX', utf8('indicator,country,period,value\n'), { format: 'xlsx' }, fileError('xlsx', 'not an XLSX workbook (an XLSX file is a ZIP archive)')],
    ['binary bytes', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), {}, fileError('binary', 'line 2: not a text file (control character U+001A)')],
  ])('refuses %s', async (_what, bytes, options, expected) => {
    expect(await refusal(bytes, options)).toEqual(expected)
  })

  test('refuses a format it does not read and a sheet for a CSV file', async () => {
    expect(await refusal('x', { format: 'json' })).toEqual({ name: 'ImportOptionError', option: 'format', message: 'format "json" is not one of tidy, wdi, wdi-zip, oecd, sdmx, xlsx' })
    expect(await refusal('indicator,country,period,value\n', { sheet: 'Data' })).toEqual({ name: 'ImportOptionError', option: 'sheet', message: 'a sheet ("Data") applies to an XLSX workbook only' })
  })

  test('reads a file as the format forced, whatever it looks like', async () => {
    expect(await refusal('indicator,country,period,value\n', { format: 'oecd' })).toEqual(fileError('layout', 'line 1: the OECD header needs LOCATION, TIME and Value; found "indicator,country,period,value"'))
  })
})

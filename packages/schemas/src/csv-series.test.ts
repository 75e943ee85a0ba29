import { describe, expect, test } from 'vitest'
import type { Series, Source } from './index.ts'
import { SERIES_CSV_HEADER, seriesCsv, seriesCsvRows, sourceTitle } from './csv-series.ts'
import { toSeries } from './series.ts'

const wdi: Source = {
  id: 'wdi',
  name: { en: 'World Development Indicators', es: 'Indicadores del Desarrollo Mundial', fr: 'Indicateurs du développement dans le monde' },
  publisher: 'World Bank',
  url: 'https://databank.worldbank.org/source/world-development-indicators',
  licence: 'CC BY 4.0',
  attribution: { en: 'Source: World Bank, World Development Indicators (CC BY 4.0).', es: '', fr: '' },
}
const indicator = { slug: 'gdp-per-capita-ppp', unit: { en: 'constant 2021 international $' }, sourceUrl: 'https://data.worldbank.org/indicator/NY.GDP.PCAP.PP.KD', source: wdi }
const point = (year: number, value: number, sourceNote: string | null = null) => ({
  period: String(year),
  year,
  value,
  estimate: false,
  provisional: year === 2024,
  breakInSeries: false,
  derived: false,
  sourceNote,
})
const series: Series = toSeries('gdp-per-capita-ppp', null, [
  { country: 'MEX', points: [point(2023, 21917.24858366), point(2024, 22039.6287019016, 'WDI, 2026 release')] },
  { country: 'CAN', points: [point(2023, 58000.5)] },
])

describe('the series table', () => {
  test('has the source and licence columns last', () => {
    expect(SERIES_CSV_HEADER).toEqual([
      'indicator', 'country', 'period', 'year', 'value', 'unit', 'estimate', 'provisional', 'break_in_series', 'derived', 'source_note',
      'source', 'source_url', 'licence',
    ])
  })

  test('writes one row per point, each with its source, source URL and licence', () => {
    expect(seriesCsvRows(indicator, series)).toEqual([
      ['gdp-per-capita-ppp', 'MEX', '2023', 2023, 21917.24858366, 'constant 2021 international $', false, false, false, false, null, 'World Bank, World Development Indicators', 'https://data.worldbank.org/indicator/NY.GDP.PCAP.PP.KD', 'CC BY 4.0'],
      ['gdp-per-capita-ppp', 'MEX', '2024', 2024, 22039.6287019016, 'constant 2021 international $', false, true, false, false, 'WDI, 2026 release', 'World Bank, World Development Indicators', 'https://data.worldbank.org/indicator/NY.GDP.PCAP.PP.KD', 'CC BY 4.0'],
      ['gdp-per-capita-ppp', 'CAN', '2023', 2023, 58000.5, 'constant 2021 international $', false, false, false, false, null, 'World Bank, World Development Indicators', 'https://data.worldbank.org/indicator/NY.GDP.PCAP.PP.KD', 'CC BY 4.0'],
    ])
  })

  test.each([
    [{ countries: ['CAN'] }, [['CAN', 2023]]],
    [{ from: 2024 }, [['MEX', 2024]]],
    [{ to: 2023 }, [['MEX', 2023], ['CAN', 2023]]],
    [{ countries: ['MEX'], from: 2020, to: 2023 }, [['MEX', 2023]]],
    [{ countries: ['USA'] }, []],
  ])('filter %j keeps %j', (filter, kept) => {
    expect(seriesCsvRows(indicator, series, filter).map((r) => [r[1], r[3]])).toEqual(kept)
  })

  test('falls back to the dataset URL when the indicator has none', () => {
    expect(seriesCsvRows({ ...indicator, sourceUrl: '' }, series)[0]?.[12]).toBe(wdi.url)
  })

  test('the CSV text starts with the header line and quotes fields with commas', () => {
    const lines = seriesCsv([{ indicator, series, filter: { countries: ['MEX'] } }]).split('\n')
    expect(lines[0]).toBe(SERIES_CSV_HEADER.join(','))
    expect(lines[2]).toBe(
      'gdp-per-capita-ppp,MEX,2024,2024,22039.6287019016,constant 2021 international $,false,true,false,false,"WDI, 2026 release","World Bank, World Development Indicators",https://data.worldbank.org/indicator/NY.GDP.PCAP.PP.KD,CC BY 4.0',
    )
    expect(lines).toHaveLength(4)
  })

  test('the source title is publisher and dataset', () => {
    expect(sourceTitle(wdi)).toBe('World Bank, World Development Indicators')
  })
})

import { describe, expect, test } from 'vitest'
import { SERIES_CSV_HEADER } from '@nap/schemas'
import { gdpPerCapita, mexicoGdpSeries } from '@/testing/fixtures.ts'
import { seriesToCsv } from './csv.ts'

const HEADER =
  'indicator,country,period,year,value,unit,estimate,provisional,break_in_series,derived,source_note,source,source_url,licence'
const WDI = '"World Bank, World Development Indicators",https://data.worldbank.org/indicator/NY.GDP.PCAP.PP.KD,CC BY 4.0'

describe('seriesToCsv', () => {
  test('the first line is the header (the API export’s columns), then one row per point with its source and licence', () => {
    const lines = seriesToCsv(gdpPerCapita, mexicoGdpSeries).split('\n')
    expect(lines[0]).toBe(HEADER)
    expect(lines[0]).toBe(SERIES_CSV_HEADER.join(','))
    expect(lines.slice(1)).toEqual([
      `gdp-per-capita-ppp,MEX,2014,2014,21069.7661649129,constant 2021 international $,false,false,false,false,,${WDI}`,
      `gdp-per-capita-ppp,MEX,2019,2019,20908.1,constant 2021 international $,false,false,false,false,,${WDI}`,
      `gdp-per-capita-ppp,MEX,2020,2020,19018.3,constant 2021 international $,false,false,false,false,,${WDI}`,
      `gdp-per-capita-ppp,MEX,2023,2023,21917.24858366,constant 2021 international $,false,false,false,false,,${WDI}`,
      `gdp-per-capita-ppp,MEX,2024,2024,22039.6287019016,constant 2021 international $,false,false,false,false,,${WDI}`,
      '',
    ])
  })

  test('no line is a comment', () => {
    expect(seriesToCsv(gdpPerCapita, mexicoGdpSeries).split('\n').filter((l) => l.startsWith('#'))).toEqual([])
  })

  test('limits the view CSV to the selected countries and years', () => {
    const lines = seriesToCsv(gdpPerCapita, mexicoGdpSeries, { countries: ['MEX'], from: 2020, to: 2023 }).trim().split('\n')
    expect(lines.slice(1).map((l) => l.split(',')[3])).toEqual(['2020', '2023'])
    expect(seriesToCsv(gdpPerCapita, mexicoGdpSeries, { countries: ['CAN'] })).toBe(`${HEADER}\n`)
  })

  test('writes the note a point names by id, quoting commas and quotes', () => {
    const first = mexicoGdpSeries.series[0]?.points[0]
    if (!first) throw new Error('fixture has no points')
    const series = {
      ...mexicoGdpSeries,
      sources: [{ id: 0, note: 'Project figure, "April" update' }],
      series: [{ country: 'MEX' as const, sourceId: 0, points: [first] }],
    }
    expect(seriesToCsv(gdpPerCapita, series)).toContain(',false,"Project figure, ""April"" update","World Bank, World')
  })
})

import { describe, expect, test } from 'vitest'
import { gdpPerCapita, mexicoGdpSeries } from '@/testing/fixtures.ts'
import { seriesToCsv } from './csv.ts'

describe('seriesToCsv', () => {
  test('starts with the source and licence comment and keeps full-precision values', () => {
    const lines = seriesToCsv(gdpPerCapita, mexicoGdpSeries).trim().split('\n')
    expect(lines[0]).toBe(
      '# Source: World Bank, World Development Indicators (https://data.worldbank.org/indicator/NY.GDP.PCAP.PP.KD). Licence: CC BY 4.0.',
    )
    expect(lines[3]).toBe('indicator,country,period,year,value,estimate,provisional,break_in_series,derived,source_note')
    expect(lines).toContain('gdp-per-capita-ppp,MEX,2024,2024,22039.6287019016,false,false,false,false,')
    expect(lines).toHaveLength(4 + 5)
  })

  test('limits the view CSV to the selected countries and years', () => {
    const lines = seriesToCsv(gdpPerCapita, mexicoGdpSeries, { countries: ['MEX'], from: 2020, to: 2023 }).trim().split('\n')
    expect(lines.slice(4).map((l) => l.split(',')[3])).toEqual(['2020', '2023'])
    expect(seriesToCsv(gdpPerCapita, mexicoGdpSeries, { countries: ['CAN'] }).trim().split('\n')).toHaveLength(4)
  })

  test('quotes notes that contain commas or quotes', () => {
    const first = mexicoGdpSeries.series[0]?.points[0]
    if (!first) throw new Error('fixture has no points')
    const series = {
      ...mexicoGdpSeries,
      series: [{ country: 'MEX' as const, points: [{ ...first, sourceNote: 'Project figure, "April" update' }] }],
    }
    expect(seriesToCsv(gdpPerCapita, series)).toContain(',"Project figure, ""April"" update"\n')
  })
})

import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { seriesJson } from './series-json.ts'
import { toSeries, type NotedPoint } from './series.ts'
import type { CountrySeries } from './series.ts'

const WDI = 'World Bank, World Development Indicators (API download, last updated 2026-02-24) (CC BY 4.0 (World Bank WDI terms of use))'
const NAM = 'Computed by the Goal Monitor: mean of CAN, MEX, USA weighted by population'
const point = (period: string, value: number, sourceNote: string | null, flags: Partial<NotedPoint> = {}): NotedPoint => ({
  period,
  year: Number(period.slice(0, 4)),
  value,
  estimate: false,
  provisional: false,
  breakInSeries: false,
  derived: false,
  sourceNote,
  ...flags,
})

type Countries = Parameters<typeof toSeries>[2]

describe('the series JSON is written straight from the points, as JSON.stringify(toSeries(…)) writes it', () => {
  test('a real series: GDP per capita, two countries sharing the WDI note and the computed aggregate', () => {
    const countries: Countries = [
      { country: 'CAN', points: [point('2023', 62_384.7, WDI), point('2024', 63_000.125, WDI)] },
      { country: 'MEX', points: [point('2023', 23_799.1, WDI, { estimate: true }), point('2024', 24_104.5, 'WDI, 2026 release', { provisional: true })] },
      { country: 'NAM', points: [point('2023', 60_012.3, NAM, { derived: true, breakInSeries: true })] },
    ]
    const json = seriesJson('gdp-per-capita-ppp', null, countries)
    expect(json).toBe(JSON.stringify(toSeries('gdp-per-capita-ppp', null, countries)))
    expect(JSON.parse(json)).toMatchObject({
      sources: [
        { id: 0, note: WDI },
        { id: 1, note: 'WDI, 2026 release' },
        { id: 2, note: NAM },
      ],
      series: [
        { country: 'CAN', sourceId: 0 },
        { country: 'MEX', sourceId: 0, points: [{ estimate: true }, { sourceId: 1, provisional: true }] },
        { country: 'NAM', sourceId: 2, points: [{ derived: true, breakInSeries: true }] },
      ],
    })
  })

  test.each<[string, Countries, string | null]>([
    ['no countries', [], null],
    ['an empty country series, as of a date', [{ country: 'MEX', points: [] }], '2000-01-01T23:59:59.999Z'],
    ['points without notes and a minority with one', [{ country: 'USA', points: [point('2020', 1, null), point('2021', 2, null), point('2022', 3, WDI)] }], null],
    ['monthly and quarterly periods', [{ country: 'CAN', points: [point('2024-01', 0.5, WDI), point('2024-Q2', -0.25, WDI)] }], null],
    ['negative zero, tiny and huge values', [{ country: 'CAN', points: [point('2020', -0, WDI), point('2021', 5e-324, WDI), point('2022', 1.7976931348623157e308, WDI)] }], null],
    ['notes and periods that need escaping', [{ country: 'MEX', points: [point('20"2\\0', 1, 'a "quoted"\nnote\u2028é'), point('2021', 2, '\u0000')] }], null],
  ])('%s', (_name, countries, asOf) => {
    for (const detail of ['compact', 'full'] as const) {
      expect(seriesJson('x', asOf, countries, detail)).toBe(JSON.stringify(toSeries('x', asOf, countries, detail)))
    }
  })

  test('generated series (any notes, flags, periods and numbers) give the same bytes in both details', () => {
    const country = fc.constantFrom<CountrySeries['country']>('CAN', 'MEX', 'USA', 'NAM', 'WLD')
    const note = fc.oneof(fc.constant(null), fc.constantFrom(WDI, NAM), fc.string({ unit: 'binary', maxLength: 12 }))
    const noted = fc.record({
      period: fc.oneof(fc.integer({ min: 1960, max: 2050 }).map(String), fc.string({ unit: 'binary', maxLength: 8 })),
      year: fc.integer({ min: -5, max: 3000 }),
      value: fc.double(),
      estimate: fc.boolean(),
      provisional: fc.boolean(),
      breakInSeries: fc.boolean(),
      derived: fc.boolean(),
      sourceNote: note,
    })
    fc.assert(
      fc.property(
        fc.array(fc.record({ country, points: fc.array(noted, { maxLength: 12 }) }), { maxLength: 5 }),
        fc.option(fc.string(), { nil: null }),
        fc.constantFrom('compact', 'full' as const),
        (countries, asOf, detail) => seriesJson('gdp-per-capita-ppp', asOf, countries, detail) === JSON.stringify(toSeries('gdp-per-capita-ppp', asOf, countries, detail)),
      ),
      { numRuns: 500 },
    )
  })
})

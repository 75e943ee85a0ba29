import { describe, expect, test } from 'vitest'
import type { ChartEvent } from '@nap/schemas'
import { mexicoGdpAssessment, mexicoGdpSeries } from '@/testing/fixtures.ts'
import { DRAW_LIMIT, dateToX, pathKey, periodToX, projectionKey, toChartData } from './to-chart-data.ts'

const events: ChartEvent[] = [
  { slug: 'nafta', date: '1994-01-01', label: { en: 'NAFTA', es: 'TLCAN', fr: 'ALENA' }, description: { en: '', es: '', fr: '' } },
  { slug: 'usmca', date: '2020-07-01', label: { en: 'USMCA', es: 'T-MEC', fr: 'ACEUM' }, description: { en: '', es: '', fr: '' } },
]

const model = toChartData({
  series: mexicoGdpSeries,
  assessments: [mexicoGdpAssessment],
  countries: ['MEX', 'CAN'],
  from: 2000,
  to: 2050,
  events,
  eventLabel: (e) => e.label.es,
})

describe('toChartData', () => {
  test('keeps only countries that have a series, with their observed values', () => {
    expect(model.countries).toEqual(['MEX'])
    expect(model.rows.find((r) => r.x === 2024)?.['MEX']).toBe(22039.6287019016)
  })

  test('projects the current pace from the latest value to the target year', () => {
    const at2024 = model.rows.find((r) => r.x === 2024)?.[projectionKey('MEX')]
    const at2050 = model.rows.find((r) => r.x === 2050)?.[projectionKey('MEX')]
    expect(at2024).toBe(22039.6287019016)
    expect(at2050).toBeCloseTo(22039.6287019016 * Math.pow(1.00451, 26), 6)
    expect(model.withProjection).toEqual(['MEX'])
  })

  test('draws the required path from the baseline and marks the 2050 target', () => {
    expect(model.rows.find((r) => r.x === 2023)?.[pathKey('MEX')]).toBeCloseTo(21917.24858366, 6)
    expect(model.rows.find((r) => r.x === 2050)?.[pathKey('MEX')]).toBeCloseTo(27396.5607296, 6)
    expect(model.targets).toEqual([{ country: 'MEX', x: 2050, value: 27396.5607296, kind: 'target' }])
  })

  test('keeps events inside the year range with their labels in the reader’s language', () => {
    expect(model.events).toEqual([{ slug: 'usmca', x: dateToX('2020-07-01'), label: 'T-MEC' }])
  })

  test('drops values outside the year range', () => {
    const narrow = toChartData({
      series: mexicoGdpSeries,
      assessments: [],
      countries: ['MEX'],
      from: 2019,
      to: 2021,
      events: [],
      eventLabel: () => '',
    })
    expect(narrow.rows.map((r) => r.x)).toEqual([2019, 2020])
    expect(narrow.targets).toEqual([])
  })
})

describe('long series', () => {
  // 1,212 months (1960-01 … 2060-12) of a wave: more than the chart draws (its x axis ends at 2060-01).
  const months = Array.from({ length: 1212 }, (_, i) => {
    const year = 1960 + Math.floor(i / 12)
    const month = (i % 12) + 1
    return { period: `${year}-${String(month).padStart(2, '0')}`, year, value: 100 + 10 * Math.sin(i / 7) + (i === 700 ? 50 : 0), estimate: false, provisional: false, breakInSeries: false, derived: false }
  })
  const long = { ...mexicoGdpSeries, series: [{ country: 'MEX' as const, sourceId: null, points: months }] }
  const drawn = toChartData({ series: long, assessments: [], countries: ['MEX'], from: 1960, to: 2060, events: [], eventLabel: () => '' })

  test(`draws at most ${DRAW_LIMIT} points of a longer series, keeping its first, last and extreme points`, () => {
    const values = drawn.rows.filter((r) => typeof r['MEX'] === 'number')
    expect(values).toHaveLength(DRAW_LIMIT)
    expect(values[0]?.x).toBe(1960)
    expect(values.at(-1)?.x).toBe(2060)
    expect(values.some((r) => r['MEX'] === months[700]?.value)).toBe(true)
  })

  test('draws every point of a series that fits', () => {
    const short = toChartData({ series: long, assessments: [], countries: ['MEX'], from: 2000, to: 2060, events: [], eventLabel: () => '' })
    expect(short.rows.filter((r) => typeof r['MEX'] === 'number')).toHaveLength(60 * 12 + 1)
  })
})

describe('periods and dates', () => {
  test('turns quarters, months and dates into fractional years', () => {
    expect(periodToX('2024', 2024)).toBe(2024)
    expect(periodToX('2024-Q3', 2024)).toBe(2024.5)
    expect(periodToX('2024-04', 2024)).toBe(2024.25)
    expect(dateToX('2020-01-01')).toBe(2020)
  })
})

import { describe, expect, test } from 'vitest'
import { nearestObservation, prepareSeries, valueInYear, valuesAfter, windowStart } from './series.ts'
import type { YearValue } from './types.ts'

const series: YearValue[] = [
  { year: 2010, value: 1 },
  { year: 2014, value: 2 },
  { year: 2016, value: 3 },
  { year: 2020, value: 4 },
]

describe('prepareSeries', () => {
  test('sorts by year and drops years after the last year', () => {
    const input = [
      { year: 2026, value: 9 },
      { year: 2020, value: 4 },
      { year: 2010, value: 1 },
    ]
    expect(prepareSeries(input, 2025)).toEqual([
      { year: 2010, value: 1 },
      { year: 2020, value: 4 },
    ])
  })

  test.each([
    { name: 'NaN value', point: { year: 2011, value: Number.NaN } },
    { name: 'infinite value', point: { year: 2011, value: Number.POSITIVE_INFINITY } },
    { name: 'fractional year', point: { year: 2011.5, value: 1 } },
  ])('drops a $name', ({ point }) => {
    expect(prepareSeries([{ year: 2010, value: 1 }, point], 2030)).toEqual([{ year: 2010, value: 1 }])
  })

  test('keeps the later entry of a duplicated year', () => {
    const input = [
      { year: 2010, value: 1 },
      { year: 2010, value: 2 },
    ]
    expect(prepareSeries(input, 2030)).toEqual([{ year: 2010, value: 2 }])
  })
})

describe('windowStart', () => {
  test.each([
    { latestYear: 2020, windowYears: 10, start: 2010 },
    { latestYear: 2020, windowYears: 5, start: 2016 },
    { latestYear: 2020, windowYears: 6, start: 2014 },
    { latestYear: 2020, windowYears: 1, start: 2020 },
  ])('t = $latestYear, W = $windowYears → s = $start', ({ latestYear, windowYears, start }) => {
    expect(windowStart(series, latestYear, windowYears)?.year).toBe(start)
  })

  test('is null for an empty series', () => {
    expect(windowStart([], 2020, 10)).toBeNull()
  })
})

describe('valueInYear', () => {
  test.each([
    { year: 2014, value: 2 },
    { year: 2015, value: null },
  ])('year $year → $value', ({ year, value }) => {
    expect(valueInYear(series, year)).toBe(value)
  })
})

describe('nearestObservation', () => {
  test.each([
    { name: 'the year itself', year: 2016, found: 2016 },
    { name: 'the nearest year', year: 2019, found: 2020 },
    { name: 'the earlier year on a tie', year: 2015, found: 2014 },
    { name: 'the first year before the series', year: 2000, found: 2010 },
    { name: 'the last year after the series', year: 2030, found: 2020 },
  ])('finds $name', ({ year, found }) => {
    expect(nearestObservation(series, year)?.year).toBe(found)
  })

  test('is null for an empty series', () => {
    expect(nearestObservation([], 2020)).toBeNull()
  })
})

describe('valuesAfter', () => {
  test.each([
    { after: 2015, years: [2016, 2020] },
    { after: 2020, years: [] },
    { after: 2000, years: [2010, 2014, 2016, 2020] },
  ])('years after $after are $years', ({ after, years }) => {
    expect(valuesAfter(series, after).map((point) => point.year)).toEqual(years)
  })
})

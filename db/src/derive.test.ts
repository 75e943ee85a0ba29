import { describe, expect, test } from 'vitest'
import {
  difference,
  growthWeightedOfMembers,
  shareOfWorld,
  sumOfMembers,
  weightedMeanOfMembers,
  type CountrySeries,
} from './derive.ts'

const series = (rows: Record<string, Record<number, number>>): CountrySeries =>
  new Map(
    Object.entries(rows).map(([code, byYear]) => [
      code,
      new Map(Object.entries(byYear).map(([y, v]) => [Number(y), v])),
    ]),
  )

const M = ['CAN', 'MEX', 'USA'] as const

type Rows = Record<string, Record<number, number>>

describe('sumOfMembers', () => {
  test.each<{ name: string; input: Rows; expected: [number, number][] }>([
    {
      name: 'adds the members year by year',
      input: { CAN: { 2020: 1, 2021: 2 }, MEX: { 2020: 10, 2021: 20 }, USA: { 2020: 100, 2021: 200 } },
      expected: [
        [2020, 111],
        [2021, 222],
      ],
    },
    {
      name: 'skips a year where one member has no value',
      input: { CAN: { 2020: 1, 2021: 2 }, MEX: { 2021: 20 }, USA: { 2020: 100, 2021: 200 } },
      expected: [[2021, 222]],
    },
    { name: 'is empty when a member has no series', input: { CAN: { 2020: 1 }, USA: { 2020: 1 } }, expected: [] },
  ])('$name', ({ input, expected }) => {
    expect([...sumOfMembers(series(input), M)]).toEqual(expected)
  })
})

describe('weightedMeanOfMembers', () => {
  test('weights each value by the same year weight', () => {
    const values = series({ CAN: { 2023: 5 }, MEX: { 2023: 3 }, USA: { 2023: 4 } })
    const weights = series({ CAN: { 2023: 1 }, MEX: { 2023: 1 }, USA: { 2023: 2 } })
    expect(weightedMeanOfMembers(values, weights, M).get(2023)).toBeCloseTo((5 + 3 + 8) / 4, 12)
  })
  test('drops a year with a missing weight', () => {
    const values = series({ CAN: { 2023: 5 }, MEX: { 2023: 3 }, USA: { 2023: 4 } })
    const weights = series({ CAN: { 2023: 1 }, MEX: {}, USA: { 2023: 2 } })
    expect(weightedMeanOfMembers(values, weights, M).size).toBe(0)
  })
})

describe('growthWeightedOfMembers', () => {
  test('uses the previous year weight (METHODOLOGY: previous-year GDP)', () => {
    const growth = series({ CAN: { 2021: 1 }, MEX: { 2021: 2 }, USA: { 2021: 3 } })
    const gdp = series({ CAN: { 2020: 1, 2021: 100 }, MEX: { 2020: 1, 2021: 100 }, USA: { 2020: 2, 2021: 0 } })
    expect(growthWeightedOfMembers(growth, gdp, M).get(2021)).toBeCloseTo((1 + 2 + 6) / 4, 12)
  })
  test('has no value for the first year (no previous-year weight)', () => {
    const growth = series({ CAN: { 2020: 1 }, MEX: { 2020: 2 }, USA: { 2020: 3 } })
    const gdp = series({ CAN: { 2020: 1 }, MEX: { 2020: 1 }, USA: { 2020: 1 } })
    expect(growthWeightedOfMembers(growth, gdp, M).size).toBe(0)
  })
})

describe('shareOfWorld and difference', () => {
  test('computes the members share of the world total in %', () => {
    const gdp = series({ CAN: { 2025: 2 }, MEX: { 2025: 1 }, USA: { 2025: 27 }, WLD: { 2025: 100 } })
    expect(shareOfWorld(gdp, M).get(2025)).toBeCloseTo(30, 12)
  })
  test('subtracts year by year where both exist', () => {
    const a = new Map([
      [2020, 1.5],
      [2021, 2],
    ])
    const b = new Map([[2021, 3]])
    expect([...difference(a, b)]).toEqual([[2021, -1]])
  })
})

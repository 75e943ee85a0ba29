import { describe, expect, test } from 'vitest'
import { linePath, linearScale, nearestRow, niceTicks, yearTicks } from './chart-scale.ts'
import type { ChartRow } from './to-chart-data.ts'

describe('linearScale', () => {
  test.each([
    [[1990, 2050], [60, 660], 1990, 60],
    [[1990, 2050], [60, 660], 2050, 660],
    [[1990, 2050], [60, 660], 2020, 360],
    [[0, 100], [326, 44], 25, 255.5],
    [[5, 5], [0, 10], 5, 5],
  ] as const)('maps %j onto %j: %d → %d', (domain, range, value, expected) => {
    expect(linearScale(domain, range)(value)).toBeCloseTo(expected, 10)
  })
})

describe('niceTicks', () => {
  test.each<[number, number, number[]]>([
    [18_117, 29_950, [15_000, 20_000, 25_000, 30_000]],
    [0, 1, [0, 0.25, 0.5, 0.75, 1]],
    [3.2, 6.9, [3, 4, 5, 6, 7]],
    [-0.88, 0.71, [-1, -0.5, 0, 0.5, 1]],
    [1.2e12, 2.9e12, [1e12, 1.5e12, 2e12, 2.5e12, 3e12]],
    [100, 100, [90, 95, 100, 105, 110]],
    [0, 0, [-1, -0.5, 0, 0.5, 1]],
  ])('covers %d … %d with round steps', (min, max, expected) => {
    expect(niceTicks(min, max)).toEqual(expected)
  })

  test('has no ticks for values that are not finite', () => {
    expect(niceTicks(Number.NaN, 1)).toEqual([])
  })
})

describe('yearTicks', () => {
  test.each<[number, number, number[]]>([
    [1990, 2050, [1990, 2000, 2010, 2020, 2030, 2040, 2050]],
    [1960, 2060, [1960, 1980, 2000, 2020, 2040, 2060]],
    [2005, 2030, [2005, 2010, 2015, 2020, 2025, 2030]],
    [2019, 2024, [2019, 2020, 2021, 2022, 2023, 2024]],
    [2018, 2026, [2018, 2020, 2022, 2024, 2026]],
  ])('%d–%d', (from, to, expected) => {
    expect(yearTicks(from, to)).toEqual(expected)
  })
})

describe('linePath', () => {
  const x = (v: number) => v - 2000
  const y = (v: number) => 100 - v
  test('joins the rows that have a value, skipping the gaps', () => {
    const rows: ChartRow[] = [{ x: 2000, MEX: 10 }, { x: 2001, MEX: null }, { x: 2002, CAN: 5 }, { x: 2003, MEX: 20.25 }]
    expect(linePath(rows, 'MEX', x, y)).toBe('M0.0,90.0L3.0,79.8')
  })
  test('draws nothing for fewer than two points', () => {
    expect(linePath([{ x: 2000, MEX: 1 }], 'MEX', x, y)).toBeNull()
    expect(linePath([], 'MEX', x, y)).toBeNull()
  })
})

describe('nearestRow', () => {
  const rows = [{ x: 2000 }, { x: 2001 }, { x: 2005 }, { x: 2006.5 }]
  test.each([
    [1990, 0],
    [2000.4, 0],
    [2000.6, 1],
    [2003, 1],
    [2003.1, 2],
    [2006, 3],
    [2100, 3],
  ])('x = %d → row %d', (value, index) => {
    expect(nearestRow(rows, value)).toBe(index)
  })
  test('is -1 without rows', () => {
    expect(nearestRow([], 2000)).toBe(-1)
  })
})

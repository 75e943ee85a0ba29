import { describe, expect, test } from 'vitest'
import { computeTrend } from './trend.ts'
import { expectRelative } from './testing.ts'
import type { YearValue } from './types.ts'

const two = (first: number, last: number): YearValue[] => [
  { year: 2020, value: first },
  { year: 2025, value: last },
]

describe('computeTrend', () => {
  test.each([
    { name: 'growth, higher is better', series: two(100, 110), direction: 1, method: 'pace', trend: 'improving' },
    { name: 'growth, lower is better', series: two(100, 110), direction: -1, method: 'pace', trend: 'worsening' },
    { name: 'decline, lower is better', series: two(110, 100), direction: -1, method: 'pace', trend: 'improving' },
    { name: 'growth within 0.1 %/yr', series: two(100, 100.4), direction: 1, method: 'pace', trend: 'stable' },
    { name: 'linear change within 0.1 % of v_t a year', series: two(100, 100.4), direction: 1, method: 'linear', trend: 'stable' },
    { name: 'linear change above 0.1 % of v_t a year', series: two(100, 101), direction: 1, method: 'linear', trend: 'improving' },
    { name: 'negative values (linear)', series: two(-3, -1), direction: 1, method: 'linear', trend: 'improving' },
    { name: 'zero start on pace falls back to linear', series: two(0, 2), direction: 1, method: 'pace', trend: 'improving' },
  ] as const)('$name → $trend', ({ series, direction, method, trend }) => {
    expect(computeTrend(series, direction, method)?.direction).toBe(trend)
  })

  test('uses the earliest year ≥ t − 5 and the method’s pace', () => {
    const series = [
      { year: 2018, value: 50 },
      { year: 2019, value: 80 },
      { year: 2021, value: 100 },
      { year: 2024, value: 121 },
    ]
    const trend = computeTrend(series, 1, 'pace')
    expect(trend).toMatchObject({ fromYear: 2019, toYear: 2024, direction: 'improving' })
    expectRelative(trend?.pace, Math.pow(121 / 80, 1 / 5) - 1)
    expectRelative(computeTrend(series, 1, 'linear')?.pace, (121 - 80) / 5)
  })

  test.each([
    { name: 'no values', series: [] },
    { name: 'one value', series: [{ year: 2025, value: 1 }] },
    { name: 'one value in the last 5 years', series: [{ year: 2010, value: 1 }, { year: 2025, value: 2 }] },
  ])('is null with $name', ({ series }) => {
    expect(computeTrend(series, 1, 'pace')).toBeNull()
  })
})

import { describe, expect, test } from 'vitest'
import { mexicoGdpAssessment, mexicoGdpSeries } from '@/testing/fixtures.ts'
import { toChartData } from './to-chart-data.ts'
import { niceTicks, valueTicks } from './value-ticks.ts'

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

describe('valueTicks', () => {
  test('cover the history, the projection, the required path and the 2050 target of Mexico’s GDP per capita', () => {
    const model = toChartData({ series: mexicoGdpSeries, assessments: [mexicoGdpAssessment], countries: ['MEX'], from: 2010, to: 2050, events: [], eventLabel: () => '' })
    // 19,018 (2020) … 27,397 (the 2050 target).
    expect(valueTicks(model)).toEqual([17_500, 20_000, 22_500, 25_000, 27_500])
  })

  test('are empty when nothing is drawn', () => {
    const model = toChartData({ series: { ...mexicoGdpSeries, series: [] }, assessments: [], countries: ['MEX'], from: 2010, to: 2050, events: [], eventLabel: () => '' })
    expect(valueTicks(model)).toEqual([])
  })
})

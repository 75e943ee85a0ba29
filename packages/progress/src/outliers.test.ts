import { describe, expect, test } from 'vitest'
import { checkOutlier, median, MIN_OUTLIER_HISTORY, OUTLIER_FACTOR } from './outliers.ts'
import type { PeriodValue } from './to-annual.ts'

const annual = (start: number, values: number[]): PeriodValue[] => values.map((value, i) => ({ period: String(start + i), value }))

// Changes 1, 2, 1, 2 → median 1.5, limit 6; range [10, 16] → accepted levels [4, 22].
const steady = annual(2019, [10, 11, 13, 14, 16])

describe('median', () => {
  test.each([
    [[5], 5],
    [[3, 1], 2],
    [[4, 1, 3], 3],
    [[1, 2, 2, 9], 2],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected)
  })

  test('refuses an empty list', () => {
    expect(() => median([])).toThrow('median of no values')
  })
})

describe('checkOutlier', () => {
  test('uses four median changes', () => {
    expect(OUTLIER_FACTOR).toBe(4)
    expect(MIN_OUTLIER_HISTORY).toBe(3)
  })

  test.each([
    { name: 'the next value within the limit', period: '2024', value: 21, outlier: false, reasons: [] },
    { name: 'the next value exactly at the limit', period: '2024', value: 22, outlier: false, reasons: [] },
    { name: 'a jump above the limit, also above the widened range', period: '2024', value: 22.5, outlier: true, reasons: ['change', 'level'] },
    { name: 'a fall of more than the limit, still inside the range', period: '2024', value: 9.5, outlier: true, reasons: ['change'] },
    { name: 'a correction in the middle, far from the previous period', period: '2021', value: 1, outlier: true, reasons: ['change', 'level'] },
    { name: 'a correction in the middle close to its previous period', period: '2021', value: 12, outlier: false, reasons: [] },
    { name: 'a value before the first period, inside the range', period: '2015', value: 8, outlier: false, reasons: [] },
    { name: 'a value before the first period, below the widened range', period: '2015', value: 3.9, outlier: true, reasons: ['level'] },
  ] as const)('$name → outlier $outlier ($reasons)', ({ period, value, outlier, reasons }) => {
    const check = checkOutlier(steady, period, value)
    expect(check?.outlier).toBe(outlier)
    expect(check?.reasons).toEqual(reasons)
  })

  test('returns the numbers behind the judgement', () => {
    expect(checkOutlier(steady, '2024', 30)).toEqual({
      outlier: true,
      reasons: ['change', 'level'],
      previous: { period: '2023', value: 16 },
      change: 14,
      medianChange: 1.5,
      limit: 6,
      historicalMin: 10,
      historicalMax: 16,
      allowedMin: 4,
      allowedMax: 22,
    })
  })

  test('leaves out the period being entered (a correction is judged against the others)', () => {
    // Without 2023 (16): changes 1, 2, 1 → median 1; limit 4; previous 2022 = 14.
    const check = checkOutlier(steady, '2023', 19)
    expect(check).toMatchObject({ previous: { period: '2022', value: 14 }, change: 5, medianChange: 1, limit: 4, outlier: true })
  })

  test('sorts the history by period (quarters and months sort as text)', () => {
    const quarters: PeriodValue[] = [
      { period: '2025-Q3', value: 5.2 },
      { period: '2025-Q1', value: 5.0 },
      { period: '2025-Q2', value: 5.1 },
      { period: '2024-Q4', value: 4.9 },
    ]
    expect(checkOutlier(quarters, '2025-Q4', 5.3)).toMatchObject({ previous: { period: '2025-Q3', value: 5.2 }, outlier: false })
    expect(checkOutlier(quarters, '2025-Q4', 6)?.reasons).toEqual(['change', 'level'])
    const months = annual(0, [1, 2, 3]).map((p, i) => ({ period: `2025-${String(i + 10).padStart(2, '0')}`, value: p.value }))
    expect(checkOutlier(months, '2025-09', 0.5)).toMatchObject({ previous: null, change: null, outlier: false })
  })

  test('a constant series questions any other value', () => {
    const flat = annual(2020, [0, 0, 0])
    expect(checkOutlier(flat, '2023', 0)?.outlier).toBe(false)
    expect(checkOutlier(flat, '2023', 0.1)?.reasons).toEqual(['change', 'level'])
  })

  test.each([
    ['no history', []],
    ['two values', annual(2020, [1, 2])],
    ['three values of which one is the period entered', annual(2021, [1, 2, 3])],
  ])('judges nothing with %s', (_name, history) => {
    expect(checkOutlier(history, '2023', 100)).toBeNull()
  })
})

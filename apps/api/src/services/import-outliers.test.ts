import { describe, expect, test } from 'vitest'
import { findOutliers } from './import-outliers.ts'

/** Mexico's GDP per capita (PPP) 2015–2024 in the seed, rounded. */
const SERIES = new Map([
  ['2015', 21420],
  ['2016', 21764],
  ['2017', 22068],
  ['2018', 22362],
  ['2019', 22084],
  ['2020', 19894],
  ['2021', 20988],
  ['2022', 21641],
  ['2023', 21917],
  ['2024', 22090],
])
const live = () => SERIES

describe('findOutliers', () => {
  test.each([
    ['a plausible next value', [{ seq: 0, period: '2025', value: 22300 }], []],
    ['a value that doubles the level', [{ seq: 4, period: '2024', value: 45000 }], [[4, ['change', 'level']]]],
    // The 2025 value is judged against the series as the import leaves it: after 45,000 in 2024, it is a fall.
    ['values of one import are judged against each other', [{ seq: 0, period: '2025', value: 22300 }, { seq: 1, period: '2024', value: 45000 }], [[0, ['change']], [1, ['change', 'level']]]],
  ])('%s', (_, cells, expected) => {
    const found = findOutliers(cells.map((c) => ({ ...c, indicatorId: 1, country: 'MEX' })), live)
    expect([...found].map(([seq, w]) => [seq, w.reasons])).toEqual(expected)
  })

  test('a series rewritten as a whole is judged as the import leaves it: only the 2020 fall stands out', () => {
    // Every value scaled by 1.01 keeps the shape, and the shape has one jump: −2,190 in 2020 (the median change is ~300).
    const cells = [...SERIES].map(([period, value], seq) => ({ seq, indicatorId: 1, country: 'MEX', period, value: value * 1.01 }))
    expect([...findOutliers(cells, live)].map(([seq, w]) => [cells[seq]?.period, w.reasons])).toEqual([['2020', ['change']]])
  })

  test('too short a history says nothing', () => {
    expect(findOutliers([{ seq: 0, indicatorId: 1, country: 'CAN', period: '2024', value: 1e9 }], () => new Map([['2023', 1]])).size).toBe(0)
  })
})

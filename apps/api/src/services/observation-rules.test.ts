import { describe, expect, test } from 'vitest'
import { periodProblem, valueProblem } from './observation-rules.ts'

describe('periodProblem', () => {
  test.each([
    ['2026', 'annual', null],
    ['1900', 'annual', null],
    ['2027', 'annual', '2027 is after the current year (2026)'],
    ['1899', 'annual', '1899 is before 1900'],
    ['2026-Q1', 'annual', '"2026-Q1" is not a period of this annual indicator (use YYYY, e.g. 2026)'],
    ['26', 'annual', '"26" is not a period of this annual indicator (use YYYY, e.g. 2026)'],
    ['2026-Q1', 'quarterly', null],
    ['2026-Q4', 'quarterly', null],
    ['2026-Q5', 'quarterly', '"2026-Q5" is not a period of this quarterly indicator (use YYYY-Qn, e.g. 2026-Q1)'],
    ['2026', 'quarterly', '"2026" is not a period of this quarterly indicator (use YYYY-Qn, e.g. 2026-Q1)'],
    ['2027-Q1', 'quarterly', '2027 is after the current year (2026)'],
    ['2026-03', 'monthly', null],
    ['2026-12', 'monthly', null],
    ['2026-13', 'monthly', '"2026-13" is not a period of this monthly indicator (use YYYY-MM, e.g. 2026-03)'],
    ['2026-3', 'monthly', '"2026-3" is not a period of this monthly indicator (use YYYY-MM, e.g. 2026-03)'],
    ['2026-Q1', 'monthly', '"2026-Q1" is not a period of this monthly indicator (use YYYY-MM, e.g. 2026-03)'],
  ] as const)('%s for a %s indicator in 2026 → %s', (period, frequency, problem) => {
    expect(periodProblem(period, frequency, 2026)).toBe(problem)
  })
})

describe('valueProblem', () => {
  test.each([
    [50, 0, 100, null],
    [0, 0, 100, null],
    [100, 0, 100, null],
    [-0.1, 0, 100, '-0.1 is below the lowest possible value, 0'],
    [100.5, 0, 100, '100.5 is above the highest possible value, 100'],
    [-1e15, null, null, null],
    [5, 10, null, '5 is below the lowest possible value, 10'],
    [Number.NaN, null, null, 'must be a finite number'],
    [Number.POSITIVE_INFINITY, null, null, 'must be a finite number'],
  ])('%d within [%s, %s] → %s', (value, min, max, problem) => {
    expect(valueProblem(value, min, max)).toBe(problem)
  })
})

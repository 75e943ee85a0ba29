import { describe, expect, test } from 'vitest'
import { isPeriodLike, parsePeriod, periodProblem } from './periods.ts'

describe('parsePeriod', () => {
  test.each([
    ['2026', '2026', 'annual'],
    [' 1960 ', '1960', 'annual'],
    ['2026-Q1', '2026-Q1', 'quarterly'],
    ['2026Q1', '2026-Q1', 'quarterly'],
    ['2026-q4', '2026-Q4', 'quarterly'],
    ['2026-03', '2026-03', 'monthly'],
    ['2026M03', '2026-03', 'monthly'],
    ['2026M3', '2026-03', 'monthly'],
    ['2026-M12', '2026-12', 'monthly'],
    ['2026m1', '2026-01', 'monthly'],
  ])('reads "%s" as %s (%s)', (raw, period, frequency) => {
    expect(parsePeriod(raw)).toEqual({ ok: true, period, frequency, year: Number(period.slice(0, 4)) })
  })

  test.each([
    ['2026-Q5', '"2026-Q5" is not a period: quarter 5 does not exist'],
    ['2026Q0', '"2026Q0" is not a period: quarter 0 does not exist'],
    ['2026-13', '"2026-13" is not a period: month 13 does not exist'],
    ['2026M00', '"2026M00" is not a period: month 00 does not exist'],
    ['26', '"26" is not a period (use YYYY, YYYY-Qn or YYYY-MM, e.g. 2026, 2026-Q1, 2026-03)'],
    ['2026-01-15', '"2026-01-15" is not a period (use YYYY, YYYY-Qn or YYYY-MM, e.g. 2026, 2026-Q1, 2026-03)'],
    ['FY2026', '"FY2026" is not a period (use YYYY, YYYY-Qn or YYYY-MM, e.g. 2026, 2026-Q1, 2026-03)'],
    ['2026-S1', '"2026-S1" is not a period (use YYYY, YYYY-Qn or YYYY-MM, e.g. 2026, 2026-Q1, 2026-03)'],
    ['', 'the period is empty (use YYYY, YYYY-Qn or YYYY-MM, e.g. 2026, 2026-Q1, 2026-03)'],
  ])('refuses "%s": %s', (raw, reason) => {
    expect(parsePeriod(raw)).toEqual({ ok: false, reason })
  })
})

describe('isPeriodLike', () => {
  test.each([
    ['1960', true],
    ['2026-Q1', true],
    ['2026M03', true],
    ['2026-13', true],
    ['Country Code', false],
    ['', false],
    ['1960 [YR1960]', false],
  ])('"%s" → %s', (header, expected) => {
    expect(isPeriodLike(header)).toBe(expected)
  })
})

describe('periodProblem', () => {
  const period = (raw: string) => {
    const p = parsePeriod(raw)
    if (!p.ok) throw new Error(p.reason)
    return p
  }

  test.each([
    ['2026', 'annual', null],
    ['1900', 'annual', null],
    ['2026-Q2', 'quarterly', null],
    ['2026-12', 'monthly', null],
    ['1899', 'annual', { code: 'impossible-year', reason: 'year 1899 is before 1900' }],
    ['0000', 'annual', { code: 'impossible-year', reason: 'year 0 is before 1900' }],
    ['2027', 'annual', { code: 'impossible-year', reason: 'year 2027 is after the current year (2026)' }],
    ['2031-Q1', 'quarterly', { code: 'impossible-year', reason: 'year 2031 is after the current year (2026)' }],
    ['2024-Q1', 'annual', { code: 'wrong-frequency', reason: '2024-Q1 is a quarterly period but gdp-per-capita-ppp is annual (use YYYY)' }],
    ['2024', 'monthly', { code: 'wrong-frequency', reason: '2024 is an annual period but gdp-per-capita-ppp is monthly (use YYYY-MM)' }],
  ] as const)('%s for a %s indicator in 2026 → %j', (raw, frequency, expected) => {
    expect(periodProblem(period(raw), 'gdp-per-capita-ppp', frequency, 2026)).toEqual(expected)
  })
})

import { describe, expect, test } from 'vitest'
import type { AnnualAggregation, Frequency } from '@nap/domain'
import { toAnnual, type PeriodValue } from './to-annual.ts'
import type { YearValue } from './types.ts'

const quarters = (year: number, values: number[]): PeriodValue[] =>
  values.map((value, index) => ({ period: `${year}-Q${index + 1}`, value }))
const months = (year: number, values: number[]): PeriodValue[] =>
  values.map((value, index) => ({ period: `${year}-${String(index + 1).padStart(2, '0')}`, value }))

describe('toAnnual', () => {
  test.each<{ name: string; points: PeriodValue[]; frequency: Frequency; aggregation: AnnualAggregation; annual: YearValue[] }>([
    {
      name: 'annual values pass through, sorted',
      points: [
        { period: '2024', value: 2 },
        { period: '2023', value: 1 },
      ],
      frequency: 'annual',
      aggregation: 'sum',
      annual: [
        { year: 2023, value: 1 },
        { year: 2024, value: 2 },
      ],
    },
    {
      name: 'quarterly rates average into a year',
      points: [...quarters(2024, [5, 6, 7, 6]), ...quarters(2023, [4, 4, 5, 5])],
      frequency: 'quarterly',
      aggregation: 'mean',
      annual: [
        { year: 2023, value: 4.5 },
        { year: 2024, value: 6 },
      ],
    },
    {
      name: 'quarterly flows sum into a year',
      points: quarters(2024, [1, 2, 3, 4]),
      frequency: 'quarterly',
      aggregation: 'sum',
      annual: [{ year: 2024, value: 10 }],
    },
    {
      name: 'monthly flows sum into a year',
      points: months(2024, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
      frequency: 'monthly',
      aggregation: 'sum',
      annual: [{ year: 2024, value: 78 }],
    },
    {
      name: 'monthly levels average into a year',
      points: months(2024, Array.from({ length: 12 }, () => 3)),
      frequency: 'monthly',
      aggregation: 'mean',
      annual: [{ year: 2024, value: 3 }],
    },
    {
      name: 'an incomplete quarterly year is dropped',
      points: [...quarters(2024, [1, 2, 3, 4]), ...quarters(2025, [5, 6, 7])],
      frequency: 'quarterly',
      aggregation: 'sum',
      annual: [{ year: 2024, value: 10 }],
    },
    {
      name: 'an incomplete monthly year is dropped',
      points: [...months(2024, Array.from({ length: 12 }, () => 1)), ...months(2025, [1, 1, 1])],
      frequency: 'monthly',
      aggregation: 'mean',
      annual: [{ year: 2024, value: 1 }],
    },
    {
      name: 'no points give no years',
      points: [],
      frequency: 'monthly',
      aggregation: 'mean',
      annual: [],
    },
  ])('$name', ({ points, frequency, aggregation, annual }) => {
    expect(toAnnual(points, frequency, aggregation)).toEqual(annual)
  })

  test.each<{ name: string; points: PeriodValue[]; frequency: Frequency; message: string }>([
    { name: 'a quarter 5', points: [{ period: '2024-Q5', value: 1 }], frequency: 'quarterly', message: '2024-Q5' },
    { name: 'a monthly period in a quarterly series', points: [{ period: '2024-03', value: 1 }], frequency: 'quarterly', message: '2024-03' },
    { name: 'month 13', points: [{ period: '2024-13', value: 1 }], frequency: 'monthly', message: '2024-13' },
    { name: 'a one-digit month', points: [{ period: '2024-3', value: 1 }], frequency: 'monthly', message: '2024-3' },
    { name: 'a quarter in an annual series', points: [{ period: '2024-Q1', value: 1 }], frequency: 'annual', message: '2024-Q1' },
    { name: 'a two-digit year', points: [{ period: '24', value: 1 }], frequency: 'annual', message: '"24"' },
    { name: 'a duplicated period', points: [...quarters(2024, [1]), ...quarters(2024, [2])], frequency: 'quarterly', message: 'Duplicate period "2024-Q1"' },
    { name: 'a NaN value', points: [{ period: '2024', value: Number.NaN }], frequency: 'annual', message: '"2024"' },
  ])('rejects $name, naming the period', ({ points, frequency, message }) => {
    expect(() => toAnnual(points, frequency, 'mean')).toThrow(message)
  })
})

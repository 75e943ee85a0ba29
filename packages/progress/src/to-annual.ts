import type { AnnualAggregation, Frequency } from '@nap/domain'
import type { YearValue } from './types.ts'

/** One observation of a period: '2024' (annual), '2024-Q1' (quarterly), '2024-03' (monthly). */
export interface PeriodValue {
  period: string
  value: number
}

const PERIOD_FORMATS: Record<Frequency, { pattern: RegExp; example: string; perYear: number }> = {
  annual: { pattern: /^(\d{4})$/, example: 'YYYY', perYear: 1 },
  quarterly: { pattern: /^(\d{4})-Q([1-4])$/, example: 'YYYY-Qn, n = 1…4', perYear: 4 },
  monthly: { pattern: /^(\d{4})-(0[1-9]|1[0-2])$/, example: 'YYYY-MM, MM = 01…12', perYear: 12 },
}

/**
 * Turns a series of the given frequency into annual values. Annual periods pass through; for
 * quarterly and monthly series only complete years (4 quarters / 12 months) become a value, by the
 * mean or the sum of their periods, and incomplete years are dropped. Throws an Error naming the
 * period on a malformed or duplicated period, or a non-finite value. Result sorted by year.
 */
export function toAnnual(
  points: readonly PeriodValue[],
  frequency: Frequency,
  aggregation: AnnualAggregation,
): YearValue[] {
  const format = PERIOD_FORMATS[frequency]
  const years = new Map<number, Map<string, number>>()
  for (const { period, value } of points) {
    const match = format.pattern.exec(period)
    if (match === null) {
      throw new Error(`Invalid ${frequency} period "${period}" (expected ${format.example})`)
    }
    if (!Number.isFinite(value)) throw new Error(`Non-finite value ${value} for period "${period}"`)
    const year = Number(match[1])
    const periods = years.get(year) ?? new Map<string, number>()
    if (periods.has(period)) throw new Error(`Duplicate period "${period}"`)
    periods.set(period, value)
    years.set(year, periods)
  }
  const annual: YearValue[] = []
  for (const [year, periods] of years) {
    if (periods.size < format.perYear) continue
    const values = [...periods.values()]
    const sum = values.reduce((total, value) => total + value, 0)
    annual.push({ year, value: aggregation === 'sum' || frequency === 'annual' ? sum : sum / values.length })
  }
  return annual.sort((a, b) => a.year - b.year)
}

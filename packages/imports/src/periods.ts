/**
 * Periods as files write them, turned into the project's forms: YYYY (annual), YYYY-Qn (quarterly),
 * YYYY-MM (monthly). Accepted spellings: 2026; 2026-Q1, 2026Q1, 2026-q1; 2026-03, 2026M03, 2026M3,
 * 2026-M03. Whether the period fits an indicator (its frequency, a possible year) is a second step,
 * because the same file can hold indicators of different frequencies.
 */
import type { Frequency } from '@nap/domain'

/** The earliest year a value may be imported for (the observation editor's rule too). */
export const FIRST_YEAR = 1900

export interface Period {
  /** In the project's form: 2026, 2026-Q1, 2026-03. */
  period: string
  frequency: Frequency
  year: number
}

export type PeriodResult = ({ ok: true } & Period) | { ok: false; reason: string }

const ANNUAL = /^(\d{4})$/
const QUARTER = /^(\d{4})-?[Qq](\d+)$/
const MONTH_M = /^(\d{4})-?[Mm](\d{1,2})$/
const MONTH_DASH = /^(\d{4})-(\d{2})$/

const USE = 'use YYYY, YYYY-Qn or YYYY-MM, e.g. 2026, 2026-Q1, 2026-03'

export function parsePeriod(raw: string): PeriodResult {
  const text = raw.trim()
  let m = ANNUAL.exec(text)
  if (m) return { ok: true, period: m[1] ?? '', frequency: 'annual', year: Number(m[1]) }
  m = QUARTER.exec(text)
  if (m) {
    const q = Number(m[2])
    if (q < 1 || q > 4) return { ok: false, reason: `"${text}" is not a period: quarter ${m[2] ?? ''} does not exist` }
    return { ok: true, period: `${m[1] ?? ''}-Q${q}`, frequency: 'quarterly', year: Number(m[1]) }
  }
  m = MONTH_M.exec(text) ?? MONTH_DASH.exec(text)
  if (m) {
    const month = Number(m[2])
    if (month < 1 || month > 12) return { ok: false, reason: `"${text}" is not a period: month ${m[2] ?? ''} does not exist` }
    return { ok: true, period: `${m[1] ?? ''}-${String(month).padStart(2, '0')}`, frequency: 'monthly', year: Number(m[1]) }
  }
  return { ok: false, reason: text === '' ? `the period is empty (${USE})` : `"${text}" is not a period (${USE})` }
}

/** True when a header cell is written like a period (so a wide file's column is a period column). */
export function isPeriodLike(raw: string): boolean {
  const text = raw.trim()
  return ANNUAL.test(text) || QUARTER.test(text) || MONTH_M.test(text) || MONTH_DASH.test(text)
}

const FORM: Record<Frequency, string> = { annual: 'YYYY', quarterly: 'YYYY-Qn', monthly: 'YYYY-MM' }

export type PeriodProblem = { code: 'wrong-frequency' | 'impossible-year'; reason: string }

/** Why `period` cannot be a period of an indicator of `frequency` in `currentYear`, or null. */
export function periodProblem(period: Period, slug: string, frequency: Frequency, currentYear: number): PeriodProblem | null {
  if (period.frequency !== frequency) {
    const article = period.frequency === 'annual' ? 'an' : 'a'
    return { code: 'wrong-frequency', reason: `${period.period} is ${article} ${period.frequency} period but ${slug} is ${frequency} (use ${FORM[frequency]})` }
  }
  if (period.year < FIRST_YEAR) return { code: 'impossible-year', reason: `year ${period.year} is before ${FIRST_YEAR}` }
  if (period.year > currentYear) return { code: 'impossible-year', reason: `year ${period.year} is after the current year (${currentYear})` }
  return null
}

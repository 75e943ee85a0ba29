/**
 * What an editor may type into a cell, as pure rules (no I/O): each returns the problem in words, or
 * null. The observation editor applies them and names the offending field.
 */
import type { Frequency } from '@nap/domain'

/** The earliest year a value may be entered for. */
export const FIRST_YEAR = 1900

const PERIOD_FORMATS: Record<Frequency, { pattern: RegExp; example: string }> = {
  annual: { pattern: /^(\d{4})$/, example: 'YYYY, e.g. 2026' },
  quarterly: { pattern: /^(\d{4})-Q[1-4]$/, example: 'YYYY-Qn, e.g. 2026-Q1' },
  monthly: { pattern: /^(\d{4})-(0[1-9]|1[0-2])$/, example: 'YYYY-MM, e.g. 2026-03' },
}

/** The problem with `period` for an indicator of `frequency` in `currentYear`, or null. */
export function periodProblem(period: string, frequency: Frequency, currentYear: number): string | null {
  const format = PERIOD_FORMATS[frequency]
  const match = format.pattern.exec(period)
  if (!match) return `"${period}" is not a period of this ${frequency} indicator (use ${format.example})`
  const year = Number(match[1])
  if (year > currentYear) return `${year} is after the current year (${currentYear})`
  if (year < FIRST_YEAR) return `${year} is before ${FIRST_YEAR}`
  return null
}

/** The problem with `value` given the indicator's declared bounds (null: none), or null. */
export function valueProblem(value: number, min: number | null, max: number | null): string | null {
  if (!Number.isFinite(value)) return 'must be a finite number'
  if (min !== null && value < min) return `${value} is below the lowest possible value, ${min}`
  if (max !== null && value > max) return `${value} is above the highest possible value, ${max}`
  return null
}

/** Reason texts are required and kept short enough to read in a list. */
export const REASON_MAX_LENGTH = 500
export const SOURCE_NOTE_MAX_LENGTH = 500

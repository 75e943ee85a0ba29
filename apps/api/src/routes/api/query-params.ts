/** Reusable zod pieces for query strings (one place for "a list of country codes", "a year"). */
import { z } from 'zod'
import { AREA_CODES, isAreaCode } from '@nap/domain'
import { CountryCodeSchema } from '@nap/schemas'
import { parseIsoDate } from './iso-date.ts'

export const YearParam = z.coerce
  .number({ error: 'must be a year (a whole number)' })
  .int({ error: 'must be a year (a whole number)' })
  .min(1900, { error: 'must be 1900 or later' })
  .max(2100, { error: 'must be 2100 or earlier' })

export const CountryListParam = z
  .string()
  .transform((s, ctx) => {
    const codes = s.split(',').map((c) => c.trim().toUpperCase()).filter((c) => c !== '')
    const known = codes.filter(isAreaCode)
    const unknown = codes.filter((c) => !isAreaCode(c))
    if (codes.length === 0 || unknown.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message:
          codes.length === 0
            ? 'must name at least one country'
            : `unknown country code ${unknown.map((c) => `"${c}"`).join(', ')} (use ${AREA_CODES.join(', ')})`,
      })
      return z.NEVER
    }
    return [...new Set(known)]
  })
  .describe('Comma-separated country codes: CAN, MEX, USA, NAM (North America) or WLD (world)')

/**
 * The one date parameter of every route (`asOf`): an ISO date or UTC date-time that exists in the
 * calendar (2026-02-30 is rejected), parsed to its UTC day and instant (see iso-date.ts).
 */
export const IsoDateParam = z
  .string()
  .transform((s, ctx) => {
    const parsed = parseIsoDate(s)
    if (parsed.ok) return parsed.value
    ctx.addIssue({ code: 'custom', message: parsed.message })
    return z.NEVER
  })
  .describe('ISO date (YYYY-MM-DD) or UTC date-time (YYYY-MM-DDTHH:MM[:SS[.sss]]Z); it must exist in the calendar')

/** One of the four assessed codes (CAN, MEX, USA, NAM), case-insensitive. */
export const CountryParam = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.enum(CountryCodeSchema.options, { error: 'unknown country code (use CAN, MEX, USA or NAM)' }))
  .describe('CAN, MEX, USA or NAM')

export const GoalParam = z.coerce
  .number({ error: 'must be a goal number 1–4' })
  .int({ error: 'must be a goal number 1–4' })
  .min(1, { error: 'must be a goal number 1–4' })
  .max(4, { error: 'must be a goal number 1–4' })

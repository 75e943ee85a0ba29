/** Query-string pieces of the public record (revisions, change feed): area, period, time window, paging. */
import { z } from 'zod'
import { AREA_CODES } from '@nap/domain'
import { decodeCursor } from '../../repositories/cursor.ts'
import { parseIsoDate } from './iso-date.ts'

/** Any code that holds observations (CAN, MEX, USA, NAM, WLD), case-insensitive. */
export const AreaCodeParam = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.enum(AREA_CODES, { error: `unknown country code (use ${AREA_CODES.join(', ')})` }))
  .describe('CAN, MEX, USA, NAM (North America) or WLD (world)')

export const PeriodParam = z
  .string()
  .regex(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, { error: "must be a period: 'YYYY', 'YYYY-Qn' or 'YYYY-MM'" })
  .describe("'YYYY', 'YYYY-Qn' or 'YYYY-MM'")

/**
 * The start of a time window (inclusive): a UTC date-time, or a date alone meaning the start of that
 * day (UTC). Its end (`until`) is the route's IsoDateParam, where a date alone means the end of the day.
 */
export const SinceParam = z
  .string()
  .transform((s, ctx) => {
    const parsed = parseIsoDate(s)
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsed.message })
      return z.NEVER
    }
    return s.length === 10 ? `${parsed.value.date}T00:00:00.000Z` : parsed.value.instant
  })
  .describe('From this UTC date-time (inclusive); a date alone means from the start of that day')

export const limitParam = (fallback: number, max: number) =>
  z.coerce
    .number({ error: `must be a whole number from 1 to ${String(max)}` })
    .int({ error: `must be a whole number from 1 to ${String(max)}` })
    .min(1, { error: `must be a whole number from 1 to ${String(max)}` })
    .max(max, { error: `must be a whole number from 1 to ${String(max)}` })
    .default(fallback)
    .describe(`Items per page (default ${String(fallback)}, at most ${String(max)})`)

export const CursorParam = z
  .string()
  .transform((s, ctx) => {
    const cursor = decodeCursor(s)
    if (cursor === null) {
      ctx.addIssue({ code: 'custom', message: 'is not a cursor from this API (use nextCursor of the previous page)' })
      return z.NEVER
    }
    return cursor
  })
  .describe('nextCursor of the previous page')

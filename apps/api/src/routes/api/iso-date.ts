/**
 * The one reader of dates in query strings (`asOf`): an ISO 8601 calendar date or UTC date-time that
 * must exist in the calendar. `Date.parse` is not enough: it takes 2026-02-30 for 2 March.
 */
const ISO_DATE_OR_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?Z)?$/

export const ISO_DATE_FORMAT = 'must be an ISO date (YYYY-MM-DD) or UTC date-time (YYYY-MM-DDTHH:MM[:SS[.sss]]Z)'

export interface IsoDate {
  /** The calendar day (UTC), YYYY-MM-DD. */
  date: string
  /** The instant as `Date#toISOString` writes it; a bare date stands for the last millisecond of its day. */
  instant: string
}

export type IsoDateResult = { ok: true; value: IsoDate } | { ok: false; message: string }

/** Milliseconds of a UTC date and time, or null when a field rolls over (Feb 30, month 13, 24:00…). */
function utcTime(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number): number | null {
  const d = new Date(0)
  d.setUTCFullYear(year, month - 1, day) // unlike Date.UTC, keeps years 0–99 as they are
  d.setUTCHours(hour, minute, second, ms)
  const same =
    d.getUTCFullYear() === year &&
    d.getUTCMonth() === month - 1 &&
    d.getUTCDate() === day &&
    d.getUTCHours() === hour &&
    d.getUTCMinutes() === minute &&
    d.getUTCSeconds() === second
  return same ? d.getTime() : null
}

export function parseIsoDate(text: string): IsoDateResult {
  const m = ISO_DATE_OR_TIME.exec(text)
  if (!m) return { ok: false, message: ISO_DATE_FORMAT }
  const [, y = '', mo = '', d = '', h, mi, s, frac] = m
  const date = `${y}-${mo}-${d}`
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  if (utcTime(year, month, day, 0, 0, 0, 0) === null) return { ok: false, message: `${date} is not a real date` }
  if (h === undefined) return { ok: true, value: { date, instant: `${date}T23:59:59.999Z` } }
  const ms = frac === undefined ? 0 : Number(frac.padEnd(3, '0'))
  const time = utcTime(year, month, day, Number(h), Number(mi), Number(s ?? '0'), ms)
  if (time === null) return { ok: false, message: `${text} is not a real time of day` }
  return { ok: true, value: { date, instant: new Date(time).toISOString() } }
}

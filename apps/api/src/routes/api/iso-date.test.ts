import { describe, expect, test } from 'vitest'
import { ISO_DATE_FORMAT, parseIsoDate } from './iso-date.ts'

describe('parseIsoDate', () => {
  test.each([
    ['2026-02-28', '2026-02-28', '2026-02-28T23:59:59.999Z'],
    ['2024-02-29', '2024-02-29', '2024-02-29T23:59:59.999Z'],
    ['2000-02-29', '2000-02-29', '2000-02-29T23:59:59.999Z'],
    ['2026-12-31', '2026-12-31', '2026-12-31T23:59:59.999Z'],
    ['2026-02-28T12:30Z', '2026-02-28', '2026-02-28T12:30:00.000Z'],
    ['2026-02-28T12:30:15Z', '2026-02-28', '2026-02-28T12:30:15.000Z'],
    ['2026-02-28T12:30:15.5Z', '2026-02-28', '2026-02-28T12:30:15.500Z'],
    ['2026-02-28T23:59:59.999Z', '2026-02-28', '2026-02-28T23:59:59.999Z'],
    ['0050-01-01', '0050-01-01', '0050-01-01T23:59:59.999Z'],
  ])('%s is the day %s, up to %s', (text, date, instant) => {
    expect(parseIsoDate(text)).toEqual({ ok: true, value: { date, instant } })
  })

  test.each([
    ['2026-02-30', '2026-02-30 is not a real date'],
    ['2025-02-29', '2025-02-29 is not a real date'],
    ['1900-02-29', '1900-02-29 is not a real date'],
    ['2026-04-31', '2026-04-31 is not a real date'],
    ['2026-13-01', '2026-13-01 is not a real date'],
    ['2026-00-10', '2026-00-10 is not a real date'],
    ['2026-01-00', '2026-01-00 is not a real date'],
    ['2026-02-30T10:00Z', '2026-02-30 is not a real date'],
    ['2026-02-28T24:00Z', '2026-02-28T24:00Z is not a real time of day'],
    ['2026-02-28T12:60Z', '2026-02-28T12:60Z is not a real time of day'],
    ['2026-02-28T12:00:60Z', '2026-02-28T12:00:60Z is not a real time of day'],
    ['yesterday', ISO_DATE_FORMAT],
    ['23-11-2026', ISO_DATE_FORMAT],
    ['2026-2-1', ISO_DATE_FORMAT],
    ['2026-02-28T12:00', ISO_DATE_FORMAT],
    ['2026-02-28T12:00+01:00', ISO_DATE_FORMAT],
    ['2026-02-28 ', ISO_DATE_FORMAT],
    ['', ISO_DATE_FORMAT],
  ])('rejects %j: %s', (text, message) => {
    expect(parseIsoDate(text)).toEqual({ ok: false, message })
  })
})

import { describe, expect, test } from 'vitest'
import type { Locale } from '@nap/domain'
import { formatInputNumber, parseLocaleNumber, type NumberParseError } from './parse-locale-number.ts'

describe('parseLocaleNumber', () => {
  const accepted: [Locale, string, number][] = [
    ['en', '22,040.5', 22040.5],
    ['en', '22040.5', 22040.5],
    ['en', '22,040', 22040],
    ['en', '3.145', 3.145],
    ['en', '1,234,567.89', 1234567.89],
    ['en', '22 040.5', 22040.5],
    ['en', '  2.7 ', 2.7],
    ['en', '-0.25', -0.25],
    ['en', '\u22120.25', -0.25],
    ['en', '+4', 4],
    ['en', '.5', 0.5],
    ['en', '5.', 5],
    ['en', '-0', 0],
    ['es', '22.040,5', 22040.5],
    ['es', '22040,5', 22040.5],
    ['es', '1.234.567,89', 1234567.89],
    ['es', '22,040', 22.04],
    ['es', '3,145', 3.145],
    ['es', '0,125', 0.125],
    ['es', '2,7', 2.7],
    ['es', '-1,5', -1.5],
    ['es', '27', 27],
    ['fr', '22.040,5', 22040.5],
    ['fr', '22 040,5', 22040.5],
    ['fr', '22\u00a0040,5', 22040.5],
    ['fr', '22\u202f040,5', 22040.5],
    ['fr', '1 234 567', 1234567],
    ['fr', '2,7', 2.7],
  ]
  test.each(accepted)('%s reads %j as %d', (locale, text, value) => {
    expect(parseLocaleNumber(text, locale)).toEqual({ ok: true, value })
  })

  const refused: [Locale, string, NumberParseError, string[]][] = [
    ['en', '', 'empty', []],
    ['en', '   ', 'empty', []],
    ['en', 'abc', 'characters', []],
    ['en', '1e5', 'characters', []],
    ['en', '12%', 'characters', []],
    ['en', '--1', 'characters', []],
    ['en', '9'.repeat(400), 'characters', []],
    ['en', '22.040,5', 'reversed', ['22040.5']],
    ['en', '1.234.567', 'reversed', ['1234567']],
    ['en', '1,5', 'decimalSeparator', ['1.5']],
    ['en', ',25', 'decimalSeparator', ['0.25']],
    ['en', '1,23,456', 'grouping', []],
    ['en', '22,04', 'decimalSeparator', ['22.04']],
    ['en', '1.2.3', 'grouping', []],
    ['en', '12 34', 'grouping', []],
    ['es', '22,040.5', 'reversed', ['22040,5']],
    ['es', '22.040', 'ambiguous', ['22040', '22,04']],
    ['es', '-1.500', 'ambiguous', ['-1500', '-1,5']],
    ['es', '22.5', 'decimalSeparator', ['22,5']],
    ['es', '0.125', 'decimalSeparator', ['0,125']],
    ['es', '1,234,567', 'reversed', ['1234567']],
    ['fr', '22.040', 'ambiguous', ['22040', '22,04']],
    ['fr', '2.7', 'decimalSeparator', ['2,7']],
    ['fr', '22,040.5', 'reversed', ['22040,5']],
    ['fr', '22 04,5', 'grouping', []],
  ]
  test.each(refused)('%s refuses %j as %s', (locale, text, error, suggestions) => {
    expect(parseLocaleNumber(text, locale)).toEqual({ ok: false, error, suggestions })
  })

  test('a Spanish figure with thousands groups is never read as decimals', () => {
    const result = parseLocaleNumber('22.040,5', 'es')
    expect(result.ok && result.value).toBe(22040.5)
    expect(parseLocaleNumber('22.040,5', 'en').ok).toBe(false)
  })
})

describe('formatInputNumber', () => {
  test.each([
    [22040.5, 'en', '22040.5'],
    [22040.5, 'es', '22040,5'],
    [22040.5, 'fr', '22040,5'],
    [3.145, 'es', '3,145'],
    [-0.25, 'fr', '-0,25'],
    [1234567, 'en', '1234567'],
    [0.1 + 0.2, 'en', '0.30000000000000004'],
  ] as const)('writes %d in %s as %j', (value, locale, text) => {
    expect(formatInputNumber(value, locale)).toBe(text)
  })

  test.each([3.145, 22040.5, -0.001, 1234567.891, 6.461163895697936])('reads back what it writes: %d', (value) => {
    for (const locale of ['en', 'es', 'fr'] as const) {
      expect(parseLocaleNumber(formatInputNumber(value, locale), locale)).toEqual({ ok: true, value })
    }
  })
})

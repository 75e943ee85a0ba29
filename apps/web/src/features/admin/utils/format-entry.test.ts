import { describe, expect, test } from 'vitest'
import type { Locale } from '@nap/domain'
import { decimalsOf, formatEntryValue } from './format-entry.ts'
import { parseLocaleNumber } from './parse-locale-number.ts'

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ')
const percent = { valueFormat: 'percent', unitScale: 1, decimals: 1 } as const
const dollars = { valueFormat: 'currency', unitScale: 1, decimals: 0 } as const
const points = { valueFormat: 'pp', unitScale: 1, decimals: 2 } as const

describe('formatEntryValue', () => {
  test.each([
    ['en', 2.673, percent, '2.673%'],
    ['es', 2.673, percent, '2,673 %'],
    ['fr', 2.673, percent, '2,673 %'],
    ['en', 2.7, percent, '2.7%'],
    ['es', 4, percent, '4,0 %'],
    ['en', 22040.5, dollars, '22,040.5'],
    ['es', 22040.5, dollars, '22.040,5'],
    ['fr', 22040.5, dollars, '22 040,5'],
    ['es', -0.25, points, '-0,25 p. p.'],
  ] as [Locale, number, typeof percent, string][])('%s writes %d as %j', (lang, value, spec, text) => {
    expect(plain(formatEntryValue(value, spec, lang))).toBe(text)
  })

  test.each(['en', 'es', 'fr'] as const)('what it writes in %s the grid reads back as the same number', (lang) => {
    const text = formatEntryValue(22040.5, dollars, lang)
    expect(parseLocaleNumber(text, lang)).toEqual({ ok: true, value: 22040.5 })
  })
})

describe('decimalsOf', () => {
  test.each([
    [2.673, 3],
    [22040, 0],
    [0.1 + 0.2, 6],
    [1e-7, 0],
  ])('%d has %d decimals to show', (value, decimals) => {
    expect(decimalsOf(value)).toBe(decimals)
  })
})

import { describe, expect, test } from 'vitest'
import {
  formatCompact,
  formatDate,
  formatDateTime,
  formatNumber,
  formatPace,
  formatPercent,
  formatScore,
  formatUsdCompact,
  formatValue,
  formatValueWithUnit,
  formatYear,
  type ValueFormatSpec,
} from './format.ts'

// Intl uses narrow no-break spaces in some locales; normalise them for readable expectations.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ')

const gdpPerCapita: ValueFormatSpec = { valueFormat: 'currency', unitScale: 1, decimals: 0 }
const unemployment: ValueFormatSpec = { valueFormat: 'percent', unitScale: 1, decimals: 1 }
const growthGap: ValueFormatSpec = { valueFormat: 'pp', unitScale: 1, decimals: 2 }
const gdpUsd: ValueFormatSpec = { valueFormat: 'currency', unitScale: 1, decimals: 0 }
const goodsTrade: ValueFormatSpec = { valueFormat: 'currency', unitScale: 1e12, decimals: 2 }

describe('formatNumber', () => {
  test.each([
    ['en', '22,040'],
    ['es', '22,040'],
    ['fr', '22 040'],
  ] as const)('rounds Mexico’s 2024 GDP per capita to whole dollars in %s', (lang, expected) => {
    expect(plain(formatNumber(22039.6287019016, lang, { decimals: 0 }))).toBe(expected)
  })

  test('uses a decimal comma in French and a decimal point in Spanish (Mexico)', () => {
    expect(formatNumber(1234.5, 'fr', { decimals: 1 })).toMatch(/^1\s234,5$/)
    expect(formatNumber(1234.5, 'es', { decimals: 1 })).toBe('1,234.5')
    expect(formatNumber(1234.5, 'en', { decimals: 1 })).toBe('1,234.5')
  })

  test('adds a sign to positive values only when asked', () => {
    expect(formatNumber(0.3, 'en', { decimals: 1, signed: true })).toBe('+0.3')
    expect(formatNumber(0.3, 'en', { decimals: 1 })).toBe('0.3')
  })
})

describe('formatCompact', () => {
  test.each([
    ['en', '1 trillion'],
    ['es', '1 billón'],
    ['fr', '1 billion'],
  ] as const)('writes 10^12 in words in %s', (lang, expected) => {
    expect(plain(formatCompact(1e12, lang))).toBe(expected)
  })

  test.each([
    ['en', '2.14 trillion'],
    ['es', '2.14 billones'],
    ['fr', '2,14 billions'],
  ] as const)('keeps two decimals of a large GDP in %s', (lang, expected) => {
    expect(plain(formatCompact(2.1432e12, lang))).toBe(expected)
  })

  test.each([
    ['en', '1.5 billion'],
    ['es', '1.5 mil millones'],
    ['fr', '1,5 milliard'],
  ] as const)('writes 10^9 as the short-scale billion in %s', (lang, expected) => {
    expect(plain(formatCompact(1.5e9, lang))).toBe(expected)
  })
})

describe('formatValue', () => {
  test.each([
    ['en', '6.9%'],
    ['es', '6.9%'],
    ['fr', '6,9 %'],
  ] as const)('writes a percent indicator with its decimals in %s', (lang, expected) => {
    expect(plain(formatValue(6.907, unemployment, lang))).toBe(expected)
  })

  test('writes percentage points with a sign when asked', () => {
    expect(plain(formatValue(-0.876, growthGap, 'en', { signed: true }))).toBe('-0.88 pp')
    expect(plain(formatValue(1, growthGap, 'fr', { signed: true }))).toBe('+1,00 p.p.')
  })

  test('writes large current-dollar values compactly in each locale', () => {
    expect(plain(formatValue(1.8e12, gdpUsd, 'en'))).toBe('1.8 trillion')
    expect(plain(formatValue(1.8e12, gdpUsd, 'es'))).toBe('1.8 billones')
    expect(plain(formatValue(1.8e12, gdpUsd, 'fr'))).toBe('1,8 billion')
  })

  test('does not compact values whose unit already carries the scale', () => {
    expect(formatValue(1.6, goodsTrade, 'en')).toBe('1.60')
  })

  test('writes the whole number when compact is off', () => {
    expect(formatValue(27396.5607296, gdpPerCapita, 'en', { compact: false })).toBe('27,397')
  })
})

describe('formatValueWithUnit', () => {
  test('merges percent units with the number', () => {
    expect(plain(formatValueWithUnit(6.907, unemployment, '% of labour force', 'en'))).toBe('6.9% of labour force')
    expect(plain(formatValueWithUnit(6.907, unemployment, '% de la population active', 'fr'))).toBe(
      '6,9 % de la population active',
    )
  })

  test('appends other units after the number', () => {
    expect(formatValueWithUnit(1.6, goodsTrade, 'trillion US$', 'en')).toBe('1.60 trillion US$')
    expect(plain(formatValueWithUnit(22039.63, gdpPerCapita, 'dollars internationaux constants de 2021', 'fr'))).toBe(
      '22 040 dollars internationaux constants de 2021',
    )
  })
})

describe('formatPace and percentages', () => {
  test.each([
    ['en', '0.45%'],
    ['es', '0.45%'],
    ['fr', '0,45 %'],
  ] as const)('writes a growth pace of 0.0045 a year in %s', (lang, expected) => {
    expect(plain(formatPace(0.00451, 'pace', gdpPerCapita, '', lang))).toBe(expected)
  })

  test('writes a linear pace in the indicator unit', () => {
    const atp: ValueFormatSpec = { valueFormat: 'currency', unitScale: 1e9, decimals: 1 }
    expect(formatPace(-117.4, 'linear', atp, 'billion US$', 'en', { signed: true })).toBe('-117.40 billion US$')
  })

  test('writes a signed gap to the path', () => {
    expect(formatPercent(-0.0027, 'en', { signed: true })).toBe('-0.27%')
    expect(formatPercent(0.0125, 'en', { signed: true, decimals: 1 })).toBe('+1.3%')
  })
})

describe('scores, years and dates', () => {
  test('writes scores with one decimal and a sign', () => {
    expect(formatScore(-0.2636, 'en')).toBe('-0.3')
    expect(formatScore(1.94, 'fr')).toBe('+1,9')
  })

  test('never groups the digits of a year and rounds fractional years', () => {
    expect(formatYear(2050)).toBe('2050')
    expect(formatYear(2072.3)).toBe('2072')
  })

  test.each([
    ['en', 'July 1, 2026'],
    ['es', '1 de julio de 2026'],
    ['fr', '1 juillet 2026'],
  ] as const)('writes the USMCA review date in %s', (lang, expected) => {
    expect(plain(formatDate('2026-07-01', lang))).toBe(expected)
  })

  test.each([
    ['en', 'Dec 1, 2026, 2:04 PM UTC'],
    ['es', '1 dic 2026, 2:04 p.m. UTC'],
    ['fr', '1 déc. 2026, 14 h 04 UTC'],
  ] as const)('writes a change time in UTC in %s', (lang, expected) => {
    expect(plain(formatDateTime('2026-12-01T14:04:10.144Z', lang))).toBe(expected)
  })
})

describe('formatUsdCompact', () => {
  test.each([
    ['en', 'US$1.6 trillion'],
    ['es', '1.6 billones de dólares'],
    ['fr', '1,6 billion $ US'],
  ] as const)('writes 1.6 × 10^12 US dollars in words in %s', (lang, expected) => {
    expect(plain(formatUsdCompact(1.6e12, lang))).toBe(expected)
  })

  test('writes hundreds of billions with the local word for 10^9', () => {
    expect(plain(formatUsdCompact(803e9, 'es'))).toBe('803 mil millones de dólares')
    expect(plain(formatUsdCompact(803e9, 'fr'))).toBe('803 milliards $ US')
  })
})

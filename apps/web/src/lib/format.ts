/**
 * Number, percentage, currency and date formatting with Intl in the reader's locale
 * (en-US, es-MX, fr-CA). Indicator values are formatted from the indicator's valueFormat,
 * unitScale and decimals (OWID-style metadata), so every view shows the same figure the same way.
 */
import type { Locale } from '@nap/domain'

export const INTL_LOCALES: Record<Locale, string> = { en: 'en-US', es: 'es-MX', fr: 'fr-CA' }

/** How an indicator's values are written. */
export interface ValueFormatSpec {
  valueFormat: 'number' | 'percent' | 'currency' | 'pp'
  /** Multiplier implied by the unit: 1e12 for "trillion US$" (the unit text already says so). */
  unitScale: number
  decimals: number
}

/** Values at or above this size (in a unit with no scale) are written compactly: "2.14 trillion". */
export const COMPACT_FROM = 1e6

const PP_SUFFIX: Record<Locale, string> = { en: 'pp', es: 'p. p.', fr: 'p.p.' }
const NBSP = '\u00a0'

const formatters = new Map<string, Intl.NumberFormat>()
function numberFormat(lang: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALES[lang], options)
    formatters.set(key, f)
  }
  return f
}

export interface NumberOptions {
  /** Exact number of decimals (default: up to 2). */
  decimals?: number
  /** Show a + sign on positive values. */
  signed?: boolean
  /** Group thousands (default true; false for years). */
  grouping?: boolean
}

/** A plain number: formatNumber(22039.63, 'en', { decimals: 0 }) → "22,040". */
export function formatNumber(value: number, lang: Locale, options: NumberOptions = {}): string {
  const { decimals, signed = false, grouping = true } = options
  return numberFormat(lang, {
    minimumFractionDigits: decimals ?? 0,
    maximumFractionDigits: decimals ?? 2,
    signDisplay: signed ? 'exceptZero' : 'auto',
    useGrouping: grouping,
  }).format(value)
}

/** Large values in words: 1e12 → "1 trillion" (en), "1 billón" (es), "1 billion" (fr). */
export function formatCompact(value: number, lang: Locale, maxDecimals = 2): string {
  return numberFormat(lang, {
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: maxDecimals,
  }).format(value)
}

/** A fraction as a percentage: 0.0045 → "0.45%" (en), "0,45 %" (fr). */
export function formatPercent(fraction: number, lang: Locale, options: NumberOptions = {}): string {
  const { decimals = 2, signed = false } = options
  return numberFormat(lang, {
    style: 'percent',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(fraction)
}

export interface ValueOptions {
  /** Write large unscaled values in words (default true). */
  compact?: boolean
  signed?: boolean
  /** Override the indicator's decimals. */
  decimals?: number
}

/** An indicator value without its unit text: "22,040", "6.9%", "+0.25 pp", "2.14 trillion". */
export function formatValue(value: number, spec: ValueFormatSpec, lang: Locale, options: ValueOptions = {}): string {
  const { compact = true, signed = false } = options
  const decimals = options.decimals ?? spec.decimals
  switch (spec.valueFormat) {
    case 'percent':
      return formatPercent(value / 100, lang, { decimals, signed })
    case 'pp':
      return `${formatNumber(value, lang, { decimals, signed })}${NBSP}${PP_SUFFIX[lang]}`
    case 'number':
    case 'currency': {
      if (compact && spec.unitScale === 1 && Math.abs(value) >= COMPACT_FROM) {
        const compactText = formatCompact(value, lang)
        return signed && value > 0 ? `+${compactText}` : compactText
      }
      return formatNumber(value, lang, { decimals, signed })
    }
  }
}

/**
 * A value followed by its unit: "22,040 constant 2021 international $", "6.9% of labour force",
 * "1.60 trillion US$". Percent units ("% of GDP") merge with the number; pp values carry their suffix.
 */
export function formatValueWithUnit(
  value: number,
  spec: ValueFormatSpec,
  unit: string,
  lang: Locale,
  options: ValueOptions = {},
): string {
  const text = formatValue(value, spec, lang, options)
  if (spec.valueFormat === 'pp') return text
  if (spec.valueFormat === 'percent') {
    const rest = unit.replace(/^%\s*/, '').trim()
    return rest && rest !== unit ? `${text} ${rest}` : text
  }
  return unit ? `${text} ${unit}` : text
}

/**
 * A pace: for 'pace' a growth rate a year as a percentage (0.0045 → "0.45%"); for 'linear'
 * units a year, written like the indicator's values.
 */
export function formatPace(
  pace: number,
  methodUsed: 'pace' | 'linear' | 'threshold',
  spec: ValueFormatSpec,
  unit: string,
  lang: Locale,
  options: { signed?: boolean } = {},
): string {
  if (methodUsed === 'pace') return formatPercent(pace, lang, { decimals: 2, signed: options.signed ?? false })
  return formatValueWithUnit(pace, spec, unit, lang, {
    signed: options.signed ?? false,
    decimals: Math.min(spec.decimals + 1, 3),
  })
}

/** Scores from −5 to +5 with one decimal and a sign: "−0.3", "+1.9". */
export function formatScore(score: number, lang: Locale): string {
  return formatNumber(score, lang, { decimals: 1, signed: true })
}

/** A ratio such as R: two decimals. */
export function formatRatio(ratio: number, lang: Locale): string {
  return formatNumber(ratio, lang, { decimals: 2 })
}

/** A year, never grouped ("2050", not "2,050"); fractional years are rounded. */
export function formatYear(year: number): string {
  return String(Math.round(year))
}

/** An ISO date or date-time in the reader's locale: "July 1, 2026", "1 de julio de 2026". */
export function formatDate(iso: string, lang: Locale): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(INTL_LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(date)
}

/** A moment in the reader's locale, in UTC: "Dec 1, 2026, 2:04 PM UTC", "1 dic 2026, 14:04 UTC". */
export function formatDateTime(iso: string, lang: Locale): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return `${new Intl.DateTimeFormat(INTL_LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(date)} UTC`
}

/** Axis ticks: short compact words for large unscaled values ("2.1T", "2.1 B"), else like formatValue. */
export function formatAxis(value: number, spec: ValueFormatSpec, lang: Locale): string {
  if ((spec.valueFormat === 'number' || spec.valueFormat === 'currency') && spec.unitScale === 1 && Math.abs(value) >= COMPACT_FROM) {
    return numberFormat(lang, { notation: 'compact', compactDisplay: 'short', maximumFractionDigits: 1 }).format(value)
  }
  const decimals = Math.abs(value) >= 100 ? 0 : Math.min(spec.decimals, 2)
  return formatValue(value, spec, lang, { decimals, compact: false })
}

/** US dollars in words: "US$1.6 trillion", "1.6 billones de dólares", "1,6 billion $ US". */
export function formatUsdCompact(value: number, lang: Locale, maxDecimals = 2): string {
  const words = formatCompact(value, lang, maxDecimals)
  switch (lang) {
    case 'en':
      return `US$${words}`
    case 'es':
      return `${words} de dólares`
    case 'fr':
      return `${words}${NBSP}$${NBSP}US`
  }
}

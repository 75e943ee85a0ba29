/**
 * Values in the admin screens, written with the same decimal convention the grid reads
 * (parse-locale-number.ts): `,` for decimals in Spanish and French, `.` in English. The public pages
 * write Spanish numbers the Mexican way (es-MX, `.` for decimals); beside an entry grid that reads
 * `2,7` as two point seven, the preview and the checks must not write `2.7`.
 */
import type { Locale } from '@nap/domain'
import type { ValueFormatSpec } from '@/lib/format.ts'

const ENTRY_LOCALES: Record<Locale, string> = { en: 'en-US', es: 'es-ES', fr: 'fr-CA' }
const PP: Record<Locale, string> = { en: 'pp', es: 'p. p.', fr: 'p.p.' }

const cache = new Map<string, Intl.NumberFormat>()
function format(lang: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`
  let f = cache.get(key)
  if (!f) {
    f = new Intl.NumberFormat(ENTRY_LOCALES[lang], options)
    cache.set(key, f)
  }
  return f
}

/** The number of decimals a value has (at most 6), so a typed 2.673 is not shown as 2.7. */
export function decimalsOf(value: number): number {
  const text = String(value)
  const dot = text.indexOf('.')
  return dot === -1 || text.includes('e') ? 0 : Math.min(text.length - dot - 1, 6)
}

/** 2.673 (percent, 1 decimal) → "2.673%" (en), "2,673 %" (es, fr); at least the indicator's decimals. */
export function formatEntryValue(value: number, spec: ValueFormatSpec, lang: Locale): string {
  const decimals = Math.max(spec.decimals, decimalsOf(value))
  const digits = { minimumFractionDigits: spec.decimals, maximumFractionDigits: decimals }
  switch (spec.valueFormat) {
    case 'percent':
      return format(lang, { style: 'percent', ...digits }).format(value / 100)
    case 'pp':
      return `${format(lang, digits).format(value)}\u00a0${PP[lang]}`
    case 'number':
    case 'currency':
      return format(lang, digits).format(value)
  }
}

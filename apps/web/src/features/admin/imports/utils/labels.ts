/**
 * Names and values as the imports page writes them: an indicator's name when the row names one of
 * ours (else what the file wrote), a country's name when it is one of ours, a value with its
 * indicator's format in the admin screens' decimal convention (format-entry.ts).
 */
import type { Locale, Localized } from '@nap/domain'
import type { IndicatorSummary } from '@nap/schemas'
import { formatEntryValue } from '../../utils/format-entry.ts'

export interface ImportLabels {
  indicatorName: (slugOrText: string) => string
  countryName: (codeOrText: string) => string
  /** The value in the indicator's format; a plain number for an indicator we do not know. */
  formatValue: (slug: string, value: number) => string
}

const PLAIN = { valueFormat: 'number', unitScale: 1, decimals: 0 } as const

export function createLabels(
  indicators: readonly IndicatorSummary[],
  countryNames: Partial<Record<string, string>>,
  l: (text: Localized) => string,
  lang: Locale,
): ImportLabels {
  const bySlug = new Map(indicators.map((i) => [i.slug, i]))
  return {
    indicatorName: (text) => {
      const found = bySlug.get(text)
      return found ? l(found.name) : text
    },
    countryName: (text) => countryNames[text] ?? text,
    formatValue: (slug, value) => formatEntryValue(value, bySlug.get(slug) ?? PLAIN, lang),
  }
}

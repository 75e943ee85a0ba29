/**
 * The indicator page's view lives in the URL: ?countries=CAN,MEX&from=1990&to=2050&tab=chart.
 * Parsing is forgiving (unknown values fall back to defaults) so any shared link opens something.
 */
import type { CountryCode } from '@nap/domain'
import { TABS, type IndicatorTab } from '@/config/paths.ts'
import { DISPLAY_COUNTRIES, isDisplayCountry } from '@/components/ui/country-style.ts'

export const DEFAULT_FROM = 1990
export const DEFAULT_TO = 2050
export const MIN_YEAR = 1960
export const MAX_YEAR = 2060

export interface IndicatorViewState {
  countries: CountryCode[]
  from: number
  to: number
  tab: IndicatorTab
}

const isTab = (value: string | null): value is IndicatorTab => value !== null && (TABS as readonly string[]).includes(value)

function parseYear(raw: string | null, fallback: number): number {
  if (raw === null || !/^\d{4}$/.test(raw)) return fallback
  return Math.min(MAX_YEAR, Math.max(MIN_YEAR, Number(raw)))
}

/** The countries an indicator can be shown for, in display order. */
export function availableCountries(indicatorCountries: readonly string[]): CountryCode[] {
  return DISPLAY_COUNTRIES.filter((code) => indicatorCountries.includes(code))
}

export function parseIndicatorView(search: URLSearchParams, indicatorCountries: readonly string[]): IndicatorViewState {
  const available = availableCountries(indicatorCountries)
  const requested = (search.get('countries') ?? '')
    .split(',')
    .map((code) => code.trim().toUpperCase())
    .filter(isDisplayCountry)
  const countries = available.filter((code) => requested.includes(code))
  let from = parseYear(search.get('from'), DEFAULT_FROM)
  let to = parseYear(search.get('to'), DEFAULT_TO)
  if (from > to) [from, to] = [to, from]
  const tab = search.get('tab')
  return { countries: countries.length ? countries : available, from, to, tab: isTab(tab) ? tab : 'chart' }
}

/** Writes a view into the search params, keeping any other parameter (such as lang). */
export function writeIndicatorView(search: URLSearchParams, view: IndicatorViewState): URLSearchParams {
  const next = new URLSearchParams(search)
  next.set('countries', view.countries.join(','))
  next.set('from', String(view.from))
  next.set('to', String(view.to))
  next.set('tab', view.tab)
  return next
}

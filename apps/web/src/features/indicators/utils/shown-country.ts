import type { CountryCode } from '@nap/domain'
import type { IndicatorSummary } from '@nap/schemas'
import { isDisplayCountry } from '@/components/ui/country-style.ts'

/** Which country a card shows: the requested one if reported, else North America, else the first. */
export function shownCountry(indicator: Pick<IndicatorSummary, 'countries'>, requested: CountryCode): CountryCode {
  const reported = indicator.countries.filter(isDisplayCountry)
  if (reported.includes(requested)) return requested
  if (reported.includes('NAM')) return 'NAM'
  return reported[0] ?? requested
}

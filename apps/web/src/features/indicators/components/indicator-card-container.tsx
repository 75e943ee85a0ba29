import type { CountryCode } from '@nap/domain'
import type { AssessmentDto, IndicatorSummary } from '@nap/schemas'
import { useIndicator } from '../api/get-indicator.ts'
import { useIndicatorSeries } from '../api/get-indicator-series.ts'
import { shownCountry } from '../utils/shown-country.ts'
import { IndicatorCard } from './indicator-card.tsx'

interface IndicatorCardContainerProps {
  indicator: IndicatorSummary
  assessments: readonly AssessmentDto[]
  country: CountryCode
  countryNames: Partial<Record<string, string>>
}

/** Loads the shown country's series (for the sparkline) and the target origin, then draws the card. */
export function IndicatorCardContainer({ indicator, assessments, country, countryNames }: IndicatorCardContainerProps) {
  const shown = shownCountry(indicator, country)
  const series = useIndicatorSeries(indicator.slug, { countries: [shown] })
  const detail = useIndicator(indicator.slug)
  const origin = detail.data?.targets.find((target) => target.country === shown)?.origin ?? null
  return (
    <IndicatorCard
      indicator={indicator}
      assessments={assessments}
      country={country}
      countryNames={countryNames}
      series={series.data}
      origin={origin}
    />
  )
}

import type { CountryCode, TargetOrigin } from '@nap/domain'
import type { AssessmentDto, IndicatorSummary, Series } from '@nap/schemas'
import { useI18n } from '@/i18n/use-i18n.ts'
import { formatContext } from '../utils/format-context.ts'
import { countrySummary } from '../utils/summary.ts'

interface ChartSummaryProps {
  id: string
  indicator: IndicatorSummary
  countries: readonly CountryCode[]
  assessments: readonly AssessmentDto[]
  series: Series
  origins: Partial<Record<string, TargetOrigin>>
  countryNames: Partial<Record<string, string>>
  from: number
  to: number
}

/** The chart in words, one paragraph per country; also the chart's accessible description. */
export function ChartSummary({ id, indicator, countries, assessments, series, origins, countryNames, from, to }: ChartSummaryProps) {
  const { t, lang } = useI18n()
  const ctx = formatContext(indicator, lang, t)
  return (
    <div id={id} className="chart-summary">
      {countries.map((code) => {
        const points = (series.series.find((s) => s.country === code)?.points ?? []).filter((p) => p.year >= from && p.year <= to)
        const last = points.at(-1)
        return (
          <p key={code}>
            {countrySummary(ctx, {
              countryName: countryNames[code] ?? code,
              assessment: assessments.find((a) => a.country === code) ?? null,
              origin: origins[code] ?? null,
              fallbackLatest: last ? { year: last.year, value: last.value } : null,
            })}
          </p>
        )
      })}
    </div>
  )
}

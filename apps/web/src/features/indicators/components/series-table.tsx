import type { CountryCode } from '@nap/domain'
import type { AssessmentDto, IndicatorSummary, Series, SeriesPoint } from '@nap/schemas'
import { formatValue, formatYear } from '@/lib/format.ts'
import { useI18n } from '@/i18n/use-i18n.ts'

interface SeriesTableProps {
  indicator: IndicatorSummary
  series: Series
  assessments: readonly AssessmentDto[]
  countries: readonly CountryCode[]
  countryNames: Partial<Record<string, string>>
  from: number
  to: number
}

function flags(p: SeriesPoint): string {
  return [p.estimate ? 'e' : '', p.provisional ? 'p' : '', p.breakInSeries ? 'b' : '', p.derived ? 'd' : ''].join('')
}

/** The chart's data as a table: one row per year, one column per country, then targets. */
export function SeriesTable({ indicator, series, assessments, countries, countryNames, from, to }: SeriesTableProps) {
  const { t, l, lang } = useI18n()
  const spec = { valueFormat: indicator.valueFormat, unitScale: indicator.unitScale, decimals: indicator.decimals }
  const shown = countries.filter((code) => series.series.some((s) => s.country === code))
  const byCountry = new Map(shown.map((code) => [code, new Map((series.series.find((s) => s.country === code)?.points ?? []).map((p) => [p.period, p]))]))
  const periods = [...new Set(series.series.filter((s) => shown.includes(s.country as CountryCode)).flatMap((s) => s.points))]
    .filter((p) => p.year >= from && p.year <= to)
    .sort((a, b) => (a.period < b.period ? 1 : -1))
    .map((p) => p.period)
  const uniquePeriods = [...new Set(periods)]
  const targetYears = [...new Set(assessments.flatMap((a) => [...a.milestones.map((m) => m.year), ...(a.targetValue !== null && a.targetYear !== null ? [a.targetYear] : [])]))].sort()
  const caption = t('table.caption', { name: l(indicator.name), unit: l(indicator.unit) })

  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table series-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('common.year')}</th>
            {shown.map((code) => (
              <th scope="col" key={code}>
                {countryNames[code] ?? code}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {uniquePeriods.map((period) => (
            <tr key={period}>
              <th scope="row">{period}</th>
              {shown.map((code) => {
                const p = byCountry.get(code)?.get(period)
                const f = p ? flags(p) : ''
                return (
                  <td key={code} data-country={code}>
                    {p ? formatValue(p.value, spec, lang, { compact: false }) : t('common.none')}
                    {f ? <sup className="flag">{f}</sup> : null}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
        {targetYears.length ? (
          <tfoot>
            {targetYears.map((year) => (
              <tr key={year}>
                <th scope="row">
                  {assessments.some((a) => a.targetYear === year && a.targetValue !== null) ? t('table.targetRow', { year: formatYear(year) }) : t('table.milestoneRow', { year: formatYear(year) })}
                </th>
                {shown.map((code) => {
                  const a = assessments.find((x) => x.country === code)
                  const value = a?.targetYear === year ? a.targetValue : (a?.milestones.find((m) => m.year === year)?.target ?? null)
                  return <td key={code}>{value === null || value === undefined ? t('common.none') : formatValue(value, spec, lang, { compact: false })}</td>
                })}
              </tr>
            ))}
          </tfoot>
        ) : null}
      </table>
      <p className="table-note">{t('table.flags')}</p>
    </div>
  )
}

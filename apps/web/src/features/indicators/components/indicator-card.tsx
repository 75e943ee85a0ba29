import type { CountryCode, TargetOrigin } from '@nap/domain'
import type { AssessmentDto, IndicatorSummary, Series } from '@nap/schemas'
import { Sparkline } from '@/components/charts/sparkline.tsx'
import { AppLink } from '@/components/ui/app-link.tsx'
import { COUNTRY_STYLE, DISPLAY_COUNTRIES } from '@/components/ui/country-style.ts'
import { StatusChip } from '@/components/ui/status-chip.tsx'
import { TrendArrow } from '@/components/ui/trend-arrow.tsx'
import { paths } from '@/config/paths.ts'
import { formatYear } from '@/lib/format.ts'
import { useI18n } from '@/i18n/use-i18n.ts'
import { formatContext, fv } from '../utils/format-context.ts'
import { paceSentence } from '../utils/pace-sentence.ts'
import { shownCountry } from '../utils/shown-country.ts'

interface IndicatorCardProps {
  indicator: IndicatorSummary
  /** This indicator's assessments for every country. */
  assessments: readonly AssessmentDto[]
  country: CountryCode
  countryNames: Partial<Record<string, string>>
  /** Series of the shown country (for the sparkline). */
  series?: Series | undefined
  /** Target origin for the shown country. */
  origin?: TargetOrigin | null | undefined
  headingLevel?: 'h2' | 'h3'
}

/** One indicator on the goal page: latest value, target and origin, sparkline, pace and statuses. */
export function IndicatorCard({ indicator, assessments, country, countryNames, series, origin = null, headingLevel = 'h3' }: IndicatorCardProps) {
  const { t, l, lang } = useI18n()
  const ctx = formatContext(indicator, lang, t)
  const shown = shownCountry(indicator, country)
  const a = assessments.find((item) => item.country === shown) ?? null
  const points = (series?.series.find((s) => s.country === shown)?.points ?? []).map((p) => ({ x: p.year, value: p.value }))
  const lastPoint = points.at(-1)
  const latest = a?.latest ?? (lastPoint ? { year: lastPoint.x, value: lastPoint.value } : null)
  const name = l(indicator.name)
  const shownName = countryNames[shown] ?? shown
  const Heading = headingLevel
  const statusCountries = DISPLAY_COUNTRIES.filter((code) => assessments.some((item) => item.country === code))
  const targetPoint = a?.targetValue != null && a.targetYear != null ? { x: a.targetYear, value: a.targetValue } : null
  const firstX = points[0]?.x
  const lastX = targetPoint?.x ?? points.at(-1)?.x

  let targetText: string | null = null
  if (a?.targetValue != null) targetText = fv(ctx, a.targetValue)
  else if (a?.bands) targetText = `${indicator.direction === 1 ? '≥' : '≤'} ${fv(ctx, a.bands[0])}`

  return (
    <article className="indicator-card" aria-labelledby={`card-${indicator.slug}`}>
      <div className="indicator-card__head">
        <Heading className="indicator-card__title" id={`card-${indicator.slug}`}>
          <AppLink to={paths.indicator.build(indicator.slug, { countries: [shown] })}>{name}</AppLink>
        </Heading>
        <p className="indicator-card__unit">{l(indicator.unit)}</p>
        {shown !== country ? (
          <p className="indicator-card__note">
            {t('card.shownFor', { country: shownName, selected: countryNames[country] ?? country })}
          </p>
        ) : null}
      </div>

      <dl className="indicator-card__figures">
        <div>
          <dt>{latest ? t('card.latest', { year: formatYear(latest.year) }) : t('common.latest')}</dt>
          <dd className="figure">{latest ? fv(ctx, latest.value) : t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('card.target', { year: formatYear(a?.targetYear ?? 2050) })}</dt>
          <dd className="figure">
            {targetText ?? t('card.noTarget')}
            {origin && targetText ? (
              <span className="origin-badge" title={t(`originTitle.${origin}`)}>
                {t(`origin.${origin}`)}
                <span className="visually-hidden"> ({t(`originLong.${origin}`)})</span>
              </span>
            ) : null}
          </dd>
        </div>
      </dl>

      {points.length > 0 && firstX !== undefined && lastX !== undefined ? (
        <Sparkline
          points={points}
          target={targetPoint}
          path={(a?.path ?? []).map((p) => ({ x: p.year, value: p.value }))}
          colour={COUNTRY_STYLE[shown].colour}
          label={
            targetPoint
              ? t('card.sparkline', {
                  name,
                  country: shownName,
                  from: formatYear(firstX),
                  to: formatYear(lastX),
                  target: fv(ctx, targetPoint.value),
                  year: formatYear(targetPoint.x),
                })
              : t('card.sparklineNoTarget', { name, country: shownName, from: formatYear(firstX), to: formatYear(lastX) })
          }
        />
      ) : series ? (
        <p className="indicator-card__empty">{t('card.noData', { country: shownName })}</p>
      ) : (
        <div className="sparkline sparkline--placeholder" aria-hidden="true" />
      )}

      <p className="indicator-card__pace">{a ? paceSentence(ctx, a) : t('pace.insufficient')}</p>
      {a?.trend ? (
        <p className="indicator-card__trend">
          <span>{t('why.trend')}:</span> <TrendArrow direction={a.trend.direction} />
        </p>
      ) : null}

      <div className="indicator-card__statuses">
        <p className="indicator-card__statuses-title" id={`statuses-${indicator.slug}`}>
          {t('card.statusByCountry')}
        </p>
        <ul aria-labelledby={`statuses-${indicator.slug}`}>
          {statusCountries.map((code) => {
            const item = assessments.find((x) => x.country === code)
            return item ? (
              <li key={code}>
                <StatusChip status={item.status} label={countryNames[code] ?? code} size="sm" />
              </li>
            ) : null
          })}
        </ul>
      </div>
    </article>
  )
}

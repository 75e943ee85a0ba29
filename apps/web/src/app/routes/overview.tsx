import type { CountryCode } from '@nap/domain'
import { AppLink } from '@/components/ui/app-link.tsx'
import { DISPLAY_COUNTRIES } from '@/components/ui/country-style.ts'
import { Loading } from '@/components/ui/loading.tsx'
import { gate } from '@/components/ui/query-gate.tsx'
import { useDeferredReady } from '@/components/ui/use-deferred-ready.ts'
import { useDocumentTitle } from '@/components/ui/use-document-title.ts'
import { paths } from '@/config/paths.ts'
import { useCountries } from '@/features/catalog/api/get-countries.ts'
import { useGoals } from '@/features/catalog/api/get-goals.ts'
import { useSources } from '@/features/catalog/api/get-sources.ts'
import { useIndicators } from '@/features/indicators/api/get-indicators.ts'
import { FastFacts } from '@/features/overview/components/fast-facts.tsx'
import { useProgress } from '@/features/progress/api/get-progress.ts'
import { StatusLegend } from '@/features/progress/components/status-legend.tsx'
import { StatusMatrix } from '@/features/progress/components/status-matrix.tsx'
import { buildStatusMatrix, latestYearByCountry, latestYearBySource } from '@/features/progress/utils/build-status-matrix.ts'
import { formatYear } from '@/lib/format.ts'
import { useI18n } from '@/i18n/use-i18n.ts'

export function OverviewRoute() {
  const { t, l } = useI18n()
  useDocumentTitle(t('overview.docTitle'))
  const goals = useGoals()
  const countries = useCountries()
  const progress = useProgress()
  const indicators = useIndicators()
  const sources = useSources()
  const state = gate([goals, countries, progress, indicators, sources], { loadingLines: 6 })
  const show = useDeferredReady(state.ready)

  let body = null
  let summary = null
  if (state.ready && show) {
    const [goalList, countryList, progressData, indicatorList, sourceList] = state.data
    const model = buildStatusMatrix(goalList, progressData, [...DISPLAY_COUNTRIES])
    const byCountry = latestYearByCountry(progressData)
    const bySource = latestYearBySource(progressData, new Map(indicatorList.map((i) => [i.slug, i.sourceId])))
    const latestYear = Math.max(...byCountry.values())
    const memberCount = countryList.filter((c) => c.kind === 'country').length
    const nameOf = (code: CountryCode) => {
      const country = countryList.find((c) => c.code === code)
      return country ? l(country.name) : code
    }
    summary = (
      <p className="lede">
        {t('overview.summary', {
          indicators: indicatorList.filter((i) => i.kind !== 'input').length,
          goals: goalList.length,
          countries: memberCount,
          year: Number.isFinite(latestYear) ? formatYear(latestYear) : '—',
        })}{' '}
        · <AppLink to={paths.about.build()}>{t('overview.sources')}</AppLink>
      </p>
    )
    body = (
      <>
        <section aria-labelledby="matrix-title" className="panel">
          <h2 id="matrix-title">{t('overview.matrixTitle')}</h2>
          <div className="matrix-wrap">
            <StatusMatrix model={model} countries={countryList} />
          </div>
          <p className="note">{t('overview.scoreNote')}</p>
          <p>
            <AppLink className="button button--secondary" to={paths.methodology.build()}>
              {t('overview.howDecided')}
            </AppLink>
          </p>
        </section>

        <section aria-labelledby="legend-title" className="panel">
          <h2 id="legend-title">{t('overview.legendTitle')}</h2>
          <StatusLegend />
        </section>

        <section aria-labelledby="facts-title">
          <h2 id="facts-title">{t('overview.factsTitle')}</h2>
          <p className="note">{t('overview.factsIntro')}</p>
          <FastFacts />
        </section>

        <section aria-labelledby="freshness-title" className="panel">
          <h2 id="freshness-title">{t('overview.freshnessTitle')}</h2>
          <div className="freshness">
            <div>
              <h3>{t('overview.freshnessCountry')}</h3>
              <dl className="freshness__list">
                {DISPLAY_COUNTRIES.map((code) => (
                  <div key={code}>
                    <dt>{nameOf(code)}</dt>
                    <dd>{byCountry.has(code) ? formatYear(byCountry.get(code) ?? 0) : t('common.none')}</dd>
                  </div>
                ))}
              </dl>
            </div>
            <div>
              <h3>{t('overview.freshnessSource')}</h3>
              <dl className="freshness__list">
                {sourceList
                  .filter((s) => bySource.has(s.id))
                  .map((s) => (
                    <div key={s.id}>
                      <dt>{l(s.name)}</dt>
                      <dd>{formatYear(bySource.get(s.id) ?? 0)}</dd>
                    </div>
                  ))}
              </dl>
            </div>
          </div>
        </section>
      </>
    )
  }

  return (
    <div className="page page--overview">
      <h1>{t('overview.title')}</h1>
      {summary}
      {body ?? (state.ready ? <Loading lines={6} /> : state.element)}
    </div>
  )
}

import { useParams } from 'react-router'
import type { CountryCode } from '@nap/domain'
import { NotFound } from '@/components/errors/not-found.tsx'
import { AppLink } from '@/components/ui/app-link.tsx'
import { isDisplayCountry } from '@/components/ui/country-style.ts'
import { gate } from '@/components/ui/query-gate.tsx'
import { StatusChip } from '@/components/ui/status-chip.tsx'
import { TrendArrow } from '@/components/ui/trend-arrow.tsx'
import { useDocumentTitle } from '@/components/ui/use-document-title.ts'
import { paths } from '@/config/paths.ts'
import { useCountries } from '@/features/catalog/api/get-countries.ts'
import { useGoals } from '@/features/catalog/api/get-goals.ts'
import { useIndicators } from '@/features/indicators/api/get-indicators.ts'
import { formatContext, fv } from '@/features/indicators/utils/format-context.ts'
import { useProgress } from '@/features/progress/api/get-progress.ts'
import { formatScore, formatYear } from '@/lib/format.ts'
import { useI18n } from '@/i18n/use-i18n.ts'

export function CountryRoute() {
  const { code = '' } = useParams()
  const { t } = useI18n()
  const upper = code.toUpperCase()
  if (!isDisplayCountry(upper)) return <NotFound message={t('country.notFoundBody', { code })} />
  return <CountryPage code={upper} />
}

function CountryPage({ code }: { code: CountryCode }) {
  const { t, l, lang } = useI18n()
  const countries = useCountries()
  const goals = useGoals()
  const indicators = useIndicators()
  const progress = useProgress({ country: code })
  const state = gate([countries, goals, indicators, progress], { loadingLines: 8 })
  const country = countries.data?.find((c) => c.code === code)
  const name = country ? l(country.name) : code
  useDocumentTitle(t('country.title', { country: name }))
  if (!state.ready) {
    return (
      <div className="page">
        <h1>{t('country.title', { country: name })}</h1>
        {state.element}
      </div>
    )
  }
  const [, goalList, indicatorList, progressData] = state.data
  const overall = progressData.countries.find((c) => c.country === code)
  const scoreText = (score: number | null) => (score === null ? t('common.none') : formatScore(score, lang))

  return (
    <div className="page">
      <h1>{t('country.title', { country: name })}</h1>
      <p className="lede">{t('country.intro', { country: name })}</p>
      {overall ? (
        <p className="rollup">
          <StatusChip status={overall.status} />{' '}
          <span>
            {t('country.overall', {
              status: t(`status.${overall.status}`),
              score: scoreText(overall.score),
              assessed: overall.assessed,
              total: overall.total,
            })}
          </span>
        </p>
      ) : null}
      {[...goalList]
        .sort((a, b) => a.id - b.id)
        .map((goal) => {
          const rows = indicatorList
            .filter((i) => i.goalId === goal.id && i.kind !== 'input')
            .map((indicator) => ({ indicator, a: progressData.assessments.find((x) => x.indicator === indicator.slug && x.country === code) }))
            .filter((row) => row.a !== undefined || row.indicator.countries.includes(code))
          const rollUp = progressData.goals.find((g) => g.goalId === goal.id && g.country === code)
          const caption = t('country.caption', { id: goal.id, country: name })
          return (
            <section key={goal.id} className="panel" aria-labelledby={`goal-${goal.id}`}>
              <h2 id={`goal-${goal.id}`}>
                <AppLink to={paths.goal.build(goal.id, code)}>{t('goal.title', { id: goal.id, name: l(goal.name) })}</AppLink>
              </h2>
              {rollUp ? (
                <p className="rollup">
                  <StatusChip status={rollUp.status} size="sm" />{' '}
                  <span className="muted">
                    {t('goals.indicatorCount', { count: rows.length })} · {t('common.score')} {scoreText(rollUp.score)} ·{' '}
                    {t('overview.assessed', { assessed: rollUp.assessed, total: rollUp.total })}
                  </span>
                </p>
              ) : null}
              {rows.length === 0 ? (
                <p className="empty-state">{t('common.empty')}</p>
              ) : (
                <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
                  <table className="data-table country-table">
                    <caption className="visually-hidden">{caption}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('common.indicator')}</th>
                        <th scope="col">{t('common.status')}</th>
                        <th scope="col">{t('common.latest')}</th>
                        <th scope="col">{t('common.target')}</th>
                        <th scope="col">{t('country.trend')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {rows.map(({ indicator, a }) => {
                        const ctx = formatContext(indicator, lang, t)
                        return (
                          <tr key={indicator.slug}>
                            <th scope="row">
                              <AppLink to={paths.indicator.build(indicator.slug, { countries: [code] })}>{l(indicator.name)}</AppLink>
                              <span className="cell-note">{l(indicator.unit)}</span>
                            </th>
                            <td>{a ? <StatusChip status={a.status} size="sm" /> : t('common.none')}</td>
                            <td className="num">
                              {a?.latest ? (
                                <>
                                  {fv(ctx, a.latest.value)} <span className="cell-note">({formatYear(a.latest.year)})</span>
                                </>
                              ) : (
                                t('common.none')
                              )}
                            </td>
                            <td className="num">
                              {a?.targetValue != null && a.targetYear != null ? (
                                <>
                                  {fv(ctx, a.targetValue)} <span className="cell-note">({formatYear(a.targetYear)})</span>
                                </>
                              ) : a?.bands ? (
                                `${indicator.direction === 1 ? '≥' : '≤'} ${fv(ctx, a.bands[0])}`
                              ) : (
                                t('common.none')
                              )}
                            </td>
                            <td>{a?.trend ? <TrendArrow direction={a.trend.direction} /> : t('common.none')}</td>
                          </tr>
                        )
                      })}
                    </tbody>
                  </table>
                </div>
              )}
            </section>
          )
        })}
    </div>
  )
}

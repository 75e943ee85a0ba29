import { useParams, useSearchParams } from 'react-router'
import type { CountryCode } from '@nap/domain'
import { NotFound } from '@/components/errors/not-found.tsx'
import { AppLink } from '@/components/ui/app-link.tsx'
import { CountryPicker } from '@/components/ui/country-picker.tsx'
import { gate } from '@/components/ui/query-gate.tsx'
import { StatusChip } from '@/components/ui/status-chip.tsx'
import { useDocumentTitle } from '@/components/ui/use-document-title.ts'
import { paths } from '@/config/paths.ts'
import { useCountries } from '@/features/catalog/api/get-countries.ts'
import { useGoal } from '@/features/catalog/api/get-goal.ts'
import { IndicatorCardContainer } from '@/features/indicators/components/indicator-card-container.tsx'
import { useProgress } from '@/features/progress/api/get-progress.ts'
import { formatScore } from '@/lib/format.ts'
import { useI18n } from '@/i18n/use-i18n.ts'
import { goalCountry, parseGoalId } from '../route-data.ts'

export function GoalRoute() {
  const params = useParams()
  const goalId = parseGoalId(params['goalId'])
  if (goalId === null) return <NotFound />
  return <GoalPage goalId={goalId} />
}

function GoalPage({ goalId }: { goalId: number }) {
  const { t, l, lang } = useI18n()
  const [search] = useSearchParams()
  const country: CountryCode = goalCountry(search)
  const goal = useGoal(goalId)
  const countries = useCountries()
  const progress = useProgress({ goal: goalId })
  const state = gate([goal, countries, progress], { notFound: <NotFound />, loadingLines: 8 })
  useDocumentTitle(goal.data ? t('goal.title', { id: goal.data.id, name: l(goal.data.name) }) : t('nav.goals'))
  if (!state.ready) {
    return (
      <div className="page">
        {goal.isPending ? <h1>{t('common.goal', { id: goalId })}</h1> : null}
        {state.element}
      </div>
    )
  }
  const [goalData, countryList, progressData] = state.data
  const names = Object.fromEntries(countryList.map((c) => [c.code, l(c.name)]))
  const rollUp = progressData.goals.find((g) => g.goalId === goalId && g.country === country)
  const indicators = goalData.indicators.filter((i) => i.kind !== 'input')

  return (
    <div className="page">
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <AppLink to={paths.goals.build()}>{t('nav.goals')}</AppLink>
          </li>
          <li aria-current="page">{t('common.goal', { id: goalData.id })}</li>
        </ol>
      </nav>
      <h1>{t('goal.title', { id: goalData.id, name: l(goalData.name) })}</h1>
      <p className="lede">{l(goalData.description)}</p>
      <CountryPicker
        label={t('goal.countryPicker')}
        current={country}
        names={names}
        hrefFor={(code) => paths.goal.build(goalId, code)}
      />
      {rollUp ? (
        <p className="rollup">
          <StatusChip status={rollUp.status} />{' '}
          <span>
            {t('goal.rollUp', {
              country: names[country] ?? country,
              status: t(`status.${rollUp.status}`),
              score: rollUp.score === null ? t('common.none') : formatScore(rollUp.score, lang),
              assessed: rollUp.assessed,
              total: rollUp.total,
            })}
          </span>
        </p>
      ) : null}
      <h2>{t('goal.indicatorsTitle')}</h2>
      {indicators.length === 0 ? (
        <p className="empty-state">{t('goal.noIndicators')}</p>
      ) : (
        <div className="card-grid">
          {indicators.map((indicator) => (
            <IndicatorCardContainer
              key={indicator.slug}
              indicator={indicator}
              assessments={progressData.assessments.filter((a) => a.indicator === indicator.slug)}
              country={country}
              countryNames={names}
            />
          ))}
        </div>
      )}
    </div>
  )
}

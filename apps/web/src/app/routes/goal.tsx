import { useParams, useSearchParams } from 'react-router'
import { useQueries, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { CountryCode } from '@nap/domain'
import { NotFound } from '@/components/errors/not-found.tsx'
import { AppLink } from '@/components/ui/app-link.tsx'
import { CountryPicker } from '@/components/ui/country-picker.tsx'
import { Loading } from '@/components/ui/loading.tsx'
import { gate } from '@/components/ui/query-gate.tsx'
import { useAfterPaint } from '@/components/ui/use-after-paint.ts'
import { useDeferredReady } from '@/components/ui/use-deferred-ready.ts'
import { StatusChip } from '@/components/ui/status-chip.tsx'
import { useDocumentTitle } from '@/components/ui/use-document-title.ts'
import { paths } from '@/config/paths.ts'
import { useCountries } from '@/features/catalog/api/get-countries.ts'
import { useGoal } from '@/features/catalog/api/get-goal.ts'
import { indicatorQueryOptions } from '@/features/indicators/api/get-indicator.ts'
import { IndicatorCardContainer } from '@/features/indicators/components/indicator-card-container.tsx'
import { useProgress } from '@/features/progress/api/get-progress.ts'
import { formatScore } from '@/lib/format.ts'
import { useI18n } from '@/i18n/use-i18n.ts'
import { goalCountry, parseGoalId, prefetchGoalCards } from '../route-data.ts'

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
  const indicators = (goal.data?.indicators ?? []).filter((i) => i.kind !== 'input')
  // The cards' requests start once the title and the description are painted (prefetchGoalCards).
  const queryClient = useQueryClient()
  const headerPainted = useAfterPaint(goal.data !== undefined)
  useEffect(() => {
    if (headerPainted && goal.data) prefetchGoalCards(queryClient, goal.data, country)
  }, [headerPainted, goal.data, queryClient, country])
  // The cards wait for every indicator's detail, so each card is drawn once with its target origin;
  // the sparklines fill boxes of their final size. combine: the page renders again when all have
  // arrived, not on each answer. Only watched here (enabled: false): prefetchGoalCards asks for them,
  // one indicator per task; these observers asked for all fourteen in one task.
  const detailsReady = useQueries({
    queries: headerPainted ? indicators.map((i) => ({ ...indicatorQueryOptions(i.slug), enabled: false })) : [],
    combine: (results) => results.every((d) => d.data !== undefined || d.isError),
  })
  const breadcrumb = (
    <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
      <ol>
        <li>
          <AppLink to={paths.goals.build()}>{t('nav.goals')}</AppLink>
        </li>
        <li aria-current="page">{t('common.goal', { id: goalId })}</li>
      </ol>
    </nav>
  )
  const show = useDeferredReady(state.ready)
  const showCards = useDeferredReady(state.ready && headerPainted && detailsReady)
  // The title and the description need only the goal: they are drawn as soon as it arrives (the
  // description is the largest text on a phone), the rest once every answer is in.
  const header = goal.data ? (
    <>
      <h1>{t('goal.title', { id: goal.data.id, name: l(goal.data.name) })}</h1>
      <p className="lede">{l(goal.data.description)}</p>
    </>
  ) : goal.isPending ? (
    <h1>{t('common.goal', { id: goalId })}</h1>
  ) : null
  if (!state.ready || !show) {
    return (
      <div className="page">
        {breadcrumb}
        {header}
        {/* A new placeholder under the full header, not the one above moved down (a layout shift). */}
        {state.ready ? <Loading key="ready" lines={8} /> : <div key={goal.data ? 'header' : 'pending'}>{state.element}</div>}
      </div>
    )
  }
  const [, countryList, progressData] = state.data
  const names = Object.fromEntries(countryList.map((c) => [c.code, l(c.name)]))
  const rollUp = progressData.goals.find((g) => g.goalId === goalId && g.country === country)

  return (
    <div className="page">
      {breadcrumb}
      {header}
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
      ) : !showCards ? (
        <Loading lines={8} />
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

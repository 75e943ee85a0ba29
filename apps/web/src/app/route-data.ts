/**
 * What each page reads from the API, requested as soon as its URL is known: by the entry before the
 * first render, then on every navigation (router.tsx), in parallel with the page's own code chunk
 * instead of after it. Each function asks for exactly the queries (same keys) the page's hooks use,
 * so the page finds them in the cache or in flight (route-data.test.ts renders the pages to check).
 * Where a query needs another's answer (the indicator's countries), it follows as soon as that answer
 * arrives; the goal page's cards follow once the page has painted its title (prefetchGoalCards).
 */
import type { QueryClient } from '@tanstack/react-query'
import type { CountryCode } from '@nap/domain'
import type { IndicatorSummary } from '@nap/schemas'
import { isDisplayCountry } from '@/components/ui/country-style.ts'
import { countriesQueryOptions } from '@/features/catalog/api/get-countries.ts'
import { eventsQueryOptions } from '@/features/catalog/api/get-events.ts'
import { goalQueryOptions } from '@/features/catalog/api/get-goal.ts'
import { goalsQueryOptions } from '@/features/catalog/api/get-goals.ts'
import { healthQueryOptions } from '@/features/catalog/api/get-health.ts'
import { sourcesQueryOptions } from '@/features/catalog/api/get-sources.ts'
import { indicatorQueryOptions } from '@/features/indicators/api/get-indicator.ts'
import { indicatorSeriesQueryOptions } from '@/features/indicators/api/get-indicator-series.ts'
import { indicatorsQueryOptions } from '@/features/indicators/api/get-indicators.ts'
import { parseIndicatorView } from '@/features/indicators/utils/indicator-view.ts'
import { shownCountry } from '@/features/indicators/utils/shown-country.ts'
import { indicatorProgressQueryOptions } from '@/features/progress/api/get-indicator-progress.ts'
import { progressQueryOptions } from '@/features/progress/api/get-progress.ts'

export type RouteParams = Readonly<Record<string, string | undefined>>
export type RouteData = (queryClient: QueryClient, params: RouteParams, search: URLSearchParams) => void

/** The goal number of `/goals/:goalId`, or null when the segment is not a number. */
export function parseGoalId(raw: string | undefined): number | null {
  if (!raw || !/^\d+$/.test(raw)) return null
  return Number(raw)
}

/** The country the goal page shows (`?country=`, North America by default). */
export function goalCountry(search: URLSearchParams): CountryCode {
  const requested = search.get('country') ?? 'NAM'
  return isDisplayCountry(requested) ? requested : 'NAM'
}

// prefetchQuery never throws: a failed request is left in the cache for the page to show (and retry).
export const overviewData: RouteData = (queryClient) => {
  void queryClient.prefetchQuery(goalsQueryOptions())
  void queryClient.prefetchQuery(countriesQueryOptions())
  void queryClient.prefetchQuery(progressQueryOptions())
  void queryClient.prefetchQuery(indicatorsQueryOptions())
  void queryClient.prefetchQuery(sourcesQueryOptions())
}

export const goalsData: RouteData = (queryClient) => {
  void queryClient.prefetchQuery(goalsQueryOptions())
}

export const goalData: RouteData = (queryClient, params) => {
  const goalId = parseGoalId(params['goalId'])
  if (goalId === null) return
  void queryClient.prefetchQuery(countriesQueryOptions())
  void queryClient.prefetchQuery(progressQueryOptions({ goal: goalId }))
  void queryClient.prefetchQuery(goalQueryOptions(goalId))
}

/**
 * The goal page's cards: each indicator's series for the shown country (sparkline) and its detail
 * (target origin), one indicator per task (starting a request costs the main thread a few
 * milliseconds, and fourteen at once made one long task). The page asks for them once its title and
 * description are painted: before, their 28 requests (six at a time over HTTP/1.1 on a phone) held
 * the largest text back by about a second.
 */
export function prefetchGoalCards(queryClient: QueryClient, goal: { indicators: readonly IndicatorSummary[] }, country: CountryCode): void {
  for (const indicator of goal.indicators.filter((i) => i.kind !== 'input')) {
    setTimeout(() => {
      void queryClient.prefetchQuery(indicatorSeriesQueryOptions(indicator.slug, { countries: [shownCountry(indicator, country)] }))
      void queryClient.prefetchQuery(indicatorQueryOptions(indicator.slug))
    }, 0)
  }
}

export const indicatorData: RouteData = (queryClient, params, search) => {
  const slug = params['slug']
  if (!slug) return
  void queryClient.prefetchQuery(countriesQueryOptions())
  void queryClient.prefetchQuery(indicatorProgressQueryOptions(slug))
  void queryClient.prefetchQuery(eventsQueryOptions())
  queryClient.fetchQuery(indicatorQueryOptions(slug)).then(
    (indicator) => {
      const view = parseIndicatorView(search, indicator.countries)
      void queryClient.prefetchQuery(indicatorSeriesQueryOptions(slug, { countries: view.countries, from: view.from, to: view.to }))
      if (indicator.namRule === 'weighted_mean' && indicator.namWeight) void queryClient.prefetchQuery(indicatorQueryOptions(indicator.namWeight))
    },
    () => undefined,
  )
}

export const countriesData: RouteData = (queryClient) => {
  void queryClient.prefetchQuery(countriesQueryOptions())
  void queryClient.prefetchQuery(progressQueryOptions())
}

export const countryData: RouteData = (queryClient, params) => {
  const code = (params['code'] ?? '').toUpperCase()
  if (!isDisplayCountry(code)) return
  void queryClient.prefetchQuery(countriesQueryOptions())
  void queryClient.prefetchQuery(goalsQueryOptions())
  void queryClient.prefetchQuery(indicatorsQueryOptions())
  void queryClient.prefetchQuery(progressQueryOptions({ country: code }))
}

export const aboutData: RouteData = (queryClient) => {
  void queryClient.prefetchQuery(sourcesQueryOptions())
  void queryClient.prefetchQuery(eventsQueryOptions())
  void queryClient.prefetchQuery(healthQueryOptions())
}

export const changesData: RouteData = (queryClient) => {
  void queryClient.prefetchQuery(indicatorsQueryOptions())
  void queryClient.prefetchQuery(countriesQueryOptions())
}

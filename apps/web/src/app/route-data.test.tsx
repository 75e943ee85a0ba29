import type { ComponentType } from 'react'
import { render, screen, waitFor } from '@testing-library/react'
import { QueryClientProvider } from '@tanstack/react-query'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { I18nProvider } from '@/i18n/i18n-context.tsx'
import { createQueryClient } from '@/lib/query-client.ts'
import { catalogs } from '@/testing/catalogs.ts'
import { countries, gdpPerCapita, goals, mexicoGdpSeries, progress } from '@/testing/fixtures.ts'
import { goalData, indicatorData, overviewData, parseGoalId, type RouteData } from './route-data.ts'
import { GoalRoute } from './routes/goal.tsx'
import { IndicatorRoute } from './routes/indicator.tsx'
import { OverviewRoute } from './routes/overview.tsx'

/** The API as the pages read it, from the fixtures (real seed values). */
const answers: Record<string, unknown> = {
  '/api/goals': goals,
  '/api/goals/1': { ...goals[0], indicators: [gdpPerCapita] },
  '/api/countries': countries,
  '/api/progress': progress,
  '/api/progress?goal=1': progress,
  '/api/indicators': [gdpPerCapita],
  '/api/sources': [gdpPerCapita.source],
  '/api/events': [],
  '/api/indicators/gdp-per-capita-ppp': gdpPerCapita,
  '/api/indicators/population': { ...gdpPerCapita, slug: 'population', namWeight: null, namRule: 'sum' },
  '/api/indicators/gdp-per-capita-ppp/progress': progress,
  '/api/indicators/gdp-per-capita-ppp/series?countries=MEX': mexicoGdpSeries,
  '/api/indicators/gdp-per-capita-ppp/series?countries=MEX&from=1990&to=2050': mexicoGdpSeries,
}

function stubApi(): string[] {
  const requested: string[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string) => {
      requested.push(input)
      const body = answers[input]
      if (body === undefined) {
        return new Response(JSON.stringify({ statusCode: 404, error: 'Not Found', code: 'not_found', message: `no fixture for ${input}` }), { status: 404 })
      }
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } })
    }),
  )
  return requested
}

afterEach(() => vi.unstubAllGlobals())

async function openPage(Page: ComponentType, pattern: string, url: string, data: RouteData, params: Record<string, string>) {
  const requested = stubApi()
  const queryClient = createQueryClient()
  data(queryClient, params, new URL(url, 'http://localhost').searchParams)
  const prefetched = [...requested]
  const router = createMemoryRouter(
    [{ path: pattern, element: <I18nProvider lang="en" messages={catalogs.en}><Page /></I18nProvider> }],
    { initialEntries: [url] },
  )
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return { requested, prefetched, queryClient }
}

describe('route data', () => {
  test('the overview’s five requests start before it renders, and it needs no other', async () => {
    const { requested, prefetched, queryClient } = await openPage(OverviewRoute, '/', '/', overviewData, {})
    expect(prefetched.sort()).toEqual(['/api/countries', '/api/goals', '/api/indicators', '/api/progress', '/api/sources'])
    await screen.findByRole('heading', { name: catalogs.en['overview.matrixTitle'] })
    await waitFor(() => expect(queryClient.isFetching()).toBe(0))
    expect(requested.sort()).toEqual(prefetched)
  })

  test('the goal page asks for each card’s series and detail once it has painted its title, each once', async () => {
    const { requested, prefetched, queryClient } = await openPage(GoalRoute, '/goals/:goalId', '/goals/1?country=MEX', goalData, { goalId: '1' })
    expect(prefetched.sort()).toEqual(['/api/countries', '/api/goals/1', '/api/progress?goal=1'])
    await screen.findByRole('link', { name: 'GDP per capita, PPP' })
    await waitFor(() => expect(queryClient.isFetching()).toBe(0))
    expect(requested.sort()).toEqual([
      '/api/countries',
      '/api/goals/1',
      '/api/indicators/gdp-per-capita-ppp',
      '/api/indicators/gdp-per-capita-ppp/series?countries=MEX',
      '/api/progress?goal=1',
    ])
  })

  test('the indicator page asks for the series of the view in the URL once the indicator arrives, each once', async () => {
    const { requested, prefetched, queryClient } = await openPage(
      IndicatorRoute,
      '/indicators/:slug',
      '/indicators/gdp-per-capita-ppp?countries=MEX&tab=table',
      indicatorData,
      { slug: 'gdp-per-capita-ppp' },
    )
    expect(prefetched.sort()).toEqual(['/api/countries', '/api/events', '/api/indicators/gdp-per-capita-ppp', '/api/indicators/gdp-per-capita-ppp/progress'])
    await screen.findByRole('table', { name: /GDP per capita, PPP/ })
    await waitFor(() => expect(queryClient.isFetching()).toBe(0))
    expect(requested.sort()).toEqual([
      '/api/countries',
      '/api/events',
      '/api/indicators/gdp-per-capita-ppp',
      '/api/indicators/gdp-per-capita-ppp/progress',
      '/api/indicators/gdp-per-capita-ppp/series?countries=MEX&from=1990&to=2050',
      '/api/indicators/population',
    ])
  })

  test.each([
    ['1', 1],
    ['12', 12],
    ['x', null],
    ['1.5', null],
    [undefined, null],
  ])('reads the goal number of /goals/%s as %s', (raw, expected) => {
    expect(parseGoalId(raw)).toBe(expected)
  })
})

import { Suspense, useLayoutEffect, type ComponentType } from 'react'
import { matchRoutes, Outlet, useLocation, useRoutes, type RouteObject } from 'react-router'
import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { ErrorBoundary } from '@/components/errors/error-boundary.tsx'
import { NotFound } from '@/components/errors/not-found.tsx'
import { AppLayout } from '@/components/layouts/app-layout.tsx'
import { ScrollRestoration } from '@/components/layouts/scroll-restoration.tsx'
import { chunkComponent } from '@/components/ui/chunk-component.tsx'
import { Loading } from '@/components/ui/loading.tsx'
import { resolveLanguage } from '@/i18n/language.ts'
import { loadMessages } from '@/i18n/messages/index.ts'
import { RouteError } from './routes/route-error.tsx'
import {
  aboutData,
  changesData,
  countriesData,
  countryData,
  goalData,
  goalsData,
  indicatorData,
  overviewData,
  type RouteData,
} from './route-data.ts'

/**
 * Every page is its own chunk, loaded on demand. `handle` says what a page needs: its code (`load`)
 * and its API data (`data`, route-data.ts); both are requested as soon as the URL is known (the entry
 * calls startRoute before the first render, Root on every navigation), so data and code arrive together.
 */
interface RouteHandle {
  load: () => Promise<unknown>
  data?: RouteData
}

const loadOverview = () => import('./routes/overview.tsx')
const loadGoals = () => import('./routes/goals.tsx')
const loadGoal = () => import('./routes/goal.tsx')
const loadCountries = () => import('./routes/countries.tsx')
const loadCountry = () => import('./routes/country.tsx')
const loadAbout = () => import('./routes/about.tsx')
const loadIndicator = () => import('./routes/indicator.tsx')
const loadMethodology = () => import('./routes/methodology.tsx')
const loadChanges = () => import('./routes/changes.tsx')
const loadAdmin = () => import('./routes/admin.tsx')

// Until its chunk arrives, a page is a placeholder of about its height (chunk-component.tsx: without
// Suspense, whose reveal React holds back for 300 ms).
const route = <P extends object>(load: () => Promise<ComponentType<P>>) => chunkComponent(load, <Loading lines={6} />)
const OverviewRoute = route(() => loadOverview().then((m) => m.OverviewRoute))
const GoalsRoute = route(() => loadGoals().then((m) => m.GoalsRoute))
const GoalRoute = route(() => loadGoal().then((m) => m.GoalRoute))
const CountriesRoute = route(() => loadCountries().then((m) => m.CountriesRoute))
const CountryRoute = route(() => loadCountry().then((m) => m.CountryRoute))
const AboutRoute = route(() => loadAbout().then((m) => m.AboutRoute))
// Chart-heavy and long-text pages load on demand, keeping the first bundle small.
const IndicatorRoute = route(() => loadIndicator().then((m) => m.IndicatorRoute))
const MethodologyRoute = route(() => loadMethodology().then((m) => m.MethodologyRoute))
const ChangesRoute = route(() => loadChanges().then((m) => m.ChangesRoute))
// Sign-in, data entry, targets, users and the audit log: their own chunk, loaded only under /admin.
const AdminRoute = route(() => loadAdmin().then((m) => m.AdminRoute))

function isRouteHandle(value: unknown): value is RouteHandle {
  return typeof value === 'object' && value !== null && 'load' in value && typeof value.load === 'function'
}

/** Starts loading the code and the data of the page at `location` (idempotent: cached and deduplicated). */
export function startRoute(queryClient: QueryClient, location: { pathname: string; search: string }): void {
  const search = new URLSearchParams(location.search)
  for (const match of matchRoutes(appRoutes, location.pathname) ?? []) {
    const handle: unknown = match.route.handle
    if (!isRouteHandle(handle)) continue
    void handle.load().catch(() => undefined)
    handle.data?.(queryClient, match.params, search)
  }
}

function Root() {
  const { pathname, search } = useLocation()
  const queryClient = useQueryClient()
  // Before the new page renders (and suspends on its chunk), its data is on the way too.
  useLayoutEffect(() => startRoute(queryClient, { pathname, search }), [queryClient, pathname, search])
  return (
    <AppLayout>
      <ErrorBoundary resetKey={pathname + search} fallback={(error) => <RouteError error={error} />}>
        <Suspense fallback={<Loading lines={6} />}>
          <Outlet />
        </Suspense>
      </ErrorBoundary>
      <ScrollRestoration />
    </AppLayout>
  )
}

// The admin UI and its messages (in the reader's language) arrive together.
const loadAdminWithMessages = () =>
  Promise.all([AdminRoute.preload(), loadMessages(resolveLanguage(new URLSearchParams(window.location.search)), true)])

// A page's code is loaded through its component (preload), which then draws at once when it is there.
const page = (load: () => Promise<unknown>, data?: RouteData): { handle: RouteHandle } => ({ handle: { load, data } })

export const appRoutes: RouteObject[] = [
  {
    element: <Root />,
    children: [
      { index: true, element: <OverviewRoute />, ...page(OverviewRoute.preload, overviewData) },
      { path: 'goals', element: <GoalsRoute />, ...page(GoalsRoute.preload, goalsData) },
      { path: 'goals/:goalId', element: <GoalRoute />, ...page(GoalRoute.preload, goalData) },
      { path: 'indicators/:slug', element: <IndicatorRoute />, ...page(IndicatorRoute.preload, indicatorData) },
      { path: 'countries', element: <CountriesRoute />, ...page(CountriesRoute.preload, countriesData) },
      { path: 'countries/:code', element: <CountryRoute />, ...page(CountryRoute.preload, countryData) },
      { path: 'methodology', element: <MethodologyRoute />, ...page(MethodologyRoute.preload) },
      { path: 'about', element: <AboutRoute />, ...page(AboutRoute.preload, aboutData) },
      { path: 'changes', element: <ChangesRoute />, ...page(ChangesRoute.preload, changesData) },
      { path: 'admin/*', element: <AdminRoute />, ...page(loadAdminWithMessages) },
      { path: '*', element: <NotFound /> },
    ],
  },
]

/** The pages, in a BrowserRouter (app.tsx). The declarative router: half the code of the data router. */
export function AppRoutes() {
  return useRoutes(appRoutes)
}

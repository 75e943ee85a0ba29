import { lazy, Suspense } from 'react'
import { createBrowserRouter, Outlet } from 'react-router'
import { NotFound } from '@/components/errors/not-found.tsx'
import { AppLayout } from '@/components/layouts/app-layout.tsx'
import { Loading } from '@/components/ui/loading.tsx'
import { AboutRoute } from './routes/about.tsx'
import { CountriesRoute } from './routes/countries.tsx'
import { CountryRoute } from './routes/country.tsx'
import { GoalRoute } from './routes/goal.tsx'
import { GoalsRoute } from './routes/goals.tsx'
import { OverviewRoute } from './routes/overview.tsx'
import { RouteError } from './routes/route-error.tsx'

// Chart-heavy and long-text pages load on demand, keeping the first bundle small.
const IndicatorRoute = lazy(() => import('./routes/indicator.tsx').then((m) => ({ default: m.IndicatorRoute })))
const MethodologyRoute = lazy(() => import('./routes/methodology.tsx').then((m) => ({ default: m.MethodologyRoute })))
const ChangesRoute = lazy(() => import('./routes/changes.tsx').then((m) => ({ default: m.ChangesRoute })))
// Sign-in, data entry, targets, users and the audit log: their own chunk, loaded only under /admin.
const AdminRoute = lazy(() => import('./routes/admin.tsx').then((m) => ({ default: m.AdminRoute })))

function Root() {
  return (
    <AppLayout>
      <Suspense fallback={<Loading lines={6} />}>
        <Outlet />
      </Suspense>
    </AppLayout>
  )
}

export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <Root />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { index: true, element: <OverviewRoute /> },
            { path: 'goals', element: <GoalsRoute /> },
            { path: 'goals/:goalId', element: <GoalRoute /> },
            { path: 'indicators/:slug', element: <IndicatorRoute /> },
            { path: 'countries', element: <CountriesRoute /> },
            { path: 'countries/:code', element: <CountryRoute /> },
            { path: 'methodology', element: <MethodologyRoute /> },
            { path: 'about', element: <AboutRoute /> },
            { path: 'changes', element: <ChangesRoute /> },
            { path: 'admin/*', element: <AdminRoute /> },
            { path: '*', element: <NotFound /> },
          ],
        },
      ],
    },
  ])
}

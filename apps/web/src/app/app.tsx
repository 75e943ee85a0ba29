import type { QueryClient } from '@tanstack/react-query'
import { BrowserRouter } from 'react-router'
import { AppProvider } from './provider.tsx'
import { AppRoutes } from './router.tsx'

// useTransitions={false}: a change of the URL renders at once, so the indicator page's controlled
// checkboxes and year fields show the new view in the same frame as the click.
export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <AppProvider queryClient={queryClient}>
      <BrowserRouter useTransitions={false}>
        <AppRoutes />
      </BrowserRouter>
    </AppProvider>
  )
}

import type { ReactElement } from 'react'
import { render } from '@testing-library/react'
import { QueryClientProvider } from '@tanstack/react-query'
import { createMemoryRouter, RouterProvider } from 'react-router'
import type { Locale } from '@nap/domain'
import { I18nProvider } from '@/i18n/i18n-context.tsx'
import { createQueryClient } from '@/lib/query-client.ts'
import { catalogs } from './catalogs.ts'

interface Options {
  lang?: Locale
  route?: string
}

/** Renders inside the app's providers (router, query client, i18n) at `route`. */
export function renderWithProviders(ui: ReactElement, { lang = 'en', route = '/' }: Options = {}) {
  const page = (
    <I18nProvider lang={lang} messages={catalogs[lang]}>
      {ui}
    </I18nProvider>
  )
  const router = createMemoryRouter([{ path: '*', element: page }], { initialEntries: [route] })
  const queryClient = createQueryClient()
  return { router, ...render(<QueryClientProvider client={queryClient}><RouterProvider router={router} /></QueryClientProvider>) }
}

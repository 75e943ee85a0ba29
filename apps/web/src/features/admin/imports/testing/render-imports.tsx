/** Renders an imports component inside the providers of the app and a signed-in editor's session. */
import type { ReactElement } from 'react'
import { render } from '@testing-library/react'
import { QueryClientProvider } from '@tanstack/react-query'
import { createMemoryRouter, RouterProvider } from 'react-router'
import type { Locale } from '@nap/domain'
import { I18nProvider } from '@/i18n/i18n-context.tsx'
import { createQueryClient } from '@/lib/query-client.ts'
import { catalogs } from '@/testing/catalogs.ts'
import { AdminSessionContext, type AdminSessionValue } from '../../components/admin-session.tsx'

export const CSRF_TOKEN = 'csrf-imports-1'

const session: AdminSessionValue = {
  user: { id: 4, email: 'ines.importer@example.org', name: 'Inés Importer', role: 'editor', mustChangePassword: false },
  csrfToken: CSRF_TOKEN,
  handleAuthError: () => false,
}

export function renderImports(ui: ReactElement, { lang = 'en', route = '/admin/imports' }: { lang?: Locale; route?: string } = {}) {
  const queryClient = createQueryClient()
  const page = (
    <I18nProvider lang={lang} messages={catalogs[lang]}>
      <AdminSessionContext.Provider value={session}>{ui}</AdminSessionContext.Provider>
    </I18nProvider>
  )
  const router = createMemoryRouter([{ path: '*', element: page }], { initialEntries: [route] })
  return {
    queryClient,
    router,
    ...render(
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    ),
  }
}

export const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
export const apiError = (statusCode: number, code: string, message: string, extra: object = {}) =>
  json({ statusCode, error: 'Error', code, message, ...extra }, statusCode)

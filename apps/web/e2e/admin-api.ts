/**
 * Signs in to the test server's API from Node (the cookie travels by hand) to prepare what a browser
 * test needs: accounts, and the answers the page should show (impact preview, change feed).
 */
import type { Page } from 'playwright-core'
import { z } from 'zod'

export interface ApiSession {
  cookie: string
  csrfToken: string
}

const SessionBody = z.object({ csrfToken: z.string() })

export async function apiSignIn(baseUrl: string, email: string, password: string): Promise<ApiSession> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`sign-in as ${email} answered ${response.status}: ${await response.text()}`)
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('__Host-session='))
  if (!cookie) throw new Error('sign-in set no __Host-session cookie')
  return { cookie: cookie.split(';')[0] ?? '', csrfToken: SessionBody.parse(await response.json()).csrfToken }
}

export async function apiSend<S extends z.ZodType>(
  baseUrl: string,
  session: ApiSession,
  method: 'POST' | 'PUT' | 'PATCH',
  path: string,
  body: unknown,
  schema: S,
): Promise<z.infer<S>> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    body: JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`)
  return schema.parse(await response.json())
}

export const CreatedUser = z.object({ user: z.object({ id: z.number(), email: z.string(), name: z.string(), role: z.string() }), temporaryPassword: z.string() })

/** Signs in inside the page (the browser keeps the __Host- cookie itself), as the sign-in form does. */
export async function signInInPage(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/about`)
  const status = await page.evaluate(
    async ({ email: e, password: p }) => {
      const response = await fetch('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: e, password: p }) })
      return response.status
    },
    { email, password },
  )
  if (status !== 200) throw new Error(`sign-in in the page answered ${status}`)
}

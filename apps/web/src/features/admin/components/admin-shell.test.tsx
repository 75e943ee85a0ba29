import { afterEach, describe, expect, test, vi } from 'vitest'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderWithProviders } from '@/testing/test-utils.tsx'
import { AdminShell } from './admin-shell.tsx'

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
const error = (statusCode: number, code: string, message: string, extra: object = {}) =>
  json({ statusCode, error: 'Error', code, message, ...extra }, statusCode)
const user = (role: 'admin' | 'editor', mustChangePassword = false) => ({
  user: { id: 2, email: 'ana.editor@example.org', name: 'Ana Editor', role, mustChangePassword },
  csrfToken: 'csrf-1',
})

/** Answers the session request with `me`, and each sign-in attempt with the next of `logins`. */
function stubApi(me: Response, logins: Response[] = []) {
  const calls: { path: string; init: RequestInit | undefined }[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string, init?: RequestInit) => {
      calls.push({ path, init })
      if (path === '/api/auth/me') return me.clone()
      if (path === '/api/auth/login') return logins.shift() ?? error(500, 'internal', 'no more answers')
      return error(404, 'not_found', path)
    }),
  )
  return calls
}

afterEach(() => vi.unstubAllGlobals())

describe('AdminShell', () => {
  test('without a session shows a sign-in form password managers recognise, and announces a refusal', async () => {
    const calls = stubApi(error(401, 'unauthenticated', 'Sign in first'), [
      error(401, 'invalid_credentials', 'Wrong e-mail address or password'),
      error(429, 'rate_limited', 'Too many sign-in attempts: try again in 840 seconds', { retryAfterSeconds: 840 }),
    ])
    renderWithProviders(<AdminShell>page</AdminShell>)
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument()
    const email = screen.getByLabelText('E-mail address')
    const password = screen.getByLabelText('Password')
    expect(email).toHaveAttribute('autocomplete', 'username')
    expect(password).toHaveAttribute('autocomplete', 'current-password')

    const u = userEvent.setup()
    await u.type(email, 'ana.editor@example.org')
    await u.type(password, 'wrong password 1')
    await u.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong e-mail address or password.')
    expect(password).toHaveValue('')
    const login = calls.find((c) => c.path === '/api/auth/login')
    expect(login?.init?.body).toBe(JSON.stringify({ email: 'ana.editor@example.org', password: 'wrong password 1' }))

    await u.type(password, 'wrong password 2')
    await u.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByText('Too many sign-in attempts: try again in 14 minutes.')).toHaveAttribute('role', 'alert')
    expect(screen.queryByText('page')).toBeNull()
  })

  test('after an admin reset asks for a new password before anything else', async () => {
    stubApi(json(user('editor', true)))
    renderWithProviders(<AdminShell>page</AdminShell>)
    expect(await screen.findByRole('heading', { level: 1, name: 'Choose a new password' })).toBeInTheDocument()
    expect(screen.getByLabelText('Temporary password')).toHaveAttribute('autocomplete', 'current-password')
    expect(screen.getByLabelText('New password')).toHaveAttribute('autocomplete', 'new-password')
    expect(screen.getByLabelText('New password again')).toHaveAttribute('autocomplete', 'new-password')
    expect(screen.queryByText('page')).toBeNull()

    const u = userEvent.setup()
    await u.type(screen.getByLabelText('Temporary password'), 'Tmp-123456789')
    await u.type(screen.getByLabelText('New password'), 'short')
    await u.type(screen.getByLabelText('New password again'), 'shorter')
    await u.click(screen.getByRole('button', { name: 'Change password' }))
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(
      'At least 12 characters, and not a common or easily guessed password. A password manager can make one. Use at least 12 characters.',
    )
    expect(screen.getByLabelText('New password again')).toHaveAccessibleDescription('The two new passwords differ.')
    expect(screen.getByText('2 fields need your attention.')).toBeInTheDocument()
  })

  test.each([
    ['editor', 'Signed in as Ana Editor (editor)', ['Data entry', 'Imports', 'Change password']],
    ['admin', 'Signed in as Ana Editor (administrator)', ['Data entry', 'Imports', 'Targets', 'Accounts', 'Audit log', 'Change password']],
  ] as const)('an %s sees who is signed in and only the sections of the role', async (role, who, sections) => {
    stubApi(json(user(role)))
    renderWithProviders(<AdminShell>page</AdminShell>, { route: '/admin' })
    expect(await screen.findByText(who)).toBeInTheDocument()
    const nav = screen.getByRole('navigation', { name: 'Administration' })
    expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual(sections)
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Sign out everywhere' })).toBeInTheDocument()
    expect(screen.getByText('page')).toBeInTheDocument()
  })
})

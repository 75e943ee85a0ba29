import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { auditLog, sessions } from '@nap/db'
import { desc, eq } from 'drizzle-orm'
import { buildTestApp, type TestApp } from '../helper.ts'
import { authHeaders, createUser, nextTestIp, sessionCookieOf, signIn, type TestUser } from '../auth-helper.ts'
import { hashToken } from '../../src/auth/tokens.ts'

let t: TestApp
let editor: TestUser
beforeAll(async () => {
  t = await buildTestApp()
  editor = await createUser(t, 'editor', { name: 'Ana Editor' })
})
afterAll(() => t.app.close())

const login = (email: string, password: string, ip = nextTestIp()) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: ip, payload: { email, password } })

const INVALID = { statusCode: 401, error: 'Unauthorized', code: 'invalid_credentials', message: 'Wrong e-mail address or password' }

describe('POST /api/auth/login', () => {
  test('signs in: answers the user and a CSRF token and sets exactly the __Host-session cookie attributes', async () => {
    const res = await login(editor.email, editor.password)
    expect(res.statusCode).toBe(200)
    const body = res.json<{ user: unknown; csrfToken: string }>()
    expect(body.user).toEqual({ id: editor.id, email: editor.email, name: 'Ana Editor', role: 'editor', mustChangePassword: false })
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const setCookie = res.headers['set-cookie']
    expect(typeof setCookie).toBe('string')
    expect(setCookie).toMatch(/^__Host-session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; Secure; SameSite=Strict$/)
    expect(res.headers['cache-control']).toBe('no-store')
  })

  test('stores only the SHA-256 of the token, with the CSRF token, 12 h absolute expiry and the client', async () => {
    const res = await login(editor.email, editor.password, '10.9.8.7')
    const token = (sessionCookieOf(res.headers['set-cookie']) ?? '').split('=')[1] ?? ''
    expect(t.db.select().from(sessions).where(eq(sessions.id, token)).get()).toBeUndefined()
    const row = t.db.select().from(sessions).where(eq(sessions.id, hashToken(token))).get()
    expect(row).toMatchObject({ userId: editor.id, csrfToken: res.json<{ csrfToken: string }>().csrfToken, ip: '10.9.8.7' })
    expect(Date.parse(row?.expiresAt ?? '') - Date.parse(row?.createdAt ?? '')).toBe(12 * 60 * 60 * 1000)
    expect(row?.lastSeenAt).toBe(row?.createdAt)
  })

  test('the e-mail address is case-insensitive', async () => {
    const res = await login(`  ${editor.email.toUpperCase()} `, editor.password)
    expect(res.statusCode).toBe(200)
  })

  test('gives a new session token and CSRF token at every sign-in', async () => {
    const a = await signIn(t.app, editor.email, editor.password)
    const b = await signIn(t.app, editor.email, editor.password)
    expect(a.cookie).not.toBe(b.cookie)
    expect(a.csrfToken).not.toBe(b.csrfToken)
  })

  test('signing in again from a client replaces the session its cookie named', async () => {
    const a = await signIn(t.app, editor.email, editor.password)
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: nextTestIp(),
      headers: { cookie: a.cookie },
      payload: { email: editor.email, password: editor.password },
    })
    expect(res.statusCode).toBe(200)
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: a.cookie } })).statusCode).toBe(401)
  })

  test('a wrong password and an unknown e-mail get the same 401 body', async () => {
    const user = await createUser(t, 'editor')
    const wrongPassword = await login(user.email, 'not the password at all')
    const unknownEmail = await login('nobody@example.org', 'not the password at all')
    expect(wrongPassword.statusCode).toBe(401)
    expect(unknownEmail.statusCode).toBe(401)
    expect(wrongPassword.json()).toEqual(INVALID)
    expect(unknownEmail.json()).toEqual(INVALID)
    expect(wrongPassword.headers['set-cookie']).toBeUndefined()
    expect(unknownEmail.headers['set-cookie']).toBeUndefined()
  })

  test('an unknown e-mail costs a password verification too (same time as a wrong password)', async () => {
    const time = async (email: string) => {
      const started = performance.now()
      await login(email, 'not the password at all')
      return performance.now() - started
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
    const user = await createUser(t, 'editor')
    const known: number[] = []
    const unknown: number[] = []
    for (let i = 0; i < 5; i++) {
      known.push(await time(user.email))
      unknown.push(await time(`nobody-${i}@example.org`))
    }
    // Without the dummy hash an unknown e-mail answers in about 1 ms, a known one in about 20 ms.
    const ratio = median(unknown) / median(known)
    expect(ratio).toBeGreaterThan(0.5)
    expect(ratio).toBeLessThan(2)
  })

  test('a disabled user gets the same 401, even with the right password', async () => {
    const disabled = await createUser(t, 'editor', { disabled: true })
    const res = await login(disabled.email, disabled.password)
    expect(res.statusCode).toBe(401)
    expect(res.json()).toEqual(INVALID)
  })

  test('audits sign-ins and failed sign-ins with the e-mail typed', async () => {
    const user = await createUser(t, 'editor')
    await login(user.email, user.password, '10.1.1.1')
    await login(user.email.toUpperCase(), 'wrong password here', '10.1.1.2')
    await login('typo-' + user.email, 'wrong password here', '10.1.1.3')
    const rows = t.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(3).all().reverse()
    expect(rows.map((r) => [r.action, r.userId, r.actor, r.ip, r.after])).toEqual([
      ['auth.login', user.id, user.email, '10.1.1.1', { userAgent: 'lightMyRequest' }],
      ['auth.login_failed', user.id, user.email, '10.1.1.2', { email: user.email, outcome: 'wrong_password' }],
      ['auth.login_failed', null, `typo-${user.email}`, '10.1.1.3', { email: `typo-${user.email}`, outcome: 'unknown_email' }],
    ])
  })

  test('a body without a password is a 400 naming the field', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: editor.email } })
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ code: 'validation_error', issues: [{ field: 'password' }] })
  })
})

describe('GET /api/auth/me', () => {
  test('answers the user and the same CSRF token as the sign-in', async () => {
    const s = await signIn(t.app, editor.email, editor.password)
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: s.cookie } })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ user: s.user, csrfToken: s.csrfToken })
    expect(res.headers['cache-control']).toBe('no-store')
  })

  test('without a session: 401 unauthenticated', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/me' })
    expect(res.statusCode).toBe(401)
    expect(res.json()).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      code: 'unauthenticated',
      message: 'Sign in first: this needs a session (POST /api/auth/login)',
    })
  })

  test('an unknown token: 401 and the cookie is cleared', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: '__Host-session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' } })
    expect(res.statusCode).toBe(401)
    expect(res.headers['set-cookie']).toMatch(/^__Host-session=; Max-Age=0;|^__Host-session=; .*Expires=Thu, 01 Jan 1970/)
  })
})

describe('POST /api/auth/logout and /api/auth/logout-all', () => {
  test('logout ends this session only, clears the cookie and is audited', async () => {
    const a = await signIn(t.app, editor.email, editor.password)
    const b = await signIn(t.app, editor.email, editor.password)
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: authHeaders(a) })
    expect(res.statusCode).toBe(204)
    expect(res.body).toBe('')
    expect(res.headers['set-cookie']).toMatch(/^__Host-session=;/)
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: a.cookie } })).statusCode).toBe(401)
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: b.cookie } })).statusCode).toBe(200)
    const last = t.db.select().from(auditLog).orderBy(desc(auditLog.id)).get()
    expect(last).toMatchObject({ action: 'auth.logout', userId: editor.id, actor: editor.email, entity: 'users', entityId: String(editor.id) })
  })

  test('logout-all ends every session of the user, not those of others', async () => {
    const other = await signIn(t.app, 'editor')
    const a = await signIn(t.app, editor.email, editor.password)
    const b = await signIn(t.app, editor.email, editor.password)
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/logout-all', headers: authHeaders(a) })
    expect(res.statusCode).toBe(204)
    for (const s of [a, b]) {
      expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: s.cookie } })).statusCode).toBe(401)
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: other.cookie } })).statusCode).toBe(200)
    expect(t.db.select().from(sessions).where(eq(sessions.userId, editor.id)).all()).toEqual([])
    const last = t.db.select().from(auditLog).orderBy(desc(auditLog.id)).get()
    expect(last?.action).toBe('auth.logout_all')
    expect(last?.after).toMatchObject({ sessionsEnded: expect.any(Number) })
  })
})

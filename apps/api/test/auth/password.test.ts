import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { auditLog, users } from '@nap/db'
import { desc, eq } from 'drizzle-orm'
import { buildTestApp, type TestApp } from '../helper.ts'
import { authHeaders, createUser, sessionCookieOf, signIn } from '../auth-helper.ts'

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(() => t.app.close())

const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })
const NEW_PASSWORD = 'quartz heron meadow violin'

describe('POST /api/auth/password', () => {
  test('changes the password, ends every session of the user and signs this client in again', async () => {
    const user = await createUser(t, 'editor')
    const here = await signIn(t.app, user.email, user.password)
    const elsewhere = await signIn(t.app, user.email, user.password)
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: authHeaders(here),
      payload: { current: user.password, next: NEW_PASSWORD },
    })
    expect(res.statusCode).toBe(200)
    const body = res.json<{ user: { id: number; mustChangePassword: boolean }; csrfToken: string }>()
    expect(body.user).toMatchObject({ id: user.id, mustChangePassword: false })
    const fresh = sessionCookieOf(res.headers['set-cookie'])
    expect(fresh).toBeDefined()
    expect(fresh).not.toBe(here.cookie)
    expect(body.csrfToken).not.toBe(here.csrfToken)

    expect((await me(elsewhere.cookie)).statusCode).toBe(401)
    expect((await me(here.cookie)).statusCode).toBe(401)
    expect((await me(fresh ?? '')).json()).toMatchObject({ user: { id: user.id }, csrfToken: body.csrfToken })

    await expect(signIn(t.app, user.email, user.password)).rejects.toThrow(/answered 401/)
    await expect(signIn(t.app, user.email, NEW_PASSWORD)).resolves.toMatchObject({ user: { id: user.id } })
    expect(t.db.select().from(auditLog).where(eq(auditLog.action, 'auth.password_change')).orderBy(desc(auditLog.id)).get()).toMatchObject({
      userId: user.id,
      after: { mustChangePassword: false, sessionsEnded: 2 },
    })
  })

  test('a wrong current password: 400 naming current, nothing changed', async () => {
    const user = await createUser(t, 'editor')
    const s = await signIn(t.app, user.email, user.password)
    const hash = t.db.select().from(users).where(eq(users.id, user.id)).get()?.passwordHash
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: authHeaders(s),
      payload: { current: 'not the current one', next: NEW_PASSWORD },
    })
    expect(res.statusCode).toBe(400)
    expect(res.json()).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      code: 'invalid_current_password',
      message: 'Invalid request: current: is not your current password',
      issues: [{ field: 'current', message: 'is not your current password' }],
    })
    expect(t.db.select().from(users).where(eq(users.id, user.id)).get()?.passwordHash).toBe(hash)
    expect((await me(s.cookie)).statusCode).toBe(200)
  })

  test.each([
    ['too short', 'short one', 'the password must be at least 12 characters (it has 9)'],
    ['common', 'password1234', 'the password is one of the most common passwords'],
    ['the same as now', 'maple agave bison lantern 2050', 'the password must differ from the current password'],
  ])('a %s new password: 400 naming next with the reason', async (_case, next, message) => {
    const s = await signIn(t.app, 'editor')
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: authHeaders(s),
      payload: { current: s.password, next },
    })
    expect(res.statusCode).toBe(400)
    expect(res.json()).toMatchObject({ code: 'weak_password', issues: [{ field: 'next', message }] })
    expect((await me(s.cookie)).statusCode).toBe(200)
  })
})

describe('a temporary password from an admin', () => {
  test('signs in with mustChangePassword; only /api/auth/* works until the password is changed', async () => {
    const admin = await signIn(t.app, 'admin')
    const target = await createUser(t, 'admin')
    const reset = await t.app.inject({ method: 'POST', url: `/api/admin/users/${target.id}/password`, headers: authHeaders(admin) })
    expect(reset.statusCode).toBe(200)
    const { temporaryPassword } = reset.json<{ temporaryPassword: string }>()

    const s = await signIn(t.app, target.email, temporaryPassword)
    expect(s.user.mustChangePassword).toBe(true)
    const blocked = await t.app.inject({ method: 'GET', url: '/api/admin/users', headers: { cookie: s.cookie } })
    expect(blocked.statusCode).toBe(403)
    expect(blocked.json()).toEqual({
      statusCode: 403,
      error: 'Forbidden',
      code: 'password_change_required',
      message: 'Change your password first (POST /api/auth/password)',
    })
    expect((await me(s.cookie)).statusCode).toBe(200)

    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: authHeaders(s),
      payload: { current: temporaryPassword, next: NEW_PASSWORD },
    })
    expect(changed.statusCode).toBe(200)
    const cookie = sessionCookieOf(changed.headers['set-cookie']) ?? ''
    const allowed = await t.app.inject({ method: 'GET', url: '/api/admin/users', headers: { cookie } })
    expect(allowed.statusCode).toBe(200)
  })
})

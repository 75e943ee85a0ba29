import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { sessions, users } from '@nap/db'
import { eq } from 'drizzle-orm'
import { buildTestApp, type TestApp } from '../helper.ts'
import { authHeaders, createUser, nextTestIp, signIn, type SignedIn, type TestUser } from '../auth-helper.ts'

let t: TestApp
let admin: SignedIn
let target: TestUser
beforeAll(async () => {
  t = await buildTestApp()
  admin = await signIn(t.app, 'admin')
  target = await createUser(t, 'editor', { name: 'Target User' })
})
afterAll(() => t.app.close())

const userRow = (id: number) => t.db.select().from(users).where(eq(users.id, id)).get()
const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })
const rename = (headers: Record<string, string>) =>
  t.app.inject({ method: 'PATCH', url: `/api/admin/users/${target.id}`, headers, payload: { name: 'Renamed', version: 1 } })

describe('CSRF: cookie-authenticated POST/PUT/PATCH/DELETE need X-CSRF-Token equal to the session token', () => {
  test('a PATCH without the header: 403 csrf and the user is unchanged', async () => {
    const before = userRow(target.id)
    const res = await rename({ cookie: admin.cookie })
    expect(res.statusCode).toBe(403)
    expect(res.json()).toEqual({
      statusCode: 403,
      error: 'Forbidden',
      code: 'csrf',
      message: 'Missing X-CSRF-Token header: send the csrfToken of your session (from sign-in or GET /api/auth/me)',
    })
    expect(userRow(target.id)).toEqual(before)
  })

  test('a PATCH with a wrong token: 403 csrf and the user is unchanged', async () => {
    const before = userRow(target.id)
    const res = await rename({ cookie: admin.cookie, 'x-csrf-token': 'A'.repeat(43) })
    expect(res.statusCode).toBe(403)
    expect(res.json()).toMatchObject({ code: 'csrf', message: expect.stringMatching(/^Wrong X-CSRF-Token header/) })
    expect(userRow(target.id)).toEqual(before)
  })

  test("another session's token does not fit this session", async () => {
    const other = await signIn(t.app, 'admin')
    const res = await rename({ cookie: admin.cookie, 'x-csrf-token': other.csrfToken })
    expect(res.statusCode).toBe(403)
    expect(res.json()).toMatchObject({ code: 'csrf' })
    expect(userRow(target.id)?.name).toBe('Target User')
  })

  test('a sign-out without the header is refused and the session goes on', async () => {
    const s = await signIn(t.app, 'editor')
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: s.cookie } })
    expect(res.statusCode).toBe(403)
    expect(res.json()).toMatchObject({ code: 'csrf' })
    expect((await me(s.cookie)).statusCode).toBe(200)
  })

  test('with the right token the same PATCH goes through', async () => {
    const res = await rename(authHeaders(admin))
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ id: target.id, name: 'Renamed', version: 2 })
  })

  test('GET needs no token', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/admin/users', headers: { cookie: admin.cookie } })).statusCode).toBe(200)
  })
})

describe('Origin: a present Origin that is not this site is refused on unsafe methods', () => {
  test('a foreign Origin with the right CSRF token: 403 origin, nothing changed', async () => {
    const before = userRow(target.id)
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${target.id}`,
      headers: { ...authHeaders(admin), origin: 'https://evil.example' },
      payload: { name: 'Hijacked', version: before?.version ?? 0 },
    })
    expect(res.statusCode).toBe(403)
    expect(res.json()).toEqual({
      statusCode: 403,
      error: 'Forbidden',
      code: 'origin',
      message: 'Origin https://evil.example is not this site: cross-site requests are refused',
    })
    expect(userRow(target.id)).toEqual(before)
  })

  test('a cross-site sign-in is refused before the password is checked (no session, no cookie)', async () => {
    const user = await createUser(t, 'editor')
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: nextTestIp(),
      headers: { origin: 'http://localhost:5173', host: 'localhost:3000' },
      payload: { email: user.email, password: user.password },
    })
    expect(res.statusCode).toBe(403)
    expect(res.json()).toMatchObject({ code: 'origin' })
    expect(res.headers['set-cookie']).toBeUndefined()
    expect(t.db.select().from(sessions).where(eq(sessions.userId, user.id)).all()).toEqual([])
  })

  test('our own Origin (compared with Host) and an absent Origin are allowed', async () => {
    const user = await createUser(t, 'editor')
    const own = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: nextTestIp(),
      headers: { origin: 'http://monitor.example.org:3000', host: 'monitor.example.org:3000' },
      payload: { email: user.email, password: user.password },
    })
    expect(own.statusCode).toBe(200)
    const absent = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: nextTestIp(),
      payload: { email: user.email, password: user.password },
    })
    expect(absent.statusCode).toBe(200)
  })

  test('public reading is not affected by a foreign Origin', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/goals', headers: { origin: 'https://elsewhere.example' } })
    expect(res.statusCode).toBe(200)
  })
})

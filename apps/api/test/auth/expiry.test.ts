import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { sessions } from '@nap/db'
import { eq } from 'drizzle-orm'
import { buildClockedTestApp, signIn, type TestClock } from '../auth-helper.ts'
import type { TestApp } from '../helper.ts'

const MIN = 60_000
const HOUR = 60 * MIN

let t: TestApp & { clock: TestClock }
beforeAll(async () => {
  t = await buildClockedTestApp()
})
afterAll(() => t.app.close())

const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })
const lastSeen = (userId: number) => t.db.select({ at: sessions.lastSeenAt }).from(sessions).where(eq(sessions.userId, userId)).get()?.at

describe('idle expiry: 2 hours without a request', () => {
  test('a request within 2 h keeps the session; 2 h of silence ends it', async () => {
    const s = await signIn(t.app, 'editor')
    t.clock.advance(2 * HOUR - MIN)
    expect((await me(s.cookie)).statusCode).toBe(200)
    t.clock.advance(2 * HOUR - MIN)
    expect((await me(s.cookie)).statusCode).toBe(200)
    t.clock.advance(2 * HOUR)
    const res = await me(s.cookie)
    expect(res.statusCode).toBe(401)
    expect(res.json()).toMatchObject({ code: 'unauthenticated' })
    expect(res.headers['set-cookie']).toMatch(/^__Host-session=;/)
    expect(lastSeen(s.user.id)).toBeUndefined()
  })
})

describe('absolute expiry: 12 hours after sign-in', () => {
  test('an active session ends 12 h after sign-in', async () => {
    const s = await signIn(t.app, 'editor')
    for (let h = 0; h < 11; h++) {
      t.clock.advance(HOUR)
      expect((await me(s.cookie)).statusCode).toBe(200)
    }
    t.clock.advance(HOUR - 1)
    expect((await me(s.cookie)).statusCode).toBe(200)
    t.clock.advance(1)
    expect((await me(s.cookie)).statusCode).toBe(401)
  })
})

describe('last-seen refresh', () => {
  test('is written at most once a minute', async () => {
    const s = await signIn(t.app, 'editor')
    const first = lastSeen(s.user.id)
    t.clock.advance(30_000)
    await me(s.cookie)
    expect(lastSeen(s.user.id)).toBe(first)
    t.clock.advance(30_000)
    await me(s.cookie)
    expect(lastSeen(s.user.id)).toBe(t.clock.now().toISOString())
  })
})

describe('expired sessions are deleted', () => {
  test("a sign-in removes other users' sessions that ended", async () => {
    const old = await signIn(t.app, 'editor')
    t.clock.advance(3 * HOUR)
    await signIn(t.app, 'editor')
    expect(lastSeen(old.user.id)).toBeUndefined()
  })
})

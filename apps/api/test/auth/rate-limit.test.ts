import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { auditLog } from '@nap/db'
import { desc } from 'drizzle-orm'
import { buildClockedTestApp, createUser, nextTestIp, type TestClock } from '../auth-helper.ts'
import type { TestApp } from '../helper.ts'

let t: TestApp & { clock: TestClock }
beforeAll(async () => {
  t = await buildClockedTestApp()
})
afterAll(() => t.app.close())

const login = (email: string, password: string, ip = nextTestIp()) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: ip, payload: { email, password } })

describe('per account: the 6th failed attempt within 15 minutes', () => {
  test('gets 429 with Retry-After even with the right password, from any address; 15 minutes later it works', async () => {
    const user = await createUser(t, 'editor')
    for (let i = 0; i < 5; i++) {
      t.clock.advance(10_000)
      expect((await login(user.email, `wrong password number ${i}`)).statusCode).toBe(401)
    }
    t.clock.advance(10_000)
    const refused = await login(user.email, user.password)
    expect(refused.statusCode).toBe(429)
    // The oldest failure was 50 s ago: it leaves the 15-minute window in 850 s.
    expect(refused.headers['retry-after']).toBe('850')
    expect(refused.headers['set-cookie']).toBeUndefined()
    expect(refused.json()).toEqual({
      statusCode: 429,
      error: 'Too Many Requests',
      code: 'rate_limited',
      message: 'Too many sign-in attempts: try again in 850 seconds',
      retryAfterSeconds: 850,
    })
    expect(t.db.select().from(auditLog).orderBy(desc(auditLog.id)).get()).toMatchObject({
      action: 'auth.login_failed',
      userId: user.id,
      after: { email: user.email, outcome: 'rate_limited', retryAfterSeconds: 850 },
    })
    t.clock.advance(849_000)
    expect((await login(user.email, user.password)).statusCode).toBe(429)
    t.clock.advance(1_000)
    expect((await login(user.email, user.password)).statusCode).toBe(200)
  })

  test('the limit is on the e-mail typed, so unknown e-mails are limited the same way', async () => {
    for (let i = 0; i < 5; i++) expect((await login('Ghost@Example.org', 'whatever it is')).statusCode).toBe(401)
    const res = await login('ghost@example.org', 'whatever it is')
    expect(res.statusCode).toBe(429)
    expect(res.headers['retry-after']).toBe('900')
  })

  test('a successful sign-in starts the count again', async () => {
    const user = await createUser(t, 'editor')
    for (let i = 0; i < 4; i++) expect((await login(user.email, 'not my password')).statusCode).toBe(401)
    expect((await login(user.email, user.password)).statusCode).toBe(200)
    for (let i = 0; i < 5; i++) expect((await login(user.email, 'not my password')).statusCode).toBe(401)
    expect((await login(user.email, user.password)).statusCode).toBe(429)
  })

  test('parallel attempts cannot slip past the limit (each is counted before its password is checked)', async () => {
    const user = await createUser(t, 'editor')
    const answers = await Promise.all(Array.from({ length: 10 }, () => login(user.email, 'not my password')))
    expect(answers.map((r) => r.statusCode).sort()).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429])
  })
})

describe('per IP address: the 21st attempt within a minute', () => {
  test('gets 429 with Retry-After, even with the right password; other addresses are not affected', async () => {
    const user = await createUser(t, 'editor')
    const ip = '10.250.0.1'
    for (let i = 0; i < 20; i++) {
      const res = await login(`someone-${i}@example.org`, 'not a password here', ip)
      expect(res.statusCode).toBe(401)
    }
    t.clock.advance(15_000)
    const refused = await login(user.email, user.password, ip)
    expect(refused.statusCode).toBe(429)
    expect(refused.headers['retry-after']).toBe('45')
    expect(refused.json()).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 45 })
    expect((await login(user.email, user.password, '10.250.0.2')).statusCode).toBe(200)
    t.clock.advance(45_000)
    expect((await login(user.email, user.password, ip)).statusCode).toBe(200)
  })

  test('successful sign-ins count too', async () => {
    const user = await createUser(t, 'editor')
    const ip = '10.250.1.1'
    for (let i = 0; i < 20; i++) expect((await login(user.email, user.password, ip)).statusCode).toBe(200)
    expect((await login(user.email, user.password, ip)).statusCode).toBe(429)
  })
})

import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import fc from 'fast-check'
import type { InjectOptions } from 'fastify'
import { checksum, editorApp, json, pointUrl, type EditorApp } from './setup.ts'

let t: EditorApp
beforeAll(async () => {
  t = await editorApp()
})
afterAll(() => t.app.close())

/** Mostly plausible values (so that requests reach the checks behind the first one), sometimes anything. */
const mostly = <T, U>(plausible: fc.Arbitrary<T>, other: fc.Arbitrary<U>) => fc.oneof({ arbitrary: plausible, weight: 4 }, { arbitrary: other, weight: 1 })
const slug = mostly(
  fc.constantFrom('unemployment-rate', 'gdp-current-usd', 'intra-na-goods-trade', 'na-share-world-gdp', 'gini-index', 'nope', ''),
  fc.string({ maxLength: 30 }),
)
const country = mostly(fc.constantFrom('CAN', 'MEX', 'USA', 'NAM', 'WLD', 'mex', 'GBR', '..', '%00'), fc.string({ maxLength: 6 }))
const period = mostly(fc.constantFrom('2024', '2025', '2026', '2027', '2026-Q1', '2026-03', '1899', '0000', '99999'), fc.string({ maxLength: 10 }))
const value = fc.oneof(fc.double(), fc.integer(), fc.constant(null), fc.string(), fc.boolean(), fc.constant(1e308), fc.constant(-1e308), fc.constant(5.5))
const version = fc.oneof(fc.constant(undefined), fc.integer({ min: -2, max: 5 }), fc.double(), fc.string(), fc.constant(1))
const reason = fc.oneof(fc.constant(undefined), fc.constant(''), fc.constant('   '), fc.string({ maxLength: 40 }), fc.constant('x'.repeat(501)), fc.constant('a reason'))
const flags = fc.oneof(
  fc.constant(undefined),
  fc.record({ estimate: fc.oneof(fc.boolean(), fc.string()), provisional: fc.boolean(), breakInSeries: fc.anything() }, { requiredKeys: [] }),
  fc.anything(),
)
const cell = fc.record(
  { country, period, value, version, flags, sourceNote: fc.oneof(fc.string({ maxLength: 20 }), fc.constant(null), fc.integer()), extra: fc.anything() },
  { requiredKeys: [] },
)
const body = fc.record(
  { value, reason, version, flags, confirm: fc.oneof(fc.boolean(), fc.anything()), changes: fc.oneof(fc.array(cell, { maxLength: 4 }), fc.anything()), sourceNote: fc.anything() },
  { requiredKeys: [] },
)
const payload = fc.oneof(
  { arbitrary: body.map((b) => JSON.stringify(b)), weight: 6 },
  fc.jsonValue().map((j) => JSON.stringify(j)),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', '{"value": 1e999, "reason": "x"}', '{"changes": [{"country": "MEX", "period": "2026", "value": -1e999}], "reason": "x"}', '{', 'null', '[]'),
)
const contentType = mostly(fc.constantFrom('application/json', 'application/json; charset=utf-8'), fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', undefined))
const csrf = mostly(fc.constant('right'), fc.constantFrom('wrong', 'missing'))
const origin = mostly(fc.constantFrom(undefined, 'http://localhost:80'), fc.constantFrom('https://evil.example', 'null', 'http://localhost:81'))

function safe(part: string): string {
  try {
    return encodeURIComponent(part)
  } catch {
    return 'x'
  }
}

const ROUTES = [
  { name: 'PUT a point', method: 'PUT', url: (s: string, c: string, p: string) => `/api/admin/indicators/${safe(s)}/observations/${safe(c)}/${safe(p)}` },
  { name: 'DELETE a point', method: 'DELETE', url: (s: string, c: string, p: string) => `/api/admin/indicators/${safe(s)}/observations/${safe(c)}/${safe(p)}` },
  { name: 'restore a point', method: 'POST', url: (s: string, c: string, p: string) => `/api/admin/indicators/${safe(s)}/observations/${safe(c)}/${safe(p)}/restore` },
  { name: 'save a batch', method: 'POST', url: (s: string) => `/api/admin/indicators/${safe(s)}/observations` },
  { name: 'preview a batch', method: 'POST', url: (s: string) => `/api/admin/indicators/${safe(s)}/observations/preview` },
] as const

describe.each(ROUTES)('$name with arbitrary bodies, params and headers', (route) => {
  test('never answers 5xx, and a refused request leaves every table as it was', async () => {
    let current = checksum(t.db)
    const statuses = new Map<number, number>()
    await fc.assert(
      fc.asyncProperty(slug, country, period, payload, contentType, csrf, origin, async (s, c, p, body, type, token, from) => {
        const headers: Record<string, string> = { cookie: t.headers.cookie, host: 'localhost:80' }
        if (token === 'right') headers['x-csrf-token'] = t.headers['x-csrf-token']
        if (token === 'wrong') headers['x-csrf-token'] = `${t.headers['x-csrf-token']}x`
        if (type !== undefined) headers['content-type'] = type
        if (from !== undefined) headers['origin'] = from
        const options: InjectOptions = { method: route.method, url: route.url(s, c, p), headers, payload: body }
        const res = await t.app.inject(options)
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1)
        expect(res.statusCode, res.body).toBeLessThan(500)
        const after = checksum(t.db)
        if (res.statusCode >= 400) {
          expect(after, `${res.statusCode} ${res.body}`).toBe(current)
          expect(json(res)).toMatchObject({ statusCode: res.statusCode })
        }
        current = after
      }),
      { numRuns: 100 },
    )
    // Most requests get past the session checks (401/403) to the handler's own refusals.
    const pastAuth = [...statuses].filter(([status]) => status !== 401 && status !== 403).reduce((n, [, k]) => n + k, 0)
    expect(pastAuth).toBeGreaterThan(30)
  }, 180_000)
})

describe('CSRF and sessions on every write route', () => {
  const valid: Record<string, unknown> = {
    'PUT a point': { value: 2.7, reason: 'x' },
    'DELETE a point': { reason: 'x', version: 1 },
    'restore a point': { reason: 'x' },
    'save a batch': { reason: 'x', changes: [{ country: 'MEX', period: '2026', value: 2.7 }] },
    'preview a batch': { changes: [{ country: 'MEX', period: '2026', value: 2.7 }] },
  }
  test.each(ROUTES)('$name: a session cookie with a wrong CSRF token → 403 csrf, nothing changed; no session → 401', async (route) => {
    const before = checksum(t.db)
    const url = route.url('unemployment-rate', 'MEX', '2024')
    const payload = JSON.stringify(valid[route.name])
    const wrong = await t.app.inject({ method: route.method, url, payload, headers: { cookie: t.headers.cookie, 'x-csrf-token': 'not-the-token', 'content-type': 'application/json' } })
    expect(wrong.statusCode).toBe(403)
    expect(json(wrong)).toMatchObject({ statusCode: 403, code: 'csrf' })
    const none = await t.app.inject({ method: route.method, url, payload, headers: { 'content-type': 'application/json' } })
    expect(none.statusCode).toBe(401)
    expect(json(none)).toMatchObject({ statusCode: 401, code: 'unauthenticated' })
    expect(checksum(t.db)).toBe(before)
  })

  test('the right token on the same request goes through', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: pointUrl('unemployment-rate', 'MEX', '2026'),
      payload: JSON.stringify({ value: 2.7, reason: 'x' }),
      headers: { ...t.headers, 'content-type': 'application/json' },
    })
    expect(res.statusCode).toBe(201)
  })
})

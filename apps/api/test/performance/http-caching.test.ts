import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Series } from '@nap/schemas'
import { buildTestApp, type TestApp } from '../helper.ts'
import { authHeaders, signIn } from '../auth-helper.ts'
import { buildAppWith } from './app-with.ts'

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(() => t.app.close())

const SERIES = '/api/indicators/gdp-per-capita-ppp/series?countries=MEX&from=2019&to=2023'
const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers })
const STRONG = /^"[A-Za-z0-9_-]{27}(-br|-gzip)?"$/

describe('ETag, Cache-Control and Vary on the API GET responses', () => {
  test.each([
    ['/api/indicators/gdp-per-capita-ppp/series', 'public, max-age=0, must-revalidate', 'miss'],
    ['/api/indicators/gdp-per-capita-ppp/progress', 'public, max-age=0, must-revalidate', 'miss'],
    ['/api/progress?goal=1', 'public, max-age=0, must-revalidate', 'miss'],
    ['/api/goals', 'public, max-age=0, must-revalidate', 'miss'],
    ['/api/indicators/gdp-per-capita-ppp', 'public, max-age=0, must-revalidate', 'miss'],
    ['/api/indicators/gdp-per-capita-ppp/export.csv', 'no-cache', undefined],
    ['/api/changes', 'no-cache', undefined],
    ['/api/health', 'no-cache', undefined],
    ['/api/openapi.json', 'no-cache', undefined],
  ])('GET %s: a strong ETag, Cache-Control %s, Vary: accept-encoding', async (url, cacheControl, xCache) => {
    const res = await get(url)
    expect(res.statusCode).toBe(200)
    expect(res.headers['etag']).toMatch(STRONG)
    expect(res.headers['cache-control']).toBe(cacheControl)
    expect(res.headers['vary']).toBe('accept-encoding')
    expect(res.headers['x-cache']).toBe(xCache)
  })

  test('a signed-in read keeps its no-store (and gets its ETag)', async () => {
    const admin = await signIn(t.app, 'admin')
    const res = await get('/api/auth/me', authHeaders(admin))
    expect(res.statusCode).toBe(200)
    expect(res.headers['cache-control']).toBe('no-store')
    expect(res.headers['etag']).toMatch(STRONG)
  })

  test('errors and writes carry no ETag', async () => {
    const missing = await get('/api/indicators/no-such-indicator/series')
    expect(missing.statusCode).toBe(404)
    expect(missing.headers['etag']).toBeUndefined()
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'nobody@example.org', password: 'wrong password here' } })
    expect(login.headers['etag']).toBeUndefined()
  })

  test('the ETag is the hash of the body: the same for the same bytes, cached or not', async () => {
    const first = await get(SERIES)
    const second = await get(SERIES)
    const off = await buildAppWith({ RESPONSE_CACHE: 'off' })
    try {
      const uncached = await off.app.inject({ method: 'GET', url: SERIES })
      expect([first.headers['x-cache'], second.headers['x-cache'], uncached.headers['x-cache']]).toEqual(['miss', 'hit', 'off'])
      expect(second.body).toBe(first.body)
      expect(uncached.body).toBe(first.body)
      expect(second.headers['etag']).toBe(first.headers['etag'])
      expect(uncached.headers['etag']).toBe(first.headers['etag'])
    } finally {
      await off.app.close()
    }
  })
})

describe('If-None-Match', () => {
  test.each([
    ['the ETag itself', (etag: string) => etag],
    ['its weak form', (etag: string) => `W/${etag}`],
    ['a list holding it', (etag: string) => `"something-else", ${etag}`],
    ['its brotli variant', (etag: string) => `${etag.slice(0, -1)}-br"`],
    ['*', () => '*'],
  ])('naming %s → 304 without a body, with the ETag and the caching headers', async (_name, header) => {
    const etag = String((await get(SERIES)).headers['etag'])
    const res = await get(SERIES, { 'if-none-match': header(etag) })
    expect(res.statusCode).toBe(304)
    expect(res.body).toBe('')
    expect(res.headers['etag']).toBe(etag)
    expect(res.headers['cache-control']).toBe('public, max-age=0, must-revalidate')
    expect(res.headers['vary']).toBe('accept-encoding')
    expect(res.headers['content-length']).toBeUndefined()
  })

  test('a 304 names the coding the client would have been sent', async () => {
    const full = '/api/indicators/gdp-per-capita-ppp/series'
    const etag = String((await get(full)).headers['etag'])
    const res = await get(full, { 'if-none-match': etag, 'accept-encoding': 'br' })
    expect(res.statusCode).toBe(304)
    expect(res.headers['etag']).toBe(`${etag.slice(0, -1)}-br"`)
  })

  test('another ETag → 200 with the body', async () => {
    const res = await get(SERIES, { 'if-none-match': '"not-this-one"' })
    expect(res.statusCode).toBe(200)
    expect(res.json<Series>().series[0]?.points.map((p) => p.year)).toEqual([2019, 2020, 2021, 2022, 2023])
  })

  test('uncached routes answer 304 too', async () => {
    const etag = String((await get('/api/indicators/gdp-per-capita-ppp/export.csv')).headers['etag'])
    expect((await get('/api/indicators/gdp-per-capita-ppp/export.csv', { 'if-none-match': etag })).statusCode).toBe(304)
  })
})

describe('compression of API responses', () => {
  const FULL = '/api/indicators/gdp-per-capita-ppp/series'

  test.each([
    ['br', brotliDecompressSync],
    ['gzip', gunzipSync],
  ] as const)('%s: the decoded body is the identity body, with its own ETag', async (coding, decode) => {
    const plain = await get(FULL)
    const res = await get(FULL, { 'accept-encoding': `${coding}, deflate` })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-encoding']).toBe(coding)
    expect(res.headers['etag']).toBe(`${String(plain.headers['etag']).slice(0, -1)}-${coding}"`)
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(Number(res.headers['content-length'])).toBe(res.rawPayload.length)
    expect(decode(res.rawPayload).toString()).toBe(plain.body)
    expect(res.rawPayload.length).toBeLessThan(plain.rawPayload.length / 4)
  })

  test('the CSV export is compressed too; a response under 1 KB is not', async () => {
    const csv = await get('/api/indicators/gdp-per-capita-ppp/export.csv', { 'accept-encoding': 'gzip' })
    expect(csv.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(csv.rawPayload).toString().split('\n')[0]).toMatch(/^indicator,country,period,year,value,/)
    const small = await get('/api/health', { 'accept-encoding': 'br' })
    expect(small.rawPayload.length).toBeLessThan(1024)
    expect(small.headers['content-encoding']).toBeUndefined()
  })

  test('a HEAD has the GET headers and no body', async () => {
    const full = await get(FULL)
    const head = await t.app.inject({ method: 'HEAD', url: FULL })
    expect(head.statusCode).toBe(200)
    expect(head.body).toBe('')
    expect(head.headers['etag']).toBe(full.headers['etag'])
    expect(head.headers['content-length']).toBe(String(full.rawPayload.length))
  })

  test('security headers are on cached answers as on the others', async () => {
    await get(FULL)
    const hit = await get(FULL)
    expect(hit.headers['x-cache']).toBe('hit')
    const error = await get('/api/indicators/no-such-indicator/series')
    for (const res of [hit, error]) {
      expect(res.headers['content-security-policy']).toContain("default-src 'self'")
      expect(res.headers['x-content-type-options']).toBe('nosniff')
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains')
    }
  })
})

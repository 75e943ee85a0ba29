import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildApp } from '../../src/app.ts'
import { loadEnv } from '../../src/config/env.ts'
import { buildTestApp, getJson, type TestApp } from '../helper.ts'

const SECURITY_HEADERS = [
  'content-security-policy',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
  'origin-agent-cluster',
  'referrer-policy',
  'strict-transport-security',
  'x-content-type-options',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-frame-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
]

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(() => t.app.close())

describe('GET /api/health', () => {
  test('reports the database and its size', async () => {
    const { status, body } = await getJson<{ status: string; indicators: number; observations: number }>(t.app, '/api/health')
    expect(status).toBe(200)
    expect(body).toMatchObject({ status: 'ok', database: 'ok', indicators: 31 })
    expect(body.observations).toBeGreaterThan(4000)
  })

  test('sets security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' })
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['content-security-policy']).toContain("default-src 'self'")
  })

  test('every answer carries the same security headers as the first one: data, errors, the docs, a missing page', async () => {
    // A new app: its first request is the one that works the headers out.
    const fresh = await buildTestApp()
    try {
      const security = (headers: Record<string, unknown>) =>
        Object.fromEntries(Object.entries(headers).filter(([name]) => SECURITY_HEADERS.includes(name)))
      const first = await fresh.app.inject({ method: 'GET', url: '/api/health' })
      expect(Object.keys(security(first.headers)).sort()).toEqual([...SECURITY_HEADERS].sort())
      for (const url of ['/api/health', '/api/indicators/gdp-per-capita-ppp/series', '/api/indicators/nope/series', '/api/progress?goal=9', '/api/nothing-here']) {
        const res = await fresh.app.inject({ method: 'GET', url })
        expect(security(res.headers), `${url} (${res.statusCode})`).toEqual(security(first.headers))
      }
      // The docs page has the interactive docs' own Content-Security-Policy (staticCSP), the rest alike.
      const docs = await fresh.app.inject({ method: 'GET', url: '/api/docs/' })
      const { 'content-security-policy': docsPolicy, ...docsRest } = security(docs.headers)
      const { 'content-security-policy': _policy, ...firstRest } = security(first.headers)
      expect(docsRest).toEqual(firstRest)
      expect(docsPolicy).toEqual(expect.stringContaining("script-src 'self'"))
    } finally {
      await fresh.app.close()
    }
  })
})

describe('OpenAPI', () => {
  test('GET /api/openapi.json documents every public path with its parameters', async () => {
    const { status, body } = await getJson<{ openapi: string; paths: Record<string, Record<string, { parameters?: { name: string }[] }>> }>(
      t.app,
      '/api/openapi.json',
    )
    expect(status).toBe(200)
    expect(body.openapi).toBe('3.1.0')
    expect(Object.keys(body.paths).sort()).toEqual(
      [
        '/api/countries',
        '/api/events',
        '/api/goals',
        '/api/goals/{goalId}',
        '/api/health',
        '/api/indicators',
        '/api/indicators/{slug}',
        '/api/indicators/{slug}/progress',
        '/api/indicators/{slug}/series',
        '/api/progress',
        '/api/sources',
        '/api/export.csv',
        '/api/indicators/{slug}/export.csv',
        '/api/indicators/{slug}/metadata',
        '/api/metadata',
        '/api/indicators/{slug}/revisions',
        '/api/changes',
        '/api/changes.atom',
        '/api/indicators/{slug}/targets/{country}/history',
        '/api/admin/indicators/{slug}/targets/{country}',
        '/api/admin/indicators/{slug}/observations',
        '/api/admin/indicators/{slug}/observations/preview',
        '/api/admin/indicators/{slug}/observations/{country}/{period}',
        '/api/admin/indicators/{slug}/observations/{country}/{period}/restore',
        '/api/auth/login',
        '/api/auth/me',
        '/api/auth/logout',
        '/api/auth/logout-all',
        '/api/auth/password',
        '/api/admin/users',
        '/api/admin/users/{id}',
        '/api/admin/users/{id}/password',
        '/api/admin/audit',
        '/api/admin/imports',
        '/api/admin/imports/{id}',
        '/api/admin/imports/{id}/commit',
        '/api/admin/imports/{id}/revert',
      ].sort(),
    )
    const params = body.paths['/api/indicators/{slug}/series']?.['get']?.parameters?.map((p) => p.name)
    expect(params).toEqual(expect.arrayContaining(['slug', 'countries', 'from', 'to', 'asOf']))
  })

  test('GET /api/docs serves the interactive documentation', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' })
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('swagger-ui')
  })
})

describe('unknown routes', () => {
  test('an unknown API path gets a JSON 404 in the one error shape', async () => {
    const { status, body } = await getJson(t.app, '/api/nope')
    expect(status).toBe(404)
    expect(body).toEqual({ statusCode: 404, error: 'Not Found', code: 'not_found', message: 'No API route GET /api/nope' })
  })
})

describe('OpenAPI field documentation', () => {
  type JsonSchema = { description?: string; properties?: Record<string, JsonSchema>; items?: JsonSchema; anyOf?: JsonSchema[]; $ref?: string }
  test('every field of a progress assessment is described', async () => {
    const { body } = await getJson<{ paths: Record<string, Record<string, { responses: Record<string, { content: Record<string, { schema: JsonSchema }> }> }>> }>(
      t.app,
      '/api/openapi.json',
    )
    const schema = body.paths['/api/progress']?.['get']?.responses['200']?.content['application/json']?.schema
    const assessment = schema?.properties?.['assessments']?.items
    const fields = Object.entries(assessment?.properties ?? {})
    expect(fields.length).toBeGreaterThan(25)
    const undocumented = fields.filter(([, s]) => !(s.description ?? s.anyOf?.find((x) => x.description)?.description)).map(([k]) => k)
    expect(undocumented).toEqual([])
  })
})

describe('serving the web app', () => {
  test('serves index.html at / and for app paths, hashed assets as immutable, and 404 for missing files', async () => {
    const web = mkdtempSync(join(tmpdir(), 'nap-web-'))
    mkdirSync(join(web, 'assets'))
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Goal Monitor</title>')
    writeFileSync(join(web, 'assets', 'app-abc123.js'), 'console.log(1)')
    const app = await buildApp({ env: loadEnv({ LOG_LEVEL: 'silent', WEB_DIST: web }), db: t.db })
    try {
      for (const url of ['/', '/indicators/gdp-per-capita-ppp?countries=MEX&lang=es', '/goals/2']) {
        const res = await app.inject({ method: 'GET', url })
        expect(res.statusCode, url).toBe(200)
        expect(res.body).toContain('<title>Goal Monitor</title>')
        expect(res.headers['cache-control']).toBe('no-cache')
      }
      const asset = await app.inject({ method: 'GET', url: '/assets/app-abc123.js' })
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable')
      const missing = await app.inject({ method: 'GET', url: '/assets/app-old.js' })
      expect(missing.statusCode).toBe(404)
      expect(missing.json()).toMatchObject({ code: 'not_found', message: 'Not found: /assets/app-old.js' })
      writeFileSync(join(web, 'assets', 'app-new456.js'), 'console.log(2)')
      expect((await app.inject({ method: 'GET', url: '/assets/app-new456.js' })).statusCode).toBe(200)
    } finally {
      await app.close()
      rmSync(web, { recursive: true, force: true })
    }
  })
})

describe('server errors', () => {
  test('a 5xx answers in the one error shape without leaking the internal message', async () => {
    const app = await buildApp({ env: loadEnv({ LOG_LEVEL: 'silent', WEB_DIST: join(tmpdir(), 'no-web-build') }), db: t.db })
    app.get('/api/boom', async () => {
      throw new Error('SQLITE_CORRUPT: database disk image is malformed at /var/lib/secret.sqlite')
    })
    try {
      const res = await app.inject({ method: 'GET', url: '/api/boom' })
      expect(res.statusCode).toBe(500)
      expect(res.json()).toEqual({ statusCode: 500, error: 'Internal Server Error', code: 'internal_error', message: 'Internal Server Error' })
      expect(res.body).not.toContain('SQLITE')
    } finally {
      await app.close()
    }
  })
})

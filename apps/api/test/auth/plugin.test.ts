import Fastify from 'fastify'
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { registerAuth } from '../../src/auth/plugin.ts'
import { buildTestApp, getJson, type TestApp } from '../helper.ts'

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(() => t.app.close())

async function bareApp() {
  const app = Fastify()
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  await registerAuth(app, { db: t.db, env: { ADMIN_NAME: 'Administrator' } })
  return app
}

describe('start-up check', () => {
  test('a route under /api/admin/ without config.auth stops the start', async () => {
    const app = await bareApp()
    expect(() => app.get('/api/admin/secrets', async () => 'x')).toThrow(
      "GET /api/admin/secrets is under /api/admin/ but declares no config.auth ('user' | 'editor' | 'admin')",
    )
    await app.close()
  })

  test('also inside a prefixed plugin', async () => {
    const app = await bareApp()
    await expect(
      app.register(async (api) => {
        api.post('/admin/things', async () => 'x')
      }, { prefix: '/api' }),
    ).rejects.toThrow(/POST \/api\/admin\/things is under \/api\/admin\/ but declares no config\.auth/)
    await app.close()
  })

  test('an unknown auth level stops the start', async () => {
    const app = await bareApp()
    // @ts-expect-error: 'root' is not an AuthLevel (the check also holds for untyped callers)
    expect(() => app.get('/api/admin/x', { config: { auth: 'root' } }, async () => 'x')).toThrow(
      'GET /api/admin/x: config.auth must be one of user, editor, admin',
    )
    await app.close()
  })

  test('protected routes are collected (HEAD left out), public ones are not', async () => {
    const app = await bareApp()
    app.get('/api/admin/x', { config: { auth: 'editor' } }, async () => 'x')
    app.route({ method: ['PUT', 'DELETE'], url: '/api/admin/y', config: { auth: 'admin' }, handler: async () => 'y' })
    app.get('/api/public', async () => 'p')
    await app.ready()
    expect(app.protectedRoutes).toEqual([
      { method: 'GET', url: '/api/admin/x', auth: 'editor' },
      { method: 'PUT', url: '/api/admin/y', auth: 'admin' },
      { method: 'DELETE', url: '/api/admin/y', auth: 'admin' },
    ])
    await app.close()
  })
})

type Operation = { operationId?: string; security?: Record<string, string[]>[]; responses: Record<string, unknown> }
interface Doc {
  paths: Record<string, Record<string, Operation>>
  components: { securitySchemes: Record<string, unknown> }
  tags: { name: string }[]
}

describe('OpenAPI', () => {
  test('names the session cookie and the CSRF header as security schemes', async () => {
    const { body } = await getJson<Doc>(t.app, '/api/openapi.json')
    expect(body.components.securitySchemes).toEqual({
      sessionCookie: { type: 'apiKey', in: 'cookie', name: '__Host-session', description: expect.any(String) },
      csrfToken: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token', description: expect.any(String) },
    })
    expect(body.tags.map((x) => x.name)).toEqual(expect.arrayContaining(['Auth', 'Users', 'Audit']))
  })

  test('every protected operation requires the cookie (and the CSRF header when unsafe) and documents 401 and 403', async () => {
    const { body } = await getJson<Doc>(t.app, '/api/openapi.json')
    expect(t.app.protectedRoutes.length).toBeGreaterThan(5)
    for (const route of t.app.protectedRoutes) {
      const path = route.url.replace(/:([A-Za-z]+)/g, '{$1}')
      const op = body.paths[path]?.[route.method.toLowerCase()]
      expect(op, `${route.method} ${path}`).toBeDefined()
      const security = route.method === 'GET' ? [{ sessionCookie: [] }] : [{ sessionCookie: [], csrfToken: [] }]
      expect(op?.security, `${route.method} ${path}`).toEqual(security)
      expect(Object.keys(op?.responses ?? {}), `${route.method} ${path}`).toEqual(expect.arrayContaining(['401', '403']))
      expect(op?.operationId, `${route.method} ${path}`).toMatch(/^[a-z][A-Za-z]+$/)
    }
  })

  test('sign-in is public, with its operation id and its 401 and 429', async () => {
    const { body } = await getJson<Doc>(t.app, '/api/openapi.json')
    const login = body.paths['/api/auth/login']?.['post']
    expect(login?.operationId).toBe('login')
    expect(login?.security).toEqual([])
    expect(Object.keys(login?.responses ?? {}).sort()).toEqual(['200', '400', '401', '403', '429'])
  })

  test('the auth, users and audit operations have these ids', async () => {
    const { body } = await getJson<Doc>(t.app, '/api/openapi.json')
    const ids = Object.entries(body.paths)
      .filter(([p]) => p.startsWith('/api/auth/') || p.startsWith('/api/admin/users') || p === '/api/admin/audit')
      .flatMap(([, ops]) => Object.values(ops).map((o) => o.operationId))
      .sort()
    expect(ids).toEqual(['changePassword', 'createUser', 'getSession', 'listAuditEntries', 'listUsers', 'login', 'logout', 'logoutAll', 'resetUserPassword', 'updateUser'])
  })
})

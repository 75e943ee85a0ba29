/**
 * The authorisation matrix, driven by the routes the app registers with `config.auth`
 * (`app.protectedRoutes`): a protected route without a line here fails the first test, and so does a
 * line for a route that no longer exists or declares another role.
 *
 * To add a route: one line, keyed `METHOD /url/:pattern` exactly as registered, with
 *   auth     the role it declares: 'user' | 'editor' | 'admin'
 *   url      a concrete URL the right role may call (required when the pattern has parameters)
 *   payload  a body the right role may send (a function gets the context: fresh data per call)
 *   ok       the status the right role gets (default: any 2xx)
 * The context `c` has `c.app`, the signed-in caller `c.caller` (with its `password`) and a fresh
 * editor account `c.target` to act on.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { FastifyInstance } from 'fastify'
import type { Role } from '@nap/domain'
import { buildTestApp, type TestApp } from '../helper.ts'
import { authHeaders, createUser, signIn, type SignedIn, type TestUser } from '../auth-helper.ts'
import type { AuthLevel } from '../../src/auth/types.ts'

interface MatrixContext {
  app: FastifyInstance
  caller: SignedIn & { password: string }
  target: TestUser
}
type Given<T> = T | ((c: MatrixContext) => T)
interface MatrixEntry {
  auth: AuthLevel
  url?: Given<string>
  payload?: Given<Record<string, unknown>>
  ok?: number
}

let made = 0
const unique = () => `matrix-${++made}-${Date.now()}@example.org`
/** The current version of an observation (data-entry rows send it back). */
const versionOf = (c: MatrixContext, slug: string, country: string, period: string): number =>
  c.app.db.$client
    .prepare<[string, string, string], { version: number }>(
      'select o.version from observations o join indicators i on i.id = o.indicator_id where i.slug = ? and o.country_code = ? and o.period = ?',
    )
    .get(slug, country, period)?.version ?? 0

const MATRIX: Record<string, MatrixEntry> = {
  'GET /api/auth/me': { auth: 'user' },
  'POST /api/auth/logout': { auth: 'user', ok: 204 },
  'POST /api/auth/logout-all': { auth: 'user', ok: 204 },
  'POST /api/auth/password': { auth: 'user', payload: (c) => ({ current: c.caller.password, next: 'fresh river stone 9 gale' }) },
  'GET /api/admin/users': { auth: 'admin' },
  'POST /api/admin/users': { auth: 'admin', payload: () => ({ email: unique(), name: 'Matrix User', role: 'editor' }), ok: 201 },
  'PATCH /api/admin/users/:id': { auth: 'admin', url: (c) => `/api/admin/users/${c.target.id}`, payload: { name: 'Renamed', version: 1 } },
  'POST /api/admin/users/:id/password': { auth: 'admin', url: (c) => `/api/admin/users/${c.target.id}/password` },
  'GET /api/admin/audit': { auth: 'admin', url: '/api/admin/audit?limit=5' },
  // Data entry: each call writes a new year (confirm: the level is far from today's), or works on MEX 2010 from its current version.
  'GET /api/admin/indicators/:slug/observations': { auth: 'editor', url: '/api/admin/indicators/unemployment-rate/observations' },
  'PUT /api/admin/indicators/:slug/observations/:country/:period': {
    auth: 'editor',
    url: () => `/api/admin/indicators/unemployment-rate/observations/MEX/${1900 + ++made}`,
    payload: { value: 3, reason: 'authorisation matrix', confirm: true },
    ok: 201,
  },
  'DELETE /api/admin/indicators/:slug/observations/:country/:period': {
    auth: 'editor',
    url: '/api/admin/indicators/unemployment-rate/observations/MEX/2010',
    payload: (c) => ({ reason: 'authorisation matrix', version: versionOf(c, 'unemployment-rate', 'MEX', '2010') }),
  },
  'POST /api/admin/indicators/:slug/observations/:country/:period/restore': {
    auth: 'editor',
    url: '/api/admin/indicators/unemployment-rate/observations/MEX/2010/restore',
    payload: { reason: 'authorisation matrix' },
  },
  'POST /api/admin/indicators/:slug/observations': {
    auth: 'editor',
    url: '/api/admin/indicators/unemployment-rate/observations',
    payload: () => ({ reason: 'authorisation matrix', confirm: true, changes: [{ country: 'CAN', period: String(1900 + ++made), value: 6 }] }),
  },
  'POST /api/admin/indicators/:slug/observations/preview': {
    auth: 'editor',
    url: '/api/admin/indicators/unemployment-rate/observations/preview',
    payload: { changes: [{ country: 'MEX', period: '2026', value: 2.7 }] },
  },
  'PUT /api/admin/indicators/:slug/targets/:country': {
    auth: 'admin',
    url: '/api/admin/indicators/unemployment-rate/targets/MEX',
    payload: (c) => {
      const cur = c.app.catalog.findIndicator('unemployment-rate')?.targets.find((x) => x.country === 'MEX')
      if (!cur) throw new Error('the seed has no MEX unemployment-rate target')
      const { value, year, baselineYear, milestones, origin, rationale, version } = cur
      return { value, year, baselineYear, milestones, origin, rationale, version, reason: 'authorisation matrix' }
    },
  },
}

const ROLES_ALLOWED: Record<AuthLevel, Role[]> = { user: ['editor', 'admin'], editor: ['editor', 'admin'], admin: ['admin'] }
const rows = Object.entries(MATRIX).map(([key, entry]) => {
  const [method = '', pattern = ''] = key.split(' ')
  return { key, method, pattern, entry }
})

let t: TestApp
beforeAll(async () => {
  t = await buildTestApp()
})
afterAll(() => t.app.close())

function given(v: Given<string> | undefined, c: MatrixContext): string | undefined
function given(v: Given<Record<string, unknown>> | undefined, c: MatrixContext): Record<string, unknown> | undefined
function given(v: Given<string> | Given<Record<string, unknown>> | undefined, c: MatrixContext) {
  return typeof v === 'function' ? v(c) : v
}

async function context(role: Role): Promise<MatrixContext> {
  return { app: t.app, caller: await signIn(t.app, role), target: await createUser(t, 'editor') }
}

function urlOf(row: (typeof rows)[number], c: MatrixContext | null): string {
  const url = c ? given(row.entry.url, c) : typeof row.entry.url === 'string' ? row.entry.url : undefined
  if (url !== undefined) return url
  if (row.pattern.includes(':')) {
    // Without a context (anonymous), any value for the parameters will do: refusal comes first.
    if (!c) return row.pattern.replace(/:[A-Za-z]+/g, '1')
    throw new Error(`${row.key}: give a concrete url in MATRIX`)
  }
  return row.pattern
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const
const isMethod = (m: string): m is (typeof METHODS)[number] => METHODS.some((x) => x === m)

function inject(method: string, url: string, headers: Record<string, string>, payload?: Record<string, unknown>) {
  if (!isMethod(method)) throw new Error(`unexpected method ${method}`)
  return t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload }) })
}

describe('authorisation matrix', () => {
  test('lists exactly the registered protected routes, with the role each declares', () => {
    const registered = Object.fromEntries(t.app.protectedRoutes.map((r) => [`${r.method} ${r.url}`, r.auth]))
    const listed = Object.fromEntries(rows.map((r) => [r.key, r.entry.auth]))
    expect(listed).toEqual(registered)
  })

  test('every /api/admin/ route is protected', () => {
    const admin = t.app.protectedRoutes.filter((r) => r.url.startsWith('/api/admin/'))
    expect(admin.length).toBeGreaterThanOrEqual(5)
    expect(admin.every((r) => r.auth === 'editor' || r.auth === 'admin')).toBe(true)
  })

  test.each(rows)('$key: anonymous → 401', async (row) => {
    const res = await inject(row.method, urlOf(row, null), {})
    expect(res.statusCode).toBe(401)
    expect(res.json()).toMatchObject({ code: 'unauthenticated' })
  })

  test.each(rows.filter((r) => r.entry.auth === 'admin'))('$key: editor → 403', async (row) => {
    const c = await context('editor')
    const res = await inject(row.method, urlOf(row, c), authHeaders(c.caller), given(row.entry.payload, c))
    expect(res.statusCode).toBe(403)
    expect(res.json()).toMatchObject({ code: 'forbidden' })
  })

  test.each(rows.flatMap((r) => ROLES_ALLOWED[r.entry.auth].map((role) => ({ ...r, role }))))('$key: $role → allowed', async (row) => {
    const c = await context(row.role)
    const res = await inject(row.method, urlOf(row, c), authHeaders(c.caller), given(row.entry.payload, c))
    if (row.entry.ok !== undefined) expect(res.statusCode, res.body).toBe(row.entry.ok)
    else expect(res.statusCode >= 200 && res.statusCode < 300, `${res.statusCode} ${res.body}`).toBe(true)
  })
})

/**
 * The authorisation matrix, driven by the routes the app registers with `config.auth`
 * (`app.protectedRoutes`): a protected route without a line here fails the first test, and so does a
 * line for a route that no longer exists or declares another role.
 *
 * To add a route: one line, keyed `METHOD /url/:pattern` exactly as registered, with
 *   auth     the role it declares: 'user' | 'editor' | 'admin'
 *   url      a concrete URL the right role may call (required when the pattern has parameters)
 *   payload  a body the right role may send (a function gets the context: fresh data per call)
 *   form     instead of payload, a multipart/form-data body (a file upload)
 *   ok       the status the right role gets (default: any 2xx)
 * The context `c` has `c.app`, the signed-in caller `c.caller` (with its `password`) and a fresh
 * editor account `c.target` to act on. A function may be async (e.g. to upload a file first).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { FastifyInstance } from 'fastify'
import type { Role } from '@nap/domain'
import { buildTestApp, type TestApp } from '../helper.ts'
import { authHeaders, createUser, signIn, type SignedIn, type TestUser } from '../auth-helper.ts'
import type { AuthLevel } from '../../src/auth/types.ts'
import { multipart, type MultipartInput } from '../imports/multipart.ts'

interface MatrixContext {
  app: FastifyInstance
  caller: SignedIn & { password: string }
  target: TestUser
}
type Given<T> = T | ((c: MatrixContext) => T | Promise<T>)
interface MatrixEntry {
  auth: AuthLevel
  url?: Given<string>
  payload?: Given<Record<string, unknown>>
  form?: Given<MultipartInput>
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

/** A one-value tidy CSV that adds a new point (a new year each call), so that its import can be committed. */
const tidyUpload = (): MultipartInput => ({ file: { name: 'matrix.csv', content: `indicator,country,period,value\nunemployment-rate,CAN,${1900 + ++made},6\n` } })
/** The caller's dry run of such a file: its import number. */
async function dryRunId(c: MatrixContext): Promise<number> {
  const { payload, headers } = multipart(tidyUpload())
  const res = await c.app.inject({ method: 'POST', url: '/api/admin/imports', headers: { ...authHeaders(c.caller), ...headers }, payload })
  if (res.statusCode !== 201) throw new Error(`dry run answered ${res.statusCode}: ${res.body}`)
  return res.json<{ id: number }>().id
}
/** The caller's committed import of such a file. */
async function committedId(c: MatrixContext): Promise<number> {
  const id = await dryRunId(c)
  const res = await c.app.inject({ method: 'POST', url: `/api/admin/imports/${id}/commit`, headers: authHeaders(c.caller), payload: { reason: 'authorisation matrix' } })
  if (res.statusCode !== 200) throw new Error(`commit answered ${res.statusCode}: ${res.body}`)
  return id
}

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
  // Imports: each call uploads its own file (a new point), so that it can be committed and reverted.
  'GET /api/admin/imports': { auth: 'editor', url: '/api/admin/imports?limit=5' },
  'POST /api/admin/imports': { auth: 'editor', form: tidyUpload, ok: 201 },
  'GET /api/admin/imports/:id': { auth: 'editor', url: async (c) => `/api/admin/imports/${await dryRunId(c)}?verdict=new` },
  'POST /api/admin/imports/:id/commit': { auth: 'editor', url: async (c) => `/api/admin/imports/${await dryRunId(c)}/commit`, payload: { reason: 'authorisation matrix' } },
  'POST /api/admin/imports/:id/revert': { auth: 'editor', url: async (c) => `/api/admin/imports/${await committedId(c)}/revert`, payload: { reason: 'authorisation matrix' } },
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

async function given<T>(v: Given<T> | undefined, c: MatrixContext): Promise<T | undefined> {
  return v instanceof Function ? await v(c) : v
}

async function context(role: Role): Promise<MatrixContext> {
  return { app: t.app, caller: await signIn(t.app, role), target: await createUser(t, 'editor') }
}

async function urlOf(row: (typeof rows)[number], c: MatrixContext | null): Promise<string> {
  const url = c ? await given(row.entry.url, c) : typeof row.entry.url === 'string' ? row.entry.url : undefined
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

function inject(method: string, url: string, headers: Record<string, string>, payload?: Record<string, unknown>, form?: MultipartInput) {
  if (!isMethod(method)) throw new Error(`unexpected method ${method}`)
  if (form !== undefined) {
    const body = multipart(form)
    return t.app.inject({ method, url, headers: { ...headers, ...body.headers }, payload: body.payload })
  }
  return t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload }) })
}

/** The request of a row for the context's caller. */
async function call(row: (typeof rows)[number], c: MatrixContext) {
  return inject(row.method, await urlOf(row, c), authHeaders(c.caller), await given(row.entry.payload, c), await given(row.entry.form, c))
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
    const res = await inject(row.method, await urlOf(row, null), {})
    expect(res.statusCode).toBe(401)
    expect(res.json()).toMatchObject({ code: 'unauthenticated' })
  })

  test.each(rows.filter((r) => r.entry.auth === 'admin'))('$key: editor → 403', async (row) => {
    const c = await context('editor')
    const res = await call(row, c)
    expect(res.statusCode).toBe(403)
    expect(res.json()).toMatchObject({ code: 'forbidden' })
  })

  test.each(rows.flatMap((r) => ROLES_ALLOWED[r.entry.auth].map((role) => ({ ...r, role }))))('$key: $role → allowed', async (row) => {
    const c = await context(row.role)
    const res = await call(row, c)
    if (row.entry.ok !== undefined) expect(res.statusCode, res.body).toBe(row.entry.ok)
    else expect(res.statusCode >= 200 && res.statusCode < 300, `${res.statusCode} ${res.body}`).toBe(true)
  })
})
